"""What each ratio indicator divides by what, in terms of the counts of `components`.

Each part is (name in the indicator's base frame, count source, count column). A
simple ratio has parts "numerator" and "denominator"; indicator 7b is a ratio of
two ratios (spending per pupil over GNP per head), so it keeps its four parts and
divides after summing, which keeps it right when years are pooled.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np


@dataclass(frozen=True)
class Ratio:
    numerator: np.ndarray
    denominator: np.ndarray
    zero: np.ndarray | None = None  # rows whose inner denominator was zero (7b only)


Sums = Mapping[str, np.ndarray]  # each base column summed per group


def simple_ratio(sums: Sums) -> Ratio:
    return Ratio(sums["numerator"], sums["denominator"])


def per_pupil_over_per_capita(sums: Sums) -> Ratio:
    """(expenditure / enrolment) / (GNP / population): indicator 7b."""
    expenditure, enrolled = sums["expenditure"], sums["enrolled"]
    gnp, population = sums["gnp"], sums["population"]
    with np.errstate(divide="ignore", invalid="ignore"):
        per_pupil = np.where(enrolled == 0, np.nan, expenditure / enrolled)
        per_capita = np.where(population == 0, np.nan, gnp / population)
    return Ratio(per_pupil, per_capita, zero=(enrolled == 0) | (population == 0))


@dataclass(frozen=True)
class Formula:
    parts: tuple[tuple[str, str, str], ...]
    combine: Callable[[Sums], Ratio] = simple_ratio

    @property
    def columns(self) -> list[str]:
        return [name for name, _, _ in self.parts]


def _ratio(numerator: tuple[str, str], denominator: tuple[str, str]) -> Formula:
    return Formula((("numerator", *numerator), ("denominator", *denominator)))


FORMULAS: Mapping[str, Formula] = MappingProxyType({
    "ecd_ger": _ratio(("enrolment", "preschool_enrolled"), ("population", "preschool_age")),
    "new_entrants_with_ecd_pct": _ratio(("enrolment", "new_entrants_ecd"), ("enrolment", "new_entrants")),
    "apparent_intake_rate": _ratio(("enrolment", "new_entrants"), ("population", "entry_age")),
    "net_intake_rate": _ratio(("enrolment", "new_entrants_entry_age"), ("population", "entry_age")),
    "gross_enrolment_ratio": _ratio(("enrolment", "primary_enrolled"), ("population", "primary_age")),
    "net_enrolment_ratio": _ratio(("enrolment", "primary_enrolled_official_age"), ("population", "primary_age")),
    "primary_current_expenditure_pct_gnp": _ratio(
        ("finance", "public_current_expenditure_primary"), ("finance", "gnp")
    ),
    "primary_current_expenditure_per_pupil_pct_gnp_per_capita": Formula(
        (
            ("expenditure", "finance", "public_current_expenditure_primary"),
            ("enrolled", "enrolment", "primary_enrolled"),
            ("gnp", "finance", "gnp"),
            ("population", "population", "total"),
        ),
        per_pupil_over_per_capita,
    ),
    "primary_share_of_education_expenditure": _ratio(
        ("finance", "public_expenditure_primary"), ("finance", "public_expenditure_education")
    ),
    "qualified_teachers_pct": _ratio(("teachers", "qualified"), ("teachers", "teachers")),
    "certified_teachers_pct": _ratio(("teachers", "certified"), ("teachers", "teachers")),
    "pupil_teacher_ratio": _ratio(("enrolment", "primary_enrolled"), ("teachers", "teachers")),
    "repetition_rate": _ratio(("flows", "repeaters_next"), ("flows", "enrolled")),
    "pct_mastering_competencies": _ratio(("assessment", "proficient"), ("assessment", "assessed")),
    "literacy_rate_15_24": _ratio(("literacy", "youth_literate"), ("literacy", "youth_population")),
    "adult_literacy_rate": _ratio(("literacy", "adult_literate"), ("literacy", "adult_population")),
})

# The reconstructed cohort model gives these (one model per group), not a ratio of sums.
COHORT_INDICATORS = ("survival_rate_grade5", "coefficient_of_efficiency")
# Indicator 18 is the gender parity index of indicator 17.
PARITY_INDICATORS: Mapping[str, str] = MappingProxyType({"literacy_gpi": "adult_literacy_rate"})
