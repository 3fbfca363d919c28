"""Words of the maps page (choropleths, urban–rural gap, region profile) and of the cohort flow page."""

MESSAGES = {
    # ------------------------------------------------------------------ maps
    "maps.view": {"es": "Vista", "en": "View"},
    "maps.view.map": {"es": "Un mapa", "en": "One map"},
    "maps.view.urban_rural": {"es": "Urbana y rural", "en": "Urban and rural"},
    "maps.view.gap": {"es": "Brecha urbana − rural", "en": "Urban − rural gap"},
    "maps.title": {"es": "{indicator} por región", "en": "{indicator} by region"},
    "maps.title_areas": {"es": "{indicator}: áreas urbana y rural por región",
                         "en": "{indicator}: urban and rural areas by region"},
    "maps.title_gap": {"es": "{indicator}: brecha urbana − rural por región",
                       "en": "{indicator}: urban − rural gap by region"},
    "maps.gap_unit": {"es": "urbana − rural ({unit})", "en": "urban − rural ({unit})"},
    "maps.no_data": {"es": "sin datos", "en": "no data"},
    "maps.year_prefix": {"es": "Año: ", "en": "Year: "},
    "maps.play": {"es": "▶ Reproducir", "en": "▶ Play"},
    "maps.pause": {"es": "❚❚ Pausa", "en": "❚❚ Pause"},
    "maps.hint_view": {
        "es": "La vista «{view}» no está disponible: {reason}",
        "en": "The '{view}' view is not available: {reason}",
    },
    "maps.reason_area_view": {
        "es": "esta vista ya separa las áreas urbana y rural.",
        "en": "this view already separates urban and rural areas.",
    },
    "maps.not_regional": {
        "es": "El indicador {number} no tiene valores por región: {reason}",
        "en": "Indicator {number} has no values by region: {reason}",
    },
    "maps.disabled": {"es": "{control}: no disponible — {reason}", "en": "{control}: not available — {reason}"},
    "maps.click_hint": {
        "es": "Haga clic en una región del mapa (o elíjala aquí) para ver su evolución frente al promedio nacional.",
        "en": "Click a region on the map (or pick it here) to see its trend against the national figure.",
    },
    "maps.profile": {"es": "Perfil de la región", "en": "Region profile"},
    "maps.profile_title": {"es": "{region} frente al total nacional", "en": "{region} against the national figure"},
    "maps.profile_pick": {"es": "Elegir una región…", "en": "Pick a region…"},
    "maps.profile_link": {"es": "Ver {region} en Tendencias →", "en": "See {region} in Trends →"},
    "maps.play_hint": {
        "es": "▶ recorre los años; el deslizador bajo el mapa elige uno.",
        "en": "▶ plays through the years; the slider under the map picks one.",
    },
    # ------------------------------------------------------------------ cohort flow
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
