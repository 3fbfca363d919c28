"""Words for data at coarser grains and for published figures beside computed ones."""

MESSAGES = {
    # ------------------------------------------------------------------ grain (coarser tables, published figures)
    "contract.mixed_grain": {
        "es": "{file}, columna {column}: {count} fila(s) vacías o de total junto a filas desagregadas por "
              "{split_es} (por ejemplo, filas nacionales mezcladas con regionales). Una tabla tiene un solo nivel "
              "de detalle: quite las filas de total, o quite la columna si los datos no distinguen {split_es}.",
        "en": "{file}, column {column}: {count} empty or total row(s) beside rows broken down by {split_en} "
              "(for example, national rows mixed with regional ones). A table has one level of detail: remove the "
              "total rows, or drop the column if the data do not distinguish {split_en}.",
    },
    "contract.unknown_indicator_id": {
        "es": "{file}, columna {column}: {count} indicador(es) que no están en el catálogo de los 18 indicadores "
              "EPT (use su identificador, p. ej. gross_enrolment_ratio, o gross_enrolment_ratio_gpi para su índice "
              "de paridad).",
        "en": "{file}, column {column}: {count} indicator(s) not in the catalogue of the 18 EFA indicators (use "
              "its id, e.g. gross_enrolment_ratio, or gross_enrolment_ratio_gpi for its parity index).",
    },
    "contract.grain.national": {"es": "nacional", "en": "national"},
    "contract.grain.region_code": {"es": "región", "en": "region"},
    "contract.grain.area": {"es": "área", "en": "area"},
    "contract.grain.sex": {"es": "sexo", "en": "sex"},
    "contract.grain.management": {"es": "gestión", "en": "management"},
    "contract.grain.level": {"es": "nivel", "en": "level"},
    "contract.grain.grade": {"es": "grado", "en": "grade"},
    "contract.grain.age": {"es": "edad simple", "en": "single age"},
    "contract.grain.age_group": {"es": "grupo de edad", "en": "age group"},
    "contract.grain.school": {"es": "escuela", "en": "school"},
    "contract.grain.published": {"es": "cifras publicadas de {count} indicador(es)",
                                 "en": "published figures of {count} indicator(s)"},
    # ------------------------------------------------------------------ computed vs published in charts
    "trends.published_series": {"es": "{series}, publicado", "en": "{series}, published"},
    "trends.published_source": {"es": "Fuente: {source}", "en": "Source: {source}"},
    "trends.published_difference": {"es": "<br>Calculado − publicado: {difference}",
                                     "en": "<br>Computed − published: {difference}"},
}
