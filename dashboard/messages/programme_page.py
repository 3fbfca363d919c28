"""Words of the programme page itself (the reference tables' labels are in programme.py)."""

MESSAGES = {
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
}
