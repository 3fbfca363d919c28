"""Words of the home page."""

MESSAGES = {
    "home.lead": {
        "es": "Cómo avanza la educación básica del Perú desde 1990: los 18 indicadores de Educación para Todos, "
              "la paridad de género, las brechas entre regiones y entre áreas urbanas y rurales, y el efecto del "
              "acompañamiento pedagógico.",
        "en": "How Peru's basic education has progressed since 1990: the 18 Education for All indicators, gender "
              "parity, gaps between regions and between urban and rural areas, and the effect of pedagogical "
              "coaching.",
    },
    "home.panels": {"es": "Paneles", "en": "Panels"},
    "home.loaded": {"es": "Datos cargados", "en": "Data loaded"},
    "home.table": {"es": "Tabla", "en": "Table"},
    "home.rows": {"es": "Filas", "en": "Rows"},
    "home.years": {"es": "Años", "en": "Years"},
    "home.regions": {"es": "Regiones", "en": "Regions"},
    "home.kind_demo": {"es": "Datos sintéticos de demostración", "en": "Synthetic demo data"},
    "home.kind_real": {"es": "Datos cargados por el equipo", "en": "Data loaded by the team"},
    "home.version": {"es": "versión de los datos", "en": "data version"},
    "home.year": {"es": "Año {year}", "en": "Year {year}"},
    "home.change_since": {"es": "{change}{unit} desde {year}", "en": "{change}{unit} since {year}"},
    "home.no_change": {"es": "Sin dato para comparar", "en": "No earlier value to compare"},
    "home.panel.trends": {
        "es": "Cualquier indicador desde 1990: nacional, por región, área, sexo o gestión.",
        "en": "Any indicator since 1990: national, by region, area, sex or management.",
    },
    "home.panel.parity": {
        "es": "Índice de paridad de género de cada indicador, con la banda de paridad 0,97–1,03.",
        "en": "Gender parity index of every indicator, with the 0.97–1.03 parity band.",
    },
    "home.panel.maps": {
        "es": "Mapas de las 25 regiones, urbano y rural lado a lado, año por año.",
        "en": "Maps of the 25 regions, urban and rural side by side, year by year.",
    },
    "home.panel.cohort": {
        "es": "Una cohorte de 1 000 alumnos por los grados de primaria: promoción, repetición, abandono.",
        "en": "A cohort of 1,000 pupils through the primary grades: promotion, repetition, drop-out.",
    },
    "home.panel.coaching": {
        "es": "Escuelas con y sin acompañamiento pedagógico 2011–2013 en la ECE (ANOVA mixto).",
        "en": "Coached and non-coached schools 2011–2013 in the ECE (mixed ANOVA).",
    },
    "home.panel.programme": {
        "es": "El programa de acompañamiento: presupuesto, cobertura, costos por región y el marco de "
              "resultados del préstamo del Banco Mundial.",
        "en": "The coaching programme: budget, coverage, costs per region and the World Bank loan's results "
              "framework.",
    },
    "home.panel.data": {
        "es": "Qué datos están en servicio y cómo cargar los suyos.",
        "en": "Which data is in service and how to load your own.",
    },
    "home.assessment_detail": {"es": "Comprensión lectora, {grade}.º de primaria",
                               "en": "Reading comprehension, grade {grade} of primary"},
    "home.lowest_gross": {"es": "Regiones con la tasa bruta más baja en {year}",
                          "en": "Regions with the lowest gross ratio in {year}"},
    "home.behind": {"es": "Regiones más rezagadas en {year}", "en": "Regions furthest behind in {year}"},
    "home.behind_gpi": {"es": "Regiones más lejos de la paridad en {year}",
                        "en": "Regions furthest from parity in {year}"},
    "home.national_only": {"es": "Estos datos son solo nacionales: no permiten ordenar las regiones.",
                           "en": "This data is national only: it cannot rank the regions."},
    "home.open_trend": {"es": "Ver la tendencia", "en": "See the trend"},
    "home.open_map": {"es": "Ver el mapa por región", "en": "See the map by region"},
    "home.trend_alt": {"es": "Tendencia {first}–{last}: de {start} a {end}{unit}.",
                       "en": "Trend {first}–{last}: from {start} to {end}{unit}."},
}
