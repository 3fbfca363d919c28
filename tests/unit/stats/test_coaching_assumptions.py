"""Assumption checks against values computed independently: textbook formulas, published tables, other libraries."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pingouin as pg
import pytest
from scipy import stats

from dashboard.stats.assumptions import SPSS_SIG_CAP, assumption_checks, box_m, hartley_fmax, lilliefors_test


def _box_by_hand(samples: list[np.ndarray]) -> tuple[float, float, float, float]:
    """Box's M and its F approximation in Rencher's (2002, section 7.3.2) notation, written out term by term."""
    k, p = len(samples), samples[0].shape[1]
    nu = [len(s) - 1 for s in samples]
    covs = [np.cov(s.T) for s in samples]
    pooled = sum(n * c for n, c in zip(nu, covs, strict=True)) / sum(nu)
    # SPSS's M is Rencher's -2 ln M: sum of nu_i (ln|S_pooled| - ln|S_i|).
    m = sum(n * (math.log(np.linalg.det(pooled)) - math.log(np.linalg.det(c))) for n, c in zip(nu, covs, strict=True))
    c1 = (sum(1 / n for n in nu) - 1 / sum(nu)) * (2 * p * p + 3 * p - 1) / (6 * (p + 1) * (k - 1))
    c2 = (sum(1 / n**2 for n in nu) - 1 / sum(nu) ** 2) * (p - 1) * (p + 2) / (6 * (k - 1))
    a1 = (k - 1) * p * (p + 1) / 2
    a2 = (a1 + 2) / abs(c2 - c1**2)
    if c2 > c1**2:
        f = m * (1 - c1 - a1 / a2) / a1
    else:
        b2 = a2 / (1 - c1 + 2 / a2)
        f = a2 * m / (a1 * (b2 - m))
    return m, f, a1, a2


@pytest.mark.parametrize("sizes", [(300, 40, 25), (5, 6)])  # large groups, then small ones (Box's second form)
def test_box_m_matches_rencher_formulas(sizes):
    rng = np.random.default_rng(sum(sizes))
    samples = [rng.multivariate_normal([0, 0], [[1, 0.3 * i], [0.3 * i, 1 + i]], size=n) for i, n in enumerate(sizes)]
    ours = box_m(samples)
    m, f, df1, df2 = _box_by_hand(samples)
    assert (ours.m, ours.f, ours.df1, ours.df2) == pytest.approx((m, f, df1, df2), rel=1e-9)
    assert ours.p == pytest.approx(stats.f.sf(f, df1, df2), rel=1e-9)


def test_box_m_agrees_with_pingouin_chi_square():
    # pingouin reports Box's chi-square approximation, M (1 - c1): an independent computation of M.
    rng = np.random.default_rng(3)
    data = pd.DataFrame(rng.normal(size=(90, 2)), columns=["baseline", "endline"])
    data["group"] = ["a"] * 60 + ["b"] * 30
    data.loc[data["group"] == "b", "endline"] *= 1.8
    ours = box_m([data.loc[data["group"] == g, ["baseline", "endline"]].to_numpy() for g in ("a", "b")])
    c1 = (1 / 59 + 1 / 29 - 1 / 88) * (2 * 4 + 6 - 1) / (6 * 3)
    chi2 = pg.box_m(data, dvs=["baseline", "endline"], group="group")["Chi2"].iloc[0]
    assert ours.m * (1 - c1) == pytest.approx(chi2, rel=1e-9)


def test_box_m_is_not_computed_for_a_singular_covariance():
    constant = np.column_stack([np.arange(5.0), np.arange(5.0)])  # baseline = endline: a singular matrix
    assert box_m([constant, np.random.default_rng(1).normal(size=(8, 2))]) is None


def _dallal_wilkinson(d: float, n: int) -> float:
    """Dallal and Wilkinson's (1986) p for Lilliefors' D, with their rescaling of D for n > 100."""
    if n > 100:
        d, n = d * (n / 100) ** 0.49, 100
    return math.exp(-7.01256 * d * d * (n + 2.78019) + 2.99587 * d * math.sqrt(n + 2.78019) - 0.122119
                    + 0.974598 / math.sqrt(n) + 1.67997 / n)


@pytest.mark.parametrize("n", [60, 400])
def test_lilliefors_statistic_and_significance(n):
    values = np.random.default_rng(n).exponential(size=n) ** 0.5  # skewed enough for p < .1 at these sizes
    statistic, sig, lower_bound = lilliefors_test(values)
    standardised = (values - values.mean()) / values.std(ddof=1)
    assert statistic == pytest.approx(stats.kstest(standardised, "norm").statistic, rel=1e-12)
    assert sig == pytest.approx(_dallal_wilkinson(statistic, n), rel=1e-9)
    assert sig < 0.1 and not lower_bound


def test_lilliefors_caps_significance_at_200_like_spss():
    normal_scores = stats.norm.ppf((np.arange(1, 201) - 0.5) / 200)  # as normal as 200 values can be
    statistic, sig, lower_bound = lilliefors_test(normal_scores)
    assert (sig, lower_bound) == (SPSS_SIG_CAP, True)
    assert statistic < 0.01


def test_lilliefors_needs_four_values():
    assert lilliefors_test([1.0, 2.0, 4.0]) == (None, None, False)


def test_levene_is_an_anova_of_absolute_deviations_from_the_group_mean():
    comparison = np.array([10.0, 12.0, 9.0, 14.0, 11.0, 13.0])
    coached = np.array([8.0, 15.0, 20.0, 5.0])
    scores = pd.DataFrame({"school_id": [f"{i:07d}" for i in range(10)], "group": ["comparison"] * 6 + ["coached"] * 4,
                           "baseline": np.r_[comparison, coached], "endline": np.r_[comparison, coached] * 2})
    # Absolute deviations: comparison mean 11.5 -> 1.5 .5 2.5 2.5 .5 1.5 (mean 1.5); coached mean 12 -> 4 3 8 7
    # (mean 5.5); grand mean 3.1. SS between = 6 (1.6)^2 + 4 (2.4)^2 = 38.4; SS within = 4 + 17 = 21;
    # F = 38.4 / (21 / 8) = 14.629.
    levene = assumption_checks(scores, (2010, 2013)).levene
    assert levene[0].statistic == pytest.approx(38.4 / (21 / 8), rel=1e-12)
    assert (levene[0].df1, levene[0].df2) == (1, 8)
    assert levene[1].statistic == pytest.approx(levene[0].statistic, rel=1e-12)  # doubling scores changes nothing


@pytest.mark.parametrize(("df", "critical"), [(2, 39.0), (4, 9.60), (10, 3.72), (30, 2.07)])
def test_hartley_fmax_reproduces_hartley_table_for_two_groups(df, critical):
    # Hartley's (1950) table of Fmax at alpha = .05, k = 2 groups, df = n - 1 (Pearson and Hartley, Table 31).
    unit = stats.norm.ppf((np.arange(1, df + 2) - 0.5) / (df + 1))
    larger = unit * math.sqrt(critical) / unit.std(ddof=1)
    smaller = unit / unit.std(ddof=1)
    fmax, group, p = hartley_fmax({"coached": smaller, "comparison": larger})
    assert fmax == pytest.approx(critical, rel=1e-12)
    assert group == "comparison"
    assert p == pytest.approx(0.05, abs=0.0015)  # the table is printed to three significant digits
