"""What the data checks say, in words a data analyst understands."""

MESSAGES = {
    "contract.where_rows": {"es": "Filas: {rows}", "en": "Rows: {rows}"},
    "contract.and_more": {"es": " y {more} más.", "en": " and {more} more."},
    "contract.found_values": {"es": "Valores encontrados: {values}.", "en": "Values found: {values}."},
    "contract.dir_missing": {
        "es": "La carpeta de datos {file} no existe.",
        "en": "The data directory {file} does not exist.",
    },
    "contract.not_a_dir": {
        "es": "{file} es un archivo, no una carpeta de datos.",
        "en": "{file} is a file, not a data directory.",
    },
    "contract.no_tables": {
        "es": "La carpeta {file} no contiene ninguna tabla del contrato ({tables}), en CSV o Parquet.",
        "en": "The directory {file} holds none of the contract's tables ({tables}) as CSV or Parquet.",
    },
    "contract.unknown_file": {
        "es": "{file}: no es una tabla del contrato; se ignora.",
        "en": "{file}: not a table of the contract; ignored.",
    },
    "contract.two_files": {
        "es": "La tabla {table} aparece dos veces ({file}); deje un solo archivo.",
        "en": "The table {table} is given twice ({file}); keep one file.",
    },
    "contract.file_empty": {
        "es": "{file} está vacío (no tiene encabezado ni filas).",
        "en": "{file} is empty (no header, no rows).",
    },
    "contract.no_rows": {
        "es": "{file} tiene encabezado pero ninguna fila de datos.",
        "en": "{file} has a header but no data rows.",
    },
    "contract.not_utf8": {
        "es": "{file} no está en UTF-8 (byte {byte} en la línea {line}). Guárdelo como «CSV UTF-8».",
        "en": "{file} is not UTF-8 text (byte {byte} on line {line}). Save it as 'CSV UTF-8'.",
    },
    "contract.not_text": {
        "es": "{file} no es un archivo de texto CSV (contiene bytes nulos): ¿es un Excel o un ZIP renombrado?",
        "en": "{file} is not a CSV text file (it holds null bytes): is it a renamed Excel or ZIP file?",
    },
    "contract.wrong_delimiter": {
        "es": "{file} separa las columnas con «{sep}»; el contrato exige comas.",
        "en": "{file} separates columns with '{sep}'; the contract needs commas.",
    },
    "contract.ragged_row": {
        "es": "{file}: se esperaban {expected} campos y hay {saw} (¿fila cortada o coma sin comillas?).",
        "en": "{file}: expected {expected} fields but found {saw} (a cut-off row or an unquoted comma?).",
    },
    "contract.unreadable_csv": {
        "es": "{file} no se puede leer como CSV: {detail}",
        "en": "{file} cannot be read as CSV: {detail}",
    },
    "contract.unreadable_parquet": {
        "es": "{file} no es un archivo Parquet legible: {detail}",
        "en": "{file} is not a readable Parquet file: {detail}",
    },
    "contract.duplicate_columns": {
        "es": "{file}: la columna {columns} aparece más de una vez.",
        "en": "{file}: column {columns} appears more than once.",
    },
    "contract.missing_columns": {
        "es": "{file}: faltan columnas obligatorias: {columns}{hint}.",
        "en": "{file}: required column(s) missing: {columns}{hint}.",
    },
    "contract.extra_columns": {
        "es": "{file}: las columnas {columns} no son del contrato; se ignoran.",
        "en": "{file}: column(s) {columns} are not in the contract; ignored.",
    },
    "contract.too_many_rows": {
        "es": "{file} tiene {rows} filas; el límite es {limit}.",
        "en": "{file} has {rows} rows; the limit is {limit}.",
    },
    "contract.not_number": {
        "es": "{file}, columna {column}: {count} valor(es) no son números.",
        "en": "{file}, column {column}: {count} value(s) are not numbers.",
    },
    "contract.not_finite": {
        "es": "{file}, columna {column}: {count} valor(es) infinitos; deje la celda vacía si no se reportó.",
        "en": "{file}, column {column}: {count} infinite value(s); leave the cell empty if not reported.",
    },
    "contract.not_whole": {
        "es": "{file}, columna {column}: {count} valor(es) no son números enteros.",
        "en": "{file}, column {column}: {count} value(s) are not whole numbers.",
    },
    "contract.missing_value": {
        "es": "{file}, columna {column}: {count} celda(s) vacías en una columna obligatoria.",
        "en": "{file}, column {column}: {count} empty cell(s) in a required column.",
    },
    "contract.not_bool": {
        "es": "{file}, columna {column}: {count} valor(es) no son verdadero/falso (true/false, 1/0).",
        "en": "{file}, column {column}: {count} value(s) are not true/false (true/false, 1/0).",
    },
    "contract.region_format": {
        "es": "{file}, columna {column}: {count} código(s) de región sin dos dígitos; el código lleva cero "
              "inicial (escriba «01», no «1»; guarde la columna como texto).",
        "en": "{file}, column {column}: {count} region code(s) without two digits; codes keep their leading "
              "zero (write '01', not '1'; store the column as text).",
    },
    "contract.region_unknown": {
        "es": "{file}, columna {column}: {count} código(s) de región fuera de 01–25 (ubigeo de departamento del INEI).",
        "en": "{file}, column {column}: {count} region code(s) outside 01–25 (INEI department ubigeo).",
    },
    "contract.school_id_format": {
        "es": "{file}, columna {column}: {count} código(s) modular(es) sin 7 dígitos (con ceros iniciales).",
        "en": "{file}, column {column}: {count} school code(s) (cod_mod) without 7 digits (leading zeros kept).",
    },
    "contract.not_allowed": {
        "es": "{file}, columna {column}: {count} valor(es) no permitidos; se admite: {allowed}{hint}.",
        "en": "{file}, column {column}: {count} value(s) not allowed; allowed: {allowed}{hint}.",
    },
    "contract.negative": {
        "es": "{file}, columna {column}: {count} conteo(s) negativos; un conteo no puede ser menor que 0.",
        "en": "{file}, column {column}: {count} negative count(s); a count cannot be below 0.",
    },
    "contract.too_large": {
        "es": "{file}, columna {column}: {count} valor(es) mayores que {maximum}: no son plausibles.",
        "en": "{file}, column {column}: {count} value(s) above {maximum}: not plausible.",
    },
    "contract.out_of_range": {
        "es": "{file}, columna {column}: {count} valor(es) fuera del rango {minimum}–{maximum}.",
        "en": "{file}, column {column}: {count} value(s) outside {minimum}–{maximum}.",
    },
    "contract.share_as_percent": {
        "es": "{file}, columna {column}: {count} valor(es) fuera de 0–1; es una proporción (0,45), no un "
              "porcentaje (45).",
        "en": "{file}, column {column}: {count} value(s) outside 0–1; it is a share (0.45), not a percentage (45).",
    },
    "contract.wrong_type": {
        "es": "{file}, columna {column}: tipo de dato inesperado ({detail}).",
        "en": "{file}, column {column}: unexpected data type ({detail}).",
    },
    "contract.duplicate_key": {
        "es": "{file}: {count} filas repiten la clave ({keys}); cada combinación debe aparecer una sola vez.",
        "en": "{file}: {count} rows repeat the key ({keys}); each combination must appear once.",
    },
    "contract.not_above": {
        "es": "{file}: en {count} fila(s) {column} es mayor que {larger}.",
        "en": "{file}: on {count} row(s) {column} is greater than {larger}.",
    },
    "contract.grade_in_level": {
        "es": "{file}: {count} fila(s) con un grado que no existe en su nivel (inicial 0, primaria 1–6, "
              "secundaria 1–5).",
        "en": "{file}: {count} row(s) with a grade that does not exist in its level (preschool 0, primary 1–6, "
              "secondary 1–5).",
    },
    "contract.entrants_grade_one": {
        "es": "{file}: {count} fila(s) con ingresantes fuera del 1.er grado de primaria (deben ser 0 allí).",
        "en": "{file}: {count} row(s) with new entrants outside primary grade 1 (they must be 0 there).",
    },
    "contract.graduates_final_grade": {
        "es": "{file}: {count} fila(s) con egresados fuera del último grado del nivel (deben ser 0 allí).",
        "en": "{file}: {count} row(s) with graduates outside the final grade of the level (they must be 0 there).",
    },
    "contract.assessed_grade": {
        "es": "{file}: {count} fila(s) con grado que no corresponde a la materia (lectura y matemática: 2.º; "
              "reading_l2: 4.º).",
        "en": "{file}: {count} row(s) whose grade does not match the subject (reading and math: grade 2; "
              "reading_l2: grade 4).",
    },
    "contract.bad_metadata": {
        "es": "{file} no es un JSON válido: {detail}",
        "en": "{file} is not valid JSON: {detail}",
    },
}
