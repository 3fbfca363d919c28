"""Words of the EFA indicator engine: indicator names, definitions and formulas, quality flags, errors, cohort.

Formulas and definitions may hold placeholders filled from the official ages in force
(`dashboard.indicators.catalogue.indicator_text` fills them): {preschool_first},
{preschool_last}, {entry_age}, {primary_last_age}, {primary_grades}, {survival_grade}.
"""

MESSAGES = {
    # ------------------------------------------------------------------ units
    "indicator.unit.percent": {"es": "porcentaje", "en": "percent"},
    "indicator.unit.ratio": {"es": "razón", "en": "ratio"},
    "indicator.unit.index": {"es": "índice", "en": "index"},
    # ------------------------------------------------------------------ 1
    "indicator.ecd_ger.name": {
        "es": "Tasa bruta de matrícula en educación inicial",
        "en": "Gross enrolment ratio in early childhood development programmes",
    },
    "indicator.ecd_ger.short": {"es": "TBM inicial", "en": "ECD GER"},
    "indicator.ecd_ger.definition": {
        "es": "Matrícula total en educación inicial, sin importar la edad, como porcentaje de la población de "
        "{preschool_first} a {preschool_last} años, la edad oficial de ese nivel.",
        "en": "Total enrolment in early childhood development programmes, regardless of age, as a percentage of "
        "the population aged {preschool_first} to {preschool_last}, the official age group.",
    },
    "indicator.ecd_ger.formula": {
        "es": "matrícula en inicial (todas las edades) ÷ población de {preschool_first} a {preschool_last} años × 100",
        "en": "preschool enrolment (all ages) ÷ population aged {preschool_first}–{preschool_last} × 100",
    },
    # ------------------------------------------------------------------ 2
    "indicator.new_entrants_with_ecd_pct.name": {
        "es": "Porcentaje de ingresantes a 1.er grado de primaria que asistieron a educación inicial",
        "en": "New entrants to primary grade 1 who attended early childhood development programmes (%)",
    },
    "indicator.new_entrants_with_ecd_pct.short": {"es": "Ingresantes con inicial", "en": "Entrants with ECD"},
    "indicator.new_entrants_with_ecd_pct.definition": {
        "es": "Ingresantes a 1.er grado de primaria que asistieron a un programa organizado de educación inicial, "
        "como porcentaje del total de ingresantes a 1.er grado. No puede superar el 100 %.",
        "en": "New entrants to primary grade 1 who attended an organised early childhood development programme, "
        "as a percentage of all new entrants to grade 1. It cannot exceed 100%.",
    },
    "indicator.new_entrants_with_ecd_pct.formula": {
        "es": "ingresantes a 1.er grado con educación inicial ÷ ingresantes a 1.er grado × 100",
        "en": "grade-1 new entrants who attended ECD ÷ grade-1 new entrants × 100",
    },
    # ------------------------------------------------------------------ 3
    "indicator.apparent_intake_rate.name": {"es": "Tasa de ingreso aparente", "en": "Apparent (gross) intake rate"},
    "indicator.apparent_intake_rate.short": {"es": "TIA", "en": "AIR"},
    "indicator.apparent_intake_rate.definition": {
        "es": "Ingresantes a 1.er grado de primaria, de cualquier edad, como porcentaje de la población con la edad "
        "oficial de ingreso ({entry_age} años). Puede superar el 100 % por los ingresantes de otras edades.",
        "en": "New entrants to primary grade 1, of any age, as a percentage of the population of official entry "
        "age ({entry_age}). It can exceed 100% because of under- and over-age entrants.",
    },
    "indicator.apparent_intake_rate.formula": {
        "es": "ingresantes a 1.er grado (todas las edades) ÷ población de {entry_age} años × 100",
        "en": "grade-1 new entrants (all ages) ÷ population aged {entry_age} × 100",
    },
    # ------------------------------------------------------------------ 4
    "indicator.net_intake_rate.name": {"es": "Tasa neta de ingreso", "en": "Net intake rate"},
    "indicator.net_intake_rate.short": {"es": "TNI", "en": "NIR"},
    "indicator.net_intake_rate.definition": {
        "es": "Ingresantes a 1.er grado de primaria que tienen la edad oficial de ingreso ({entry_age} años), como "
        "porcentaje de la población de esa edad. No debería superar el 100 %.",
        "en": "New entrants to primary grade 1 of the official entry age ({entry_age}), as a percentage of the "
        "population of that age. It should not exceed 100%.",
    },
    "indicator.net_intake_rate.formula": {
        "es": "ingresantes a 1.er grado de {entry_age} años ÷ población de {entry_age} años × 100",
        "en": "grade-1 new entrants aged {entry_age} ÷ population aged {entry_age} × 100",
    },
    # ------------------------------------------------------------------ 5
    "indicator.gross_enrolment_ratio.name": {
        "es": "Tasa bruta de matrícula en primaria",
        "en": "Gross enrolment ratio in primary education",
    },
    "indicator.gross_enrolment_ratio.short": {"es": "TBM primaria", "en": "GER"},
    "indicator.gross_enrolment_ratio.definition": {
        "es": "Matrícula total en primaria, sin importar la edad, como porcentaje de la población en edad oficial "
        "de cursarla ({entry_age} a {primary_last_age} años). Puede superar el 100 % por los alumnos con "
        "extraedad y los repitentes.",
        "en": "Total primary enrolment, regardless of age, as a percentage of the population of official primary "
        "school age ({entry_age}–{primary_last_age}). It can exceed 100% because of over-age pupils and repeaters.",
    },
    "indicator.gross_enrolment_ratio.formula": {
        "es": "matrícula en primaria (todas las edades) ÷ población de {entry_age} a {primary_last_age} años × 100",
        "en": "primary enrolment (all ages) ÷ population aged {entry_age}–{primary_last_age} × 100",
    },
    # ------------------------------------------------------------------ 6
    "indicator.net_enrolment_ratio.name": {
        "es": "Tasa neta de matrícula en primaria",
        "en": "Net enrolment ratio in primary education",
    },
    "indicator.net_enrolment_ratio.short": {"es": "TNM primaria", "en": "NER"},
    "indicator.net_enrolment_ratio.definition": {
        "es": "Matrícula en primaria de los niños en edad oficial ({entry_age} a {primary_last_age} años), como "
        "porcentaje de la población de esas edades. Su valor máximo es 100 %.",
        "en": "Primary enrolment of children of official primary school age ({entry_age}–{primary_last_age}), as a "
        "percentage of the population of those ages. Its maximum is 100%.",
    },
    "indicator.net_enrolment_ratio.formula": {
        "es": "matrícula en primaria de {entry_age} a {primary_last_age} años ÷ población de {entry_age} a "
        "{primary_last_age} años × 100",
        "en": "primary enrolment aged {entry_age}–{primary_last_age} ÷ population aged {entry_age}–"
        "{primary_last_age} × 100",
    },
    # ------------------------------------------------------------------ 7a
    "indicator.primary_current_expenditure_pct_gnp.name": {
        "es": "Gasto público corriente en educación primaria como porcentaje del PNB",
        "en": "Public current expenditure on primary education as a percentage of GNP",
    },
    "indicator.primary_current_expenditure_pct_gnp.short": {
        "es": "Gasto en primaria / PNB",
        "en": "Primary spend / GNP",
    },
    "indicator.primary_current_expenditure_pct_gnp.definition": {
        "es": "Parte del producto nacional bruto del año que el Estado destina al gasto corriente en educación "
        "primaria. Solo existe a nivel nacional.",
        "en": "Share of the year's gross national product that public authorities spend on current expenditure "
        "in primary education. National only.",
    },
    "indicator.primary_current_expenditure_pct_gnp.formula": {
        "es": "gasto público corriente en primaria ÷ PNB × 100",
        "en": "public current expenditure on primary ÷ GNP × 100",
    },
    # ------------------------------------------------------------------ 7b
    "indicator.primary_current_expenditure_per_pupil_pct_gnp_per_capita.name": {
        "es": "Gasto público corriente por alumno de primaria como porcentaje del PNB por habitante",
        "en": "Public current expenditure per primary pupil as a percentage of GNP per capita",
    },
    "indicator.primary_current_expenditure_per_pupil_pct_gnp_per_capita.short": {
        "es": "Gasto por alumno / PNB per cápita",
        "en": "Spend per pupil / GNP per capita",
    },
    "indicator.primary_current_expenditure_per_pupil_pct_gnp_per_capita.definition": {
        "es": "Costo medio de un alumno de primaria para el Estado, comparado con el ingreso medio por habitante "
        "(PNB entre la población total del país). Solo existe a nivel nacional.",
        "en": "Average public cost of a primary pupil relative to the average income per head (GNP over the "
        "country's total population). National only.",
    },
    "indicator.primary_current_expenditure_per_pupil_pct_gnp_per_capita.formula": {
        "es": "(gasto público corriente en primaria ÷ matrícula en primaria) ÷ (PNB ÷ población total) × 100",
        "en": "(public current expenditure on primary ÷ primary enrolment) ÷ (GNP ÷ total population) × 100",
    },
    # ------------------------------------------------------------------ 8
    "indicator.primary_share_of_education_expenditure.name": {
        "es": "Gasto público en educación primaria como porcentaje del gasto público en educación",
        "en": "Public expenditure on primary education as a percentage of public expenditure on education",
    },
    "indicator.primary_share_of_education_expenditure.short": {
        "es": "Participación de primaria en el gasto",
        "en": "Primary share of spending",
    },
    "indicator.primary_share_of_education_expenditure.definition": {
        "es": "Parte del gasto público en educación de todos los niveles que se destina a primaria: mide la "
        "prioridad que recibe ese nivel. Solo existe a nivel nacional.",
        "en": "Share of public expenditure on education at all levels that goes to primary: the priority given to "
        "primary education. National only.",
    },
    "indicator.primary_share_of_education_expenditure.formula": {
        "es": "gasto público en primaria ÷ gasto público en educación × 100",
        "en": "public expenditure on primary ÷ public expenditure on education × 100",
    },
    # ------------------------------------------------------------------ 9
    "indicator.qualified_teachers_pct.name": {
        "es": "Porcentaje de docentes de primaria con la formación académica requerida",
        "en": "Primary school teachers with the required academic qualifications (%)",
    },
    "indicator.qualified_teachers_pct.short": {"es": "Docentes con formación requerida", "en": "Qualified teachers"},
    "indicator.qualified_teachers_pct.definition": {
        "es": "Docentes de primaria que tienen al menos la formación académica mínima exigida por el Estado, como "
        "porcentaje del total de docentes de primaria. No puede superar el 100 %.",
        "en": "Primary teachers with at least the minimum academic qualifications required by the public "
        "authorities, as a percentage of all primary teachers. It cannot exceed 100%.",
    },
    "indicator.qualified_teachers_pct.formula": {
        "es": "docentes de primaria con la formación requerida ÷ docentes de primaria × 100",
        "en": "qualified primary teachers ÷ primary teachers × 100",
    },
    # ------------------------------------------------------------------ 10
    "indicator.certified_teachers_pct.name": {
        "es": "Porcentaje de docentes de primaria con certificación pedagógica según la norma nacional",
        "en": "Primary school teachers certified to teach according to national standards (%)",
    },
    "indicator.certified_teachers_pct.short": {"es": "Docentes certificados", "en": "Certified teachers"},
    "indicator.certified_teachers_pct.definition": {
        "es": "Docentes de primaria certificados por haber recibido la formación pedagógica mínima (inicial o en "
        "servicio) que exige la norma nacional, como porcentaje del total. No puede superar el 100 %.",
        "en": "Primary teachers certified as having received the minimum organised teacher training (pre-service "
        "or in-service) required nationally, as a percentage of all primary teachers. It cannot exceed 100%.",
    },
    "indicator.certified_teachers_pct.formula": {
        "es": "docentes de primaria certificados ÷ docentes de primaria × 100",
        "en": "certified primary teachers ÷ primary teachers × 100",
    },
    # ------------------------------------------------------------------ 11
    "indicator.pupil_teacher_ratio.name": {"es": "Ratio alumnos por docente", "en": "Pupil-teacher ratio"},
    "indicator.pupil_teacher_ratio.short": {"es": "Alumnos por docente", "en": "PTR"},
    "indicator.pupil_teacher_ratio.definition": {
        "es": "Número medio de alumnos de primaria por docente de primaria (en equivalentes a tiempo completo). "
        "No se desagrega por sexo: el sexo de la tabla de docentes es el del docente.",
        "en": "Average number of primary pupils per primary teacher (full-time equivalents). No sex split: the sex "
        "in the teachers table is the teacher's.",
    },
    "indicator.pupil_teacher_ratio.formula": {
        "es": "matrícula en primaria ÷ docentes de primaria",
        "en": "primary enrolment ÷ primary teachers",
    },
    # ------------------------------------------------------------------ 12
    "indicator.repetition_rate.name": {"es": "Tasa de repetición", "en": "Repetition rate"},
    "indicator.repetition_rate.short": {"es": "Repetición", "en": "Repetition"},
    "indicator.repetition_rate.definition": {
        "es": "Alumnos matriculados en un grado en un año que están en el mismo grado el año siguiente, como "
        "porcentaje de la matrícula del grado; se publica con el año de la matrícula.",
        "en": "Pupils enrolled in a grade in a school year who are in the same grade the following year, as a "
        "percentage of the grade's enrolment; shown under the year of that enrolment.",
    },
    "indicator.repetition_rate.formula": {
        "es": "repitentes del grado g en el año t+1 ÷ matrícula del grado g en el año t × 100",
        "en": "repeaters of grade g in year t+1 ÷ enrolment in grade g in year t × 100",
    },
    # ------------------------------------------------------------------ 13
    "indicator.survival_rate_grade5.name": {
        "es": "Tasa de supervivencia al 5.º grado",
        "en": "Survival rate to grade 5",
    },
    "indicator.survival_rate_grade5.short": {"es": "Supervivencia al 5.º grado", "en": "Survival to grade 5"},
    "indicator.survival_rate_grade5.definition": {
        "es": "Porcentaje de una cohorte de alumnos que ingresó a 1.er grado que llega al {survival_grade}.º grado, "
        "con o sin repetición, según el modelo de cohorte reconstruida con las tasas de los años t y t+1.",
        "en": "Percentage of a cohort of pupils entering grade 1 who eventually reach grade {survival_grade}, with "
        "or without repeating, by the reconstructed cohort model with the rates of years t and t+1.",
    },
    "indicator.survival_rate_grade5.formula": {
        "es": "100 × Π (promoción ÷ (1 − repetición)) de los grados 1 a {survival_grade} − 1",
        "en": "100 × Π (promotion ÷ (1 − repetition)) over grades 1 to {survival_grade} − 1",
    },
    # ------------------------------------------------------------------ 14
    "indicator.coefficient_of_efficiency.name": {"es": "Coeficiente de eficiencia", "en": "Coefficient of efficiency"},
    "indicator.coefficient_of_efficiency.short": {"es": "Coef. de eficiencia", "en": "Efficiency"},
    "indicator.coefficient_of_efficiency.definition": {
        "es": "Años-alumno ideales para formar a los egresados de una cohorte (sin repetir ni desertar) como "
        "porcentaje de los años-alumno que la cohorte realmente usó, contando egresados y desertores.",
        "en": "Ideal pupil-years needed to produce a cohort's graduates (no repetition, no drop-out) as a "
        "percentage of the pupil-years the whole cohort actually spent, graduates and drop-outs alike.",
    },
    "indicator.coefficient_of_efficiency.formula": {
        "es": "egresados × {primary_grades} ÷ años-alumno de toda la cohorte × 100",
        "en": "graduates × {primary_grades} ÷ pupil-years of the whole cohort × 100",
    },
    # ------------------------------------------------------------------ 15
    "indicator.pct_mastering_competencies.name": {
        "es": "Porcentaje de estudiantes en el nivel satisfactorio",
        "en": "Pupils mastering the basic learning competencies (%)",
    },
    "indicator.pct_mastering_competencies.short": {"es": "Nivel satisfactorio", "en": "Proficient"},
    "indicator.pct_mastering_competencies.definition": {
        "es": "Estudiantes evaluados en la ECE que alcanzan el nivel satisfactorio, como porcentaje de los "
        "evaluados (cada escuela pesa según sus estudiantes evaluados); se indica el grado y el área evaluados.",
        "en": "Pupils assessed by the ECE who reach the satisfactory level, as a percentage of those assessed "
        "(each school weighted by its pupils assessed); the grade and subject are stated.",
    },
    "indicator.pct_mastering_competencies.formula": {
        "es": "Σ (evaluados × % satisfactorio) ÷ Σ evaluados",
        "en": "Σ (assessed × % proficient) ÷ Σ assessed",
    },
    # ------------------------------------------------------------------ 16
    "indicator.literacy_rate_15_24.name": {
        "es": "Tasa de alfabetización de 15 a 24 años",
        "en": "Literacy rate of 15-24 year olds",
    },
    "indicator.literacy_rate_15_24.short": {"es": "Alfabetización juvenil", "en": "Youth literacy"},
    "indicator.literacy_rate_15_24.definition": {
        "es": "Personas de 15 a 24 años que saben leer y escribir, como porcentaje de la población de esa edad.",
        "en": "People aged 15-24 who can read and write, as a percentage of the population of that age.",
    },
    "indicator.literacy_rate_15_24.formula": {
        "es": "alfabetos de 15 a 24 años ÷ población de 15 a 24 años × 100",
        "en": "literate aged 15-24 ÷ population aged 15-24 × 100",
    },
    # ------------------------------------------------------------------ 17
    "indicator.adult_literacy_rate.name": {
        "es": "Tasa de alfabetización de adultos (15 años y más)",
        "en": "Adult literacy rate (15 and over)",
    },
    "indicator.adult_literacy_rate.short": {"es": "Alfabetización adulta", "en": "Adult literacy"},
    "indicator.adult_literacy_rate.definition": {
        "es": "Personas de 15 años y más que saben leer y escribir, como porcentaje de la población de 15 años y más.",
        "en": "People aged 15 and over who can read and write, as a percentage of the population aged 15 and over.",
    },
    "indicator.adult_literacy_rate.formula": {
        "es": "alfabetos de 15 años y más ÷ población de 15 años y más × 100",
        "en": "literate aged 15+ ÷ population aged 15+ × 100",
    },
    # ------------------------------------------------------------------ 18
    "indicator.literacy_gpi.name": {
        "es": "Índice de paridad de género en alfabetización",
        "en": "Literacy gender parity index",
    },
    "indicator.literacy_gpi.short": {"es": "IPG alfabetización", "en": "Literacy GPI"},
    "indicator.literacy_gpi.definition": {
        "es": "Tasa de alfabetización de las mujeres adultas dividida entre la de los hombres adultos; entre 0,97 "
        "y 1,03 se considera paridad.",
        "en": "Adult literacy rate of women divided by that of men; 0.97 to 1.03 counts as parity.",
    },
    "indicator.literacy_gpi.formula": {
        "es": "tasa de alfabetización adulta de mujeres ÷ tasa de hombres",
        "en": "female adult literacy rate ÷ male adult literacy rate",
    },
    # ------------------------------------------------------------------ gender parity of any indicator
    "indicator.gpi.name": {"es": "Índice de paridad de género: {name}", "en": "Gender parity index: {name}"},
    "indicator.gpi.adjusted_name": {
        "es": "Índice de paridad de género ajustado: {name}",
        "en": "Adjusted gender parity index: {name}",
    },
    "indicator.gpi.definition": {
        "es": "Valor de las mujeres dividido entre el de los hombres (1 = paridad; entre 0,97 y 1,03 se considera "
        "paridad). El índice ajustado de la UNESCO vale 2 − hombres ÷ mujeres cuando las mujeres superan a los "
        "hombres, para que las brechas a favor de uno u otro sexo se lean en la misma escala.",
        "en": "The female value divided by the male value (1 = parity; 0.97 to 1.03 counts as parity). UNESCO's "
        "adjusted index is 2 − male ÷ female when females are ahead, so that gaps either way read on one scale.",
    },
    "indicator.gpi.at_parity": {"es": "Paridad", "en": "Parity"},
    "indicator.gpi.favours_male": {"es": "Desventaja de las mujeres", "en": "Disparity against females"},
    "indicator.gpi.favours_female": {"es": "Desventaja de los hombres", "en": "Disparity against males"},
    # ------------------------------------------------------------------ quality flags
    "flag.missing_data": {
        "es": "Datos incompletos: falta al menos un dato necesario (no reportado), así que no se calcula el valor.",
        "en": "Missing data: at least one cell the indicator needs is not reported, so no value is computed.",
    },
    "flag.zero_denominator": {
        "es": "Denominador cero: no hay población, matrícula o docentes con que dividir.",
        "en": "Zero denominator: there is no population, enrolment or teacher count to divide by.",
    },
    "flag.over_100": {
        "es": "Supera el 100 %, lo que las directrices de EPT no admiten para este indicador: revise la coherencia "
        "entre la matrícula y la población.",
        "en": "Above 100%, which the EFA guidelines rule out for this indicator: check that enrolment and "
        "population agree.",
    },
    "flag.negative_dropout": {
        "es": "Deserción negativa en algún grado: la promoción más la repetición superan la matrícula del año "
        "anterior (datos de dos años incoherentes).",
        "en": "Negative drop-out in some grade: promotion plus repetition exceed the previous year's enrolment "
        "(the two years' data disagree).",
    },
    "flag.repetition_100": {
        "es": "Repetición de 100 % o más en algún grado: sin un tope de repeticiones la cohorte nunca sale de ese "
        "grado y el modelo no tiene valor.",
        "en": "Repetition of 100% or more in some grade: with no cap on repetitions the cohort never leaves that "
        "grade and the model has no value.",
    },
    # ------------------------------------------------------------------ why an indicator cannot be computed
    "indicator.error.unknown_indicator": {
        "es": "No existe el indicador «{indicator}». Indicadores: {known}.",
        "en": "There is no indicator '{indicator}'. Indicators: {known}.",
    },
    "indicator.error.table_missing": {
        "es": "El indicador {number} ({indicator}) necesita la tabla {table}, que no está cargada.",
        "en": "Indicator {number} ({indicator}) needs the {table} table, which is not loaded.",
    },
    "indicator.error.column_missing": {
        "es": "La tabla {table} no tiene la columna {column}, que necesita el indicador {number} ({indicator}).",
        "en": "The {table} table has no {column} column, which indicator {number} ({indicator}) needs.",
    },
    "indicator.error.unknown_split": {
        "es": "«{split}» no es una desagregación; use year, region_code, area, sex, management (y grade en la tasa "
        "de repetición).",
        "en": "'{split}' is not a split; use year, region_code, area, sex, management (and grade for the repetition "
        "rate).",
    },
    "indicator.error.national_only": {
        "es": "{table} no tiene {split}: el indicador {number} ({indicator}) es solo nacional.",
        "en": "{table} has no {split}: indicator {number} ({indicator}) is national only.",
    },
    "indicator.error.population_management": {
        "es": "population no tiene columna management: las tasas sobre la población no se pueden desagregar por "
        "gestión (indicador {number}, {indicator}).",
        "en": "population has no management column: ratios to population cannot be split by management "
        "(indicator {number}, {indicator}).",
    },
    "indicator.error.lacks_split": {
        "es": "No se puede desagregar ni filtrar por {split_es}: {table_es} no distingue {split_es} (indicador "
        "{number}, {name_es}).",
        "en": "Cannot split or filter by {split_en}: {table_en} does not distinguish {split_en} (indicator "
        "{number}, {name_en}).",
    },
    "indicator.error.input_lacks_split": {
        "es": "El indicador {number} ({name_es}) no está disponible con estos datos: {table_es} no distingue "
        "{split_es}.",
        "en": "Indicator {number} ({name_en}) is not available with these data: {table_en} does not distinguish "
        "{split_en}.",
    },
    "indicator.error.input_lacks_count": {
        "es": "El indicador {number} ({name_es}) no está disponible con estos datos: {table_es} no informa "
        "{what_es}. ({technical_es})",
        "en": "Indicator {number} ({name_en}) is not available with these data: {table_en} does not report "
        "{what_en}. ({technical_en})",
    },
    # the same refusals in the domain's words, for the pages (placeholders already put into words)
    "indicator.plain.table_missing": {
        "es": "El indicador {number} ({indicator}) necesita {table}, que no está en los datos en uso.",
        "en": "Indicator {number} ({indicator}) needs {table}, which is not in the data in use.",
    },
    "indicator.plain.column_missing": {
        "es": "A {table} le falta un dato que necesita el indicador {number} ({indicator}).",
        "en": "{table} lacks a figure that indicator {number} ({indicator}) needs.",
    },
    "indicator.plain.national_only": {
        "es": "{table} no se desglosa por {split}: el indicador {number} ({indicator}) es solo nacional.",
        "en": "{table} is not broken down by {split}: indicator {number} ({indicator}) is national only.",
    },
    "indicator.plain.population_management": {
        "es": "La población no se desglosa por gestión: las tasas sobre la población (indicador {number}, "
        "{indicator}) no se pueden desagregar por gestión.",
        "en": "Population is not broken down by management: ratios to population (indicator {number}, "
        "{indicator}) cannot be split by management.",
    },
    "indicator.plain.assessment_sex": {
        "es": "Los resultados de la ECE en uso no distinguen mujeres y hombres: el indicador {number} ({indicator}) "
        "no se puede desagregar por sexo con estos datos.",
        "en": "The ECE results in use do not distinguish girls and boys: indicator {number} ({indicator}) cannot "
        "be split by sex with these data.",
    },
    "indicator.plain.assessment_empty": {
        "es": "No hay resultados de la ECE en {subject}.",
        "en": "There are no ECE results in {subject}.",
    },
    "indicator.plain.cohort_years": {
        "es": "Falta la matrícula de primaria de {year} o de {next_year}: la cohorte reconstruida necesita los "
        "dos años.",
        "en": "Primary enrolment for {year} or {next_year} is missing: the reconstructed cohort needs both years.",
    },
    "indicator.loaded_table.enrolment": {"es": "la matrícula cargada", "en": "the loaded enrolment"},
    "indicator.loaded_table.population": {"es": "la población cargada", "en": "the loaded population"},
    "indicator.loaded_table.teachers": {"es": "la tabla de docentes cargada", "en": "the loaded teacher table"},
    "indicator.loaded_table.literacy": {"es": "la alfabetización cargada", "en": "the loaded literacy data"},
    "indicator.loaded_table.assessment": {"es": "la evaluación cargada", "en": "the loaded assessment"},
    "indicator.loaded_table.finance": {"es": "el gasto cargado", "en": "the loaded finance data"},
    "indicator.loaded_table.coaching": {"es": "la lista de escuelas acompañadas", "en": "the coached-school roster"},
    "indicator.split_word.region_code": {"es": "región", "en": "region"},
    "indicator.split_word.area": {"es": "área", "en": "area"},
    "indicator.split_word.sex": {"es": "sexo", "en": "sex"},
    "indicator.split_word.management": {"es": "gestión", "en": "management"},
    "indicator.split_word.grade": {"es": "grado", "en": "grade"},
    "indicator.split_word.age": {"es": "edad", "en": "age"},
    "indicator.split_word.level": {"es": "nivel educativo", "en": "level of education"},
    "indicator.split_word.age_group": {"es": "grupo de edad", "en": "age group"},
    "indicator.split_word.year": {"es": "año", "en": "year"},
    "indicator.count_word.enrolled": {"es": "la matrícula", "en": "enrolment"},
    "indicator.count_word.repeaters": {"es": "los repetidores", "en": "repeaters"},
    "indicator.count_word.graduates": {"es": "los egresados de primaria", "en": "primary graduates"},
    "indicator.count_word.new_entrants": {"es": "los ingresantes a primer grado", "en": "grade-1 new entrants"},
    "indicator.count_word.new_entrants_ecd": {
        "es": "qué ingresantes asistieron a educación inicial",
        "en": "which new entrants attended early childhood programmes",
    },
    "indicator.count_word.teachers": {"es": "el número de docentes", "en": "the number of teachers"},
    "indicator.count_word.qualified": {"es": "los docentes con la titulación requerida",
                                       "en": "teachers with the required qualifications"},
    "indicator.count_word.certified": {"es": "los docentes certificados", "en": "certified teachers"},
    "indicator.count_word.population": {"es": "la población", "en": "the population"},
    "indicator.count_word.literate": {"es": "cuántos saben leer y escribir", "en": "how many can read and write"},
    "indicator.count_word.gnp": {"es": "el PNB", "en": "the GNP"},
    "indicator.count_word.public_expenditure_education": {"es": "el gasto público en educación",
                                                          "en": "public expenditure on education"},
    "indicator.count_word.public_expenditure_primary": {"es": "el gasto público en primaria",
                                                        "en": "public expenditure on primary"},
    "indicator.count_word.public_current_expenditure_primary": {
        "es": "el gasto público corriente en primaria", "en": "public current expenditure on primary"},
    "indicator.count_word.subject": {"es": "la materia evaluada", "en": "the subject assessed"},
    "indicator.count_word.students_assessed": {"es": "los alumnos evaluados", "en": "pupils assessed"},
    "indicator.count_word.pct_proficient": {"es": "el porcentaje en nivel satisfactorio",
                                            "en": "the share at the satisfactory level"},
    "indicator.count_word.pct_proficient_female": {"es": "los resultados de las niñas", "en": "girls' results"},
    "indicator.count_word.pct_proficient_male": {"es": "los resultados de los niños", "en": "boys' results"},
    "indicator.error.grade_split": {
        "es": "Solo la tasa de repetición (indicador 12) se desagrega por grado; el indicador {number} "
        "({indicator}) no.",
        "en": "Only the repetition rate (indicator 12) is split by grade; indicator {number} ({indicator}) is not.",
    },
    "indicator.error.teacher_sex": {
        "es": "En la tabla teachers el sexo es el del docente, no el de los alumnos: el indicador {number} "
        "({indicator}) no se desagrega por sexo.",
        "en": "In the teachers table, sex is the teacher's, not the pupils': indicator {number} ({indicator}) has "
        "no sex split.",
    },
    "indicator.error.gpi_sex": {
        "es": "El indicador {number} ({indicator}) ya es un cociente mujeres/hombres: no se desagrega por sexo.",
        "en": "Indicator {number} ({indicator}) is already a female/male ratio: it has no sex split.",
    },
    "indicator.error.assessment_sex": {
        "es": "assessment no tiene las columnas pct_proficient_female y pct_proficient_male: el indicador {number} "
        "({indicator}) no se puede desagregar por sexo con estos datos.",
        "en": "assessment has no pct_proficient_female and pct_proficient_male columns: indicator {number} "
        "({indicator}) cannot be split by sex with these data.",
    },
    "indicator.error.no_sex_split": {
        "es": "El indicador {number} ({indicator}) no se desagrega por sexo, así que no tiene índice de paridad "
        "de género.",
        "en": "Indicator {number} ({indicator}) has no sex split, so it has no gender parity index.",
    },
    "indicator.error.gpi_by_sex": {
        "es": "El índice de paridad de género ya compara los sexos: no desagregue ni filtre por sexo.",
        "en": "The gender parity index already compares the sexes: do not split or filter by sex.",
    },
    "indicator.error.assessment_empty": {
        "es": "assessment no tiene resultados de {subject} en {grade}.º grado.",
        "en": "assessment has no {subject} results for grade {grade}.",
    },
    "indicator.error.bad_filter": {
        "es": "El filtro {split}={value} no corresponde: year y grade llevan números enteros; region_code, area, sex "
        "y management, códigos de texto como '01' o 'rural'.",
        "en": "The filter {split}={value} does not fit: year and grade take whole numbers; region_code, area, sex and "
        "management take text codes such as '01' or 'rural'.",
    },
    "indicator.error.bad_years": {
        "es": "El rango de años {first}–{last} está invertido.",
        "en": "The year range {first}-{last} is reversed.",
    },
    "indicator.error.cohort_years": {
        "es": "enrolment no tiene matrícula de primaria de {year} y {next_year}: la cohorte reconstruida necesita "
        "los dos años.",
        "en": "enrolment has no primary enrolment for both {year} and {next_year}: the reconstructed cohort needs "
        "both years.",
    },
    "indicator.error.cohort_empty": {
        "es": "No hay matrícula de primaria en {year} para el grupo pedido.",
        "en": "There is no primary enrolment in {year} for the requested group.",
    },
    "indicator.error.bad_cap": {
        "es": "El tope de repeticiones debe ser un entero de 0 o más (se indicó {cap}).",
        "en": "The cap on repetitions must be a whole number of 0 or more (got {cap}).",
    },
    # ------------------------------------------------------------------ command line
    "indicator.cli.unreadable_years": {
        "es": "No se entiende el rango de años «{years}»: escriba, por ejemplo, 1990-2025 o 2010.",
        "en": "Cannot read the year range '{years}': write, for example, 1990-2025 or 2010.",
    },
    "indicator.cli.needs_directory": {
        "es": "Indique la carpeta de datos y el indicador: python -m dashboard indicators CARPETA --indicator ID "
        "(o --list para ver los indicadores).",
        "en": "Give the data directory and the indicator: python -m dashboard indicators DIR --indicator ID "
        "(or --list to see the indicators).",
    },
    # ------------------------------------------------------------------ reconstructed cohort
    "indicator.cohort.title": {
        "es": "Cohorte reconstruida de {size} alumnos, año {year} (tasas de {year} y {next_year})",
        "en": "Reconstructed cohort of {size} pupils, year {year} (rates from {year} and {next_year})",
    },
    "indicator.cohort.group": {"es": "Grupo: {group}", "en": "Group: {group}"},
    "indicator.cohort.whole_country": {"es": "todo el país", "en": "whole country"},
    "indicator.cohort.cap": {
        "es": "Tope de repeticiones por alumno: {cap}",
        "en": "Cap on repetitions per pupil: {cap}",
    },
    "indicator.cohort.no_cap": {"es": "sin tope", "en": "none"},
    "indicator.cohort.grade": {"es": "Grado", "en": "Grade"},
    "indicator.cohort.promotion": {"es": "Promoción %", "en": "Promotion %"},
    "indicator.cohort.repetition": {"es": "Repetición %", "en": "Repetition %"},
    "indicator.cohort.dropout": {"es": "Deserción %", "en": "Drop-out %"},
    "indicator.cohort.reached": {"es": "Llegan al grado", "en": "Reach the grade"},
    "indicator.cohort.survival": {"es": "Supervivencia %", "en": "Survival %"},
    "indicator.cohort.graduates": {"es": "Egresados", "en": "Graduates"},
    "indicator.cohort.pupil_years": {"es": "Años-alumno de la cohorte", "en": "Pupil-years of the cohort"},
    "indicator.cohort.efficiency": {"es": "Coeficiente de eficiencia", "en": "Coefficient of efficiency"},
    "indicator.cohort.years_per_graduate": {"es": "Años-alumno por egresado", "en": "Pupil-years per graduate"},
    "indicator.cohort.flags": {"es": "Alertas de calidad", "en": "Quality flags"},
    "indicator.cohort.no_flags": {"es": "ninguna", "en": "none"},
    "indicator.cohort.year": {"es": "Año de la cohorte", "en": "Year of cohort life"},
    "indicator.cohort.enrolled": {"es": "Matriculados", "en": "Enrolled"},
    "indicator.cohort.promoted": {"es": "Promovidos", "en": "Promoted"},
    "indicator.cohort.repeated": {"es": "Repiten", "en": "Repeat"},
    "indicator.cohort.dropped_out": {"es": "Desertan", "en": "Drop out"},
    "indicator.cohort.graduated": {"es": "Egresan", "en": "Graduate"},
}
