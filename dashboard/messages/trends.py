"""Words of the trends page (`trends.*`)."""

MESSAGES = {
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
    "trends.hint_compare_filter": {
        "es": "Al comparar por {split} se muestran todos los valores; el filtro «{value}» no se aplica.",
        "en": "Comparing by {split} shows every value; the filter “{value}” is not applied.",
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
}
