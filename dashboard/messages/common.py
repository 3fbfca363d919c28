"""Words shared by every page: navigation, switches, notices, downloads, filters."""

MESSAGES = {
    "app.title": {"es": "Observatorio de la educación en el Perú", "en": "Peru education observatory"},
    "app.short": {"es": "Observatorio educativo", "en": "Education observatory"},
    "nav.home": {"es": "Inicio", "en": "Home"},
    "nav.trends": {"es": "Tendencias", "en": "Trends"},
    "nav.parity": {"es": "Paridad de género", "en": "Gender parity"},
    "nav.maps": {"es": "Mapas", "en": "Maps"},
    "nav.cohort": {"es": "Flujo de cohorte", "en": "Cohort flow"},
    "nav.coaching": {"es": "Acompañamiento", "en": "Coaching impact"},
    "nav.programme": {"es": "Programa", "en": "Programme"},
    "nav.data": {"es": "Datos", "en": "Data"},
    "switch.language": {"es": "English", "en": "Español"},
    "switch.language_title": {"es": "View in English", "en": "Ver en español"},
    "switch.present": {"es": "Modo presentación", "en": "Presentation mode"},
    "switch.present_exit": {"es": "Salir de presentación", "en": "Leave presentation"},
    "notice.synthetic": {
        "es": "Datos sintéticos de demostración: las cifras son inventadas (calibradas con cifras publicadas) y no "
              "describen la realidad; solo la historia del programa y el marco de resultados del préstamo son cifras "
              "publicadas. Cargue datos reales en la página Datos.",
        "en": "Synthetic demo data: the figures are invented (calibrated to published figures) and do not describe "
              "reality; only the programme's history and the loan's results framework are published figures. Load "
              "real data on the Data page.",
    },
    "notice.synthetic_short": {"es": "Datos sintéticos", "en": "Synthetic data"},
    "notice.bad_param": {
        "es": "El parámetro «{param}={given}» de la dirección no es válido; se usa {used}.",
        "en": "The address parameter '{param}={given}' is not valid; using {used}.",
    },
    "notice.unknown_param": {
        "es": "El parámetro «{param}» de la dirección no existe en esta página; se ignora.",
        "en": "The address parameter '{param}' does not exist on this page; ignored.",
    },
    "notice.default": {"es": "el valor por defecto", "en": "the default"},
    "notice.no_data": {"es": "Sin datos para esta selección.", "en": "No data for this selection."},
    "notice.table_missing": {
        # no table names on screen: {tables} is accepted and left out; the command line names them
        "es": "Los datos en uso no incluyen las cifras que necesita este panel. Puede verse con la «Demostración "
              "sintética» del selector de datos, arriba.",
        "en": "The data in use does not include the figures this panel needs. It can be seen with the “Synthetic "
              "demo” in the data choice above.",
    },
    "notice.data_error": {
        "es": "Los datos en servicio no se pudieron leer: {detail}",
        "en": "The data in service could not be read: {detail}",
    },
    "download.png": {"es": "Descargar PNG", "en": "Download PNG"},
    "download.csv": {"es": "Descargar datos (CSV)", "en": "Download data (CSV)"},
    "download.source": {"es": "Fuente", "en": "Source"},
    "download.definition": {"es": "Definición", "en": "Definition"},
    "download.generated": {"es": "Generado", "en": "Generated"},
    "download.view": {"es": "Vista", "en": "View"},
    "definitions.open": {"es": "Definiciones y fuentes", "en": "Definitions and sources"},
    "definitions.title": {"es": "Definiciones y fuentes", "en": "Definitions and sources"},
    "definitions.formula": {"es": "Fórmula", "en": "Formula"},
    "definitions.tables": {"es": "Tablas usadas", "en": "Tables used"},
    "definitions.sources": {"es": "Fuentes", "en": "Sources"},
    "definitions.flags": {"es": "Alertas de calidad", "en": "Quality flags"},
    "filter.indicator": {"es": "Indicador", "en": "Indicator"},
    "filter.compare": {"es": "Comparar", "en": "Compare"},
    "filter.regions": {"es": "Regiones", "en": "Regions"},
    "filter.region": {"es": "Región", "en": "Region"},
    "filter.regions_placeholder": {"es": "Buscar regiones…", "en": "Search regions…"},
    "filter.area": {"es": "Área", "en": "Area"},
    "filter.sex": {"es": "Sexo", "en": "Sex"},
    "filter.management": {"es": "Gestión", "en": "Management"},
    "filter.years": {"es": "Años", "en": "Years"},
    "filter.year": {"es": "Año", "en": "Year"},
    "filter.from": {"es": "Desde", "en": "From"},
    "filter.to": {"es": "Hasta", "en": "To"},
    "filter.all": {"es": "Todos", "en": "All"},
    "filter.national": {"es": "Nacional", "en": "National"},
    "filter.disabled_reason": {"es": "No disponible: {reason}", "en": "Not available: {reason}"},
    "compare.national": {"es": "Nacional", "en": "National"},
    "compare.region_code": {"es": "Regiones", "en": "Regions"},
    "compare.area": {"es": "Urbano y rural", "en": "Urban and rural"},
    "compare.sex": {"es": "Mujeres y hombres", "en": "Female and male"},
    "compare.management": {"es": "Pública y privada", "en": "Public and private"},
    "area.urban": {"es": "Urbana", "en": "Urban"},
    "area.rural": {"es": "Rural", "en": "Rural"},
    "sex.F": {"es": "Mujeres", "en": "Female"},
    "sex.M": {"es": "Hombres", "en": "Male"},
    "management.public": {"es": "Pública", "en": "Public"},
    "management.private": {"es": "Privada", "en": "Private"},
    "milestone.jomtien": {"es": "Jomtien 1990", "en": "Jomtien 1990"},
    "milestone.dakar": {"es": "Dakar 2000", "en": "Dakar 2000"},
    "milestone.incheon": {"es": "Incheon 2015 (ODS 4)", "en": "Incheon 2015 (SDG 4)"},
    "unit.pp": {"es": " p. p.", "en": " pp"},
    "loading": {"es": "Cargando…", "en": "Loading…"},
    "footer.source": {
        "es": "Fuentes: Banco Mundial (EdStats), Instituto de Estadística de la UNESCO, Naciones Unidas (World "
              "Population Prospects), INEI (población y límites departamentales), Censo Escolar (MINEDU-ESCALE), ECE "
              "(MINEDU-UMC), SIGMA, SIAF. Indicadores según las Directrices técnicas de la Evaluación EPT 2000 "
              "(UNESCO).",
        "en": "Sources: World Bank (EdStats), UNESCO Institute for Statistics, United Nations (World Population "
              "Prospects), INEI (population and department boundaries), School Census (MINEDU-ESCALE), ECE "
              "(MINEDU-UMC), SIGMA, SIAF. Indicators as defined by the EFA 2000 Assessment Technical Guidelines "
              "(UNESCO).",
    },
    # shared by the explorer pages (trends, parity, maps, cohort) and the data sources
    "filter.grade": {"es": "Grado", "en": "Grade"},
    "filter.all_grades": {"es": "Toda la primaria", "en": "All of primary"},
    "filter.grade_n": {"es": "{grade}.º grado", "en": "Grade {grade}"},
    "filter.subject": {"es": "Materia (ECE)", "en": "Subject (ECE)"},
    "subject.reading": {"es": "Lectura (2.º grado)", "en": "Reading (grade 2)"},
    "subject.math": {"es": "Matemática (2.º grado)", "en": "Mathematics (grade 2)"},
    "subject.reading_l2": {"es": "Castellano como segunda lengua (4.º)",
                           "en": "Spanish as a second language (grade 4)"},
    "split.region_code": {"es": "región", "en": "region"},
    "split.area": {"es": "área", "en": "area"},
    "split.sex": {"es": "sexo", "en": "sex"},
    "split.management": {"es": "gestión", "en": "management"},
    "unit.percent": {"es": "%", "en": "%"},
    "unit.percent_points": {"es": "puntos porcentuales", "en": "percentage points"},
    "unit.ratio": {"es": "alumnos por docente", "en": "pupils per teacher"},
    "unit.index": {"es": "índice", "en": "index"},
    "definitions.efa": {
        "es": "Definición de las Directrices técnicas de la Evaluación de Educación para Todos 2000 (UNESCO, 1998).",
        "en": "Definition of the Education for All 2000 Assessment Technical Guidelines (UNESCO, 1998).",
    },
    "source.population": {
        "es": "población por edad simple: censos y proyecciones del INEI",
        "en": "population by single year of age: INEI censuses and projections",
    },
    "source.enrolment": {
        "es": "matrícula, repetidores, ingresantes y egresados: Censo Escolar (MINEDU, ESCALE)",
        "en": "enrolment, repeaters, entrants and graduates: School Census (MINEDU, ESCALE)",
    },
    "source.teachers": {
        "es": "docentes, titulados y certificados: Censo Escolar (MINEDU, ESCALE)",
        "en": "teachers, qualified and certified: School Census (MINEDU, ESCALE)",
    },
    "source.literacy": {
        "es": "población alfabeta de 15 años y más: censos del INEI y ENAHO",
        "en": "literate population aged 15 and over: INEI censuses and ENAHO survey",
    },
    "source.finance": {
        "es": "PNB y gasto público en educación: BCRP, MEF (SIAF)",
        "en": "GNP and public spending on education: BCRP, MEF (SIAF)",
    },
    "source.assessment": {
        "es": "resultados por escuela de la Evaluación Censal de Estudiantes (MINEDU, UMC)",
        "en": "school results of the national census assessment, ECE (MINEDU, UMC)",
    },
    "source.coaching": {
        "es": "padrón de escuelas acompañadas: SIGMA (MINEDU)",
        "en": "roster of coached schools: SIGMA (MINEDU)",
    },
    "notice.synthetic_partial": {
        "es": "Las tablas {tables} son datos sintéticos de demostración: sus cifras son inventadas y no describen "
              "la realidad. Las demás tablas fueron cargadas en la página Datos.",
        "en": "The tables {tables} are synthetic demo data: their figures are invented and do not describe reality. "
              "The other tables were uploaded on the Data page.",
    },
}
