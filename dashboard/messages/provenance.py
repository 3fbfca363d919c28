"""Words saying where numbers come from (computed or published) and what the loaded data cannot show."""

MESSAGES = {
    # ------------------------------------------------------------------ the data switch in the navbar
    "switch.data_real": {"es": "Datos reales publicados", "en": "Published real data"},
    "switch.data_demo": {"es": "Demostración sintética (regional y por escuela)",
                         "en": "Synthetic demo (regional and school level)"},
    "switch.data_title": {"es": "Qué datos muestran las páginas", "en": "Which data the pages show"},
    # ------------------------------------------------------------------ computed or published
    "provenance.and": {"es": " y ", "en": " and "},
    "provenance.table.population": {"es": "la población por edad", "en": "the population by age"},
    "provenance.table.enrolment": {"es": "la matrícula", "en": "enrolment"},
    "provenance.table.teachers": {"es": "los docentes", "en": "teachers"},
    "provenance.table.literacy": {"es": "la población alfabeta", "en": "the literate population"},
    "provenance.table.finance": {"es": "el PNB y el gasto público", "en": "GNP and public spending"},
    "provenance.table.assessment": {"es": "los resultados de la ECE por escuela",
                                    "en": "the ECE results by school"},
    "provenance.table.coaching": {"es": "el padrón de escuelas acompañadas", "en": "the roster of coached schools"},
    "provenance.computed": {"es": "Calculado por el observatorio a partir de {tables}",
                            "en": "Computed by the observatory from {tables}"},
    "provenance.computed_from": {"es": "Calculado por el observatorio a partir de {tables} ({sources})",
                                 "en": "Computed by the observatory from {tables} ({sources})"},
    "provenance.computed_demo": {"es": "Calculado a partir de datos sintéticos de demostración: {tables}",
                                 "en": "Computed from synthetic demo data: {tables}"},
    "provenance.published": {"es": "Publicado por {sources}", "en": "Published by {sources}"},
    "provenance.solid": {"es": "Línea continua: {words}.", "en": "Solid line: {words}."},
    "provenance.dashed": {"es": "Línea discontinua: {words}.", "en": "Dashed line: {words}."},
    "download.origin": {"es": "Origen de las cifras", "en": "Where the figures come from"},
    "parity.published_gpi": {"es": "Índice de paridad publicado", "en": "Published parity index"},
    "parity.published_plain": {"es": "El índice publicado es el simple (mujeres / hombres), no el ajustado.",
                               "en": "The published index is the plain one (women / men), not the adjusted one."},
    "provenance.gpi_published": {
        "es": "Índice de paridad publicado: los datos cargados no permiten calcularlo. {words}.",
        "en": "Published parity index: the loaded data cannot compute it. {words}.",
    },
    # ------------------------------------------------------------------ what the loaded data lacks
    "provenance.lacks_regions": {
        "es": "{data} son nacionales: no tienen cifras por región, así que no hay mapa.",
        "en": "{data} are national: they have no figures by region, so there is no map.",
    },
    "provenance.lacks_regions_parity": {
        "es": "{data} no tienen cifras por región: no hay mapa de calor por región.",
        "en": "{data} have no figures by region: there is no heat map by region.",
    },
    "provenance.lacks_sex": {
        "es": "La matrícula de {data_lower} no distingue niñas y niños: el índice de paridad no puede calcularse; se "
              "muestra el publicado donde existe.",
        "en": "The enrolment of {data_lower} does not tell girls from boys: the parity index cannot be computed; the "
              "published one is shown where it exists.",
    },
    "provenance.lacks_splits": {
        "es": "{data} son nacionales: no se pueden comparar regiones, áreas ni tipos de gestión.",
        "en": "{data} are national: regions, areas and management cannot be compared.",
    },
    "provenance.lacks_grades": {
        "es": "La matrícula de {data_lower} no está desglosada por grado ni cuenta los repetidores: no se puede "
              "reconstruir la cohorte.",
        "en": "The enrolment of {data_lower} is not broken down by grade and does not count repeaters: the cohort "
              "cannot be reconstructed.",
    },
    "provenance.lacks_schools": {
        "es": "{data} no tienen resultados por escuela ni el padrón de escuelas acompañadas: "
              "el análisis del acompañamiento no puede hacerse.",
        "en": "{data} have no results by school and no roster of coached schools: the coaching "
              "analysis cannot be made.",
    },
    "provenance.lacks_programme_regions": {
        "es": "{data} no tienen las cifras del programa por región (costos, docentes y "
              "escuelas de cada región); la historia nacional y el marco de resultados sí son cifras publicadas.",
        "en": "{data} do not have the programme's figures by region (each region's costs, "
              "teachers and schools); the national history and the results framework are published figures.",
    },
    "provenance.data_real": {"es": "Los datos reales publicados", "en": "The published real data"},
    "provenance.data_loaded": {"es": "Los datos cargados", "en": "The loaded data"},
    "provenance.see_demo": {"es": "Ver lo mismo con la demostración sintética",
                            "en": "See the same view on the synthetic demo"},
}
