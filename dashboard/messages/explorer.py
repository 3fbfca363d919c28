"""Words of the explorer pages (trends, parity, maps, cohort) and of the data sources."""

MESSAGES = {
    "filter.grade": {"es": "Grado", "en": "Grade"},
    "filter.all_grades": {"es": "Toda la primaria", "en": "All of primary"},
    "filter.grade_n": {"es": "{grade}.º grado", "en": "Grade {grade}"},
    "filter.subject": {"es": "Materia (ECE)", "en": "Subject (ECE)"},
    "subject.reading": {"es": "Lectura (2.º grado)", "en": "Reading (grade 2)"},
    "subject.math": {"es": "Matemática (2.º grado)", "en": "Mathematics (grade 2)"},
    "subject.reading_l2": {"es": "Castellano como segunda lengua (4.º)",
                           "en": "Spanish as a second language (grade 4)"},
    "trends.change_since": {"es": "Cambio desde un año", "en": "Change since a year"},
    "trends.show_change": {"es": "Mostrar el cambio desde", "en": "Show the change since"},
    "trends.flagged": {"es": "Valor con alerta de calidad", "en": "Value with a quality flag"},
    "trends.title": {"es": "{indicator}, {first}–{last}", "en": "{indicator}, {first}–{last}"},
    "trends.title_since": {"es": "{indicator}: cambio desde {since}", "en": "{indicator}: change since {since}"},
    "trends.axis_change": {"es": "Cambio ({unit})", "en": "Change ({unit})"},
    "trends.filtered": {"es": "Filtro: {filters}", "en": "Filter: {filters}"},
    "trends.hint_compare": {
        "es": "No se puede comparar por {split}: {reason}",
        "en": "Cannot compare by {split}: {reason}",
    },
    "trends.hint_filter": {
        "es": "El filtro {split} no se aplica a este indicador: {reason}",
        "en": "The {split} filter does not apply to this indicator: {reason}",
    },
    "trends.hint_regions": {"es": "Elija al menos una región.", "en": "Pick at least one region."},
    "trends.hint_since": {
        "es": "No hay valor en {since} para calcular el cambio.",
        "en": "There is no value in {since} to measure the change from.",
    },
    "trends.hint_grade": {"es": "El grado solo se aplica a la tasa de repetición.",
                          "en": "The grade only applies to the repetition rate."},
    "trends.hint_subject": {"es": "La materia solo se aplica al indicador 15 (ECE).",
                            "en": "The subject only applies to indicator 15 (ECE)."},
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
}

MESSAGES.update({
    "parity.gpi_axis": {"es": "IPG (mujeres / hombres)", "en": "GPI (female / male)"},
    "parity.band": {"es": "Paridad: 0,97–1,03", "en": "Parity: 0.97–1.03"},
    "parity.other_variant": {"es": "La otra variante del IPG", "en": "The other GPI variant"},
    "parity.adjusted": {"es": "IPG ajustado (UNESCO)", "en": "Adjusted GPI (UNESCO)"},
    "parity.unadjusted": {"es": "IPG simple (mujeres / hombres)", "en": "Simple GPI (female / male)"},
    "parity.variant": {"es": "Variante", "en": "Variant"},
    "parity.title": {"es": "Paridad de género: {indicator}", "en": "Gender parity: {indicator}"},
    "parity.heatmap_title": {"es": "IPG por región y año", "en": "GPI by region and year"},
    "parity.explain": {
        "es": "El IPG divide el valor de las mujeres entre el de los hombres: 1 es paridad; por debajo, las mujeres "
              "están en desventaja. El IPG ajustado (si M > H: 2 − H/M) es simétrico alrededor de 1.",
        "en": "The GPI divides the female value by the male value: 1 is parity; below 1, women and girls are "
              "behind. The adjusted GPI (if F > M: 2 − M/F) is symmetric around 1.",
    },
    "parity.no_sex": {
        "es": "Este indicador no tiene desagregación por sexo.",
        "en": "This indicator has no breakdown by sex.",
    },
})
