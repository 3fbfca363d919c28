"""The reconstructed cohort model (EFA guidelines, indicators 12-14 and Annex D).

From two consecutive years, per grade g: promotion p_g = (E(g+1,t+1) − R(g+1,t+1)) / E(g,t)
(the final grade's promotion is its graduates / E(g,t)), repetition r_g = R(g,t+1) / E(g,t),
drop-out d_g = 1 − p_g − r_g. A cohort of 1,000 grade-1 pupils flows with those rates:
no new entrants after the first year, drop-outs never return, repeaters face the same
rates as first-timers.

Without a cap on repetitions the model has a closed form: of the pupils who reach
grade g, the share p_g / (1 − r_g) eventually moves on, and each spends 1 / (1 − r_g)
years there. With a cap of K repetitions per pupil, those who would repeat a (K+1)-th
time drop out instead; the cohort is then followed grade by grade, counting the
repetitions its pupils have used. The year-by-year flow table (to draw the flow) is a
simulation of the same model and agrees with both forms.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.indicators.quality import (
    FLAG_RULES,
    MISSING_DATA,
    NEGATIVE_DROPOUT,
    OVER_100,
    REPETITION_100,
    ROUNDING_TOLERANCE,
    ZERO_DENOMINATOR,
)

COHORT_SIZE = 1000.0
# The uncapped flow table runs until fewer pupils than this are left in school.
FLOW_TOLERANCE = 1e-9
# Safety stop for the uncapped flow table (a repetition rate near 1 would take millennia to drain).
MAX_COHORT_YEARS = 2000

FLOW_COLUMNS = ("enrolled", "promoted", "repeated", "dropped_out", "graduated")


@dataclass(frozen=True)
class CohortOutcomes:
    """Headline results of one cohort per group (rows of the arrays)."""

    reached: np.ndarray  # (groups, grades): pupils who ever reach each grade
    graduates: np.ndarray  # (groups,)
    pupil_years: np.ndarray  # (groups,): years spent in school by the whole cohort, graduates and drop-outs


def closed_form(promotion: np.ndarray, repetition: np.ndarray, cohort_size: float = COHORT_SIZE) -> CohortOutcomes:
    """Uncapped cohort: survival to grade k = Π_{i<k} p_i / (1 − r_i); years in grade g = 1 / (1 − r_g).

    Rates are (groups, grades) arrays of probabilities; groups with a repetition rate
    of 1 or more have no finite answer and get NaN.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        years_in_grade = np.where(repetition < 1, 1.0 / (1.0 - repetition), np.nan)
        moving_on = promotion * years_in_grade
    ones = np.ones((promotion.shape[0], 1))
    reached = cohort_size * np.cumprod(np.hstack([ones, moving_on[:, :-1]]), axis=1)
    return CohortOutcomes(
        reached=reached,
        graduates=reached[:, -1] * moving_on[:, -1],
        pupil_years=(reached * years_in_grade).sum(axis=1),
    )


def simulate(
    promotion: np.ndarray,
    repetition: np.ndarray,
    *,
    max_repetitions: int | None = None,
    cohort_size: float = COHORT_SIZE,
    tolerance: float = FLOW_TOLERANCE,
    max_years: int = MAX_COHORT_YEARS,
) -> dict[str, np.ndarray]:
    """Flow a cohort per group through the grades year by year.

    Returns, for each of FLOW_COLUMNS, an array (years, groups, grades). A pupil's
    state is (repetitions so far, grade); with no cap the repetition count is not
    tracked, and the flow stops when every group has at most `tolerance` pupils
    left. With a cap nobody stays more than grades + cap years, so it runs exactly that long.
    """
    groups, grades = promotion.shape
    slots = 1 if max_repetitions is None else max_repetitions + 1
    years = max_years if max_repetitions is None else min(max_years, grades + max_repetitions)
    state = np.zeros((slots, groups, grades))  # repetitions used first: the per-year sums run over contiguous blocks
    state[0, :, 0] = cohort_size
    history: dict[str, list[np.ndarray]] = {name: [] for name in FLOW_COLUMNS}
    for _ in range(years):
        if max_repetitions is None and (np.nansum(np.abs(state), axis=(0, 2)) <= tolerance).all():
            break
        enrolled = state.sum(axis=0)
        promoted, repeating = state * promotion, state * repetition
        following = np.zeros_like(state)
        following[:, :, 1:] = promoted[:, :, :-1]
        if max_repetitions is None:
            following += repeating
            repeated = repeating.sum(axis=0)
        else:
            following[1:] += repeating[:-1]  # those who would repeat once more than the cap leave school instead
            repeated = repeating[:-1].sum(axis=0)
        moved = promoted.sum(axis=0)
        dropped_out = enrolled - moved - repeated  # negative when promotion + repetition exceed 1
        graduated = np.zeros_like(moved)
        graduated[:, -1] = moved[:, -1]
        moved[:, -1] = 0.0
        year = (enrolled, moved, repeated, dropped_out, graduated)
        for name, values in zip(FLOW_COLUMNS, year, strict=True):
            history[name].append(values)
        state = following
    empty = np.zeros((0, groups, grades))
    return {name: np.stack(values) if values else empty for name, values in history.items()}


def capped_form(
    promotion: np.ndarray, repetition: np.ndarray, max_repetitions: int, cohort_size: float = COHORT_SIZE
) -> CohortOutcomes:
    """Cohort with at most `max_repetitions` repetitions per pupil, exact, grade by grade.

    In grade g, the pupils present having used u repetitions are those who arrived with
    u plus those present with u − 1 who repeated (× r_g); each presence is one
    pupil-year, a share p_g of them moves on keeping u, and those present with the
    maximum who would repeat drop out. No year-by-year loop is needed.
    """
    groups, grades = promotion.shape
    arriving = np.zeros((groups, max_repetitions + 1))
    arriving[:, 0] = cohort_size
    reached = np.empty((groups, grades))
    pupil_years = np.zeros(groups)
    for grade in range(grades):
        p, r = promotion[:, grade], repetition[:, grade]
        reached[:, grade] = arriving.sum(axis=1)
        present = np.zeros(groups)
        leaving = np.empty_like(arriving)
        for used in range(max_repetitions + 1):
            present = arriving[:, used] + r * present
            pupil_years += present
            leaving[:, used] = p * present
        arriving = leaving
    return CohortOutcomes(reached=reached, graduates=arriving.sum(axis=1), pupil_years=pupil_years)


def cohort_outcomes(
    promotion: np.ndarray,
    repetition: np.ndarray,
    *,
    max_repetitions: int | None = None,
    cohort_size: float = COHORT_SIZE,
) -> CohortOutcomes:
    """Reached, graduates and pupil-years per group, from the closed form without a cap or the capped form."""
    if max_repetitions is None:
        return closed_form(promotion, repetition, cohort_size)
    return capped_form(promotion, repetition, max_repetitions, cohort_size)


def rate_flags(
    promotion: np.ndarray, repetition: np.ndarray, max_repetitions: int | None
) -> list[tuple[str, np.ndarray]]:
    """Rules the per-grade rates of each group break: (rule, mask over groups); NaN rates break none."""
    negative = (1.0 - promotion - repetition < -ROUNDING_TOLERANCE).any(axis=1)
    stuck = (repetition >= 1).any(axis=1) if max_repetitions is None else np.zeros(len(promotion), dtype=bool)
    return [(NEGATIVE_DROPOUT, negative), (REPETITION_100, stuck)]


def check_cap(max_repetitions: int | None) -> None:
    """A cap is a whole number of repetitions, 0 or more (None: no cap)."""
    if max_repetitions is not None and (isinstance(max_repetitions, bool) or not isinstance(max_repetitions, int)
                                        or max_repetitions < 0):
        raise IndicatorUnavailable("bad_cap", cap=max_repetitions)


@dataclass(frozen=True, eq=False)
class CohortResult:
    """One reconstructed cohort: the rates it used, who reaches each grade, its efficiency and its flow."""

    promotion: tuple[float, ...]  # probabilities by grade (final grade: graduation)
    repetition: tuple[float, ...]
    reached: tuple[float, ...]  # pupils of the cohort who ever reach each grade
    graduates: float
    pupil_years: float
    flow: pd.DataFrame  # cohort_year, grade, enrolled, promoted, repeated, dropped_out, graduated
    flags: tuple[str, ...]
    unfinished: float  # pupils still in school when the flow table stops (0 with a cap; below 1e-9 without)
    cohort_size: float = COHORT_SIZE
    max_repetitions: int | None = None
    counts: pd.DataFrame | None = None  # the enrolment counts the rates came from, when built from data

    @property
    def grades(self) -> int:
        return len(self.promotion)

    @property
    def dropout(self) -> tuple[float, ...]:
        return tuple(1.0 - p - r for p, r in zip(self.promotion, self.repetition, strict=True))

    def survival_rate(self, grade: int) -> float:
        """Percentage of the cohort that ever reaches `grade` (1-based)."""
        return 100.0 * self.reached[grade - 1] / self.cohort_size

    @property
    def ideal_pupil_years(self) -> float:
        """Years the graduates would have needed with no repetition and no drop-out."""
        return self.graduates * self.grades

    @property
    def coefficient_of_efficiency(self) -> float:
        """Ideal pupil-years of the graduates as a percentage of the pupil-years the whole cohort spent."""
        return 100.0 * self.ideal_pupil_years / self.pupil_years if self.pupil_years else float("nan")

    @property
    def years_per_graduate(self) -> float:
        """Pupil-years spent per graduate (the input-output ratio × the number of grades)."""
        return self.pupil_years / self.graduates if self.graduates else float("nan")

    def rates(self) -> pd.DataFrame:
        """Rates by grade in percent, with the pupils reaching each grade and the survival rate."""
        grades = np.arange(1, self.grades + 1)
        table = pd.DataFrame({
            "grade": grades,
            "promotion_rate": 100.0 * np.asarray(self.promotion),
            "repetition_rate": 100.0 * np.asarray(self.repetition),
            "dropout_rate": 100.0 * np.asarray(self.dropout),
            "reached": np.asarray(self.reached),
            "survival_rate": [self.survival_rate(int(grade)) for grade in grades],
        })
        if self.counts is not None:
            table = self.counts.merge(table, on="grade")
        return table


def reconstructed_cohort(
    promotion: Sequence[float],
    repetition: Sequence[float],
    *,
    max_repetitions: int | None = None,
    cohort_size: float = COHORT_SIZE,
    tolerance: float = FLOW_TOLERANCE,
    max_years: int = MAX_COHORT_YEARS,
    extra_flags: Sequence[str] = (),
    counts: pd.DataFrame | None = None,
) -> CohortResult:
    """Flow a cohort of `cohort_size` grade-1 pupils through the grades with these rates (probabilities 0-1).

    Headline figures come from the closed (or capped) form; the year-by-year flow
    table is simulated and agrees with them (within `tolerance` when uncapped).
    """
    check_cap(max_repetitions)
    p = np.asarray(promotion, dtype="float64")[None, :]
    r = np.asarray(repetition, dtype="float64")[None, :]
    flags = [rule for rule, broken in rate_flags(p, r, max_repetitions) if broken[0]]
    undefined = bool(np.isnan(p).any() or np.isnan(r).any())
    if undefined and not {MISSING_DATA, ZERO_DENOMINATOR} & set(extra_flags):
        flags.append(MISSING_DATA)  # the caller did not say why a rate is missing: treat it as not reported
    if undefined or REPETITION_100 in flags:
        outcomes = CohortOutcomes(np.full(p.shape, np.nan), np.full(1, np.nan), np.full(1, np.nan))
        flows = {name: np.zeros((0, 1, p.shape[1])) for name in FLOW_COLUMNS}
        unfinished = float("nan")
    else:
        flows = simulate(p, r, max_repetitions=max_repetitions, cohort_size=cohort_size, tolerance=tolerance,
                         max_years=max_years)
        outcomes = cohort_outcomes(p, r, max_repetitions=max_repetitions, cohort_size=cohort_size)
        # Still in school after the last year shown: promoted to a next grade or repeating.
        unfinished = float(flows["promoted"][-1, 0].sum() + flows["repeated"][-1, 0].sum())
    if np.nanmax(outcomes.reached[0], initial=0.0) > cohort_size * (1 + ROUNDING_TOLERANCE):
        flags.append(OVER_100)
    flags = [rule for rule in FLAG_RULES if rule in {*extra_flags, *flags}]
    return CohortResult(
        promotion=tuple(p[0].tolist()),
        repetition=tuple(r[0].tolist()),
        reached=tuple(outcomes.reached[0].tolist()),
        graduates=float(outcomes.graduates[0]),
        pupil_years=float(outcomes.pupil_years[0]),
        flow=flow_table(flows),
        flags=tuple(flags),
        unfinished=unfinished,
        cohort_size=cohort_size,
        max_repetitions=max_repetitions,
        counts=counts,
    )


def flow_table(flows: dict[str, np.ndarray]) -> pd.DataFrame:
    """The simulated flow of the first group as a tidy table, one row per year of cohort life and grade reached."""
    years, _, grades = flows["enrolled"].shape
    table = pd.DataFrame({
        "cohort_year": np.repeat(np.arange(1, years + 1), grades),
        "grade": np.tile(np.arange(1, grades + 1), years),
        **{name: flows[name][:, 0, :].reshape(-1) for name in FLOW_COLUMNS},
    })
    return table[table["enrolled"] != 0].reset_index(drop=True)


def rates_from_counts(
    enrolled: np.ndarray, repeaters_next: np.ndarray, promoted_next: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Promotion and repetition probabilities from the two-year counts, and where enrolment is zero."""
    zero = enrolled == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        promotion = np.where(zero, np.nan, promoted_next / enrolled)
        repetition = np.where(zero, np.nan, repeaters_next / enrolled)
    return promotion, repetition, zero
