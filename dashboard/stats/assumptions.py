"""The assumption checks SPSS prints next to a mixed ANOVA: normality, Levene, Box's M, and the paper's Hartley Fmax."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike
from scipy import stats
from statsmodels.stats.diagnostic import lilliefors

from dashboard.stats.anova import YEAR_COLUMNS
from dashboard.stats.params import GROUPS

SPSS_SIG_CAP = 0.200  # SPSS prints a larger Lilliefors Sig. as ".200*": a lower bound of the true significance
LILLIEFORS_MIN_N = 4  # statsmodels' lilliefors needs at least four values


@dataclass(frozen=True)
class NormalityTest:
    """One line of SPSS's 'Tests of Normality' (Kolmogorov-Smirnov with Lilliefors correction), Tables 3 to 6."""

    year: int
    group: str
    statistic: float | None
    df: int
    sig: float | None
    sig_is_lower_bound: bool  # SPSS's "*": the true significance is at least the printed .200


@dataclass(frozen=True)
class LeveneTest:
    """Levene's test of equality of error variances at one year, centred on the group means as SPSS GLM does."""

    year: int
    statistic: float
    df1: int
    df2: int
    p: float


@dataclass(frozen=True)
class BoxM:
    """Box's test of equality of covariance matrices with the F approximation SPSS prints."""

    m: float
    f: float
    df1: float
    df2: float
    p: float


@dataclass(frozen=True)
class HartleyFmax:
    """Hartley's Fmax at one year: the larger group variance over the smaller, and its exact p for two groups."""

    year: int
    fmax: float
    larger_variance_group: str
    p: float


@dataclass(frozen=True)
class AssumptionChecks:
    """Every assumption check of one analysis."""

    normality: tuple[NormalityTest, ...]
    levene: tuple[LeveneTest, ...]
    box_m: BoxM | None  # None when a group's covariance matrix is singular: SPSS then prints no Box's test
    hartley_fmax: tuple[HartleyFmax, ...]


def lilliefors_test(values: ArrayLike) -> tuple[float | None, float | None, bool]:
    """Kolmogorov-Smirnov with Lilliefors correction as SPSS's EXAMINE prints it: (statistic, Sig., lower bound?)."""
    values = np.asarray(values, dtype=float)
    if len(values) < LILLIEFORS_MIN_N:
        return None, None, False
    # SPSS takes Sig. from Dallal and Wilkinson's (1986) approximation; statsmodels' "approx" is that formula with
    # their rescaling of D for n > 100, which SPSS applies too: Table 5's Sig. .023 (D printed .045, n = 484) is
    # reachable only with it (without it, no D that prints as .045 gives more than .020).
    statistic, sig = lilliefors(values, dist="norm", pvalmethod="approx")
    if sig > SPSS_SIG_CAP:
        return float(statistic), SPSS_SIG_CAP, True
    return float(statistic), float(sig), False


def box_m(samples: Sequence[ArrayLike]) -> BoxM | None:
    """Box's M for k groups of p variables, with Box's (1949) F approximation as SPSS reports it."""
    # pingouin.box_m is not used: it reports Box's chi-square approximation only, and SPSS prints the F one.
    matrices = [np.asarray(s, dtype=float) for s in samples]
    groups, variables = len(matrices), matrices[0].shape[1]
    dof = np.array([len(m) - 1 for m in matrices], dtype=float)
    covariances = [np.cov(m, rowvar=False, ddof=1) for m in matrices]
    pooled = sum(d * c for d, c in zip(dof, covariances, strict=True)) / dof.sum()
    signs, log_dets = zip(*(np.linalg.slogdet(c) for c in (*covariances, pooled)), strict=True)
    if min(signs) <= 0:
        return None
    m = dof.sum() * log_dets[-1] - float(np.dot(dof, log_dets[:-1]))
    c1 = (np.sum(1 / dof) - 1 / dof.sum()) * (2 * variables**2 + 3 * variables - 1) / (
        6 * (variables + 1) * (groups - 1))
    c2 = (np.sum(1 / dof**2) - 1 / dof.sum() ** 2) * (variables - 1) * (variables + 2) / (6 * (groups - 1))
    df1 = (groups - 1) * variables * (variables + 1) / 2
    if c2 > c1**2:
        df2 = (df1 + 2) / (c2 - c1**2)
        f = m * (1 - c1 - df1 / df2) / df1
    else:  # small groups: Box's second form
        df2 = (df1 + 2) / (c1**2 - c2)
        f = df2 * m / (df1 * (df2 / (1 - c1 + 2 / df2) - m))
    return BoxM(m=float(m), f=float(f), df1=float(df1), df2=float(df2), p=float(stats.f.sf(f, df1, df2)))


def hartley_fmax(samples: Mapping[str, ArrayLike]) -> tuple[float, str, float]:
    """Hartley's Fmax of two groups: (largest variance / smallest, the larger group, P(Fmax >= observed))."""
    variances = {name: (float(np.var(v, ddof=1)), len(np.asarray(v)) - 1) for name, v in samples.items()}
    (larger, (v_large, df_large)), (_, (v_small, df_small)) = sorted(
        variances.items(), key=lambda item: item[1][0], reverse=True)
    fmax = v_large / v_small
    # For two groups the largest-over-smallest ratio exceeds c when either ratio does, so its exact p is the sum of
    # both F tails; with equal sizes this reproduces Hartley's (1950) table (k = 2, df = 10: 3.72 at alpha = .05).
    p = stats.f.sf(fmax, df_large, df_small) + stats.f.sf(fmax, df_small, df_large)
    return fmax, larger, float(p)


def assumption_checks(scores: pd.DataFrame, years: tuple[int, int]) -> AssumptionChecks:
    """Normality per group and year, Levene and Fmax per year, and Box's M, on the analysed schools."""
    by_group = {group: scores.loc[scores["group"] == group] for group in GROUPS}
    normality, levene, fmax = [], [], []
    for column, year in zip(YEAR_COLUMNS, years, strict=True):
        for group in GROUPS:
            statistic, sig, lower_bound = lilliefors_test(by_group[group][column])
            normality.append(NormalityTest(year, group, statistic, len(by_group[group]), sig, lower_bound))
        samples = {group: by_group[group][column].to_numpy() for group in GROUPS}
        # center="mean": SPSS's Levene test uses deviations from the group mean (scipy's default is the median).
        result = stats.levene(*samples.values(), center="mean")
        levene.append(LeveneTest(year, float(result.statistic), len(GROUPS) - 1, len(scores) - len(GROUPS),
                                 float(result.pvalue)))
        ratio, larger, p = hartley_fmax(samples)
        fmax.append(HartleyFmax(year, ratio, larger, p))
    box = box_m([by_group[group][list(YEAR_COLUMNS)].to_numpy() for group in GROUPS])
    return AssumptionChecks(tuple(normality), tuple(levene), box, tuple(fmax))
