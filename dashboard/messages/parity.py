"""Words of the gender parity page (`parity.*`)."""

MESSAGES = {
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
}
