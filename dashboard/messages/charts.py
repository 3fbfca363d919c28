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
}
