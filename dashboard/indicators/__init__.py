"""EFA 2000 core indicators (UNESCO Technical Guidelines, 1998) as pure DataFrame -> DataFrame functions.

Use one `IndicatorEngine(dataset.tables)` per loaded dataset and ask it for any
indicator, split and filter; or call the per-indicator functions of `efa` for a
one-off. Results are tidy: split keys, indicator, value, numerator, denominator,
flag (a rule of the guidelines the value breaks, or "").
"""
from dashboard.indicators.catalogue import (
    CATALOGUE,
    INDICATOR_IDS,
    KEY_ORDER,
    IndicatorSpec,
    available_splits,
    indicator_spec,
    indicator_text,
    splits_available,
)
from dashboard.indicators.cohort import COHORT_SIZE, CohortResult, reconstructed_cohort
from dashboard.indicators.efa import (
    adult_literacy_rate,
    apparent_intake_rate,
    certified_teachers_pct,
    coefficient_of_efficiency,
    compute_indicator,
    ecd_ger,
    gross_enrolment_ratio,
    indicator_gender_parity,
    literacy_gpi,
    literacy_rate_15_24,
    net_enrolment_ratio,
    net_intake_rate,
    new_entrants_with_ecd_pct,
    pct_mastering_competencies,
    primary_current_expenditure_pct_gnp,
    primary_current_expenditure_per_pupil_pct_gnp_per_capita,
    primary_share_of_education_expenditure,
    pupil_teacher_ratio,
    qualified_teachers_pct,
    repetition_rate,
    survival_rate_grade5,
)
from dashboard.indicators.engine import IndicatorEngine
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.indicators.parity import (
    PARITY_LOWER,
    PARITY_UPPER,
    adjusted_gender_parity_index,
    gender_parity_index,
    is_at_parity,
)
from dashboard.indicators.quality import FLAG_RULES, split_flags

__all__ = [
    "CATALOGUE",
    "COHORT_SIZE",
    "FLAG_RULES",
    "INDICATOR_IDS",
    "KEY_ORDER",
    "PARITY_LOWER",
    "PARITY_UPPER",
    "CohortResult",
    "IndicatorEngine",
    "IndicatorSpec",
    "IndicatorUnavailable",
    "adjusted_gender_parity_index",
    "adult_literacy_rate",
    "apparent_intake_rate",
    "available_splits",
    "certified_teachers_pct",
    "coefficient_of_efficiency",
    "compute_indicator",
    "ecd_ger",
    "gender_parity_index",
    "gross_enrolment_ratio",
    "indicator_gender_parity",
    "indicator_spec",
    "indicator_text",
    "is_at_parity",
    "literacy_gpi",
    "literacy_rate_15_24",
    "net_enrolment_ratio",
    "net_intake_rate",
    "new_entrants_with_ecd_pct",
    "pct_mastering_competencies",
    "primary_current_expenditure_pct_gnp",
    "primary_current_expenditure_per_pupil_pct_gnp_per_capita",
    "primary_share_of_education_expenditure",
    "pupil_teacher_ratio",
    "qualified_teachers_pct",
    "reconstructed_cohort",
    "repetition_rate",
    "split_flags",
    "splits_available",
    "survival_rate_grade5",
]
