"""Words of the impact estimate ("Más allá del balance"): verdict, tables, notes, figures and the `impact` command."""

MESSAGES = {
    "impact.title": {"es": "Más allá del balance: estimación de impacto",
                     "en": "Beyond the appraisal: an impact estimate"},
    "impact.lead": {
        "es": "Diferencias en diferencias con efectos fijos de escuela sobre todos los años de la ECE hasta el final "
              "del periodo, estudio de eventos, comparación emparejada, heterogeneidad y costo por punto ganado. "
              "Acompañadas: todos los años del periodo; comparación: nunca acompañadas hasta su final.",
        "en": "Difference-in-differences with school fixed effects over every ECE year up to the window's end, an "
              "event study, a matched comparison, heterogeneity and the cost per point gained. Coached: every year "
              "of the window; comparison: never coached up to its end.",
    },
    "stats.error.window_order": {
        "es": "El primer año del periodo ({start}) no puede ser posterior al último ({end}).",
        "en": "The window's first year ({start}) cannot come after its last ({end}).",
    },
    "stats.error.missing_tables": {
        "es": "Faltan las tablas {tables}.", "en": "The {tables} tables are missing.",
    },
    # ------------------------------------------------------------------ verdict sentences
    "impact.verdict.did": {
        "es": "Con efectos fijos de escuela y de año ({first}–{end}), el acompañamiento de {start}–{end} se asocia "
              "con {effect} {unit} de {measure} en {subject} en promedio durante esos años (IC 95 %: {low} a {high}; "
              "{coached} escuelas acompañadas y {comparison} de comparación).",
        "en": "With school and year fixed effects ({first}–{end}), coaching in {start}–{end} is associated with "
              "{effect} {unit} of {measure} in {subject} on average over those years (95 % CI: {low} to {high}; "
              "{coached} coached and {comparison} comparison schools).",
    },
    "impact.verdict.endline": {
        "es": "El ANOVA del balance compara solo {baseline} y {end}: {anova} {unit}. El estudio de eventos da para "
              "{end} {last} {unit} (IC 95 %: {low} a {high}); {agreement}",
        "en": "The appraisal's ANOVA compares {baseline} and {end} only: {anova} {unit}. The event study gives "
              "{last} {unit} for {end} (95 % CI: {low} to {high}); {agreement}",
    },
    "impact.verdict.agree": {"es": "ambos coinciden.", "en": "the two agree."},
    "impact.verdict.disagree": {
        "es": "no coinciden porque comparan escuelas distintas: el ANOVA incluye en la comparación escuelas "
              "acompañadas antes del periodo y deja fuera las que faltan a uno de los dos años.",
        "en": "they disagree because they compare different schools: the ANOVA's comparison group includes schools "
              "coached before the window and it leaves out those missing one of the two years.",
    },
    "impact.verdict.no_anova": {
        "es": "El ANOVA del balance no pudo calcularse con estos datos ({reason}).",
        "en": "The appraisal's ANOVA could not be computed on these data ({reason}).",
    },
    "impact.verdict.pretrends_parallel": {
        "es": "Antes del acompañamiento, las escuelas acompañadas y las de comparación evolucionaban en paralelo "
              "(prueba conjunta de que los {df} coeficientes previos son cero: p {p}); la comparación es creíble.",
        "en": "Before coaching, coached and comparison schools moved in parallel (joint test that the {df} "
              "pre-coaching coefficients are zero: p {p}); the comparison is credible.",
    },
    "impact.verdict.pretrends_differ": {
        "es": "Antes del acompañamiento, las escuelas acompañadas ya evolucionaban distinto de las de comparación "
              "(prueba conjunta de que los {df} coeficientes previos son cero: p {p}): parte de la diferencia "
              "posterior puede no deberse al acompañamiento.",
        "en": "Before coaching, coached schools were already moving differently from comparison schools (joint "
              "test that the {df} pre-coaching coefficients are zero: p {p}): part of the later difference may "
              "not be due to coaching.",
    },
    "impact.verdict.pretrends_dip": {
        "es": "Antes del acompañamiento las escuelas acompañadas evolucionaban en paralelo con las demás, salvo en "
              "{baseline}: los coeficientes previos no son cero (p {p}) pero son iguales entre sí (p {equal_p}). "
              "Las escuelas acompañadas tuvieron un mal año justo antes de ser elegidas; su recuperación posterior "
              "no es efecto del acompañamiento (regresión a la media), y el ANOVA, que parte de {baseline}, la "
              "cuenta como si lo fuera.",
        "en": "Before coaching, coached schools moved in parallel with the others except in {baseline}: the "
              "pre-coaching coefficients are not zero (p {p}) but equal one another (p {equal_p}). Coached schools "
              "had a bad year just before being chosen; their later recovery is not an effect of coaching "
              "(regression to the mean), and the ANOVA, which starts from {baseline}, counts it as one.",
    },
    "impact.verdict.pretrend_untestable": {
        "es": "No hay años anteriores a {baseline} para comprobar si las tendencias previas eran paralelas.",
        "en": "There are no years before {baseline} to check whether the earlier trends were parallel.",
    },
    "impact.verdict.baseline_gap": {
        "es": "Las escuelas acompañadas ya diferían de las demás en {baseline} (p {p}). Los efectos fijos descuentan "
              "una diferencia permanente; no descuentan un mal año justo antes de la selección, que después se "
              "corrige solo (regresión a la media): eso es lo que la prueba de tendencias previas vigila.",
        "en": "Coached schools already differed from the others in {baseline} (p {p}). Fixed effects net out a "
              "lasting difference; they do not net out a bad year just before selection, which then mends by "
              "itself (regression to the mean): that is what the pre-trend test watches for.",
    },
    "impact.verdict.matched": {
        "es": "Emparejadas con escuelas nunca acompañadas parecidas antes del periodo (puntaje previo, quintil, "
              "área, tipo de escuela y región; {matched} de {coached} acompañadas emparejadas), la estimación es "
              "{effect} {unit} (IC 95 %: {low} a {high}); la mayor diferencia estandarizada pasa de {before} a "
              "{after}.",
        "en": "Matched to never-coached schools that looked alike before the window (earlier score, quintile, "
              "area, school type and region; {matched} of {coached} coached schools matched), the estimate is "
              "{effect} {unit} (95 % CI: {low} to {high}); the largest standardised difference goes from {before} "
              "to {after}.",
    },
    "impact.verdict.trust_did": {
        "es": "Conclusión: confíe en la estimación con efectos fijos; usa todos los años y sus supuestos se "
              "cumplen en los datos.",
        "en": "Conclusion: trust the fixed-effects estimate; it uses every year and its assumptions hold in the "
              "data.",
    },
    "impact.verdict.trust_did_without_baseline": {
        "es": "Conclusión: confíe en la estimación con efectos fijos que deja fuera {baseline}: {effect} {unit} "
              "(IC 95 %: {low} a {high}).",
        "en": "Conclusion: trust the fixed-effects estimate that leaves {baseline} out: {effect} {unit} (95 % CI: "
              "{low} to {high}).",
    },
    "impact.verdict.trust_matched": {
        "es": "Conclusión: confíe en la comparación emparejada; entre las escuelas emparejadas las tendencias "
              "previas sí son paralelas (p {p}), y el ANOVA y la estimación sin emparejar mezclan el efecto con "
              "diferencias previas.",
        "en": "Conclusion: trust the matched comparison; among matched schools the earlier trends are parallel "
              "(p {p}), while the ANOVA and the unmatched estimate mix the effect with earlier differences.",
    },
    "impact.verdict.trust_none": {
        "es": "Conclusión: ninguna estimación es concluyente; incluso entre escuelas emparejadas las tendencias "
              "previas difieren. Léalas como una cota, no como el efecto.",
        "en": "Conclusion: no estimate is conclusive; even among matched schools the earlier trends differ. Read "
              "them as a bound, not as the effect.",
    },
    "impact.verdict.cost": {
        "es": "Un año de acompañamiento costó S/ {cost} por estudiante de las escuelas acompañadas ({years}): "
              "{points} {unit} por cada S/ 1 000 por estudiante y año (IC 95 %: {low} a {high}).",
        "en": "A year of coaching cost S/ {cost} per pupil of the coached schools ({years}): {points} {unit} per "
              "S/ 1,000 per pupil and year (95 % CI: {low} to {high}).",
    },
    "impact.verdict.no_cost": {
        "es": "Sin la tabla de gasto regional del programa no se puede calcular el costo por punto.",
        "en": "Without the programme's regional spending table the cost per point cannot be computed.",
    },
    # ------------------------------------------------------------------ notes on what the data cover
    "impact.note.cost_years": {
        "es": "El gasto de {missing} no está en la tabla del programa; se supone igual al de {used}.",
        "en": "Spending for {missing} is not in the programme table; it is taken to equal that of {used}.",
    },
    "impact.note.cost_regions": {
        "es": "Sin datos de gasto para regiones con escuelas acompañadas analizadas: {regions}; quedan fuera del "
              "costo por región.",
        "en": "No spending data for regions with analysed coached schools: {regions}; they are left out of the "
              "cost by region.",
    },
    "impact.note.cost_scope": {
        "es": "El gasto y los estudiantes del programa abarcan todas las escuelas acompañadas de cada región (también "
              "inicial y bilingües); el efecto se mide solo en las que rinden la ECE en el universo elegido.",
        "en": "Programme spending and pupils cover every coached school of a region (pre-school and bilingual ones "
              "too); the effect is measured only on those sitting the ECE in the chosen universe.",
    },
    "impact.note.cost_estimate": {
        "es": "El costo por punto nacional usa {estimate}, la estimación en la que confiar; las filas por región "
              "usan la estimación con efectos fijos de cada región, que puede arrastrar el mismo sesgo.",
        "en": "The national cost per point uses {estimate}, the estimate to trust; the rows by region use each "
              "region's fixed-effects estimate, which may carry the same bias.",
    },
    "impact.estimate.did_without_baseline": {"es": "la estimación con efectos fijos sin {baseline}",
                                             "en": "the fixed-effects estimate without {baseline}"},
    "impact.estimate.matched": {"es": "la comparación emparejada", "en": "the matched comparison"},
    "impact.note.coached_before": {
        "es": "{count} de las {coached} escuelas acompañadas ya lo estaban antes de {start}; el estudio de eventos "
              "cuenta desde {start}.",
        "en": "{count} of the {coached} coached schools were already coached before {start}; the event study "
              "counts from {start}.",
    },
    "impact.note.window": {
        "es": "Los años posteriores a {end} quedan fuera: después cambian los grupos (en 2013 la mitad de las "
              "escuelas dejó el programa). Errores estándar agrupados por escuela; agrupados por región ({regions} "
              "grupos) el IC de la estimación principal es {low} a {high}.",
        "en": "Years after {end} are left out: the groups change after it (half the schools left the programme in "
              "2013). Standard errors clustered by school; clustered by region ({regions} clusters) the main "
              "estimate's CI is {low} to {high}.",
    },
    "impact.note.window_one_region": {
        "es": "Los años posteriores a {end} quedan fuera: después cambian los grupos (en 2013 la mitad de las "
              "escuelas dejó el programa). Errores estándar agrupados por escuela; con una sola región no hay "
              "agrupación por región que comparar.",
        "en": "Years after {end} are left out: the groups change after it (half the schools left the programme in "
              "2013). Standard errors clustered by school; with a single region there is no clustering by region "
              "to compare.",
    },
    "impact.note.paper": {
        "es": "Balance publicado (Sempé, tablas 7 y 8, lectura 2010–2013): acompañadas 491,7 → 528,6 (N = 303), no "
              "acompañadas 494,1 → 508,8 (N = 9 573), interacción de 22,2 puntos. Estos datos: acompañadas {c0} → "
              "{c1} (N = {nc}), no acompañadas {n0} → {n1} (N = {nn}), {anova} puntos.",
        "en": "Published appraisal (Sempé, Tables 7 and 8, reading 2010–2013): coached 491.7 → 528.6 (N = 303), "
              "not coached 494.1 → 508.8 (N = 9,573), an interaction of 22.2 points. These data: coached {c0} → "
              "{c1} (N = {nc}), not coached {n0} → {n1} (N = {nn}), {anova} points.",
    },
    # ------------------------------------------------------------------ tables and figures
    "impact.exclusion.implausible_result": {"es": "Resultados inverosímiles descartados",
                                            "en": "Implausible results dropped"},
    "impact.exclusion.no_baseline_result": {"es": "Escuelas sin resultado en la línea de base",
                                            "en": "Schools without a baseline result"},
    "impact.exclusion.outside_universe": {"es": "Escuelas fuera del universo en la línea de base",
                                          "en": "Schools outside the universe at baseline"},
    "impact.exclusion.no_result_in_window": {"es": "Escuelas sin resultados en el periodo",
                                             "en": "Schools without results in the window"},
    "impact.exclusion.partly_coached": {"es": "Escuelas acompañadas solo algunos años",
                                        "en": "Schools coached only some years"},
    "impact.dimension.region_code": {"es": "Región", "en": "Region"},
    "impact.dimension.poverty_quintile": {"es": "Quintil de pobreza", "en": "Poverty quintile"},
    "impact.dimension.area": {"es": "Área", "en": "Area"},
    "impact.dimension.school_type": {"es": "Tipo de escuela", "en": "School type"},
    "impact.variable.baseline_score": {"es": "Puntaje previo", "en": "Earlier score"},
    "impact.quintile": {"es": "Quintil {level}", "en": "Quintile {level}"},
    "impact.national": {"es": "Nacional", "en": "National"},
    "impact.status.too_few": {"es": "menos de {min} escuelas en un grupo", "en": "fewer than {min} schools in a group"},
    "impact.status.not_analysed": {"es": "sin escuelas analizadas", "en": "no analysed schools"},
    "impact.column.estimate": {"es": "Efecto", "en": "Effect"},
    "impact.column.ci": {"es": "IC 95 %", "en": "95 % CI"},
    "impact.column.se": {"es": "Error estándar", "en": "Standard error"},
    "impact.column.p": {"es": "p", "en": "p"},
    "impact.column.year": {"es": "Año", "en": "Year"},
    "impact.column.relative_year": {"es": "Años desde el inicio", "en": "Years from start"},
    "impact.column.group": {"es": "Grupo", "en": "Group"},
    "impact.column.coached": {"es": "Acompañadas", "en": "Coached"},
    "impact.column.comparison": {"es": "Comparación", "en": "Comparison"},
    "impact.column.variable": {"es": "Variable", "en": "Variable"},
    "impact.column.smd_before": {"es": "DME antes", "en": "SMD before"},
    "impact.column.smd_after": {"es": "DME después", "en": "SMD after"},
    "impact.column.region": {"es": "Región", "en": "Region"},
    "impact.column.cost_per_student": {"es": "Costo por estudiante y año (S/)", "en": "Cost per pupil a year (S/)"},
    "impact.column.points_per_1000": {"es": "Puntos por S/ 1 000", "en": "Points per S/ 1,000"},
    "impact.column.note": {"es": "Nota", "en": "Note"},
    "impact.column.removed": {"es": "Descartados", "en": "Removed"},
    "impact.column.rule": {"es": "Regla", "en": "Rule"},
    "impact.table.did": {"es": "Diferencias en diferencias", "en": "Difference-in-differences"},
    "impact.table.event_study": {"es": "Estudio de eventos", "en": "Event study"},
    "impact.table.balance": {"es": "Balance antes y después del emparejamiento",
                             "en": "Balance before and after matching"},
    "impact.table.heterogeneity": {"es": "Efecto por grupo", "en": "Effect by group"},
    "impact.table.cost": {"es": "Costo-efectividad", "en": "Cost-effectiveness"},
    "impact.table.exclusions": {"es": "Escuelas y resultados descartados", "en": "Schools and results left out"},
    "impact.row.did_school": {"es": "Efectos fijos, errores por escuela", "en": "Fixed effects, school clusters"},
    "impact.row.did_region": {"es": "Efectos fijos, errores por región", "en": "Fixed effects, region clusters"},
    "impact.row.did_without_baseline": {"es": "Efectos fijos, sin {baseline}",
                                        "en": "Fixed effects, without {baseline}"},
    "impact.row.matched": {"es": "Emparejada", "en": "Matched"},
    "impact.row.anova": {"es": "ANOVA del balance ({baseline}–{end})", "en": "Appraisal's ANOVA ({baseline}–{end})"},
    "impact.figure.event_study": {"es": "Efecto por año respecto del inicio del acompañamiento",
                                  "en": "Effect by year relative to the start of coaching"},
    "impact.figure.forest": {"es": "Efecto por grupo (IC 95 %)", "en": "Effect by group (95 % CI)"},
    "impact.figure.balance": {"es": "Balance de las covariables (diferencia de medias estandarizada)",
                              "en": "Covariate balance (standardised mean difference)"},
    "impact.figure.start": {"es": "Inicio del acompañamiento", "en": "Coaching starts"},
    "impact.figure.before": {"es": "Antes de emparejar", "en": "Before matching"},
    "impact.figure.after": {"es": "Después de emparejar", "en": "After matching"},
    "impact.figure.effect_axis": {"es": "Efecto ({unit})", "en": "Effect ({unit})"},
    "impact.figure.smd_axis": {"es": "Diferencia de medias estandarizada", "en": "Standardised mean difference"},
    "impact.figure.year_axis": {"es": "Año (años desde el inicio)", "en": "Year (years from start)"},
    "impact.figure.national": {"es": "Todas las escuelas", "en": "All schools"},
    "impact.selection.window": {"es": "acompañamiento {start}–{end}", "en": "coaching {start}–{end}"},
    "impact.selection.quintiles": {"es": "quintiles de pobreza {quintiles}", "en": "poverty quintiles {quintiles}"},
}
