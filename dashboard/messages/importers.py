"""Words of the importers of official files: what was expected, what was found, what was left out and why."""

MESSAGES = {
    # kinds, as a planner names the files
    "importers.kind.worldbank": {"es": "Banco Mundial / UIS", "en": "World Bank / UIS"},
    "importers.kind.enaho": {"es": "ENAHO módulo 300", "en": "ENAHO module 300"},
    "importers.kind.ece": {"es": "ECE (base de estudiantes de la UMC)", "en": "ECE (UMC student file)"},
    "importers.kind.padron": {"es": "Padrón de instituciones educativas", "en": "Register of schools (Padrón)"},
    "importers.kind.censo-matricula": {"es": "Censo Escolar, matrícula (Matricula_01)",
                                       "en": "School census, enrolment (Matricula_01)"},
    # what an import may need besides the files, and why (the data page asks for it in words, the command by option)
    "importers.option.year": {"es": "el año de los datos (opción --year)", "en": "the data's year (option --year)"},
    "importers.option.padron": {"es": "el Padrón de instituciones educativas (opción --padron)",
                                "en": "the register of schools, Padrón (option --padron)"},
    "importers.why.cuadro_by_year": {"es": "el código del cuadro de matrícula cambia según el año",
                                     "en": "the enrolment table's code changes with the year"},
    "importers.why.census_school_code": {"es": "las filas del censo solo traen el código modular; el Padrón ubica "
                                               "cada escuela",
                                         "en": "the census rows carry only the school code; the Padrón places "
                                               "each school"},
    "importers.why.ece_no_year": {"es": "las bases de estudiantes no lo traen",
                                  "en": "the student files do not carry it"},
    "importers.why.lacks": {"es": "el archivo no trae {columns}", "en": "the file lacks {columns}"},
    # errors: the whole import stops, nothing is written
    "importers.error.not_official": {
        "es": "{file} no lleva el nombre de una tabla del contrato ({tables}) ni tiene las columnas de un archivo "
              "oficial que el observatorio reconozca (Banco Mundial / UIS, ENAHO módulo 300, ECE, Padrón, Censo "
              "Escolar). Columnas encontradas: {found}.",
        "en": "{file} is not named after a table of the data contract ({tables}), nor has it the columns of an "
              "official file the observatory recognises (World Bank / UIS, ENAHO module 300, ECE, Padrón, school "
              "census). Columns found: {found}.",
    },
    "importers.error.mixed_kinds": {
        "es": "{files} son archivos de tipos distintos ({kinds}): envíe cada tipo por separado; solo el Padrón "
              "puede acompañar a un archivo de la ECE o del Censo Escolar.",
        "en": "{files} are files of different kinds ({kinds}): send each kind on its own; only the Padrón may come "
              "with an ECE or school census file.",
    },
    "importers.error.wrong_kind": {
        "es": "{file} no parece un archivo de {kind}: se esperaban las columnas {expected}; el archivo trae {found}.",
        "en": "{file} is not in the {kind} layout: expected the columns {expected}; the file has {found}.",
    },
    "importers.error.missing_weight": {
        "es": "{file} no trae la columna de factor de expansión {expected} ({what}): sin ella los totales no "
              "representarían a la población. Columnas encontradas: {found}.",
        "en": "{file} has no weight column {expected} ({what}): without it the totals would not represent the "
              "population. Columns found: {found}.",
    },
    "importers.error.unreadable": {"es": "No se pudo leer {file}: {detail}.", "en": "Could not read {file}: {detail}."},
    "importers.error.unsupported_format": {
        "es": "{file}: formato no admitido para {kind}; se aceptan {formats}.",
        "en": "{file}: format not accepted for {kind}; accepted: {formats}.",
    },
    "importers.error.needs_option": {
        "es": "La importación de {kind} necesita {option}: {why}.",
        "en": "Importing {kind} needs {option}: {why}.",
    },
    "importers.error.no_year": {
        "es": "{file} no dice de qué año es (no tiene la columna año): indíquelo con --year.",
        "en": "{file} does not say which year it is (no year column): give it with --year.",
    },
    "importers.error.no_rows_left": {
        "es": "De {file} no queda ninguna fila utilizable; motivos: {reasons}.",
        "en": "No usable row is left from {file}; reasons: {reasons}.",
    },
    "importers.error.no_country": {
        "es": "{file} no tiene filas del país {country}; países presentes: {found}.",
        "en": "{file} has no rows for the country {country}; countries present: {found}.",
    },
    "importers.error.no_cuadro": {
        "es": "{file} no trae el cuadro de matrícula por grado de primaria ({expected}, NROCED 3AP) para {year}; "
              "cuadros presentes: {found}.",
        "en": "{file} lacks the primary enrolment-by-grade table ({expected}, NROCED 3AP) for {year}; tables "
              "present: {found}.",
    },
    "importers.error.conflicting_rows": {
        "es": "{file}: {count} escuelas tienen dos filas distintas para el mismo turno del cuadro {cuadro} "
              "(códigos {values}); no se sabe cuál vale.",
        "en": "{file}: {count} schools have two different rows for the same shift of table {cuadro} (codes {values}); "
              "it is unclear which one holds.",
    },
    "importers.error.invalid_result": {
        "es": "El resultado de la importación no cumple el contrato de datos; no se escribió nada:\n{report}",
        "en": "The imported result breaks the data contract; nothing was written:\n{report}",
    },
    "importers.error.existing_invalid": {
        "es": "La carpeta {dir} ya tiene tablas que no cumplen el contrato; corríjalas antes de importar:\n{report}",
        "en": "The directory {dir} already holds tables that break the contract; fix them before importing:\n{report}",
    },
    # rows left out, with their reason (counted, never silent)
    "importers.drop.unknown_code": {
        "es": "{count} filas con códigos {column} desconocidos ({values})",
        "en": "{count} rows with unknown {column} codes ({values})",
    },
    "importers.drop.before_1990": {"es": "{count} filas de años anteriores a 1990 (primer año del contrato)",
                                   "en": "{count} rows for years before 1990 (the contract's first year)"},
    "importers.drop.other_country": {"es": "{count} filas de otros países", "en": "{count} rows for other countries"},
    "importers.drop.missing_value": {"es": "{count} filas sin dato publicado (vacío o «..»)",
                                     "en": "{count} rows with no published value (empty or '..')"},
    "importers.drop.zero_population": {
        "es": "{count} celdas de población publicadas como 0 (dato faltante): quedan «no informado»",
        "en": "{count} population cells published as 0 (missing): left 'not reported'",
    },
    "importers.drop.codinfor_00": {"es": "{count} filas con codinfor 00 (sin informante)",
                                   "en": "{count} rows with codinfor 00 (no respondent)"},
    "importers.drop.under_15": {"es": "{count} personas menores de 15 años", "en": "{count} people under 15"},
    "importers.drop.no_literacy_answer": {
        "es": "{count} personas sin respuesta a «¿sabe leer y escribir?» (p302) ni nivel educativo que la supla",
        "en": "{count} people with no answer to 'can you read and write?' (p302) and no level of education that "
              "settles it",
    },
    "importers.drop.no_weight": {"es": "{count} filas sin factor de expansión", "en": "{count} rows with no weight"},
    "importers.drop.no_score": {"es": "{count} estudiantes sin medida en {subject}",
                                "en": "{count} pupils with no score in {subject}"},
    "importers.drop.outside_basic": {
        "es": "{count} servicios fuera de la educación básica regular (NIV_MOD {values})",
        "en": "{count} services outside regular basic education (NIV_MOD {values})",
    },
    "importers.drop.other_nroced": {"es": "{count} filas de otras cédulas o cuadros (no primaria, cuadro {cuadro})",
                                    "en": "{count} rows of other forms or tables (not primary, table {cuadro})"},
    "importers.drop.duplicate_block": {
        "es": "{count} filas repetidas idénticas del cuadro {cuadro} (bloque duplicado del archivo)",
        "en": "{count} identical repeated rows of table {cuadro} (duplicated block in the file)",
    },
    "importers.drop.not_in_padron": {
        "es": "{count} filas de {schools} escuelas que no están en el padrón (códigos {values})",
        "en": "{count} rows of {schools} schools not found in the register (codes {values})",
    },
    "importers.drop.not_a_number": {"es": "{count} filas con {column} que no es un número ({values})",
                                    "en": "{count} rows whose {column} is not a number ({values})"},
    "importers.drop.duplicate_school": {"es": "{count} filas repetidas del mismo código modular y anexo",
                                        "en": "{count} repeated rows of the same school code and annex"},
    # the same, for exactly one row (or person, pupil, school)
    "importers.drop.unknown_code_one": {
        "es": "{count} fila con un código {column} desconocido ({values})",
        "en": "{count} row with an unknown {column} code ({values})",
    },
    "importers.drop.before_1990_one": {
        "es": "{count} fila de un año anterior a 1990 (primer año del contrato)",
        "en": "{count} row for a year before 1990 (the contract's first year)",
    },
    "importers.drop.other_country_one": {"es": "{count} fila de otro país", "en": "{count} row for another country"},
    "importers.drop.missing_value_one": {
        "es": "{count} fila sin dato publicado (vacío o «..»)",
        "en": "{count} row with no published value (empty or '..')",
    },
    "importers.drop.zero_population_one": {
        "es": "{count} celda de población publicada como 0 (dato faltante): queda «no informado»",
        "en": "{count} population cell published as 0 (missing): left 'not reported'",
    },
    "importers.drop.codinfor_00_one": {
        "es": "{count} fila con codinfor 00 (sin informante)",
        "en": "{count} row with codinfor 00 (no respondent)",
    },
    "importers.drop.under_15_one": {"es": "{count} persona menor de 15 años", "en": "{count} person under 15"},
    "importers.drop.no_literacy_answer_one": {
        "es": "{count} persona sin respuesta a «¿sabe leer y escribir?» (p302) ni nivel educativo que la supla",
        "en": "{count} person with no answer to 'can you read and write?' (p302) and no level of education that "
              "settles it",
    },
    "importers.drop.no_weight_one": {"es": "{count} fila sin factor de expansión", "en": "{count} row with no weight"},
    "importers.drop.no_score_one": {
        "es": "{count} estudiante sin medida en {subject}",
        "en": "{count} pupil with no score in {subject}",
    },
    "importers.drop.outside_basic_one": {
        "es": "{count} servicio fuera de la educación básica regular (NIV_MOD {values})",
        "en": "{count} service outside regular basic education (NIV_MOD {values})",
    },
    "importers.drop.other_nroced_one": {
        "es": "{count} fila de otra cédula o cuadro (no primaria, cuadro {cuadro})",
        "en": "{count} row of another form or table (not primary, table {cuadro})",
    },
    "importers.drop.duplicate_block_one": {
        "es": "{count} fila repetida idéntica del cuadro {cuadro} (bloque duplicado del archivo)",
        "en": "{count} identical repeated row of table {cuadro} (duplicated block in the file)",
    },
    "importers.drop.not_in_padron_one_school": {
        "es": "{count} filas de una escuela que no está en el padrón (código {values})",
        "en": "{count} rows of one school not found in the register (code {values})",
    },
    "importers.drop.not_in_padron_one": {
        "es": "{count} fila de una escuela que no está en el padrón (código {values})",
        "en": "{count} row of a school not found in the register (code {values})",
    },
    "importers.drop.not_a_number_one": {
        "es": "{count} fila con {column} que no es un número ({values})",
        "en": "{count} row whose {column} is not a number ({values})",
    },
    "importers.drop.duplicate_school_one": {
        "es": "{count} fila repetida del mismo código modular y anexo",
        "en": "{count} repeated row of the same school code and annex",
    },
    # report
    "importers.report.table": {"es": "{table}: {rows} filas; {grain}", "en": "{table}: {rows} rows; {grain}"},
    "importers.report.dropped": {"es": "  omitido: {what}", "en": "  left out: {what}"},
    "importers.report.note": {"es": "  nota: {what}", "en": "  note: {what}"},
    "importers.report.skipped_series": {
        "es": "{count} series sin tabla ni indicador del catálogo, no importadas: {codes}",
        "en": "{count} series matching no table or catalogue indicator, not imported: {codes}",
    },
    "importers.report.written": {"es": "Escrito en {dir}: {tables}.", "en": "Written to {dir}: {tables}."},
    "importers.report.failed": {"es": "Importación detenida; no se escribió nada.",
                                "en": "Import stopped; nothing was written."},
    "importers.note.no_age": {
        "es": "la matrícula del Censo Escolar va por grado, sin edad: la tasa neta no se puede calcular con ella",
        "en": "school census enrolment is by grade, without age: the net enrolment ratio cannot be computed from it",
    },
    "importers.note.literate_by_level": {
        "es": "{count} personas con primaria completa o más (p301a ≥ 4) a quienes la encuesta no pregunta p302: "
              "se cuentan como alfabetas, como hace el INEI",
        "en": "{count} people with completed primary or more (p301a ≥ 4), whom the survey does not ask p302: counted "
              "as literate, as INEI does",
    },
    "importers.note.not_reported": {
        "es": "{columns}: el archivo no los trae; quedan «no informado»",
        "en": "{columns}: not in the file; left 'not reported'",
    },
    "importers.note.single_country": {
        "es": "el archivo no tiene columna de país: se supone que todo es de {country}",
        "en": "the file has no country column: all of it is taken to be {country}",
    },
    # preview on the data page
    "importers.preview.summary": {"es": "{kind}: {what} → {tables}", "en": "{kind} file: {what} → {tables}"},
    "importers.preview.table": {"es": "tabla {table}", "en": "table {table}"},
    "importers.preview.schools": {"es": "{schools} escuelas en {regions} regiones",
                                  "en": "{schools} schools in {regions} regions"},
    "importers.preview.rows": {"es": "{rows} filas ({grain})", "en": "{rows} rows ({grain})"},
    "importers.preview.series": {"es": "cifras publicadas de {series} indicadores, {years}",
                                 "en": "published figures of {series} indicators, {years}"},
    "importers.preview.unknown": {"es": "No se reconoce el tipo de archivo por sus columnas ({found}).",
                                  "en": "The kind of file is not recognised from its columns ({found})."},
    # the register of schools in words
    "contract.grain.register": {"es": "una fila por servicio educativo (código modular y anexo)",
                                "en": "one row per school (modular code and annex)"},
}
