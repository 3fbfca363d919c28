"""The 18 EFA core indicators as plain functions: tables in, tidy table out.

Each call builds a throw-away IndicatorEngine, so it aggregates only what that
indicator needs; a page that asks many questions of one dataset should keep one
IndicatorEngine instead. Every function takes the tables (a mapping of name to
frame, such as `Dataset.tables`), the split keys `by`, optional filters (key ->
value or values) and an inclusive year range, and returns the columns: split
keys, indicator, value, numerator, denominator, flag.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from dashboard.config import OFFICIAL_AGES, OfficialAges
from dashboard.indicators.engine import DEFAULT_ASSESSMENT_GRADE, DEFAULT_SUBJECT, IndicatorEngine

Tables = Mapping[str, pd.DataFrame]
Filters = Mapping[str, object] | None
Years = tuple[int, int] | None
By = str | Iterable[str]


def compute_indicator(
    tables: Tables,
    indicator_id: str,
    by: By = ("year",),
    *,
    filters: Filters = None,
    years: Years = None,
    gpi: bool = False,
    adjusted: bool = False,
    ages: OfficialAges = OFFICIAL_AGES,
    **options,
) -> pd.DataFrame:
    """Any indicator of the catalogue by its id (options: subject, assessment_grade, max_repetitions)."""
    return IndicatorEngine(tables, ages).compute(
        indicator_id, by, filters=filters, years=years, gpi=gpi, adjusted=adjusted, **options
    )


def indicator_gender_parity(
    tables: Tables, indicator_id: str, by: By = ("year",), *, filters: Filters = None, years: Years = None,
    adjusted: bool = False, ages: OfficialAges = OFFICIAL_AGES, **options,
) -> pd.DataFrame:
    """Gender parity index (female / male value, or UNESCO's adjusted GPI) of any indicator with a sex split."""
    return compute_indicator(tables, indicator_id, by, filters=filters, years=years, gpi=True, adjusted=adjusted,
                             ages=ages, **options)


def ecd_ger(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
            ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 1: preschool enrolment of any age as a percentage of the population of official preschool age."""
    return compute_indicator(tables, "ecd_ger", by, filters=filters, years=years, ages=ages)


def new_entrants_with_ecd_pct(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                              ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 2: share of grade-1 new entrants who attended early childhood education (cannot exceed 100 %)."""
    return compute_indicator(tables, "new_entrants_with_ecd_pct", by, filters=filters, years=years, ages=ages)


def apparent_intake_rate(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                         ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 3: grade-1 new entrants of any age as a percentage of the population of official entry age."""
    return compute_indicator(tables, "apparent_intake_rate", by, filters=filters, years=years, ages=ages)


def net_intake_rate(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                    ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 4: grade-1 new entrants of official entry age as a percentage of the population of that age."""
    return compute_indicator(tables, "net_intake_rate", by, filters=filters, years=years, ages=ages)


def gross_enrolment_ratio(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                          ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 5: primary enrolment of any age as a percentage of the population of official primary age."""
    return compute_indicator(tables, "gross_enrolment_ratio", by, filters=filters, years=years, ages=ages)


def net_enrolment_ratio(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                        ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 6: primary enrolment of official primary age as a percentage of the population of that age."""
    return compute_indicator(tables, "net_enrolment_ratio", by, filters=filters, years=years, ages=ages)


def primary_current_expenditure_pct_gnp(tables: Tables, by: By = ("year",), *, filters: Filters = None,
                                        years: Years = None, ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 7a: public current expenditure on primary education as a percentage of GNP (national only)."""
    return compute_indicator(tables, "primary_current_expenditure_pct_gnp", by, filters=filters, years=years,
                             ages=ages)


def primary_current_expenditure_per_pupil_pct_gnp_per_capita(
    tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
    ages: OfficialAges = OFFICIAL_AGES,
) -> pd.DataFrame:
    """EFA 7b: public current expenditure per primary pupil as a percentage of GNP per head (national only)."""
    return compute_indicator(tables, "primary_current_expenditure_per_pupil_pct_gnp_per_capita", by,
                             filters=filters, years=years, ages=ages)


def primary_share_of_education_expenditure(tables: Tables, by: By = ("year",), *, filters: Filters = None,
                                           years: Years = None, ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 8: public expenditure on primary as a percentage of public expenditure on education (national only)."""
    return compute_indicator(tables, "primary_share_of_education_expenditure", by, filters=filters, years=years,
                             ages=ages)


def qualified_teachers_pct(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                           ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 9: percentage of primary teachers with the required academic qualifications."""
    return compute_indicator(tables, "qualified_teachers_pct", by, filters=filters, years=years, ages=ages)


def certified_teachers_pct(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                           ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 10: percentage of primary teachers certified to teach according to national standards."""
    return compute_indicator(tables, "certified_teachers_pct", by, filters=filters, years=years, ages=ages)


def pupil_teacher_ratio(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                        ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 11: primary pupils per primary teacher (no sex split: the teachers table gives the teacher's sex)."""
    return compute_indicator(tables, "pupil_teacher_ratio", by, filters=filters, years=years, ages=ages)


def repetition_rate(tables: Tables, by: By = ("year", "grade"), *, filters: Filters = None, years: Years = None,
                    ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 12: repeaters of grade g in year t+1 as a percentage of grade g's enrolment in year t (by grade)."""
    return compute_indicator(tables, "repetition_rate", by, filters=filters, years=years, ages=ages)


def survival_rate_grade5(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                         max_repetitions: int | None = None, ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 13: percentage of a reconstructed 1,000-pupil cohort that reaches grade 5 (one cohort per group)."""
    return compute_indicator(tables, "survival_rate_grade5", by, filters=filters, years=years, ages=ages,
                             max_repetitions=max_repetitions)


def coefficient_of_efficiency(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                              max_repetitions: int | None = None, ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 14: ideal pupil-years of a reconstructed cohort's graduates as a percentage of those it spent."""
    return compute_indicator(tables, "coefficient_of_efficiency", by, filters=filters, years=years, ages=ages,
                             max_repetitions=max_repetitions)


def pct_mastering_competencies(
    tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
    subject: str = DEFAULT_SUBJECT, assessment_grade: int = DEFAULT_ASSESSMENT_GRADE,
    ages: OfficialAges = OFFICIAL_AGES,
) -> pd.DataFrame:
    """EFA 15: pupils at the ECE's satisfactory level as a percentage of those assessed (weighted by pupils)."""
    return compute_indicator(tables, "pct_mastering_competencies", by, filters=filters, years=years, ages=ages,
                             subject=subject, assessment_grade=assessment_grade)


def literacy_rate_15_24(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                        ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 16: literate people aged 15-24 as a percentage of the population aged 15-24."""
    return compute_indicator(tables, "literacy_rate_15_24", by, filters=filters, years=years, ages=ages)


def adult_literacy_rate(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                        ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 17: literate people aged 15 and over as a percentage of the population aged 15 and over."""
    return compute_indicator(tables, "adult_literacy_rate", by, filters=filters, years=years, ages=ages)


def literacy_gpi(tables: Tables, by: By = ("year",), *, filters: Filters = None, years: Years = None,
                 adjusted: bool = False, ages: OfficialAges = OFFICIAL_AGES) -> pd.DataFrame:
    """EFA 18: female adult literacy rate divided by the male one (UNESCO's adjusted GPI if `adjusted`)."""
    return compute_indicator(tables, "literacy_gpi", by, filters=filters, years=years, adjusted=adjusted, ages=ages)
