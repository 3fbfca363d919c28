"""Words of the coaching impact page."""

MESSAGES = {
    "coaching.title": {"es": "Acompañamiento pedagógico: escuelas acompañadas y no acompañadas",
                       "en": "Pedagogical coaching: coached and non-coached schools"},
    "coaching.lead": {
        "es": "Compara los resultados de la ECE de las escuelas acompañadas todos los años entre la línea de base y "
              "la final con los de las escuelas nunca acompañadas en esos años, con el ANOVA mixto del balance "
              "publicado (Sempé). Ninguna escuela se muestra ni se ordena individualmente.",
        "en": "Compares the ECE results of schools coached every year between the baseline and the endline with "
              "those of schools never coached in those years, with the published appraisal's mixed ANOVA "
              "(Sempé). No school is shown or ranked individually.",
    },
    "coaching.subject": {"es": "Materia", "en": "Subject"},
    "coaching.measure": {"es": "Medida", "en": "Measure"},
    "coaching.baseline": {"es": "Línea de base", "en": "Baseline"},
    "coaching.endline": {"es": "Línea final", "en": "Endline"},
    "coaching.quintiles": {"es": "Quintiles de pobreza", "en": "Poverty quintiles"},
    "coaching.school_type": {"es": "Tipo de escuela", "en": "School type"},
    "coaching.language": {"es": "Lengua", "en": "Language"},
    "coaching.language_default": {"es": "La de la materia", "en": "The subject's"},
    "coaching.floor": {"es": "Excluir puntajes menores que", "en": "Drop scores below"},
    "coaching.ceiling": {"es": "Excluir puntajes mayores que", "en": "Drop scores above"},
    "coaching.min_schools": {"es": "Mínimo de escuelas por grupo y región", "en": "Least schools per group and region"},
    "coaching.rules_note": {
        "es": "Reglas del universo (valores del balance por defecto): gestión pública; escuelas castellanas "
              "(bilingües para castellano como segunda lengua); resultados en ambos años; sin escuelas "
              "acompañadas solo algunos años.",
        "en": "Universe rules (the appraisal's values by default): public schools; Spanish-speaking schools "
              "(bilingual ones for Spanish as a second language); results in both years; no schools coached only "
              "some of the years.",
    },
    "coaching.before_after": {"es": "Promedios antes y después, con intervalos de confianza del 95 %",
                              "en": "Means before and after, with 95 % confidence intervals"},
    "coaching.distribution_title": {"es": "Distribución de los resultados de las escuelas",
                                    "en": "Distribution of school results"},
    "coaching.verdict": {"es": "Conclusión", "en": "Conclusion"},
    "coaching.by_region": {"es": "Por región", "en": "By region"},
    "coaching.regional_title": {"es": "Ganancia de las acompañadas menos la de las no acompañadas",
                                "en": "Gain of coached minus gain of non-coached schools"},
    "coaching.map_title": {"es": "Diferencia de ganancias por región", "en": "Difference in gains by region"},
    "coaching.gain_difference": {"es": "Diferencia de ganancias", "en": "Difference in gains"},
    "coaching.group_sizes": {"es": "{coached} acompañadas / {comparison} no acompañadas",
                             "en": "{coached} coached / {comparison} not coached"},
    "coaching.too_few": {"es": "pocas escuelas ({coached} / {comparison})",
                         "en": "too few schools ({coached} / {comparison})"},
    "coaching.too_few_short": {"es": "Pocas escuelas para comparar", "en": "Too few schools to compare"},
    "coaching.too_few_legend": {"es": "Pocas escuelas", "en": "Too few schools"},
    "coaching.regional_note": {
        "es": "Regiones con menos de {min} escuelas en algún grupo: se muestran en gris, sin valor.",
        "en": "Regions with fewer than {min} schools in either group are shown in grey, without a value.",
    },
    "coaching.ci_note": {"es": "Barras: intervalo de confianza del 95 % de la media de las escuelas.",
                         "en": "Bars: 95 % confidence interval of the schools' mean."},
    "coaching.cached": {"es": "Resultado guardado", "en": "Cached result"},
}

MESSAGES.update({
    "coaching.method_title": {"es": "Cómo se compara", "en": "How the comparison works"},
    "coaching.method": {
        "es": "Escuelas acompañadas: en el padrón SIGMA todos los años desde la línea de base + 1 hasta la línea "
              "final; no acompañadas: en ninguno de esos años; las acompañadas solo algunos años se excluyen y se "
              "cuentan. Cada escuela aporta su resultado promedio de la ECE en los dos años. ANOVA mixto 2 × 2 "
              "(tiempo intra-sujetos, acompañamiento inter-sujetos) con sumas de cuadrados tipo III, como SPSS. La "
              "interacción no se interpreta cuando la prueba M de Box rechaza la igualdad de covarianzas "
              "(p < 0,001). Δ de Glass de la interacción: (ganancia de las acompañadas − ganancia de las no "
              "acompañadas) / desviación típica de las no acompañadas en la línea de base.",
        "en": "Coached schools: in the SIGMA roster every year from the baseline + 1 to the endline; not coached: "
              "in none of those years; schools coached only some years are excluded and counted. Each school "
              "contributes its mean ECE result in both years. 2 × 2 mixed ANOVA (time within subjects, coaching "
              "between subjects) with Type III sums of squares, as SPSS computes them. The interaction is not "
              "interpreted when Box's M test rejects equal covariances (p < 0.001). Glass's Δ of the interaction: "
              "(gain of coached − gain of non-coached) / baseline standard deviation of the non-coached.",
    },
    "coaching.method_source": {
        "es": "Fuente del método: Sempé, L. N., Balance de la Estrategia de Acompañamiento Pedagógico en Áreas "
              "Rurales de Perú (CIDEL), secciones 3.1 y 4.1.",
        "en": "Method source: Sempé, L. N., Appraisal of a Learning Coaching Strategy in Rural Areas of Peru "
              "(CIDEL), sections 3.1 and 4.1.",
    },
    "coaching.ece_rule": {
        "es": "Las normas de la ECE prohíben usar los resultados para ordenar escuelas: aquí solo se muestran "
              "grupos y regiones.",
        "en": "ECE rules forbid using results to rank schools: only groups and regions are shown here.",
    },
    "coaching.caption.universe": {
        "es": "Escuelas evaluadas en ambos años y cuántas quedan tras aplicar cada regla, en orden.",
        "en": "Schools assessed in both years and how many remain after each rule, in order.",
    },
    "coaching.caption.descriptives": {
        "es": "Media y desviación típica de cada grupo en cada año, en {unit}; N: escuelas.",
        "en": "Mean and standard deviation of each group in each year, in {unit}; N: schools.",
    },
    "coaching.caption.normality": {
        "es": "¿Se distribuyen normalmente los resultados de cada grupo? Una significación menor que 0,05 lo rechaza.",
        "en": "Are each group's results normally distributed? A significance below 0.05 rejects it.",
    },
    "coaching.caption.levene": {
        "es": "¿Tienen ambos grupos la misma varianza cada año? Una significación menor que 0,05 lo rechaza.",
        "en": "Do both groups have the same variance each year? A significance below 0.05 rejects it.",
    },
    "coaching.caption.box": {
        "es": "¿Tienen ambos grupos las mismas covarianzas entre los dos años? Una significación menor que 0,001 "
              "lo rechaza.",
        "en": "Do both groups have the same covariances between the two years? A significance below 0.001 "
              "rejects it.",
    },
    "coaching.caption.fmax": {
        "es": "Cuántas veces mayor es la varianza de un grupo que la del otro, cada año.",
        "en": "How many times larger one group's variance is than the other's, each year.",
    },
    "coaching.caption.within": {
        "es": "¿Cambiaron los resultados entre los dos años, y cambiaron distinto en las escuelas acompañadas "
              "(interacción tiempo × acompañamiento)?",
        "en": "Did results change between the two years, and did they change differently in coached schools "
              "(time × coaching interaction)?",
    },
    "coaching.caption.between": {
        "es": "¿Difieren los grupos en el promedio de los dos años?",
        "en": "Do the groups differ in their average over the two years?",
    },
    "coaching.caption.time_within": {
        "es": "¿Cambiaron los resultados entre los dos años dentro de cada grupo?",
        "en": "Did results change between the two years within each group?",
    },
    "coaching.caption.group_at_year": {
        "es": "¿Difieren los grupos cada año? Diferencia: acompañadas menos no acompañadas, en {unit}.",
        "en": "Do the groups differ each year? Difference: coached minus non-coached, in {unit}.",
    },
    "coaching.caption.effect_sizes": {
        "es": "Ganancias entre los dos años en {unit}; Δ de Glass en desviaciones típicas.",
        "en": "Gains between the two years in {unit}; Glass's Δ in standard deviations.",
    },
    "coaching.part": {"es": "Vista", "en": "View"},
    "coaching.part.appraisal": {"es": "Apreciación", "en": "Appraisal"},
    "coaching.part.impact": {"es": "Impacto", "en": "Impact"},
})
