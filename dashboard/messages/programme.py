"""Words of the programme page: the coaching strategy's reference tables and the loan 8226-PE results framework.

Every code of the tables in data/reference/ has a label here, so the page can show them in either language:
`programme.<kind>.<code>`, where <code> is the value stored in the table.
"""

_COLUMNS = {
    "year": ("Año", "Year"),
    "region_code": ("Región", "Region"),
    "regions": ("Regiones", "Regions"),
    "coaches": ("Acompañantes", "Coaches"),
    "coach_supervisors": ("Formadores de acompañantes", "Coach supervisors"),
    "coached_teachers": ("Docentes acompañados", "Coached teachers"),
    "schools": ("Escuelas", "Schools"),
    "students": ("Estudiantes", "Students"),
    "expenditure": ("Gasto (S/)", "Expenditure (PEN)"),
    "expenditure_usd": ("Gasto (US$)", "Expenditure (USD)"),
    "pen_per_usd": ("Soles por dólar", "Soles per US dollar"),
    "pct_schools": ("% de escuelas", "% of schools"),
    "pct_teachers": ("% de docentes", "% of teachers"),
    "pct_students": ("% de estudiantes", "% of students"),
    "pct": ("%", "%"),
    "staff": ("Personal de gestión", "Staff"),
    "baseline": ("Línea de base", "Baseline"),
    "target": ("Meta", "Target"),
    "actual": ("Logro", "Actual"),
    "end_target": ("Meta final", "End target"),
    "amount_usd": ("Monto (US$)", "Amount (USD)"),
    "period_end": ("Fin del periodo", "End of period"),
    "disbursement_date": ("Fecha de desembolso", "Disbursement date"),
    "target_value": ("Meta del periodo", "Period target"),
    "original_usd": ("Original (US$)", "Original (USD)"),
    "current_usd": ("Vigente (US$)", "Current (USD)"),
    "proposed_usd": ("Propuesto (US$)", "Proposed (USD)"),
    "thousand_pen": ("Miles de soles", "Thousand soles"),
}

_CRITERIA = {
    "all_criteria": ("Cumple todos los criterios (rural, multigrado, quintiles de pobreza 1 y 2)",
                     "Meets all criteria (rural, multi-grade, poverty quintile 1 and 2)"),
    "rural_and_poverty": ("Cumple los criterios de ruralidad y de quintil de pobreza",
                          "Meets the rural and poverty quintile criteria"),
    "poverty_only": ("Cumple el criterio de quintil de pobreza", "Meets the poverty quintile criterion"),
    "rural_q3_q5": ("Escuelas rurales en los quintiles de pobreza 3, 4 y 5",
                    "Rural schools in poverty quintiles 3, 4 and 5"),
    "urban_q3_q5": ("Escuelas urbanas en los quintiles de pobreza 3, 4 y 5",
                    "Urban schools in poverty quintiles 3, 4 and 5"),
}

_QUESTIONS = {
    "component_usefulness": ("Utilidad de los componentes del acompañamiento",
                             "Usefulness of the components of the coaching strategy"),
    "coach_content_mastery": ("El acompañante maneja adecuadamente los contenidos",
                              "The coach manages the contents properly"),
    "coach_feedback": ("El acompañante retroalimenta la práctica del docente",
                       "The coach gives feedback on the teacher's practice"),
    "multigrade_adequacy": ("Lo que enseña el acompañante sirve para la enseñanza multigrado",
                            "The coach's teachings suit multi-grade teaching"),
}

_GROUP_TYPES = {
    "component": ("Componente", "Component"),
    "experience": ("Años de experiencia docente", "Years of teaching experience"),
}

_GROUPS = {
    "class_visits": ("Visitas al aula", "Visits to the classroom"),
    "teacher_meetings": ("Reuniones entre docentes", "Meetings between teachers"),
    "workshops": ("Talleres", "Workshops"),
    "internships": ("Pasantías", "Internships"),
    "exp_0_2": ("0 a 2 años", "0 to 2 years"),
    "exp_3_5": ("3 a 5 años", "3 to 5 years"),
    "exp_6_9": ("6 a 9 años", "6 to 9 years"),
    "exp_10_14": ("10 a 14 años", "10 to 14 years"),
    "exp_15_20": ("15 a 20 años", "15 to 20 years"),
    "exp_20_30": ("20 a 30 años", "20 to 30 years"),
    "exp_30_plus": ("Más de 30 años", "Over 30 years"),
    "total": ("Total", "Total"),
}

_ANSWERS = {
    "very_useful": ("Muy útil", "Very useful"),
    "useful": ("Útil", "Useful"),
    "somewhat_useful": ("Algo útil", "Somewhat useful"),
    "not_useful": ("Nada útil", "Not useful at all"),
    "always": ("Siempre", "Always"),
    "many_times": ("Muchas veces", "Many times"),
    "sometimes": ("A veces", "Sometimes"),
    "never": ("Nunca", "Never"),
}

_INDICATORS = {
    "pdo1": ("Ciclos de Educación Inicial, Primaria y Secundaria con resultados de aprendizaje analizados",
             "Cycles of Preschool, Primary and Secondary Education levels with student learning outcomes analyzed"),
    "pdo2": ("Prácticas pedagógicas analizadas", "Instructional practices analyzed"),
    "pdo3": ("Cargos directivos cubiertos mediante el sistema de evaluación de directores",
             "School management positions staffed through the school principal evaluation system"),
    "iri1": ("Evaluaciones de estudiantes de nuevos grados de Primaria y Secundaria validadas en un estudio piloto",
             "Student assessments for new grades of Primary Education and Secondary Education levels validated in a "
             "pilot study"),
    "iri2": ("Grados adicionales de Primaria y Secundaria con evaluaciones nacionales sólidas en al menos dos áreas",
             "Additional grades at the Primary Education and Secondary Education levels in which sound national "
             "assessments are administered in at least two subject areas"),
    "iri3": ("Resultados de evaluaciones nacionales en nuevos grados de Primaria y Secundaria reportados a regiones "
             "y escuelas",
             "Results of national student assessments in new grades at the Primary Education and Secondary Education "
             "levels reported at the regional and school level"),
    "iri4": ("Encuestas nacionales del desarrollo infantil y de la calidad de los servicios públicos de Educación "
             "Inicial",
             "National surveys carried out to evaluate child development progress and the quality of public Preschool "
             "Education services"),
    "iri5": ("Participación del país (a través del MINEDU) en evaluaciones internacionales de aprendizaje",
             "Borrower's (through MINEDU) participation in international assessments of student learning outcomes"),
    "iri6": ("Estudios nacionales de la práctica pedagógica en el aula en Primaria y/o Secundaria",
             "National studies of classroom instructional practice in Primary Education and/or Secondary Education "
             "levels, as the case may be"),
    "iri7": ("Resultados de los estudios nacionales de la práctica pedagógica reportados a nivel nacional",
             "Results of national studies of classroom instructional practice reported at the national level"),
    "iri8": ("Sistema de evaluación de directores diseñado", "School principal evaluation system designed"),
    "iri9": ("Sistema de evaluación del desempeño docente diseñado, aplicado y con resultados reportados",
             "Teacher performance evaluation system designed, implemented and results reported"),
    "iri10": ("Instrumentos de evaluación para el ingreso y el ascenso en la Carrera Pública Magisterial diseñados",
              "Evaluation instruments to determine entrance to and promotions within the Teaching Career designed"),
    "core": ("Beneficiarios directos del proyecto", "Direct project beneficiaries"),
    "core_female": ("Beneficiarias mujeres (%)", "Female beneficiaries (%)"),
}

_KINDS = {
    "pdo": ("Indicador del objetivo de desarrollo del proyecto", "Project development objective indicator"),
    "intermediate": ("Indicador de resultado intermedio", "Intermediate result indicator"),
    "core": ("Indicador básico del Banco Mundial", "World Bank core indicator"),
}

_UNITS = {  # the unit column's values, as stored
    "Number": ("Número", "Number"),
    "YES/NO": ("Sí/No", "Yes/No"),
    "Text": ("Texto", "Text"),
    "Percentage": ("Porcentaje", "Percentage"),
}

_YES_NO = {"YES": ("Sí", "Yes"), "NO": ("No", "No")}

_STATUS = {
    "new": ("Nuevo", "New"),
    "revised": ("Revisado", "Revised"),
    "unchanged": ("Sin cambios", "No change"),
}

_RATIOS = {
    "teachers_per_coach": ("Docentes por acompañante", "Teachers per coach"),
    "students_per_coach": ("Estudiantes por acompañante", "Students per coach"),
    "coaches_per_staff": ("Acompañantes por persona de gestión", "Coaches per staff member"),
    "cost_per_teacher": ("Costo por docente (S/)", "Cost per teacher (PEN)"),
    "cost_per_student": ("Costo por estudiante (S/)", "Cost per student (PEN)"),
    "cost_per_coach": ("Costo por acompañante (S/)", "Cost per coach (PEN)"),
    "students_per_school": ("Estudiantes por escuela", "Students per school"),
}

_STAFF = {
    "staff_regional_officer": ("Especialista regional", "Regional officer"),
    "staff_monitoring_officer": ("Especialista de monitoreo", "Monitoring officer"),
    "staff_local_officer": ("Especialista local", "Local officer"),
    "staff_local_monitor": ("Monitor local", "Local monitor"),
    "staff_total": ("Personal total", "Total staff"),
}

_SUMMARY = {
    "n": ("N", "N"),
    "minimum": ("Mínimo", "Minimum"),
    "maximum": ("Máximo", "Maximum"),
    "mean": ("Media", "Mean"),
    "sd": ("Desviación estándar", "Standard deviation"),
    "z": ("Desviaciones estándar de la media", "SDs from the mean"),
    "z_loo": ("Desviaciones estándar de la media de las demás regiones", "SDs from the other regions' mean"),
    "outlier": ("Valor atípico", "Outlier"),
}

_COMPONENTS = {
    "1": ("Evaluación de los aprendizajes", "Evaluating student learning"),
    "2": ("Evaluación de la práctica pedagógica y del liderazgo escolar",
          "Evaluating instructional practice and school leadership"),
    "3": ("Fortalecimiento de la capacidad de gestión del MINEDU", "Strengthening MINEDU implementation capacity"),
}

_ACTIVITIES = {
    "1.1": ("Evaluación Censal de Estudiantes (ECE)", "Student Census Assessment (ECE)"),
    "1.2": ("Evaluaciones nacionales muestrales", "National sample evaluations"),
    "1.3": ("Participación en evaluaciones internacionales", "Participation in international assessments"),
    "1.4": ("Evaluación de estudiantes y de la calidad de los servicios de Educación Inicial",
            "Assessment of preschool students and quality of services"),
    "2.1": ("Monitoreo de las oportunidades de aprendizaje en el aula",
            "Monitoring learning opportunities in the classroom"),
    "2.2": ("Sistema de evaluación de directores", "School principal evaluation system"),
    "2.3": ("Evaluación del desempeño docente", "Teacher performance evaluation"),
    "2.4": ("Diseño del sistema de evaluación para el ascenso en la Carrera Pública Magisterial",
            "Design of the evaluation system to determine merit-based promotions within the Teaching Career"),
    "2.5": ("Diseño del sistema de evaluación para el ingreso a la Carrera Pública Magisterial",
            "Design of the evaluation system to determine merit-based entrance to the Teaching Career"),
    "3.1": ("Gestión del programa", "Program management"),
}

_TABLES = {
    "program_national": ("Historia de la estrategia de acompañamiento, 2008–2013",
                         "History of the coaching strategy, 2008–2013"),
    "exchange_rates": ("Tipo de cambio", "Exchange rate"),
    "focalisation": ("Focalización de las escuelas acompañadas", "Focalisation of the coached schools"),
    "teacher_views": ("Opinión de los docentes acompañados (ENEDU 2012)", "Coached teachers' views (ENEDU 2012)"),
    "program_regions_demo": ("Acompañamiento por región, 2013 (datos sintéticos)",
                             "Coaching by region, 2013 (synthetic data)"),
    "results_framework": ("Marco de resultados del préstamo 8226-PE", "Results framework of loan 8226-PE"),
    "results_framework_indicators": ("Indicadores del marco de resultados", "Results framework indicators"),
    "disbursement_schedule": ("Indicadores vinculados a desembolsos", "Disbursement-linked indicators"),
    "disbursement_estimates": ("Desembolsos estimados por año fiscal", "Estimated disbursements by fiscal year"),
    "project_budget": ("Presupuesto del proyecto por actividad", "Project budget by activity"),
}

_GROUPS_OF_KEYS = {
    "column": _COLUMNS,
    "criterion": _CRITERIA,
    "question": _QUESTIONS,
    "group_type": _GROUP_TYPES,
    "group": _GROUPS,
    "answer": _ANSWERS,
    "indicator": _INDICATORS,
    "kind": _KINDS,
    "unit": _UNITS,
    "yes_no": _YES_NO,
    "status": _STATUS,
    "ratio": _RATIOS,
    "staff": _STAFF,
    "summary": _SUMMARY,
    "component": _COMPONENTS,
    "activity": _ACTIVITIES,
    "table": _TABLES,
}

MESSAGES = {
    f"programme.{kind}.{code}": {"es": es, "en": en}
    for kind, labels in _GROUPS_OF_KEYS.items()
    for code, (es, en) in labels.items()
} | {
    "programme.synthetic_note": {
        "es": "Datos regionales sintéticos: reproducen los resúmenes publicados (Tablas 17, 22 y 23 del estudio de "
              "Sempé), no los datos reales de cada región.",
        "en": "Synthetic regional data: they reproduce the published summaries (Tables 17, 22 and 23 of Sempé's "
              "paper), not each region's real figures.",
    },
}

# The page itself: titles, leads, controls and sources.
MESSAGES.update({
    "programme.title": {"es": "El programa de acompañamiento pedagógico y el préstamo que financia las evaluaciones",
                        "en": "The pedagogical coaching programme and the loan that finances the assessments"},
    "programme.lead": {
        "es": "Presupuesto, cobertura y costos de la estrategia de Acompañamiento Pedagógico (2008–2013), su "
              "focalización y la opinión de los docentes; y el marco de resultados del Proyecto de Educación Básica "
              "del Banco Mundial (préstamo 8226-PE).",
        "en": "Budget, coverage and costs of the Acompañamiento Pedagógico coaching strategy (2008–2013), its "
              "focalisation and teachers' views; and the results framework of the World Bank's Basic Education "
              "Project (loan 8226-PE).",
    },
    "programme.history_title": {"es": "Historia de la estrategia", "en": "History of the strategy"},
    "programme.regions_title": {"es": "Costos y proporciones por región, 2013",
                                "en": "Costs and ratios by region, 2013"},
    "programme.regions_lead": {
        "es": "Como en el estudio, sin el Callao (zona urbana densa fuera de los criterios de focalización): N = 24; "
              "acompañantes por persona de gestión tiene N = 23 porque una región no tiene personal de gestión. "
              "En naranja, los valores a más de 3 desviaciones estándar de las demás regiones.",
        "en": "As in the paper, without Callao (a dense urban region outside the focalisation criteria): N = 24; "
              "coaches per staff member has N = 23 because one region has no staff. In orange, values more than 3 "
              "standard deviations from the other regions.",
    },
    "programme.ratio_label": {"es": "Proporción", "en": "Ratio"},
    "programme.summary_title": {"es": "Resumen de las proporciones (Tablas 17 y 22)",
                                "en": "Summary of the ratios (Tables 17 and 22)"},
    "programme.summary_note": {"es": "Desviación estándar muestral (n − 1), como SPSS.",
                               "en": "Sample standard deviation (n − 1), as SPSS computes it."},
    "programme.focalisation_title": {"es": "Focalización de las escuelas acompañadas (Tabla 15)",
                                     "en": "Focalisation of the coached schools (Table 15)"},
    "programme.views_title": {"es": "Lo que opinan los docentes acompañados", "en": "What coached teachers think"},
    "programme.survey_question": {"es": "Pregunta", "en": "Question"},
    "programme.survey.16": {"es": "Utilidad de los componentes (Tabla 16)",
                            "en": "Usefulness of the components (Table 16)"},
    "programme.survey.19": {"es": "El acompañante maneja los contenidos, por experiencia (Tabla 19)",
                            "en": "The coach masters the contents, by experience (Table 19)"},
    "programme.survey.20": {"es": "El acompañante retroalimenta la práctica, por experiencia (Tabla 20)",
                            "en": "The coach gives feedback on practice, by experience (Table 20)"},
    "programme.survey.21": {"es": "Lo enseñado sirve para el aula multigrado, por experiencia (Tabla 21)",
                            "en": "What is taught suits multi-grade teaching, by experience (Table 21)"},
    "programme.loan_title": {"es": "Préstamo 8226-PE: marco de resultados y desembolsos",
                             "en": "Loan 8226-PE: results framework and disbursements"},
    "programme.loan_lead": {
        "es": "Metas anuales de cada indicador frente a lo logrado (2013–2014, según el documento de "
              "reestructuración de 2015), y los montos ligados a desembolsos (US$ 3,125 millones por indicador).",
        "en": "Each indicator's yearly targets against what was achieved (2013–2014, as reported in the 2015 "
              "restructuring paper), and the disbursement-linked amounts (US$ 3.125 million per indicator).",
    },
    "programme.rf_indicator": {"es": "Indicador", "en": "Indicator"},
    "programme.rf_not_numeric": {"es": "Este indicador no es numérico: vea la tabla de metas y logros.",
                                 "en": "This indicator is not numeric: see the table of targets and actuals."},
    "programme.baseline_is": {"es": "Línea de base: {baseline}", "en": "Baseline: {baseline}"},
    "programme.disbursement_title": {"es": "Desembolsos ligados a indicadores (DLI)",
                                     "en": "Disbursement-linked indicators (DLI)"},
    "programme.soles": {"es": "Nuevos soles", "en": "Nuevos soles"},
    "programme.dollars": {"es": "Dólares (tipo de cambio de cada año)", "en": "US dollars (each year's rate)"},
    "programme.millions_pen": {"es": "millones de S/", "en": "PEN millions"},
    "programme.millions_usd": {"es": "millones de US$", "en": "USD millions"},
    "programme.nd": {"es": "s. d.", "en": "n.a."},
    "programme.no_value": {"es": "sin valor", "en": "no value"},
    "programme.source_history": {
        "es": "Fuente: Sempé, Balance de la Estrategia de Acompañamiento Pedagógico, Tabla 1 (informes de monitoreo "
              "del MINEDU 2008–2013) y tipo de cambio de su anexo. «s. d.»: sin dato en la fuente.",
        "en": "Source: Sempé, Appraisal of a Learning Coaching Strategy, Table 1 (MINEDU monitoring reports "
              "2008–2013) and the exchange rates of its annex. 'n.a.': not available in the source.",
    },
    "programme.source_regions": {
        "es": "Fuente de los resúmenes: Sempé, Tablas 17, 22 y 23 (SIAF, SIGMA, ESCALE). Con los datos de "
              "demostración, las cifras por región son sintéticas y reproducen esos resúmenes.",
        "en": "Source of the summaries: Sempé, Tables 17, 22 and 23 (SIAF, SIGMA, ESCALE). With the demo data, "
              "the regional figures are synthetic and reproduce those summaries.",
    },
    "programme.source_focalisation": {"es": "Fuente: Sempé, Tabla 15 (SIGMA).",
                                      "en": "Source: Sempé, Table 15 (SIGMA)."},
    "programme.source_views": {
        "es": "Fuente: Sempé, Tablas 16, 19, 20 y 21 (ENEDU 2012, docentes de 1.er grado acompañados).",
        "en": "Source: Sempé, Tables 16, 19, 20 and 21 (ENEDU 2012, coached 1st-grade teachers).",
    },
    "programme.source_loan": {
        "es": "Fuente: Banco Mundial, documento de reestructuración RES13494 (10 de septiembre de 2015), "
              "anexos 1 y 2.",
        "en": "Source: World Bank, Restructuring Paper RES13494 (10 September 2015), Annexes 1 and 2.",
    },
    "programme.source_history_table": {"es": "Sempé, Tabla 1", "en": "Sempé, Table 1"},
    "programme.source_ratios": {"es": "Sempé, Tablas 17 y 22", "en": "Sempé, Tables 17 and 22"},
    "programme.source_results_framework": {"es": "Banco Mundial RES13494, anexo 1",
                                           "en": "World Bank RES13494, Annex 1"},
    "programme.source_focalisation_table": {"es": "Sempé, Tabla 15", "en": "Sempé, Table 15"},
    "programme.source_teacher_views": {"es": "Sempé, Tablas 16, 19–21 (ENEDU 2012)",
                                       "en": "Sempé, Tables 16, 19–21 (ENEDU 2012)"},
    "programme.source_disbursements": {"es": "Banco Mundial RES13494, anexo 2", "en": "World Bank RES13494, Annex 2"},
    "programme.synthetic_regions": {
        "es": "Cifras regionales sintéticas, calibradas con las Tablas 17, 22 y 23 del estudio.",
        "en": "Synthetic regional figures, calibrated to the paper's Tables 17, 22 and 23.",
    },
})
