"""Words of the maps page: choropleths, urban–rural gap, region profile (`maps.*`)."""

MESSAGES = {
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
        "es": "▶ recorre los años; el deslizador elige uno (con el teclado: Tab hasta él y las flechas ← →).",
        "en": "▶ plays through the years; the slider picks one (by keyboard: Tab to it, then the ← → arrow keys).",
    },
    "maps.year_slider": {"es": "Año que muestra el mapa", "en": "Year shown on the map"},
}
