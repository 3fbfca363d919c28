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
        "es": "Faltan las tablas {tables} en los datos cargados: este panel no puede mostrarse.",
        "en": "The loaded data lacks the table(s) {tables}: this panel cannot be shown.",
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
}
