"""Impact of coaching beyond the paper's two-year ANOVA: difference-in-differences with school fixed effects on the
ECE panel, an event study, a matched comparison, heterogeneity and cost-effectiveness (issue 16).

Every regression is linearmodels' PanelOLS (school fixed effects absorbed, year effects as dummies) with standard
errors clustered by school, using the Stata `xtreg, vce(cluster)` small-sample factor G/(G-1) x (N-1)/(N-K), K
counting the estimated slopes but not the absorbed school effects, which are nested in the clusters (Cameron and
Miller 2015, section VI.A). The propensity score is statsmodels' logit.

The groups follow the paper: a coached school is coached in every year of the window, a comparison school in
none of the years up to the window's end; schools coached only some of those years are left out. The panel runs
from the first ECE year to the window's end: after it, schools change groups (half left the roster in 2013).
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import statsmodels.api as sm
from linearmodels.panel import PanelOLS

from dashboard.stats.params import CoachingAnalysisError, CoachingParams
from dashboard.stats.universe import ASSESSMENT_COLUMNS, COACHING_COLUMNS, _require_columns, require_reported_splits
from dashboard.stats.verdict import UNIT_SCALE

MATCH_COVARIATES = ("baseline_score", "poverty_quintile", "area", "school_type", "region_code")
HETEROGENEITY = ("region_code", "poverty_quintile", "area", "school_type")
CALIPER = 0.2  # SD of the logit of the propensity score (Austin 2011)
MIN_SCHOOLS = 10  # the coaching page's default least number of schools per group in a region


@dataclass(frozen=True)
class Estimate:
    """One coefficient: the estimate, its clustered SE, the 95 % interval and p, and the sample it came from."""

    estimate: float
    se: float
    ci_low: float
    ci_high: float
    p: float
    observations: int
    schools: int
    clusters: int


@dataclass(frozen=True, eq=False)
class Panel:
    """The school x year results analysed (school_id, year, region_code, treated, y) and one row per school."""

    params: CoachingParams
    results: pd.DataFrame
    schools: pd.DataFrame  # school_id index; treated, baseline_score and the matching attributes
    exclusions: tuple[tuple[str, int], ...]
    coached_before: int  # coached schools already coached before the window's first year

    @property
    def start(self) -> int:
        return self.params.baseline + 1

    @property
    def end(self) -> int:
        return self.params.endline

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted(self.results["year"].unique()))


def impact_panel(assessment: pd.DataFrame, coaching: pd.DataFrame, params: CoachingParams) -> Panel:
    """The ECE panel up to the window's end, for the paper's universe, with each school's group.

    Each school's `baseline_score` is the mean of its results before the window.

    Attributes are read in the baseline year (the year before the window), as the paper does; a school without a
    result that year, or without any in the window, cannot show a change and is left out. A single result outside
    the subject's plausible bounds is dropped, not the whole school.
    """
    _require_columns(assessment, ASSESSMENT_COLUMNS, "assessment")
    _require_columns(coaching, COACHING_COLUMNS, "coaching")
    _, scale = UNIT_SCALE[params.measure]
    rows = assessment.loc[(assessment["subject"] == params.subject) & (assessment["grade"] == params.grade)
                          & (assessment["year"] <= params.endline)]
    if not (rows["year"] == params.baseline).any():
        raise CoachingAnalysisError("subject_missing_year", subject=params.subject, year=params.baseline)
    require_reported_splits(rows)
    duplicated = rows.duplicated(["school_id", "year"])
    if duplicated.any():
        raise CoachingAnalysisError("duplicate_results", count=int(duplicated.sum()), subject=params.subject)
    plausible = rows["mean_score"].between(params.score_floor, params.score_ceiling) & rows[params.measure].notna()
    exclusions = [("implausible_result", int((~plausible).sum()))]
    rows = rows.loc[plausible]
    baseline = rows.loc[rows["year"] == params.baseline].set_index("school_id")
    exclusions.append(("no_baseline_result", int((~pd.Index(rows["school_id"].unique()).isin(baseline.index)).sum())))
    keep = ((baseline["management"] == params.management) & (baseline["language"] == params.language)
            & baseline["poverty_quintile"].isin(params.poverty_quintiles))
    for name in ("region_code", "school_type", "area"):
        if getattr(params, name) is not None:
            keep &= baseline[name] == getattr(params, name)
    exclusions.append(("outside_universe", int((~keep).sum())))
    schools = baseline.loc[keep, ["region_code", "area", "school_type", "poverty_quintile"]].copy()
    # The baseline score matched on is the mean of every result before the window, not the last year's alone: one
    # year's result is noisy, and matching on noise makes the matched schools drift apart afterwards (regression to
    # the mean; Daw and Hatfield 2018).
    before = rows.loc[rows["year"] <= params.baseline].groupby("school_id")[params.measure].mean()
    schools["baseline_score"] = before.reindex(schools.index) * scale
    window = params.coaching_years
    in_window = rows.loc[rows["year"].isin(window), "school_id"].unique()
    no_window = ~schools.index.isin(in_window)
    exclusions.append(("no_result_in_window", int(no_window.sum())))
    schools = schools.loc[~no_window]

    served = coaching.loc[coaching["coached"].eq(True) & (coaching["year"] <= params.endline)]
    years_in_window = served.loc[served["year"].isin(window)].groupby("school_id")["year"].nunique()
    first_year = served.groupby("school_id")["year"].min()
    in_window_count = years_in_window.reindex(schools.index, fill_value=0)
    ever = first_year.reindex(schools.index)
    treated = in_window_count == len(window)
    comparison = ever.isna()
    exclusions.append(("partly_coached", int((~treated & ~comparison).sum())))
    schools = schools.loc[treated | comparison]
    schools["treated"] = treated.loc[schools.index]
    coached_before = int((schools["treated"] & (ever.loc[schools.index] < window[0])).sum())

    results = rows.loc[rows["school_id"].isin(schools.index), ["school_id", "year", params.measure]]
    results = results.rename(columns={params.measure: "y"})
    results["y"] = results["y"] * scale
    results["region_code"] = schools["region_code"].reindex(results["school_id"]).to_numpy()
    results["treated"] = schools["treated"].reindex(results["school_id"]).to_numpy()
    results = results.sort_values(["school_id", "year"], ignore_index=True)
    for group in (True, False):
        if not (schools["treated"] == group).any():
            raise CoachingAnalysisError("group_too_small", minimum=1, coached=int(schools["treated"].sum()),
                                        comparison=int((~schools["treated"]).sum()))
    return Panel(params=params, results=results, schools=schools.rename_axis("school_id"),
                 exclusions=tuple(exclusions), coached_before=coached_before)


# ---------------------------------------------------------------- regressions


def _fit(results: pd.DataFrame, regressors: pd.DataFrame, *, cluster: str = "school",
         weights: pd.Series | None = None):
    """PanelOLS of y on `regressors` and year dummies, school effects absorbed, SEs clustered by school or region."""
    # Schools as integer codes: linearmodels sorts and groups the index, which is slow on text.
    index = pd.MultiIndex.from_arrays([pd.factorize(results["school_id"])[0], results["year"].to_numpy()],
                                      names=["school_id", "year"])
    years = pd.get_dummies(results["year"], prefix="year", drop_first=True, dtype=float)
    exog = pd.concat([regressors.reset_index(drop=True), years.reset_index(drop=True)], axis=1).set_axis(index)
    model = PanelOLS(results["y"].set_axis(index), exog, entity_effects=True,
                     weights=None if weights is None else weights.set_axis(index))
    if cluster == "school":
        return model.fit(cov_type="clustered", cluster_entity=True, debiased=True, group_debias=True)
    if cluster == "region":
        codes = pd.DataFrame({"region": pd.factorize(results["region_code"])[0]}, index=index)
        return model.fit(cov_type="clustered", clusters=codes, debiased=True, group_debias=True)
    raise ValueError(f"unknown cluster {cluster!r}")


def _estimate(fit, name: str, results: pd.DataFrame, clusters: int) -> Estimate:
    interval = fit.conf_int(level=0.95).loc[name]
    return Estimate(
        estimate=float(fit.params[name]), se=float(fit.std_errors[name]), ci_low=float(interval["lower"]),
        ci_high=float(interval["upper"]), p=float(fit.pvalues[name]), observations=int(fit.nobs),
        schools=int(results["school_id"].nunique()), clusters=clusters,
    )


def did(results: pd.DataFrame, start: int, *, cluster: str = "school",
        weights: pd.Series | None = None) -> Estimate:
    """Two-way fixed-effects DiD: y on coached x (year >= start), school and year effects; its coefficient."""
    treated_post = (results["treated"].astype(bool) & (results["year"] >= start)).astype(float)
    if treated_post.nunique() < 2:
        raise CoachingAnalysisError("no_variation", group="coached")
    fit = _fit(results, pd.DataFrame({"coached_x_post": treated_post}), cluster=cluster, weights=weights)
    clusters = results["school_id" if cluster == "school" else "region_code"].nunique()
    return _estimate(fit, "coached_x_post", results, clusters)


@dataclass(frozen=True)
class EventStudy:
    """Effects by year relative to the window's start (the year before it is the reference, 0 by construction)."""

    rows: pd.DataFrame  # relative_year, year, estimate, se, ci_low, ci_high, p (reference row: estimate 0, no SE)
    pretrend_chi2: float | None
    pretrend_df: int
    pretrend_p: float | None
    # Whether the coefficients before the reference year equal one another: if so, while not zero, the groups
    # moved in parallel except in the reference year itself (a dip just before coaching).
    pre_equal_p: float | None = None


def event_study(results: pd.DataFrame, start: int, weights: pd.Series | None = None) -> EventStudy:
    """Coached x (year - start = k) for every k but -1, with school and year effects; a joint Wald test of k <= -2."""
    relative = results["year"] - start
    treated = results["treated"].astype(bool)
    ks = sorted(k for k in relative[treated].unique() if k != -1)
    names = {k: f"k{k}".replace("-", "m") for k in ks}
    regressors = pd.DataFrame({names[k]: (treated & (relative == k)).astype(float) for k in ks})
    fit = _fit(results, regressors, weights=weights)
    interval = fit.conf_int(level=0.95)
    rows = [{"relative_year": -1, "year": start - 1, "estimate": 0.0, "se": math.nan, "ci_low": math.nan,
             "ci_high": math.nan, "p": math.nan}]
    for k in ks:
        rows.append({"relative_year": k, "year": start + k, "estimate": float(fit.params[names[k]]),
                     "se": float(fit.std_errors[names[k]]), "ci_low": float(interval.loc[names[k], "lower"]),
                     "ci_high": float(interval.loc[names[k], "upper"]), "p": float(fit.pvalues[names[k]])})
    table = pd.DataFrame(rows).sort_values("relative_year", ignore_index=True)
    pre = [names[k] for k in ks if k <= -2]
    if not pre:
        return EventStudy(table, None, 0, None)
    position = list(fit.params.index).index
    restriction = np.zeros((len(pre), len(fit.params)))
    for row, name in enumerate(pre):
        restriction[row, position(name)] = 1.0
    test = fit.wald_test(restriction=restriction)
    equal_p = None
    if len(pre) >= 2:
        differences = np.zeros((len(pre) - 1, len(fit.params)))
        for row, (first, second) in enumerate(itertools.pairwise(pre)):
            differences[row, position(first)], differences[row, position(second)] = 1.0, -1.0
        equal_p = float(fit.wald_test(restriction=differences).pval)
    return EventStudy(table, float(test.stat), int(test.df), float(test.pval), equal_p)


# ---------------------------------------------------------------- matching


def propensity_scores(schools: pd.DataFrame) -> pd.Series:
    """Logit P(coached | baseline score, quintile, area, school type, region) over the schools that can be matched.

    Schools in a category with no coached school (a region the programme did not reach, say) cannot be matched and
    would make the logit separate perfectly: they are left out (no score).
    """
    support = pd.Series(True, index=schools.index)
    for column in MATCH_COVARIATES[1:]:
        levels = schools.loc[schools["treated"], column].unique()
        support &= schools[column].isin(levels)
    frame = schools.loc[support]
    design = pd.get_dummies(frame[list(MATCH_COVARIATES[1:])].astype(str), drop_first=True, dtype=float)
    design = design.loc[:, design.std() > 0]
    score = frame["baseline_score"]
    design.insert(0, "baseline_score", (score - score.mean()) / score.std())
    fit = sm.Logit(frame["treated"].astype(float), sm.add_constant(design, has_constant="add")).fit(disp=0,
                                                                                                   maxiter=200)
    return fit.fittedvalues.rename("logit_score")  # the linear predictor: the logit of the score


def nearest_neighbours(logit_score: pd.Series, treated: pd.Series, caliper: float) -> pd.Series:
    """1:1 nearest-neighbour matching with replacement on the logit score, within `caliper`; the match weights.

    Weight 1 for a matched coached school, the number of times it was used for a comparison school, 0 otherwise.
    """
    treated = treated.reindex(logit_score.index).astype(bool)
    controls = logit_score[~treated].sort_values()
    values = controls.to_numpy()
    weights = pd.Series(0.0, index=logit_score.index)
    if len(values) == 0:
        return weights
    targets = logit_score[treated]
    right = np.clip(np.searchsorted(values, targets.to_numpy()), 0, len(values) - 1)
    left = np.clip(right - 1, 0, len(values) - 1)
    # The nearer neighbour; on a tie, the one below (a fixed rule keeps the result reproducible).
    pick = np.where(np.abs(values[left] - targets.to_numpy()) <= np.abs(values[right] - targets.to_numpy()),
                    left, right)
    distance = np.abs(values[pick] - targets.to_numpy())
    ok = distance <= caliper
    weights[targets.index[ok]] = 1.0
    used = pd.Series(controls.index[pick[ok]]).value_counts()
    weights[used.index] += used.to_numpy(dtype=float)
    return weights


def standardised_differences(schools: pd.DataFrame, weights: pd.Series) -> pd.DataFrame:
    """SMD of each matching covariate (baseline score, and each category as a 0/1 indicator), before and after.

    SMD = (mean coached - mean comparison) / sqrt((var coached + var comparison) / 2), the denominator taken before
    matching for both columns so that the two are on one scale (Austin 2009).
    """
    columns = {"baseline_score": schools["baseline_score"].astype(float)}
    for column in MATCH_COVARIATES[1:]:
        for level in sorted(schools[column].unique(), key=str):
            columns[f"{column}={level}"] = (schools[column] == level).astype(float)
    frame = pd.DataFrame(columns)
    treated = schools["treated"].astype(bool).to_numpy()
    w = weights.reindex(schools.index).fillna(0).to_numpy()
    rows = []
    for name, values in frame.items():
        x = values.to_numpy()
        spread = math.sqrt((x[treated].var(ddof=1) + x[~treated].var(ddof=1)) / 2)
        before = x[treated].mean() - x[~treated].mean()
        after = np.nan
        if w[treated].sum() > 0 and w[~treated].sum() > 0:
            after = np.average(x[treated], weights=w[treated]) - np.average(x[~treated], weights=w[~treated])
        variable, _, level = name.partition("=")
        rows.append({"variable": variable, "level": level, "smd_before": before / spread if spread > 0 else 0.0,
                     "smd_after": after / spread if spread > 0 else 0.0})
    return pd.DataFrame(rows)


@dataclass(frozen=True, eq=False)
class Matching:
    """The matched comparison: how many schools matched, balance before/after, and the matched DiD."""

    coached: int
    coached_matched: int
    comparison_used: int
    balance: pd.DataFrame
    estimate: Estimate | None
    pretrend_p: float | None  # the event study's pre-trend test on the matched schools


def matched_comparison(panel: Panel, caliper: float = CALIPER) -> Matching:
    """Match on the baseline covariates, then the DiD of `did` on the matched schools, each comparison school
    weighted by how often it was used, SEs clustered by school.
    """
    schools = panel.schools
    logit = propensity_scores(schools)
    spread = logit.std()
    weights = nearest_neighbours(logit, schools["treated"], caliper * spread).reindex(schools.index, fill_value=0.0)
    balance = standardised_differences(schools, weights)
    matched = weights[weights > 0]
    results = panel.results.loc[panel.results["school_id"].isin(matched.index)]
    estimate, pretrend_p = None, None
    if schools.loc[matched.index, "treated"].any():
        results = results.reset_index(drop=True)
        weights_by_row = matched.reindex(results["school_id"]).reset_index(drop=True)
        estimate = did(results, panel.start, weights=weights_by_row)
        pretrend_p = event_study(results, panel.start, weights=weights_by_row).pretrend_p
    treated = schools["treated"].astype(bool)
    return Matching(coached=int(treated.sum()), coached_matched=int((weights[treated] > 0).sum()),
                    comparison_used=int((weights[~treated] > 0).sum()), balance=balance,
                    estimate=estimate, pretrend_p=pretrend_p)


# ---------------------------------------------------------------- heterogeneity and cost


def heterogeneity(panel: Panel, min_schools: int = MIN_SCHOOLS) -> pd.DataFrame:
    """The DiD within each region, poverty quintile, area and school type, a separate regression for each level
    (its own year effects); "too_few" when either group has fewer than `min_schools` schools there.

    (One fully interacted regression per dimension gives the same estimates but is ten times slower here: its
    design has a column per level and year.)
    """
    rows = []
    schools = panel.schools
    level_of = {dimension: schools[dimension].astype(str) for dimension in HETEROGENEITY}
    for dimension, levels in level_of.items():
        for level in sorted(levels.unique()):
            members = schools.index[levels == level]
            coached = int(schools.loc[members, "treated"].sum())
            row = {"dimension": dimension, "level": level, "coached_schools": coached,
                   "comparison_schools": len(members) - coached, "estimate": np.nan, "se": np.nan,
                   "ci_low": np.nan, "ci_high": np.nan, "p": np.nan, "status": "too_few"}
            if min(coached, len(members) - coached) >= min_schools:
                part = panel.results.loc[panel.results["school_id"].isin(members)].reset_index(drop=True)
                estimate = did(part, panel.start)
                row.update(estimate=estimate.estimate, se=estimate.se, ci_low=estimate.ci_low,
                           ci_high=estimate.ci_high, p=estimate.p, status="ok")
            rows.append(row)
    return pd.DataFrame(rows)


@dataclass(frozen=True, eq=False)
class CostEffectiveness:
    """Cost per pupil and score points per 1,000 soles, nationally (region_code "national") and by region."""

    rows: pd.DataFrame  # region_code, expenditure, students, cost_per_student, effect, ci..., points_per_1000...
    cost_years: tuple[int, ...]
    window_years_without_cost: tuple[int, ...]
    regions_without_cost: tuple[str, ...]  # regions with coached schools in the analysis but no cost row
    national_estimate: str = "did"  # which estimate the national row divides: did, did_without_baseline, matched


def cost_effectiveness(program_regions: pd.DataFrame | None, panel: Panel, national: Estimate,
                       regional: pd.DataFrame, national_estimate: str = "did") -> CostEffectiveness | None:
    """Yearly programme cost per pupil of coached schools, and the DiD effect per 1,000 soles spent per pupil.

    Both are yearly averages over the window: the DiD is the mean effect during the coaching years, the cost that of
    one year of coaching. The interval is the DiD's, divided by the cost (the spending is a record, not an estimate).
    When the programme table lacks some of the window's years, the years it has stand in for them.
    """
    if program_regions is None or program_regions.empty:
        return None
    window = panel.params.coaching_years
    in_window = program_regions.loc[program_regions["year"].isin(window)]
    costs = in_window if not in_window.empty else program_regions
    cost_years = tuple(sorted(int(y) for y in costs["year"].unique()))
    yearly = costs.groupby("region_code")[["expenditure", "students"]].sum() / len(cost_years)
    by_region = regional.loc[regional["dimension"] == "region_code"].set_index("level")
    rows = [{"region_code": "national", "expenditure": yearly["expenditure"].sum(),
             "students": yearly["students"].sum(), "effect": national.estimate, "ci_low": national.ci_low,
             "ci_high": national.ci_high, "status": "ok"}]
    for code, cost in yearly.iterrows():
        effect = by_region.loc[code] if code in by_region.index else None
        rows.append({"region_code": code, "expenditure": cost["expenditure"], "students": cost["students"],
                     "effect": np.nan if effect is None else effect["estimate"],
                     "ci_low": np.nan if effect is None else effect["ci_low"],
                     "ci_high": np.nan if effect is None else effect["ci_high"],
                     "status": "not_analysed" if effect is None else effect["status"]})
    table = pd.DataFrame(rows)
    table["cost_per_student"] = table["expenditure"] / table["students"].where(table["students"] > 0)
    for column in ("effect", "ci_low", "ci_high"):
        target = "points_per_1000" if column == "effect" else f"points_per_1000_{column.split('_')[1]}"
        table[target] = table[column] / table["cost_per_student"] * 1000
    coached_regions = panel.schools.loc[panel.schools["treated"], "region_code"].unique()
    return CostEffectiveness(
        rows=table, cost_years=cost_years,
        window_years_without_cost=tuple(y for y in window if y not in set(program_regions["year"])),
        regions_without_cost=tuple(sorted(set(coached_regions) - set(yearly.index))),
        national_estimate=national_estimate,
    )


# ---------------------------------------------------------------- the whole analysis


@dataclass(frozen=True, eq=False)
class ImpactEstimate:
    """Every result of the impact analysis; `to_dict()` is its JSON form (see the `impact` command's help)."""

    panel: Panel
    did: Estimate
    did_by_region_clusters: Estimate | None  # None with fewer than two regions (nothing to cluster by)
    did_without_baseline: Estimate | None  # the DiD leaving out the year before the window (None: no earlier year)
    event_study: EventStudy
    matching: Matching
    heterogeneity: pd.DataFrame
    cost: CostEffectiveness | None
    unit: str
    min_schools: int


def impact_estimate(assessment: pd.DataFrame, coaching: pd.DataFrame, params: CoachingParams,
                    program_regions: pd.DataFrame | None = None, min_schools: int = MIN_SCHOOLS) -> ImpactEstimate:
    """DiD, event study, matched comparison, heterogeneity and cost-effectiveness for one window (params' years)."""
    panel = impact_panel(assessment, coaching, params)
    main = did(panel.results, panel.start)
    # Without the year just before the window: the check for a dip that selection on a bad year would leave.
    earlier = panel.results.loc[panel.results["year"] != params.baseline].reset_index(drop=True)
    regional = heterogeneity(panel, min_schools)
    return ImpactEstimate(
        panel=panel, did=main,
        did_by_region_clusters=did(panel.results, panel.start, cluster="region")
        if panel.results["region_code"].nunique() > 1 else None,
        did_without_baseline=did(earlier, panel.start) if earlier["year"].lt(params.baseline).any() else None,
        event_study=event_study(panel.results, panel.start), matching=matched_comparison(panel),
        heterogeneity=regional, cost=cost_effectiveness(program_regions, panel, main, regional),
        unit=UNIT_SCALE[params.measure][0], min_schools=min_schools,
    )
