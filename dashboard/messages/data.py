"""Words of the data page: what is in service, the upload, the reset and the report of problems."""

MESSAGES = {
    "data.lead": {
        "es": "Qué datos están en servicio, de dónde viene cada tabla y cómo reemplazarlas por las suyas. Los datos "
              "nuevos se revisan por completo antes de entrar en servicio: si algo falla, siguen los anteriores.",
        "en": "Which data is in service, where each table comes from, and how to replace tables with your own. New "
              "data is checked in full before it goes into service: if anything fails, the previous data stays.",
    },
    "data.in_service": {"es": "Datos en servicio", "en": "Data in service"},
    "data.kind_demo": {"es": "Datos sintéticos de demostración", "en": "Synthetic demo data"},
    "data.kind_partial": {"es": "Datos en parte sintéticos", "en": "Partly synthetic data"},
    "data.kind_real": {"es": "Datos cargados por el equipo", "en": "Data loaded by the team"},
    "data.version": {"es": "Versión", "en": "Version"},
    "data.description": {"es": "Descripción", "en": "Description"},
    "data.since": {"es": "En servicio desde", "en": "In service since"},
    "data.since_start": {"es": "el arranque del servidor", "en": "server start"},
    "data.table": {"es": "Tabla", "en": "Table"},
    "data.rows": {"es": "Filas", "en": "Rows"},
    "data.years": {"es": "Años", "en": "Years"},
    "data.regions": {"es": "Regiones", "en": "Regions"},
    "data.origin": {"es": "Origen", "en": "Origin"},
    "data.origin.upload": {"es": "Cargado: {file}, {when}", "en": "Uploaded: {file}, {when}"},
    "data.origin.demo": {"es": "Demostración sintética", "en": "Synthetic demo"},
    "data.origin.published": {"es": "Cifras publicadas: {source}", "en": "Published figures: {source}"},
    "data.origin.initial": {"es": "Carpeta de datos del servidor", "en": "Server's data directory"},
    "data.carried_over": {"es": " (conservada de la versión anterior)", "en": " (kept from the previous version)"},
    "data.no_tables": {"es": "No hay tablas en servicio.", "en": "No tables in service."},
    "data.coverage_title": {"es": "Años cubiertos por cada tabla", "en": "Years covered by each table"},
    "data.coverage_hover": {"es": "{table}: {first}–{last}, {rows} filas",
                            "en": "{table}: {first}–{last}, {rows} rows"},
    "data.notes": {"es": "Observaciones", "en": "Notes"},
    "data.upload_title": {"es": "Cargar tablas", "en": "Upload tables"},
    "data.upload_help": {
        "es": "Nombre cada archivo como su tabla ({example}) en CSV (UTF-8, comas), Parquet o Excel .xlsx (primera "
              "hoja, encabezado en la fila 1, sin fórmulas). Puede soltar varios archivos o la carpeta entera. Las "
              "tablas cargadas reemplazan a las del mismo nombre; las demás se conservan.",
        "en": "Name each file after its table ({example}) as CSV (UTF-8, commas), Parquet or Excel .xlsx (first "
              "sheet, header in row 1, no formulas). You can drop several files or the whole folder. Uploaded "
              "tables replace those of the same name; the others are kept.",
    },
    "data.upload_limits": {
        "es": "Límites: {mb} MB por carga, {rows} filas por tabla.",
        "en": "Limits: {mb} MB per upload, {rows} rows per table.",
    },
    "data.official_help": {
        "es": "También acepta los archivos oficiales tal como se descargan: Padrón de instituciones educativas "
              "(Padron_web.dbf o CSV), Censo Escolar (Matricula_01.dbf, junto con el Padrón), ECE por estudiante "
              "(CSV o .sav, con el año; junto con el Padrón si le faltan datos de la escuela), ENAHO módulo 300 "
              "(CSV, .sav o .dta) y descargas del Banco Mundial / UIS (CSV). Se reconocen por sus columnas, y antes "
              "de cambiar nada se muestra qué darían.",
        "en": "It also takes the official files as downloaded: the register of schools (Padron_web.dbf or CSV), "
              "the school census (Matricula_01.dbf, with the Padrón), ECE student files (CSV or .sav, with the "
              "year; with the Padrón when they lack school details), ENAHO module 300 (CSV, .sav or .dta) and "
              "World Bank / UIS downloads (CSV). They are recognised by their columns, and what they would give is "
              "shown before anything changes.",
    },
    "data.import_year": {"es": "Año de los datos (ECE y Censo Escolar)",
                         "en": "Year of the data (ECE and school census)"},
    "data.import_preview_title": {"es": "Vista previa; todavía no cambió nada.",
                                  "en": "Preview; nothing has changed yet."},
    "data.import_apply": {"es": "Aplicar la importación", "en": "Apply the import"},
    "data.import_cancel": {"es": "Cancelar", "en": "Cancel"},
    "data.import_cancelled": {"es": "Importación cancelada; no se cambió nada.",
                              "en": "Import cancelled; nothing was changed."},
    "data.token": {"es": "Clave de administración", "en": "Administrator token"},
    "data.token_placeholder": {"es": "La clave que definió quien administra el servidor",
                               "en": "The token set by the server's operator"},
    "data.drop": {"es": "Arrastre aquí los archivos o la carpeta, o ", "en": "Drag the files or the folder here, or "},
    "data.choose": {"es": "elija archivos", "en": "choose files"},
    "data.uploads_off_title": {"es": "La carga de datos está desactivada", "en": "Data uploads are turned off"},
    "data.uploads_off": {
        "es": "Cualquiera puede consultar los datos, pero solo un administrador puede cambiarlos. Para activar la "
              "carga, quien administra el servidor le asigna una clave de administración (lo explica la guía de "
              "instalación) y lo reinicia; luego se escribe esa clave aquí.",
        "en": "Anyone can view the data, but only an administrator can change it. To turn uploads on, the server's "
              "operator gives it an administration key (the installation guide explains how) and restarts it; "
              "that key is then typed here.",
    },
    "data.reset_title": {"es": "Volver a los datos iniciales", "en": "Back to the initial data"},
    "data.reset_help_demo": {
        "es": "Pone otra vez en servicio los datos sintéticos de demostración. Las versiones cargadas se descartan.",
        "en": "Puts the synthetic demo data back in service. Uploaded versions are discarded.",
    },
    "data.reset_help_dir": {
        "es": "Pone otra vez en servicio los datos iniciales configurados en el servidor.",
        "en": "Puts the initial data configured on the server back in service.",
    },
    "data.reset_button_demo": {"es": "Restablecer datos de demostración", "en": "Reset to demo data"},
    "data.reset_button_dir": {"es": "Restablecer datos iniciales", "en": "Reset to initial data"},
    "data.switched": {
        "es": "Listo: {tables} en servicio (versión {version}). Todas las páginas usan ya los datos nuevos.",
        "en": "Done: {tables} in service (version {version}). Every page now uses the new data.",
    },
    "data.reset_done": {
        "es": "Listo: vuelven a estar en servicio los datos iniciales (versión {version}).",
        "en": "Done: the initial data is back in service (version {version}).",
    },
    "data.refused": {
        "es": "No se cambió nada: {count} problema(s) en {files}. Los datos anteriores siguen en servicio.",
        "en": "Nothing was changed: {count} problem(s) in {files}. The previous data is still in service.",
    },
    "data.refused_plain": {
        "es": "No se cambió nada; los datos anteriores siguen en servicio.",
        "en": "Nothing was changed; the previous data is still in service.",
    },
    "data.report_column": {"es": "columna", "en": "column"},
    "data.report_rows": {"es": "filas", "en": "rows"},
    "data.note": {"es": "nota", "en": "note"},
    "data.contract_title": {"es": "Qué debe contener cada tabla", "en": "What each table must hold"},
    "data.contract_help": {
        "es": "Columnas de cada tabla del contrato de datos (las opcionales, en cursiva). Los códigos van como texto "
              "con ceros iniciales (región «01»); una celda vacía significa «no reportado», nunca cero.",
        "en": "Columns of each table of the data contract (optional ones in italics). Codes are text with leading "
              "zeros (region '01'); an empty cell means 'not reported', never zero.",
    },
    "data.optional_table": {"es": "(tabla opcional)", "en": "(optional table)"},
    "data.keys": {"es": "Clave", "en": "Key"},
    "data.seven_digits": {"es": "7 dígitos (código modular)", "en": "7 digits (cod_mod)"},
}
