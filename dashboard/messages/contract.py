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
    "contract.short_row": {
        "es": "{file}: {count} línea(s) tienen menos campos que el encabezado ({saw} de {expected}): ¿archivo "
              "cortado o una coma perdida?",
        "en": "{file}: {count} line(s) have fewer fields than the header ({saw} of {expected}): a cut-off file or a "
              "lost comma?",
    },
    "contract.failed_check": {
        "es": "{file}, columna {column}: {count} valor(es) no cumplen la regla {detail}.",
        "en": "{file}, column {column}: {count} value(s) break the rule {detail}.",
    },
    # ---------------------------------------------------------------- uploads (dashboard/uploads.py)
    "contract.uploads_off": {
        "es": "La carga de datos está desactivada en este servidor; no se cambió nada.",
        "en": "Data uploads are turned off on this server; nothing was changed.",
    },
    "contract.not_administrator": {
        "es": "La clave de administración no es correcta; no se cambió nada.",
        "en": "The administrator token is not correct; nothing was changed.",
    },
    "contract.upload_busy": {
        "es": "Se está procesando otra carga de datos; inténtelo de nuevo en un momento. No se cambió nada.",
        "en": "Another upload is being processed; try again in a moment. Nothing was changed.",
    },
    "contract.no_files": {
        "es": "No se recibió ningún archivo.",
        "en": "No file was received.",
    },
    "contract.bad_payload": {
        "es": "La carga no se pudo leer (envío incompleto o mal formado); no se cambió nada.",
        "en": "The upload could not be read (an incomplete or malformed request); nothing was changed.",
    },
    "contract.bad_file_name": {
        "es": "«{file}»: el nombre debe ser un nombre simple como population.csv (sin rutas absolutas, «..», "
              "barras invertidas ni caracteres de control).",
        "en": "'{file}': the name must be a plain name such as population.csv (no absolute path, '..', backslash "
              "or control character).",
    },
    "contract.tables_with_official": {
        "es": "{file}: envíe por separado las tablas del contrato y los archivos oficiales (Padrón, ECE, ENAHO, "
              "Censo Escolar, Banco Mundial): los oficiales se revisan y se muestran antes de aplicarlos.",
        "en": "{file}: send contract tables and official files (Padrón, ECE, ENAHO, school census, World Bank) "
              "separately: official files are read and previewed before they are applied.",
    },
    "contract.import_refused": {"es": "{file}: no se pudo importar.", "en": "{file}: could not be imported."},
    "contract.unknown_table": {
        "es": "{file}: no es una tabla del contrato. Nombre cada archivo como su tabla: {tables} (con .csv, "
              ".parquet o .xlsx).",
        "en": "{file}: not a table of the contract. Name each file after its table: {tables} (with .csv, .parquet "
              "or .xlsx).",
    },
    "contract.unsupported_format": {
        "es": "{file}: el formato «{ext}» no se acepta; use CSV, Parquet o Excel .xlsx.",
        "en": "{file}: the format '{ext}' is not accepted; use CSV, Parquet or Excel .xlsx.",
    },
    "contract.old_excel": {
        "es": "{file}: el formato «{ext}» no se acepta; en Excel use Archivo › Guardar como › Libro de Excel "
              "(.xlsx), o guárdelo como CSV UTF-8.",
        "en": "{file}: the format '{ext}' is not accepted; in Excel use File › Save as › Excel Workbook (.xlsx), "
              "or save it as CSV UTF-8.",
    },
    "contract.ignored_file": {
        "es": "{file}: no es una tabla; se ignora.",
        "en": "{file}: not a table; ignored.",
    },
    "contract.zipped": {
        "es": "{file} es un archivo comprimido ({kind}); cargue las tablas sin comprimir, una por archivo.",
        "en": "{file} is a compressed archive ({kind}); upload the tables uncompressed, one per file.",
    },
    "contract.content_mismatch": {
        "es": "{file} dice ser {claimed} pero su contenido parece {actual}; guárdelo de nuevo en el formato "
              "que indica su extensión.",
        "en": "{file} claims to be {claimed} but its content looks like {actual}; save it again in the format its "
              "extension says.",
    },
    "contract.upload_too_big": {
        "es": "{file} pesa {size} MB; el límite de una carga es {limit} MB.",
        "en": "{file} is {size} MB; the limit for one upload is {limit} MB.",
    },
    "contract.duplicate_table": {
        "es": "La tabla {table} viene dos veces en esta carga ({file}); envíe un archivo por tabla.",
        "en": "The table {table} comes twice in this upload ({file}); send one file per table.",
    },
    "contract.xlsx_formula": {
        "es": "{file}, columna {column}: {count} celda(s) contienen fórmulas de Excel, que no se aceptan (copie la "
              "hoja y use «Pegar valores»).",
        "en": "{file}, column {column}: {count} cell(s) hold Excel formulas, which are not accepted (copy the sheet "
              "and use 'Paste values').",
    },
    "contract.unreadable_xlsx": {
        "es": "{file} no es un libro de Excel .xlsx legible: {detail}",
        "en": "{file} is not a readable Excel .xlsx workbook: {detail}",
    },
    "contract.xlsx_bomb": {
        "es": "{file} ocupa {size} MB al descomprimirse ({ratio} veces su tamaño): se rechaza como posible "
              "bomba de compresión.",
        "en": "{file} unpacks to {size} MB ({ratio} times its size): refused as a possible zip bomb.",
    },
    "contract.xlsx_sheets": {
        "es": "{file}: se leyó solo la hoja «{sheet}»; se ignoran las demás ({others}).",
        "en": "{file}: only the sheet '{sheet}' was read; the others are ignored ({others}).",
    },
    "contract.formula_cell": {
        "es": "{file}, columna {column}: {count} celda(s) de texto empiezan con = + - o @, que una hoja de cálculo "
              "ejecutaría como fórmula; se rechazan (quite el signo o la fórmula).",
        "en": "{file}, column {column}: {count} text cell(s) start with = + - or @, which a spreadsheet would run "
              "as a formula; refused (remove the sign or the formula).",
    },
    "contract.markup_in_text": {
        "es": "{file}, columna {column}: {count} celda(s) contienen marcado HTML o código (<…>, javascript:); se "
              "rechazan.",
        "en": "{file}, column {column}: {count} cell(s) contain HTML or script markup (<…>, javascript:); refused.",
    },
    "contract.previous_unreadable": {
        "es": "Los datos en servicio no se pudieron leer, así que no se conservan sus tablas: solo estarán en "
              "servicio las tablas cargadas.",
        "en": "The data in service could not be read, so none of its tables is kept: only the uploaded tables "
              "will be in service.",
    },
    "contract.upload_failed": {
        "es": "La carga falló por un error inesperado ({detail}); los datos anteriores siguen en servicio.",
        "en": "The upload failed with an unexpected error ({detail}); the previous data is still in service.",
    },
    "contract.upload_unwritable": {
        "es": "El servidor no pudo guardar la carga (no se puede escribir en su carpeta de datos); no se cambió "
              "nada. Avise al administrador del servidor.",
        "en": "The server could not store the upload (its data folder cannot be written); nothing was changed. "
              "Tell the server's administrator.",
    },
    "contract.parquet_expanded": {
        "es": "{file}: descomprimido ocuparía unos {size} MB (límite {limit} MB); se rechaza sin leerlo.",
        "en": "{file}: uncompressed it would take about {size} MB (limit {limit} MB); refused without reading it.",
    },
    "contract.text_too_long": {
        "es": "{file}, columna {column}: hay textos de {length} caracteres; el máximo es {limit}. Se rechaza.",
        "en": "{file}, column {column}: some texts are {length} characters long; the most is {limit}. Refused.",
    },
}
