"""The mixed-design ANOVA (2 years x coached or not) and its simple effects, with SPSS's Type III sums of squares."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from dashboard.stats.params import GROUPS

YEAR_COLUMNS = ("baseline", "endline")


@dataclass(frozen=True)
class AnovaRow:
    """One line of an SPSS ANOVA table; error lines have no F, p or partial eta squared."""

    source: str
    ss: float
    df: int
    ms: float
    f: float | None = None
    p: float | None = None
    partial_eta_squared: float | None = None


@dataclass(frozen=True)
class MixedAnova:
    """SPSS's 'Tests of Within-Subjects Effects' (time, time x coached, error) and 'Between-Subjects Effects'."""

    within_subjects: tuple[AnovaRow, ...]
    between_subjects: tuple[AnovaRow, ...]

    def row(self, source: str) -> AnovaRow:
        """The line named `source` (time, time_x_coached, error_time, coached, error)."""
        return next(r for r in (*self.within_subjects, *self.between_subjects) if r.source == source)


@dataclass(frozen=True)
class TimeWithinGroup:
    """The effect of time inside one group: a repeated-measures ANOVA on that group alone (Tables 9, 10, 12, 14)."""

    group: str
    gain: float  # endline mean minus baseline mean
    time: AnovaRow
    error: AnovaRow


@dataclass(frozen=True)
class GroupAtYear:
    """Coached against comparison schools in one year: a one-way ANOVA over all schools (section 4.1's F(1, N-2))."""

    year: int
    difference: float  # coached mean minus comparison mean
    group: AnovaRow
    error: AnovaRow


def _effect(source: str, ss: float, df: float, f: float, p: float, error_ss: float) -> AnovaRow:
    return AnovaRow(source, ss=float(ss), df=int(df), ms=float(ss) / float(df), f=float(f), p=float(p),
                    partial_eta_squared=float(ss) / (float(ss) + float(error_ss)))


def _error(source: str, ss: float, df: float) -> AnovaRow:
    return AnovaRow(source, ss=float(ss), df=int(df), ms=float(ss) / float(df))


def _f_test(source: str, ss: float, error_ss: float, error_df: int) -> AnovaRow:
    """A one-degree-of-freedom effect tested against an error line."""
    with np.errstate(divide="ignore", invalid="ignore"):
        f = np.float64(ss) / (np.float64(error_ss) / error_df)
    return _effect(source, ss, 1, f, stats.f.sf(f, 1, error_df), error_ss)


def _two_groups(values: np.ndarray, coached: np.ndarray) -> tuple[float, float, float, int]:
    """For two groups: (Type III SS of the intercept, SS of the group, residual SS, residual df).

    The closed forms of what SPSS's GLM (sum coding, Type III) prints for one factor with two levels: the intercept
    tests the unweighted mean of the two group means, m_u = (m1 + m2) / 2, whose variance is s2 (1/n1 + 1/n2) / 4,
    so its SS is m_u^2 / ((1/n1 + 1/n2) / 4); the group's SS is (m1 - m2)^2 / (1/n1 + 1/n2) whatever the coding.
    Computed directly because fitting a model per request cost most of the coaching page's answer.
    """
    first, second = values[~coached], values[coached]
    n1, n2, m1, m2 = len(first), len(second), first.mean(), second.mean()
    harmonic = 1 / n1 + 1 / n2
    residual = float(((first - m1) ** 2).sum() + ((second - m2) ** 2).sum())
    return ((m1 + m2) / 2) ** 2 / (harmonic / 4), (m1 - m2) ** 2 / harmonic, residual, n1 + n2 - 2


def mixed_anova(scores: pd.DataFrame) -> MixedAnova:
    """Mixed ANOVA of baseline/endline by group, as SPSS GLM computes it (Type III, sphericity trivially met)."""
    # SPSS GLM REPEATED turns the two years into an orthonormal within-subject contrast (endline - baseline)/sqrt 2
    # and a between-subjects average (endline + baseline)/sqrt 2, then runs a univariate GLM on each. The contrast's
    # intercept is TIME, its group effect is TIME x coached and its residual is Error(TIME).
    # pingouin.mixed_anova is not used: it takes SS(time) around the pooled (weighted) mean, which equals SPSS's
    # Type III only when both groups are the same size; with 303 coached against 9,573 comparison schools it is not.
    baseline, endline = (scores[column].to_numpy(dtype=float) for column in YEAR_COLUMNS)
    coached = scores["group"].to_numpy() == "coached"
    time, interaction, within_error, within_df = _two_groups((endline - baseline) / math.sqrt(2), coached)
    _, group, between_error, between_df = _two_groups((endline + baseline) / math.sqrt(2), coached)
    return MixedAnova(
        within_subjects=(
            _f_test("time", time, within_error, within_df),
            _f_test("time_x_coached", interaction, within_error, within_df),
            _error("error_time", within_error, within_df),
        ),
        between_subjects=(
            _f_test("coached", group, between_error, between_df),
            _error("error", between_error, between_df),
        ),
    )


def time_within_groups(scores: pd.DataFrame) -> tuple[TimeWithinGroup, ...]:
    """Time's effect in each group separately, as the paper's split-file repeated-measures ANOVAs (F(1, n_g - 1))."""
    effects = []
    for group in GROUPS:
        schools = scores.loc[scores["group"] == group]
        baseline, endline = (schools[column].to_numpy(dtype=float) for column in YEAR_COLUMNS)
        # With two occasions, SS(time) = n (mean gain)^2 / 2 and the error is half the gains' sum of squares.
        gains = endline - baseline
        error_ss, error_df = float(((gains - gains.mean()) ** 2).sum() / 2), len(gains) - 1
        effects.append(TimeWithinGroup(
            group=group,
            gain=float(endline.mean() - baseline.mean()),
            time=_f_test("time", len(gains) * gains.mean() ** 2 / 2, error_ss, error_df),
            error=_error("error_time", error_ss, error_df),
        ))
    return tuple(effects)


def group_at_years(scores: pd.DataFrame, years: tuple[int, int]) -> tuple[GroupAtYear, ...]:
    """Coached against comparison schools at baseline and at endline: one-way ANOVAs over all schools."""
    coached = scores["group"].to_numpy() == "coached"
    effects = []
    for column, year in zip(YEAR_COLUMNS, years, strict=True):
        values = scores[column].to_numpy(dtype=float)
        _, group, error_ss, error_df = _two_groups(values, coached)
        effects.append(GroupAtYear(
            year=year,
            difference=float(values[coached].mean() - values[~coached].mean()),
            group=_f_test("coached", group, error_ss, error_df),
            error=_error("error", error_ss, error_df),
        ))
    return tuple(effects)
