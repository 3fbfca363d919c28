"""Words of the cohort flow page (`cohort.*`)."""

MESSAGES = {
    "cohort.legend.grade": {"es": "alumnos en el grado", "en": "pupils in the grade"},
    "cohort.legend.repeat": {"es": "repiten el grado", "en": "repeat the grade"},
    "cohort.legend.dropout": {"es": "desertan", "en": "drop out"},
    "cohort.legend.graduate": {"es": "egresan", "en": "graduate"},
    "cohort.group": {"es": "Grupo", "en": "Group"},
    "cohort.cap": {"es": "Tope de repeticiones", "en": "Cap on repetitions"},
    "cohort.cap_n": {"es": "{cap} por alumno", "en": "{cap} per pupil"},
    "cohort.title": {
        "es": "Cohorte de 1 000 alumnos que ingresan a 1.er grado en {year}",
        "en": "Cohort of 1,000 pupils entering grade 1 in {year}",
    },
    "cohort.subtitle": {
        "es": "{group}. Tasas de {year} y {next_year}. {cap}.",
        "en": "{group}. Rates from {year} and {next_year}. {cap}.",
    },
    "cohort.grade_node": {"es": "{grade}.º grado", "en": "Grade {grade}"},
    "cohort.repeat_node": {"es": "Repiten {grade}.º", "en": "Repeat grade {grade}"},
    "cohort.dropout_node": {"es": "Desertan en {grade}.º", "en": "Drop out in grade {grade}"},
    "cohort.graduates_node": {"es": "Egresados", "en": "Graduates"},
    "cohort.link.first_try": {
        "es": "pasan de {source} a {target} sin repetir",
        "en": "go from {source} to {target} without repeating",
    },
    "cohort.link.graduate_first": {
        "es": "terminan la primaria sin repetir {grade}.º grado",
        "en": "finish primary without repeating grade {grade}",
    },
    "cohort.link.graduate_after": {
        "es": "terminan la primaria después de repetir {grade}.º grado",
        "en": "finish primary after repeating grade {grade}",
    },
    "cohort.link.repeat": {
        "es": "repiten {grade}.º grado al menos una vez",
        "en": "repeat grade {grade} at least once",
    },
    "cohort.link.dropout_first": {
        "es": "dejan la escuela en su primer año de {grade}.º grado",
        "en": "leave school in their first year of grade {grade}",
    },
    "cohort.link.after_repeating": {
        "es": "llegan a {target} después de repetir {grade}.º",
        "en": "reach {target} after repeating grade {grade}",
    },
    "cohort.link.dropout_after": {
        "es": "dejan la escuela después de repetir {grade}.º",
        "en": "leave school after repeating grade {grade}",
    },
    "cohort.link.of_cohort": {"es": "de cada 1 000 alumnos", "en": "of every 1,000 pupils"},
    "cohort.node.hover": {"es": "alumnos de la cohorte", "en": "pupils of the cohort"},
    "cohort.survival": {"es": "Supervivencia al {grade}.º grado", "en": "Survival to grade {grade}"},
    "cohort.survival_note": {
        "es": "de cada 100 alumnos que ingresan llegan al {grade}.º grado",
        "en": "of every 100 entrants reach grade {grade}",
    },
    "cohort.efficiency_note": {
        "es": "años-alumno ideales de los egresados ÷ años-alumno usados",
        "en": "graduates' ideal pupil-years ÷ pupil-years used",
    },
    "cohort.years_per_graduate_note": {
        "es": "años de escuela por cada egresado ({grades} sin repetir ni desertar)",
        "en": "years of schooling per graduate ({grades} with no repetition or drop-out)",
    },
    "cohort.years_unit": {"es": "años", "en": "years"},
    "cohort.rates_title": {"es": "Tasas por grado", "en": "Rates by grade"},
    "cohort.flag_grades": {"es": "{text} Grados: {grades}.", "en": "{text} Grades: {grades}."},
    "cohort.no_flags": {"es": "Sin alertas de calidad.", "en": "No quality flags."},
    "cohort.region_national": {"es": "Todo el país", "en": "Whole country"},
    "cohort.unfinished": {
        "es": "{pupils} alumnos seguían en la escuela al cortar el flujo.",
        "en": "{pupils} pupils were still in school when the flow was cut off.",
    },
}
