"""Words of the coaching impact analysis: report tables, verdict, universe rules and error messages."""

MESSAGES = {
    # ------------------------------------------------------------------ subjects, measures, units, groups
    "stats.subject.reading": {"es": "comprensión lectora", "en": "reading comprehension"},
    "stats.subject.math": {"es": "matemática", "en": "mathematics"},
    "stats.subject.reading_l2": {"es": "castellano como segunda lengua", "en": "Spanish as a second language"},
    "stats.measure.mean_score": {"es": "puntaje promedio", "en": "mean score"},
    "stats.measure.pct_proficient": {
        "es": "porcentaje de estudiantes en nivel satisfactorio", "en": "percentage of proficient pupils",
    },
    "stats.unit.points": {"es": "puntos", "en": "points"},
    "stats.unit.percentage_points": {"es": "puntos porcentuales", "en": "percentage points"},
    "stats.group.comparison": {"es": "No acompañadas", "en": "Not coached"},
    "stats.group.coached": {"es": "Acompañadas", "en": "Coached"},
    "stats.group.total": {"es": "Total", "en": "Total"},
    "stats.magnitude.negligible": {"es": "efecto insignificante", "en": "a negligible effect"},
    "stats.magnitude.small": {"es": "efecto pequeño", "en": "a small effect"},
    "stats.magnitude.medium": {"es": "efecto mediano", "en": "a medium effect"},
    "stats.magnitude.large": {"es": "efecto grande", "en": "a large effect"},
    # ------------------------------------------------------------------ universe rules and the values they apply
    "stats.rule.results_in_both_years": {"es": "Resultados en ambos años", "en": "Results in both years"},
    "stats.rule.management": {"es": "Gestión", "en": "Management"},
    "stats.rule.language": {"es": "Lengua", "en": "Language"},
    "stats.rule.poverty_quintile": {"es": "Quintil de pobreza", "en": "Poverty quintile"},
    "stats.rule.region_code": {"es": "Región", "en": "Region"},
    "stats.rule.school_type": {"es": "Tipo de escuela", "en": "School type"},
    "stats.rule.area": {"es": "Área", "en": "Area"},
    "stats.rule.implausible_score": {"es": "Puntaje promedio verosímil", "en": "Plausible mean score"},
    "stats.rule.partly_coached": {"es": "Sin acompañamiento parcial", "en": "Not partly coached"},
    "stats.value.public": {"es": "pública", "en": "public"},
    "stats.value.private": {"es": "privada", "en": "private"},
    "stats.value.spanish": {"es": "castellana", "en": "Spanish"},
    "stats.value.bilingual": {"es": "bilingüe", "en": "bilingual"},
    "stats.value.multigrade": {"es": "multigrado o unidocente", "en": "multigrade or single-teacher"},
    "stats.value.full_grade": {"es": "polidocente completa", "en": "full-grade"},
    "stats.value.urban": {"es": "urbana", "en": "urban"},
    "stats.value.rural": {"es": "rural", "en": "rural"},
    # ------------------------------------------------------------------ the verdict
    "stats.verdict.effect": {
        "es": "Entre {baseline} y {endline}, el {measure} en {subject} de las escuelas acompañadas cambió "
              "{coached_gain} {unit} y el de las no acompañadas {comparison_gain} {unit}: el acompañamiento se "
              "asocia con una diferencia de {effect} {unit} (interacción tiempo × acompañamiento "
              "F(1, {df}) = {f}, p {p}; Δ de Glass = {delta}, {magnitude}).",
        "en": "Between {baseline} and {endline}, the {measure} in {subject} of coached schools changed by "
              "{coached_gain} {unit} and that of comparison schools by {comparison_gain} {unit}: coaching is "
              "associated with a difference of {effect} {unit} (time × coaching interaction F(1, {df}) = {f}, "
              "p {p}; Glass's Δ = {delta}, {magnitude}).",
    },
    "stats.verdict.no_effect": {
        "es": "Entre {baseline} y {endline}, el {measure} en {subject} de las escuelas acompañadas cambió "
              "{coached_gain} {unit} y el de las no acompañadas {comparison_gain} {unit}; la diferencia de "
              "{effect} {unit} no es estadísticamente significativa (F(1, {df}) = {f}, p {p}): no hay evidencia "
              "de un efecto del acompañamiento.",
        "en": "Between {baseline} and {endline}, the {measure} in {subject} of coached schools changed by "
              "{coached_gain} {unit} and that of comparison schools by {comparison_gain} {unit}; the difference "
              "of {effect} {unit} is not statistically significant (F(1, {df}) = {f}, p {p}): there is no "
              "evidence of an effect of coaching.",
    },
    "stats.verdict.box_m_rejects_equal_covariances": {
        "es": "La interacción tiempo × acompañamiento no puede interpretarse: la prueba de Box rechaza la "
              "igualdad de las matrices de covarianzas (p {box_p}).",
        "en": "The time × coaching interaction cannot be interpreted: Box's test rejects equal covariance "
              "matrices (p {box_p}).",
    },
    "stats.verdict.box_m_not_computable": {
        "es": "La interacción tiempo × acompañamiento no puede interpretarse: la prueba de Box no puede "
              "calcularse porque los resultados de un grupo no varían lo suficiente.",
        "en": "The time × coaching interaction cannot be interpreted: Box's test cannot be computed because "
              "one group's results do not vary enough.",
    },
    "stats.verdict.descriptive_gains": {
        "es": "Solo como descripción: entre {baseline} y {endline}, el {measure} de las escuelas acompañadas "
              "cambió {coached_gain} {unit} ({coached_significance}) y el de las no acompañadas "
              "{comparison_gain} {unit} ({comparison_significance}).",
        "en": "As a description only: between {baseline} and {endline}, the {measure} of coached schools changed "
              "by {coached_gain} {unit} ({coached_significance}) and that of comparison schools by "
              "{comparison_gain} {unit} ({comparison_significance}).",
    },
    "stats.verdict.gain_significant": {
        "es": "cambio estadísticamente significativo", "en": "a statistically significant change",
    },
    "stats.verdict.gain_not_significant": {
        "es": "cambio no significativo", "en": "not statistically significant",
    },
    "stats.verdict.groups_similar_at_baseline": {
        "es": "En {baseline} ambos grupos no diferían significativamente (p {p}), lo que respalda la comparación.",
        "en": "In {baseline} the two groups did not differ significantly (p {p}), which supports the comparison.",
    },
    "stats.verdict.groups_differ_at_baseline": {
        "es": "En {baseline} los grupos ya diferían significativamente (p {p}): parte de la diferencia posterior "
              "puede deberse al punto de partida.",
        "en": "In {baseline} the groups already differed significantly (p {p}): part of the later difference may "
              "come from where they started.",
    },
    # ------------------------------------------------------------------ the text report
    "stats.report.title": {
        "es": "Impacto del acompañamiento pedagógico: {subject}, {measure}, {baseline}-{endline}",
        "en": "Impact of pedagogical coaching: {subject}, {measure}, {baseline}-{endline}",
    },
    "stats.report.universe": {
        "es": "Universo y exclusiones (reglas en orden)", "en": "Universe and exclusions (rules in order)",
    },
    "stats.report.assessed": {"es": "Evaluadas en {baseline} o {endline}", "en": "Assessed in {baseline} or {endline}"},
    "stats.report.groups": {
        "es": "Acompañadas todos los años {first}-{last}: {coached}; no acompañadas en esos años: {comparison}.",
        "en": "Coached every year {first}-{last}: {coached}; not coached in any of those years: {comparison}.",
    },
    "stats.report.descriptives": {"es": "Estadísticos descriptivos", "en": "Descriptive statistics"},
    "stats.report.normality": {
        "es": "Pruebas de normalidad (Kolmogorov-Smirnov con corrección de significación de Lilliefors)",
        "en": "Tests of normality (Kolmogorov-Smirnov, Lilliefors significance correction)",
    },
    "stats.report.lower_bound": {
        "es": "* Límite inferior de la significación verdadera.",
        "en": "* This is a lower bound of the true significance.",
    },
    "stats.report.levene": {
        "es": "Prueba de Levene de igualdad de varianzas de error (basada en la media)",
        "en": "Levene's test of equality of error variances (based on the mean)",
    },
    "stats.report.box": {
        "es": "Prueba de Box de igualdad de matrices de covarianzas",
        "en": "Box's test of equality of covariance matrices",
    },
    "stats.report.box_not_computable": {
        "es": "No se calcula: la matriz de covarianzas de un grupo es singular.",
        "en": "Not computed: a group's covariance matrix is singular.",
    },
    "stats.report.fmax": {
        "es": "Fmax de Hartley (varianza mayor / varianza menor)",
        "en": "Hartley's Fmax (largest variance / smallest variance)",
    },
    "stats.report.within": {"es": "Pruebas de efectos intra-sujetos", "en": "Tests of within-subjects effects"},
    "stats.report.sphericity": {
        "es": "Esfericidad asumida (solo dos momentos).", "en": "Sphericity assumed (two time points only).",
    },
    "stats.report.between": {"es": "Pruebas de efectos inter-sujetos", "en": "Tests of between-subjects effects"},
    "stats.report.time_within": {
        "es": "Efecto del tiempo en cada grupo (ANOVA de medidas repetidas por grupo)",
        "en": "Effect of time within each group (repeated-measures ANOVA per group)",
    },
    "stats.report.group_at_year": {
        "es": "Diferencia entre grupos en cada año (ANOVA de un factor)",
        "en": "Difference between groups at each year (one-way ANOVA)",
    },
    "stats.report.effect_sizes": {"es": "Tamaños del efecto", "en": "Effect sizes"},
    "stats.report.glass_note": {
        "es": "Δ de Glass: la ganancia dividida por la desviación típica de base de las no acompañadas "
              "(interacción, no acompañadas) o de las acompañadas (acompañadas).",
        "en": "Glass's Δ: the gain over the baseline standard deviation of the comparison schools "
              "(interaction, comparison) or of the coached schools (coached).",
    },
    "stats.report.verdict": {"es": "Conclusión", "en": "Conclusion"},
    "stats.header.rule": {"es": "Regla", "en": "Rule"},
    "stats.header.removed": {"es": "Excluidas", "en": "Removed"},
    "stats.header.remaining": {"es": "Quedan", "en": "Remaining"},
    "stats.header.year": {"es": "Año", "en": "Year"},
    "stats.header.group": {"es": "Grupo", "en": "Group"},
    "stats.header.mean": {"es": "Media", "en": "Mean"},
    "stats.header.sd": {"es": "Desv. típ.", "en": "Std. deviation"},
    "stats.header.n": {"es": "N", "en": "N"},
    "stats.header.statistic": {"es": "Estadístico", "en": "Statistic"},
    "stats.header.df": {"es": "gl", "en": "df"},
    "stats.header.sig": {"es": "Sig.", "en": "Sig."},
    "stats.header.f": {"es": "F", "en": "F"},
    "stats.header.df1": {"es": "gl1", "en": "df1"},
    "stats.header.df2": {"es": "gl2", "en": "df2"},
    "stats.header.box_m": {"es": "M de Box", "en": "Box's M"},
    "stats.header.larger_variance": {"es": "Mayor varianza", "en": "Larger variance"},
    "stats.header.fmax": {"es": "Fmax", "en": "Fmax"},
    "stats.header.source": {"es": "Origen", "en": "Source"},
    "stats.header.ss": {"es": "SC tipo III", "en": "Type III SS"},
    "stats.header.ms": {"es": "Media cuadrática", "en": "Mean square"},
    "stats.header.partial_eta": {"es": "Eta² parcial", "en": "Partial eta²"},
    "stats.header.difference": {"es": "Dif. (acomp. - no acomp.)", "en": "Diff. (coached - not)"},
    "stats.header.effect": {"es": "Efecto", "en": "Effect"},
    "stats.header.gain": {"es": "Ganancia", "en": "Gain"},
    "stats.header.glass_delta": {"es": "Δ de Glass", "en": "Glass's Δ"},
    "stats.source.time": {"es": "Tiempo", "en": "Time"},
    "stats.source.time_x_coached": {"es": "Tiempo × acompañada", "en": "Time × coached"},
    "stats.source.error_time": {"es": "Error(tiempo)", "en": "Error(time)"},
    "stats.source.coached": {"es": "Acompañada", "en": "Coached"},
    "stats.source.error": {"es": "Error", "en": "Error"},
    "stats.effect.interaction": {
        "es": "Interacción (diferencia de ganancias)", "en": "Interaction (difference in gains)",
    },
    "stats.effect.time_coached": {"es": "Tiempo en acompañadas", "en": "Time in coached schools"},
    "stats.effect.time_comparison": {"es": "Tiempo en no acompañadas", "en": "Time in comparison schools"},
    # ------------------------------------------------------------------ errors
    "stats.error.unknown_subject": {
        "es": "La materia «{value}» no existe; elija una de: {allowed}.",
        "en": "There is no subject '{value}'; choose one of: {allowed}.",
    },
    "stats.error.unknown_measure": {
        "es": "La medida «{value}» no existe; elija una de: {allowed}.",
        "en": "There is no measure '{value}'; choose one of: {allowed}.",
    },
    "stats.error.unknown_value": {
        "es": "«{value}» no es un valor válido de {field}; use uno de: {allowed}.",
        "en": "'{value}' is not a valid {field}; use one of: {allowed}.",
    },
    "stats.error.years_order": {
        "es": "El año base ({baseline}) debe ser anterior al año final ({endline}).",
        "en": "The baseline year ({baseline}) must come before the endline year ({endline}).",
    },
    "stats.error.quintiles": {
        "es": "Los quintiles de pobreza van de 1 a 5 (se indicó: {quintiles}).",
        "en": "Poverty quintiles run from 1 to 5 (given: {quintiles}).",
    },
    "stats.error.missing_columns": {
        "es": "A la tabla «{table}» le faltan las columnas: {columns}.",
        "en": "The table '{table}' lacks the columns: {columns}.",
    },
    "stats.error.subject_missing_year": {
        "es": "La tabla de evaluación no tiene resultados de {subject} en {year}; elija años en que se evaluó.",
        "en": "The assessment table has no {subject} results for {year}; choose years when it was assessed.",
    },
    "stats.error.duplicate_results": {
        "es": "La tabla de evaluación repite {count} resultados de {subject} para una misma escuela y año; "
              "corrija los datos antes del análisis.",
        "en": "The assessment table repeats {count} {subject} results for the same school and year; correct the "
              "data before the analysis.",
    },
    "stats.error.split_not_reported": {
        "es": "La tabla de evaluación no informa «{rule}» para ninguna escuela (los archivos de la ECE no lo "
              "traen), así que no se puede aplicar esa regla. Importe la ECE junto con el Padrón o cargue una tabla "
              "que lo informe.",
        "en": "The assessment table reports '{rule}' for no school (ECE files do not carry it), so that rule "
              "cannot be applied. Import the ECE file together with the Padrón or load a table that reports it.",
    },
    "stats.error.empty_universe": {
        "es": "Ninguna de las {assessed} escuelas evaluadas cumple todas las reglas: tras la regla «{rule}» no "
              "quedó ninguna. Amplíe los filtros.",
        "en": "None of the {assessed} assessed schools meets every rule: none was left after the rule "
              "'{rule}'. Widen the filters.",
    },
    "stats.error.group_too_small": {
        "es": "Solo {coached_schools} y {comparison_schools} cumplen las reglas; cada grupo necesita al menos "
              "{minimum}. Amplíe los filtros (región, quintiles o años).",
        "en": "Only {coached} coached and {comparison} comparison schools meet the rules; each group needs at "
              "least {minimum}. Widen the filters (region, quintiles or years).",
    },
    "stats.count.coached_one": {"es": "{n} escuela acompañada", "en": "{n} coached school"},
    "stats.count.coached_many": {"es": "{n} escuelas acompañadas", "en": "{n} coached schools"},
    "stats.count.comparison_one": {"es": "{n} no acompañada", "en": "{n} comparison school"},
    "stats.count.comparison_many": {"es": "{n} no acompañadas", "en": "{n} comparison schools"},
    "stats.error.no_variation": {
        "es": "Los resultados del grupo «{group}» no varían entre escuelas o entre años, así que las pruebas F "
              "no pueden calcularse. Amplíe los filtros o elija otra medida.",
        "en": "The results of the group '{group}' do not vary between schools or between years, so the F tests "
              "cannot be computed. Widen the filters or choose another measure.",
    },
    "stats.cli.data_error": {
        "es": "No se pudieron usar los datos de {directory}:\n{detail}",
        "en": "Could not use the data in {directory}:\n{detail}",
    },
    "stats.cli.analysis_error": {
        "es": "No se puede hacer el análisis: {detail}", "en": "The analysis cannot be run: {detail}",
    },
}
