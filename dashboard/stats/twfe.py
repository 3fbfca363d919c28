"""Two-way fixed-effects regressions of the impact analysis, computed from a school x year table of results.

Every regression of the impact analysis has one shape: a school's result in a year on school effects, year effects
and regressors that are the school's group (coached or not) times a function of the year (coached x after the
window's start, coached x one year). Within a school such a design is a fixed map A of the year indicators, so the
within-school cross-products reduce to sums over schools of small year x year matrices:

    X'X = sum over groups h of A_h' Q_h A_h,   Q_h = sum of w_s (diag(o_s) - o_s o_s' / n_s)   (school s in group h)
    X'y = sum over groups h of A_h' c_h,       c_h = sum of w_s (y_s - mean of y_s) by year

with o_s the years school s has a result in, n_s how many, and w_s its weight (constant within a school, as the
matching's weights are). A school's cluster score is w_s A_h' e_s, e_s its within-school residuals by year. So
each of the analysis's thirty-odd regressions costs a few array operations over (schools x years) instead of a
general panel estimator's pass over every row: linearmodels' PanelOLS gives the same estimates, clustered standard
errors, p-values and Wald tests (tests/unit/stats/test_twfe.py) in about a hundred times the time.

Standard errors are clustered by school or region with the Stata `xtreg, vce(cluster)` small-sample factor
G/(G-1) x (N-1)/(N-K), K counting the slopes and year effects but not the school effects, which are nested in the
clusters (Cameron and Miller 2015, section VI.A). p-values and intervals use Student's t with N - K - S degrees of
freedom (S schools), as PanelOLS does.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats


@dataclass(frozen=True, eq=False)
class SchoolYears:
    """Results as a schools x years table (NaN where a school has none), with each school's group and region."""

    schools: pd.Index  # (S,) school_id, in the order of the rows below
    years: np.ndarray  # (T,) the years, ascending
    y: np.ndarray  # (S, T)
    treated: np.ndarray  # (S,) bool
    region: np.ndarray  # (S,) integer codes

    @classmethod
    def from_results(cls, results: pd.DataFrame) -> SchoolYears:
        """From one row per school and year: school_id, year, region_code, treated, y."""
        school, schools = pd.factorize(results["school_id"])
        year, years = pd.factorize(results["year"], sort=True)
        y = np.full((len(schools), len(years)), np.nan)
        y[school, year] = results["y"].to_numpy(dtype=float)
        first = np.unique(school, return_index=True)[1]  # each school's first row: its group and region
        return cls(schools=pd.Index(schools, name="school_id"), years=np.asarray(years, dtype=int), y=y,
                   treated=results["treated"].to_numpy(dtype=bool)[first],
                   region=pd.factorize(results["region_code"])[0][first])

    def without_year(self, year: int) -> SchoolYears:
        """The same schools without their results of `year`."""
        keep = self.years != year
        return SchoolYears(self.schools, self.years[keep], self.y[:, keep], self.treated, self.region)


@dataclass(frozen=True, eq=False)
class Fit:
    """Estimated slopes (the year effects are fitted but not kept) with their clustered covariance."""

    names: tuple[str, ...]
    params: np.ndarray
    cov: np.ndarray
    nobs: int
    df_resid: int
    schools: int
    clusters: int

    def row(self, name: str, level: float = 0.95) -> dict[str, float]:
        """One slope: estimate, se, the `level` interval and the two-sided p-value."""
        i = self.names.index(name)
        se = float(np.sqrt(self.cov[i, i]))
        t = stats.t.ppf(0.5 + level / 2, self.df_resid)
        estimate = float(self.params[i])
        return {"estimate": estimate, "se": se, "ci_low": float(estimate - t * se), "ci_high": float(estimate + t * se),
                "p": float(2 * stats.t.sf(abs(estimate) / se, self.df_resid))}

    def wald(self, restriction: np.ndarray) -> tuple[float, int, float] | None:
        """Wald test of restriction @ slopes = 0 (columns in `names` order): statistic, df and chi-squared p.

        With few clusters the restrictions' covariance can be singular: as Stata does, only the restrictions it
        can test are tested (df is their number); None when there is none.
        """
        value = restriction @ self.params
        covariance = restriction @ self.cov @ restriction.T
        df = int(np.linalg.matrix_rank(covariance))
        if df == 0:
            return None
        statistic = float(value @ np.linalg.pinv(covariance, hermitian=True) @ value)
        return statistic, df, float(stats.chi2.sf(statistic, df))


def fit(panel: SchoolYears, regressors: Mapping[str, np.ndarray], *, schools: np.ndarray | None = None,
        weights: np.ndarray | None = None, cluster: str = "school") -> Fit:
    """y on `regressors`, school and year effects, over `schools` (a mask; all by default), weighted by school.

    Each regressor is a coached school's value in each year of `panel.years` (comparison schools have 0): coached
    x after the start is (0, ..., 0, 1, ..., 1). Weights are per school (matching weights); a school with weight 0
    is left out. Clustered by "school" or "region".
    """
    keep = np.ones(len(panel.y), dtype=bool) if schools is None else np.asarray(schools, dtype=bool)
    w = np.ones(len(panel.y)) if weights is None else np.asarray(weights, dtype=float)
    keep = keep & (w > 0)
    y, treated, w, region = panel.y[keep], panel.treated[keep], w[keep], panel.region[keep]
    observed = ~np.isnan(y)
    has = observed.any(axis=0)
    y, observed, years = y[:, has], observed[:, has], panel.years[has]
    n_years = len(years)
    counts = observed.sum(axis=1)
    sampled = counts > 0
    y, observed, treated, w, region, counts = (a[sampled] for a in (y, observed, treated, w, region, counts))
    obs = observed.astype(float)
    within = np.where(observed, y - np.nansum(y, axis=1, keepdims=True) / counts[:, None], 0.0)

    # The design in each group: the asked regressors (zero for comparison schools), then year effects but the first.
    names = tuple(regressors)
    year_effects = np.eye(n_years)[:, 1:]
    slopes = np.column_stack([np.asarray(regressors[name], dtype=float)[has] for name in names]) \
        if names else np.zeros((n_years, 0))
    design = {True: np.hstack([slopes, year_effects]), False: np.hstack([np.zeros_like(slopes), year_effects])}
    k = design[True].shape[1]
    xtx, xty = np.zeros((k, k)), np.zeros(k)
    for group, a in design.items():
        members = treated == group
        wo = obs[members] * w[members, None]
        q = np.diag(wo.sum(axis=0)) - (wo / counts[members, None]).T @ obs[members]
        xtx += a.T @ q @ a
        xty += a.T @ (w[members] @ within[members])
    bread = np.linalg.pinv(xtx)
    params = bread @ xty

    # Within-school residuals by year, then each school's score w_s A' e_s.
    profile = np.where(treated[:, None], design[True] @ params, design[False] @ params)  # (S, T) fitted by year
    fitted = np.where(observed, profile - (profile * obs).sum(axis=1, keepdims=True) / counts[:, None], 0.0)
    residuals = within - fitted
    scores = np.where(treated[:, None], residuals @ design[True], residuals @ design[False]) * w[:, None]
    if cluster == "region":
        codes, ids = np.unique(region, return_inverse=True)
        scores = np.stack([np.bincount(ids, weights=scores[:, j], minlength=len(codes)) for j in range(k)], axis=1)
    elif cluster != "school":
        raise ValueError(f"unknown cluster {cluster!r}")
    clusters = len(scores)
    if clusters < 2:
        raise ValueError("a clustered standard error needs at least two clusters")
    nobs = int(counts.sum())
    factor = clusters / (clusters - 1) * (nobs - 1) / (nobs - k)
    cov = bread @ (scores.T @ scores) @ bread * factor
    n = len(names)
    return Fit(names=names, params=params[:n], cov=cov[:n, :n], nobs=nobs, df_resid=nobs - k - len(y),
               schools=len(y), clusters=clusters)
