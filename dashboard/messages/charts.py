"""Words of the chart companions: the table beside each chart, scales and relative change, hover units."""

MESSAGES = {
    "table.show": {"es": "Tabla", "en": "Table"},
    "table.show_title": {"es": "Mostrar u ocultar las cifras del gráfico como tabla",
                         "en": "Show or hide the chart's figures as a table"},
    "table.sort_hint": {"es": "Ordenar por esta columna", "en": "Sort by this column"},
    "table.empty": {"es": "No hay cifras que mostrar con esta selección.",
                    "en": "There are no figures to show for this selection."},
    "table.yes": {"es": "sí", "en": "yes"},
    "table.no": {"es": "no", "en": "no"},
    # Spanish writes a (non-breaking) space before the percent sign, English none.
    "unit.hover_percent": {"es": "\u00a0%", "en": "%"},
    "trends.relative_unit": {"es": "%", "en": "%"},
    "trends.title_relative": {"es": "{indicator}: cambio relativo desde {since}",
                              "en": "{indicator}: relative change since {since}"},
    "trends.change_points": {"es": "en puntos", "en": "in points"},
    "trends.change_relative": {"es": "en % del valor inicial", "en": "as % of the starting value"},
    "trends.change_how": {"es": "Expresar el cambio", "en": "Express the change"},
    "trends.scale": {"es": "Escala", "en": "Scale"},
    "trends.scale_log": {"es": "Escala logarítmica", "en": "Log scale"},
    "trends.scale_log_hint": {
        "es": "Solo para razones como alumnos por docente; no para porcentajes ni índices de paridad.",
        "en": "Only for ratios such as pupils per teacher; not for percentages or parity indices."},
    "trends.data_missing": {
        "es": "El indicador {number} ({indicator}) necesita {needs}, que no está en los datos en uso. Elija otro "
              "indicador, o vea esta vista con la «Demostración sintética» del selector de datos, arriba.",
        "en": "Indicator {number} ({indicator}) needs {needs}, which is not in the data in use. Choose another "
              "indicator, or see this view with the “Synthetic demo” in the data choice above."},
    "trends.hint_log": {
        "es": "La escala logarítmica solo se aplica a razones (alumnos por docente) y no al cambio desde un año; "
              "se usa la escala lineal.",
        "en": "The log scale applies only to ratios (pupils per teacher) and not to the change since a year; "
              "the linear scale is used."},
}
