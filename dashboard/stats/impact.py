"""Impact of coaching beyond the paper's two-year ANOVA: difference-in-differences with school fixed effects on the
ECE panel, an event study, a matched comparison, heterogeneity and cost-effectiveness (issue 16).

Every regression has school and year fixed effects and standard errors clustered by school (or region), with the
Stata `xtreg, vce(cluster)` small-sample factor; `dashboard.stats.twfe` computes them from the school x year table
of results, with the same figures as linearmodels' PanelOLS at a hundredth of the time (see there). The propensity
score is statsmodels' logit.

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

from dashboard.stats import twfe
from dashboard.stats.params import CoachingAnalysisError, CoachingParams
from dashboard.stats.twfe import SchoolYears
from dashboard.stats.universe import ATTRIBUTES, SchoolGrid
from dashboard.stats.verdict import UNIT_SCALE

MATCH_COVARIATES = ("baseline_score", "poverty_quintile", "area", "school_type", "region_code")
HETEROGENEITY = ("region_code", "poverty_quintile", "area", "school_type")
CALIPER = 0.2  # SD of the logit of the propensity score (Austin 2011)
MIN_SCHOOLS = 10  # the coaching page's default least number of schools per group in a region
MIN_GROUP = 2  # schools per group: with one, its clustered standard error is not defined


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
    school_years: SchoolYears  # the same results as a school x year table, which every regression reads

    @property
    def start(self) -> int:
        return self.params.baseline + 1

    @property
    def end(self) -> int:
        return self.params.endline

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted(self.results["year"].unique()))



def impact_panel(assessment: pd.DataFrame, coaching: pd.DataFrame, params: CoachingParams,
                 grid: SchoolGrid | None = None) -> Panel:
    """The ECE panel up to the window's end, for the paper's universe, with each school's group.

    Each school's `baseline_score` is the mean of its results before the window.

    Attributes are read in the baseline year (the year before the window), as the paper does; a school without a
    result that year, or without any in the window, cannot show a change and is left out. A single result outside
    the subject's plausible bounds is dropped, not the whole school. `grid` is these tables laid out per school,
    when the caller has it already (the page keeps one per dataset).
    """
    grid = grid or SchoolGrid.from_tables(assessment, coaching)
    _, scale = UNIT_SCALE[params.measure]
    cohort = grid.cohorts.get((params.subject, params.grade))
    years = np.array(sorted(year for year in (cohort.years if cohort else ()) if year <= params.endline))
    cohort, rows = grid.results_of(params, (params.baseline,), tuple(years))
    present, score = cohort.present[rows], cohort.measures["mean_score"][rows]
    value = cohort.measures[params.measure][rows]
    # NaN compares False: a result without a mean score is not plausible.
    plausible = present & (score >= params.score_floor) & (score <= params.score_ceiling) & ~np.isnan(value)
    exclusions = [("implausible_result", int((present & ~plausible).sum()))]
    base = int(np.flatnonzero(years == params.baseline)[0])
    at_baseline = plausible[base]
    exclusions.append(("no_baseline_result", int(plausible.any(axis=0).sum() - at_baseline.sum())))
    attribute = {name: cohort.attributes[name][rows[base]] for name in ATTRIBUTES}
    keep = at_baseline.copy()
    for name, wanted in (("management", (params.management,)), ("language", (params.language,)),
                         ("poverty_quintile", params.poverty_quintiles)):
        keep &= grid.among(name, attribute[name], wanted)
    for name in ("region_code", "school_type", "area"):
        if getattr(params, name) is not None:
            keep &= grid.among(name, attribute[name], (getattr(params, name),))
    exclusions.append(("outside_universe", int(at_baseline.sum() - keep.sum())))
    window = params.coaching_years
    has_window = plausible[np.isin(years, window)].any(axis=0)
    exclusions.append(("no_result_in_window", int((keep & ~has_window).sum())))
    keep &= has_window

    nothing = np.zeros(len(grid.school_ids), dtype=bool)
    years_coached = sum(grid.coached.get(year, nothing).astype(int) for year in window)
    coached_earlier = np.logical_or.reduce([grid.coached.get(year, nothing) for year in grid.coached
                                            if year < window[0]] + [nothing])
    ever = coached_earlier | (years_coached > 0)
    treated, comparison = years_coached == len(window), ~ever
    exclusions.append(("partly_coached", int((keep & ~treated & ~comparison).sum())))
    keep &= treated | comparison
    coached, compared = int((keep & treated).sum()), int((keep & comparison).sum())
    if min(coached, compared) < MIN_GROUP:
        raise CoachingAnalysisError("group_too_small", minimum=MIN_GROUP, coached=coached, comparison=compared)

    chosen = np.flatnonzero(keep)  # in school_id order
    # The baseline score matched on is the mean of every result before the window, not the last year's alone: one
    # year's result is noisy, and matching on noise makes the matched schools drift apart afterwards (regression to
    # the mean; Daw and Hatfield 2018).
    before = plausible[: base + 1, chosen]
    baseline_score = np.where(before, value[: base + 1, chosen], 0.0).sum(axis=0) / before.sum(axis=0) * scale
    schools = pd.DataFrame({name: grid.values(name, attribute[name][chosen])
                            for name in ("region_code", "area", "school_type")},
                           index=pd.Index(grid.school_ids[chosen], name="school_id"))
    schools["poverty_quintile"] = grid.values("poverty_quintile", attribute["poverty_quintile"][chosen]).astype(float)
    schools["baseline_score"] = baseline_score
    schools["treated"] = treated[chosen]
    school, year = np.nonzero(plausible[:, chosen].T)  # school by school, each in year order
    results = pd.DataFrame({"school_id": grid.school_ids[chosen][school], "year": years[year],
                            "y": value[:, chosen].T[school, year] * scale,
                            "region_code": schools["region_code"].to_numpy()[school],
                            "treated": treated[chosen][school]})
    analysed = plausible[:, chosen].any(axis=1)  # the years some school analysed has a result in
    table = SchoolYears(schools=schools.index, years=years[analysed],
                        y=np.where(plausible, value, np.nan)[analysed][:, chosen].T * scale,
                        treated=treated[chosen], region=pd.factorize(schools["region_code"])[0])
    return Panel(params=params, results=results, schools=schools, exclusions=tuple(exclusions),
                 coached_before=int((treated[chosen] & coached_earlier[chosen]).sum()), school_years=table)


# ---------------------------------------------------------------- regressions


def _school_years(results: pd.DataFrame | SchoolYears) -> SchoolYears:
    return results if isinstance(results, SchoolYears) else SchoolYears.from_results(results)


def _kept(panel: SchoolYears, schools: np.ndarray | None, weights: np.ndarray | None) -> np.ndarray:
    """Which schools a regression covers: those in `schools` (all by default) with a weight above 0."""
    keep = np.ones(len(panel.schools), dtype=bool) if schools is None else np.asarray(schools, dtype=bool)
    return keep if weights is None else keep & (np.asarray(weights) > 0)


def did(results: pd.DataFrame | SchoolYears, start: int, *, cluster: str = "school",
        schools: np.ndarray | None = None, weights: np.ndarray | None = None) -> Estimate:
    """Two-way fixed-effects DiD: y on coached x (year >= start), school and year effects; its coefficient.

    `schools` (a mask) and `weights` (one per school) are in the order of the school x year table of `results`.
    """
    panel = _school_years(results)
    keep = _kept(panel, schools, weights)
    observed = ~np.isnan(panel.y[keep])
    post = panel.years >= start
    coached_after = observed & panel.treated[keep, None] & post
    if not coached_after.any() or coached_after.sum() == observed.sum():
        raise CoachingAnalysisError("no_variation", group="coached")
    fit = twfe.fit(panel, {"coached_x_post": post.astype(float)}, schools=keep, weights=weights, cluster=cluster)
    return Estimate(**fit.row("coached_x_post"), observations=fit.nobs, schools=fit.schools,
                    clusters=fit.clusters)


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


def event_study(results: pd.DataFrame | SchoolYears, start: int, *, schools: np.ndarray | None = None,
                weights: np.ndarray | None = None) -> EventStudy:
    """Coached x (year - start = k) for every k but -1, with school and year effects; a joint Wald test of k <= -2."""
    panel = _school_years(results)
    keep = _kept(panel, schools, weights)
    coached_years = panel.years[(~np.isnan(panel.y[keep & panel.treated])).any(axis=0)]
    ks = [int(year) - start for year in coached_years if year != start - 1]
    names = {k: f"k{k}".replace("-", "m") for k in ks}
    fit = twfe.fit(panel, {names[k]: (panel.years == start + k).astype(float) for k in ks}, schools=keep,
                   weights=weights)
    rows = [{"relative_year": -1, "year": start - 1, "estimate": 0.0, "se": math.nan, "ci_low": math.nan,
             "ci_high": math.nan, "p": math.nan}]
    rows += [{"relative_year": k, "year": start + k, **fit.row(names[k])} for k in ks]
    table = pd.DataFrame(rows).sort_values("relative_year", ignore_index=True)
    pre = [fit.names.index(names[k]) for k in ks if k <= -2]
    if not pre:
        return EventStudy(table, None, 0, None)
    joint = fit.wald(np.eye(len(fit.names))[pre])
    if joint is None:
        return EventStudy(table, None, 0, None)
    equal = None
    if len(pre) >= 2:
        differences = np.zeros((len(pre) - 1, len(fit.names)))
        for row, (first, second) in enumerate(itertools.pairwise(pre)):
            differences[row, first], differences[row, second] = 1.0, -1.0
        equal = fit.wald(differences)
    return EventStudy(table, *joint, None if equal is None else equal[2])


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
    if frame["treated"].nunique() < 2:  # no comparison school shares the coached schools' categories
        return pd.Series(dtype=float, name="logit_score")
    design = pd.get_dummies(frame[list(MATCH_COVARIATES[1:])].astype(str), drop_first=True, dtype=float)
    design = design.loc[:, design.std() > 0]
    score = frame["baseline_score"]
    if score.std() > 0:  # a baseline every school shares tells the groups apart no better than the constant
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
    names, columns = ["baseline_score"], [schools["baseline_score"].to_numpy(dtype=float)]
    for column in MATCH_COVARIATES[1:]:
        for level in sorted(schools[column].unique(), key=str):
            names.append(f"{column}={level}")
            columns.append((schools[column] == level).to_numpy(dtype=float))
    x = np.column_stack(columns)
    treated = schools["treated"].astype(bool).to_numpy()
    w = weights.reindex(schools.index).fillna(0).to_numpy()
    spread = np.sqrt((x[treated].var(axis=0, ddof=1) + x[~treated].var(axis=0, ddof=1)) / 2)
    before = x[treated].mean(axis=0) - x[~treated].mean(axis=0)
    after = np.full(len(names), np.nan)
    if w[treated].sum() > 0 and w[~treated].sum() > 0:
        after = (np.average(x[treated], axis=0, weights=w[treated])
                 - np.average(x[~treated], axis=0, weights=w[~treated]))
    scale = np.where(spread > 0, spread, np.nan)
    variable, _, level = zip(*(name.partition("=") for name in names), strict=True)
    return pd.DataFrame({"variable": variable, "level": level,
                         "smd_before": np.where(spread > 0, before / scale, 0.0),
                         "smd_after": np.where(spread > 0, after / scale, 0.0)})


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
    estimate, pretrend_p = None, None
    matched = weights > 0
    if min((matched & schools["treated"]).sum(), (matched & ~schools["treated"]).sum()) >= MIN_GROUP:
        by_school = weights.reindex(panel.school_years.schools).to_numpy()
        estimate = did(panel.school_years, panel.start, weights=by_school)
        pretrend_p = event_study(panel.school_years, panel.start, weights=by_school).pretrend_p
    treated = schools["treated"].astype(bool)
    return Matching(coached=int(treated.sum()), coached_matched=int((weights[treated] > 0).sum()),
                    comparison_used=int((weights[~treated] > 0).sum()), balance=balance,
                    estimate=estimate, pretrend_p=pretrend_p)


# ---------------------------------------------------------------- heterogeneity and cost


def heterogeneity(panel: Panel, min_schools: int = MIN_SCHOOLS) -> pd.DataFrame:
    """The DiD within each region, poverty quintile, area and school type, a separate regression for each level
    (its own year effects); "too_few" when either group has fewer than `min_schools` schools there.

    """
    rows = []
    schools = panel.schools.reindex(panel.school_years.schools)  # in the order of the regressions' table
    for dimension in HETEROGENEITY:
        levels = schools[dimension].astype(str).to_numpy()
        for level in sorted(set(levels)):
            members = levels == level
            coached = int(schools["treated"].to_numpy()[members].sum())
            row = {"dimension": dimension, "level": level, "coached_schools": coached,
                   "comparison_schools": int(members.sum()) - coached, "estimate": np.nan, "se": np.nan,
                   "ci_low": np.nan, "ci_high": np.nan, "p": np.nan, "status": "too_few"}
            if min(coached, int(members.sum()) - coached) >= min_schools:
                estimate = did(panel.school_years, panel.start, schools=members)
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
    effects = by_region.reindex(yearly.index)  # a region with spending but no coached school analysed: NaN
    national_row = pd.DataFrame([{"region_code": "national", "expenditure": yearly["expenditure"].sum(),
                                  "students": yearly["students"].sum(), "effect": national.estimate,
                                  "ci_low": national.ci_low, "ci_high": national.ci_high, "status": "ok"}])
    regions = pd.DataFrame({"region_code": yearly.index, "expenditure": yearly["expenditure"].to_numpy(),
                            "students": yearly["students"].to_numpy(), "effect": effects["estimate"].to_numpy(),
                            "ci_low": effects["ci_low"].to_numpy(), "ci_high": effects["ci_high"].to_numpy(),
                            "status": effects["status"].fillna("not_analysed").to_numpy()})
    table = pd.concat([national_row, regions], ignore_index=True)
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
                    program_regions: pd.DataFrame | None = None, min_schools: int = MIN_SCHOOLS,
                    grid: SchoolGrid | None = None) -> ImpactEstimate:
    """DiD, event study, matched comparison, heterogeneity and cost-effectiveness for one window (params' years);
    `grid` as for `impact_panel`."""
    panel = impact_panel(assessment, coaching, params, grid)
    main = did(panel.school_years, panel.start)
    regional = heterogeneity(panel, min_schools)
    # Without the year just before the window: the check for a dip that selection on a bad year would leave.
    earlier = panel.school_years.without_year(params.baseline)
    return ImpactEstimate(
        panel=panel, did=main,
        did_by_region_clusters=did(panel.school_years, panel.start, cluster="region")
        if panel.results["region_code"].nunique() > 1 else None,
        did_without_baseline=did(earlier, panel.start) if (earlier.years < params.baseline).any() else None,
        event_study=event_study(panel.school_years, panel.start), matching=matched_comparison(panel),
        heterogeneity=regional, cost=cost_effectiveness(program_regions, panel, main, regional),
        unit=UNIT_SCALE[params.measure][0], min_schools=min_schools,
    )
