"""Words of the presenting path: selection and origin lines, exports, the link button, dropdown controls."""

MESSAGES = {
    "selection.and": {"es": "{first} y {last}", "en": "{first} and {last}"},
    "origin.synthetic": {"es": "Datos sintéticos de demostración (no describen la realidad)",
                         "en": "Synthetic demo data (not a description of reality)"},
    "origin.computed": {"es": "Calculado por el observatorio con cifras publicadas",
                        "en": "Computed by the observatory from published figures"},
    "origin.label": {"es": "Origen de los datos", "en": "Data origin"},
    "export.synthetic_mark": {"es": "DATOS SINTÉTICOS", "en": "SYNTHETIC DATA"},
    "download.svg": {"es": "Descargar SVG", "en": "Download SVG"},
    "maps.profile_link_default": {"es": "Ver en Tendencias", "en": "See in Trends"},
    "slider.from": {"es": "Desde el año", "en": "From year"},
    "slider.to": {"es": "Hasta el año", "en": "To year"},
    "link.copied": {"es": "Enlace copiado", "en": "Link copied"},
    "link.copy": {"es": "Copiar enlace a esta vista", "en": "Copy link to this view"},
    "dropdown.select_all": {"es": "Seleccionar todo", "en": "Select all"},
    "dropdown.deselect_all": {"es": "Quitar todo", "en": "Deselect all"},
    "dropdown.selected_count": {"es": "{num_selected} seleccionadas", "en": "{num_selected} selected"},
    "dropdown.search": {"es": "Buscar", "en": "Search"},
    "dropdown.clear_search": {"es": "Borrar la búsqueda", "en": "Clear search"},
    "dropdown.clear_selection": {"es": "Borrar la selección", "en": "Clear selection"},
    "dropdown.no_options_found": {"es": "Sin resultados", "en": "No options found"},
}
