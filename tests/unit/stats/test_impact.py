"""The impact estimates (issue 16) against hand-computed values, statsmodels, and simulated panels of known truth."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf

from dashboard.stats.impact import (
    cost_effectiveness,
    did,
    event_study,
    heterogeneity,
    impact_estimate,
    impact_panel,
    matched_comparison,
    nearest_neighbours,
    standardised_differences,
)
from dashboard.stats.params import CoachingAnalysisError, CoachingParams

START = 2011


def tiny_panel() -> pd.DataFrame:
    """Two coached schools (A, B) and two comparison ones (C, D), 2009-2011, coaching from 2011."""
    values = {"A": (9, 12, 20), "B": (14, 16, 26), "C": (8, 10, 13), "D": (12, 14, 15)}
    return pd.DataFrame([
        {"school_id": school, "year": year, "region_code": "05" if school in "AC" else "08",
         "treated": school in "AB", "y": float(y)}
        for school, ys in values.items() for year, y in zip((2009, 2010, 2011), ys, strict=True)
    ])


def test_did_on_a_balanced_panel_is_the_difference_of_mean_changes():
    # Coached: pre mean (9+12+14+16)/4 = 12.75, post (20+26)/2 = 23, change 10.25.
    # Comparison: pre (8+10+12+14)/4 = 11, post (13+15)/2 = 14, change 3. DiD = 7.25.
    assert did(tiny_panel(), START).estimate == pytest.approx(7.25, abs=1e-9)


def test_event_study_coefficients_are_differences_from_the_year_before_coaching():
    # Group means by year: coached 11.5, 14, 23; comparison 10, 12, 14.
    # 2009: (11.5 - 14) - (10 - 12) = -0.5; 2011: (23 - 14) - (14 - 12) = 7; 2010 is the reference.
    study = event_study(tiny_panel(), START)
    by_year = study.rows.set_index("year")["estimate"]
    assert by_year.to_dict() == pytest.approx({2009: -0.5, 2010: 0.0, 2011: 7.0}, abs=1e-9)
    assert math.isnan(study.rows.set_index("year").loc[2010, "se"])
    assert study.pretrend_df == 1


def simulated(n_schools: int = 300, years=range(2007, 2014), effect: float = 5.0, pretrend: float = 0.0,
              selection: float = 0.0, seed: int = 7) -> pd.DataFrame:
    """A school x year panel: school level + year shock + noise; coached schools gain `effect` from START on.

    `pretrend` adds that many points a year to coached schools throughout (parallel trends fail);
    `selection` makes stronger schools likelier to be coached (coached schools differ at baseline).
    """
    rng = np.random.default_rng(seed)
    level = rng.normal(500, 40, n_schools)
    treated = rng.random(n_schools) < 1 / (1 + np.exp(-(selection * (level - 500) / 40 - 1.0)))
    rows = []
    shocks = {year: rng.normal(0, 5) for year in years}
    for i in range(n_schools):
        region = f"{i % 20 + 1:02d}"
        for year in years:
            if rng.random() < 0.05:
                continue  # a few schools miss a year
            y = level[i] + shocks[year] + rng.normal(0, 15)
            if treated[i]:
                y += effect * (year >= START) + pretrend * (year - START)
            rows.append({"school_id": f"{i:07d}", "year": year, "region_code": region, "treated": bool(treated[i]),
                         "y": y})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("cluster", ["school", "region"])
def test_clustered_se_is_statsmodels_ols_with_dummies_and_the_stata_factor(cluster):
    panel = simulated(n_schools=120, seed=3)
    ours = did(panel, START, cluster=cluster)
    data = panel.assign(d=(panel["treated"] & (panel["year"] >= START)).astype(float))
    groups = pd.factorize(data["school_id" if cluster == "school" else "region_code"])[0]
    ols = smf.ols("y ~ d + C(year) + C(school_id)", data).fit(
        cov_type="cluster", cov_kwds={"groups": groups, "use_correction": False})
    n, g = len(data), len(set(groups))
    k = 1 + data["year"].nunique() - 1  # d and the year dummies; the school effects are nested in the clusters
    factor = g / (g - 1) * (n - 1) / (n - k)
    assert ours.estimate == pytest.approx(ols.params["d"], abs=1e-9)
    assert ours.se == pytest.approx(ols.bse["d"] * math.sqrt(factor), rel=1e-6)
    assert ours.clusters == g


def test_known_effect_is_recovered_and_parallel_trends_are_not_rejected():
    panel = simulated(n_schools=1000, effect=5.0)
    estimate = did(panel, START)
    assert estimate.ci_low < 5.0 < estimate.ci_high
    assert estimate.p < 0.001
    study = event_study(panel, START)
    assert study.pretrend_df == 3  # 2007, 2008, 2009 (2010 is the reference)
    assert study.pretrend_p > 0.05
    post = study.rows.loc[study.rows["relative_year"] >= 0]
    assert ((post["ci_low"] < 5.0) & (post["ci_high"] > 5.0)).all()


def test_a_pre_trend_is_flagged():
    study = event_study(simulated(effect=0.0, pretrend=4.0), START)
    assert study.pretrend_p < 0.001
    assert study.pre_equal_p < 0.01  # a trend, not a one-year dip


def test_a_dip_before_selection_is_told_from_a_trend_and_left_out():
    # Coached schools had a bad year (-12 points) just before coaching and were chosen for it: the pre-coaching
    # coefficients (against that year) are all about +12, so not zero, but equal to one another.
    panel = simulated(n_schools=1000, effect=5.0)
    dip = panel["treated"] & (panel["year"] == START - 1)
    panel.loc[dip, "y"] -= 12.0
    study = event_study(panel, START)
    assert study.pretrend_p < 0.001 and study.pre_equal_p > 0.05
    without = did(panel.loc[panel["year"] != START - 1].reset_index(drop=True), START)
    assert without.ci_low < 5.0 < without.ci_high


def assessment_from(panel: pd.DataFrame, attributes: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Contract tables from a simulated panel: coached schools in the roster 2011-2013, baseline attributes."""
    frame = panel.merge(attributes, on="school_id")
    assessment = pd.DataFrame({
        "year": frame["year"], "school_id": frame["school_id"], "region_code": frame["region_code"],
        "area": frame["area"], "management": "public", "school_type": frame["school_type"], "language": "spanish",
        "poverty_quintile": frame["poverty_quintile"], "grade": 2, "subject": "reading",
        "students_assessed": 12.0, "mean_score": frame["y"], "pct_proficient": 0.2,
    })
    coached = panel.loc[panel["treated"], "school_id"].unique()
    coaching = pd.DataFrame([(s, y, True) for s in coached for y in (2011, 2012, 2013)],
                            columns=["school_id", "year", "coached"])
    return assessment, coaching


def attributes_for(panel: pd.DataFrame, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    schools = panel["school_id"].unique()
    return pd.DataFrame({"school_id": schools, "area": rng.choice(["rural", "urban"], len(schools), p=[0.8, 0.2]),
                         "school_type": rng.choice(["multigrade", "full_grade"], len(schools)),
                         "poverty_quintile": rng.choice([1, 2, 3], len(schools))})


def test_matching_removes_the_baseline_gap():
    panel = simulated(n_schools=1500, effect=6.0, selection=1.5, seed=11)
    assessment, coaching = assessment_from(panel, attributes_for(panel))
    built = impact_panel(assessment, coaching, CoachingParams(baseline=2010, endline=2013))
    matching = matched_comparison(built)
    score = matching.balance.set_index("variable").loc["baseline_score"]
    assert score["smd_before"] > 0.5  # stronger schools were coached
    assert abs(score["smd_after"]) < 0.1  # the conventional threshold for balance
    assert matching.coached_matched > 0.9 * matching.coached
    # Trends were parallel: the fixed-effects DiD needs no matching and finds the effect.
    assert did(built.results, START).ci_low < 6.0 < did(built.results, START).ci_high


def test_matching_recovers_the_effect_when_trends_are_parallel_only_within_areas():
    # Rural schools improve 4 points a year faster and are likelier to be coached: the plain DiD mistakes their
    # faster trend for an effect; matching coached schools to comparison schools of their own area removes it.
    rng = np.random.default_rng(4)
    n = 2000
    rural = rng.random(n) < 0.5
    treated = rng.random(n) < np.where(rural, 0.3, 0.05)
    level = rng.normal(500, 40, n) - 30 * rural
    rows = [{"school_id": f"{i:07d}", "year": year, "region_code": f"{i % 5 + 1:02d}", "treated": bool(treated[i]),
             "y": level[i] + 4 * rural[i] * (year - 2007) + 6.0 * (treated[i] and year >= START)
             + rng.normal(0, 15)}
            for i in range(n) for year in range(2007, 2014)]
    panel = pd.DataFrame(rows)
    attributes = pd.DataFrame({"school_id": [f"{i:07d}" for i in range(n)],
                               "area": np.where(rural, "rural", "urban"), "school_type": "multigrade",
                               "poverty_quintile": 1})
    assessment, coaching = assessment_from(panel, attributes)
    built = impact_panel(assessment, coaching, CoachingParams(baseline=2010, endline=2013))
    plain = did(built.results, START)
    assert plain.ci_low > 6.0  # biased by the rural trend
    matching = matched_comparison(built)
    assert matching.balance.set_index(["variable", "level"]).loc[("area", "rural"), "smd_after"] == pytest.approx(0)
    assert matching.estimate.ci_low < 6.0 < matching.estimate.ci_high
    assert matching.pretrend_p > 0.05


def test_nearest_neighbour_with_replacement_and_caliper_by_hand():
    logit = pd.Series([0.0, 1.0, 5.0, 0.1, 0.95, 3.0, 1.04], index=list("TUVcdef"))
    treated = pd.Series([True, True, True, False, False, False, False], index=logit.index)
    weights = nearest_neighbours(logit, treated, caliper=0.5)
    # T (0.0) -> c (0.1); U (1.0) -> f (1.04), nearer than d (0.95); V (5.0) has none within 0.5 and is dropped.
    assert weights.to_dict() == {"T": 1.0, "U": 1.0, "V": 0.0, "c": 1.0, "d": 0.0, "e": 0.0, "f": 1.0}
    # With replacement: two coached schools nearest the same comparison school give it weight 2.
    both = nearest_neighbours(pd.Series([1.0, 1.1, 1.05, 4.0], index=list("TUcd")),
                              pd.Series([True, True, False, False], index=list("TUcd")), caliper=1.0)
    assert both.to_dict() == {"T": 1.0, "U": 1.0, "c": 2.0, "d": 0.0}


def test_standardised_differences_by_hand():
    schools = pd.DataFrame({
        "treated": [True, True, False, False, False, False],
        "baseline_score": [10.0, 14.0, 8.0, 10.0, 12.0, 14.0],
        "poverty_quintile": [1, 1, 1, 2, 2, 2], "area": "rural", "school_type": "multigrade", "region_code": "05",
    }, index=list("ABcdef"))
    weights = pd.Series([1.0, 1.0, 0, 1.0, 0, 1.0], index=schools.index)  # A and B matched to d (10) and f (14)
    table = standardised_differences(schools, weights).set_index(["variable", "level"])
    # Score: coached mean 12, var 8; comparison mean 11, var 20/3. SD = sqrt((8 + 20/3) / 2) = sqrt(22/3).
    assert table.loc[("baseline_score", ""), "smd_before"] == pytest.approx(1 / math.sqrt(22 / 3))
    assert table.loc[("baseline_score", ""), "smd_after"] == pytest.approx(0.0)
    # Quintile 1: coached share 1 (var 0), comparison 1/4 (var 1/4 with ddof 1: 0.25). SD = sqrt(0.125).
    assert table.loc[("poverty_quintile", "1"), "smd_before"] == pytest.approx(0.75 / math.sqrt(0.125))
    assert table.loc[("poverty_quintile", "1"), "smd_after"] == pytest.approx(1.0 / math.sqrt(0.125))


@pytest.fixture(scope="module")
def regional():
    panel = simulated(n_schools=600, effect=5.0, seed=5)
    attributes = attributes_for(panel, seed=2)
    assessment, coaching = assessment_from(panel, attributes)
    return impact_panel(assessment, coaching, CoachingParams(baseline=2010, endline=2013))


def test_heterogeneity_applies_the_minimum_size_rule(regional):
    table = heterogeneity(regional, min_schools=10)
    counts = regional.schools.groupby("region_code")["treated"].agg(["sum", "size"])
    for _, row in table.loc[table["dimension"] == "region_code"].iterrows():
        coached = counts.loc[row["level"], "sum"]
        comparison = counts.loc[row["level"], "size"] - coached
        assert (row["coached_schools"], row["comparison_schools"]) == (coached, comparison)
        assert row["status"] == ("ok" if min(coached, comparison) >= 10 else "too_few")
        assert math.isnan(row["estimate"]) == (row["status"] == "too_few")
    strict = heterogeneity(regional, min_schools=10_000)
    assert (strict["status"] == "too_few").all()
    # A level's estimate is the DiD of its schools alone.
    rural = table.set_index(["dimension", "level"]).loc[("area", "rural")]
    members = regional.schools.index[regional.schools["area"] == "rural"]
    alone = did(regional.results.loc[regional.results["school_id"].isin(members)].reset_index(drop=True), START)
    assert rural["estimate"] == pytest.approx(alone.estimate) and rural["se"] == pytest.approx(alone.se)


def test_cost_per_pupil_and_points_per_thousand_soles_by_hand(regional):
    national = did(regional.results, START)
    regions = heterogeneity(regional, min_schools=5)
    costs = pd.DataFrame({"year": [2013, 2013, 2013], "region_code": ["01", "02", "26"],
                          "expenditure": [400_000.0, 300_000.0, 50_000.0], "students": [1000.0, 1500.0, 100.0]})
    result = cost_effectiveness(costs, regional, national, regions)
    rows = result.rows.set_index("region_code")
    # National: 750,000 soles for 2,600 pupils = 288.46 soles a pupil a year.
    assert rows.loc["national", "cost_per_student"] == pytest.approx(750_000 / 2600)
    assert rows.loc["national", "points_per_1000"] == pytest.approx(national.estimate / (750_000 / 2600) * 1000)
    assert rows.loc["national", "points_per_1000_low"] == pytest.approx(national.ci_low / (750_000 / 2600) * 1000)
    assert rows.loc["01", "cost_per_student"] == pytest.approx(400.0)
    assert rows.loc["26", "status"] == "not_analysed"  # no analysed school in that region
    assert result.cost_years == (2013,)
    assert result.window_years_without_cost == (2011, 2012)
    coached_regions = set(regional.schools.loc[regional.schools["treated"], "region_code"])
    assert set(result.regions_without_cost) == coached_regions - {"01", "02"}
    assert cost_effectiveness(None, regional, national, regions) is None


def test_panel_keeps_the_papers_groups():
    rows = []
    for school, ys in {"a": (500, 510, 520, 530, 540), "b": (480, 490, 500, 505, 510),
                       "c": (470, 480, 485, 490, 495), "d": (100, 480, 485, 490, 495),
                       "e": (500, None, 510, 520, 530), "f": (450, 460, 470, 480, 490),
                       "g": (450, 460, 470, 480, 490), "h": (450, 460, 470, 480, 490),
                       "i": (450, 460, 470, 480, 490)}.items():
        for year, y in zip(range(2009, 2014), ys, strict=True):
            if y is None:
                continue  # e missed the baseline year
            rows.append({"school_id": school, "year": year, "region_code": "05", "treated": False, "y": float(y)})
    panel = pd.DataFrame(rows)
    attributes = pd.DataFrame({"school_id": list("abcdefghi"), "area": "rural", "school_type": "multigrade",
                               "poverty_quintile": 1})
    assessment, _ = assessment_from(panel, attributes)
    coaching = pd.DataFrame({"school_id": ["a", "a", "a", "b", "c", *"fffggg"],
                             "year": [2011, 2012, 2013, 2012, 2009, *(2011, 2012, 2013) * 2], "coached": True})
    built = impact_panel(assessment, coaching, CoachingParams(baseline=2010, endline=2013))
    # a: coached every year of the window; b: only 2012 (partly); c: before the window only (not "never coached");
    # d: never coached, its implausible 2009 result (under 200) dropped but the school kept; e: no 2010 result.
    # f and g are coached and h and i never, so that each group has the two schools a comparison needs.
    assert built.schools["treated"].to_dict() == {"a": True, "d": False, "f": True, "g": True, "h": False,
                                                  "i": False}
    assert dict(built.exclusions) == {"implausible_result": 1, "no_baseline_result": 1, "outside_universe": 0,
                                      "no_result_in_window": 0, "partly_coached": 2}
    assert built.schools.loc["d", "baseline_score"] == 480.0  # the mean of the plausible results before 2011
    assert built.schools.loc["a", "baseline_score"] == 505.0


def test_a_group_of_one_school_is_refused_in_words():
    rows = [{"school_id": school, "year": year, "region_code": "05", "treated": False, "y": 500.0 + year - 2009}
            for school in "abcdef" for year in range(2009, 2014)]
    attributes = pd.DataFrame({"school_id": list("abcdef"), "area": "rural", "school_type": "multigrade",
                               "poverty_quintile": 1})
    assessment, _ = assessment_from(pd.DataFrame(rows), attributes)
    coaching = pd.DataFrame({"school_id": [*"aaa"], "year": [2011, 2012, 2013], "coached": True})
    with pytest.raises(CoachingAnalysisError) as refusal:
        impact_panel(assessment, coaching, CoachingParams(baseline=2010, endline=2013))
    assert refusal.value.key == "group_too_small"
    assert refusal.value.message("en").startswith("Only 1 coached and 5 comparison schools meet the rules")


def test_whole_analysis_runs_and_reports_in_the_measure_unit(regional):
    assessment, coaching = assessment_from(simulated(n_schools=200, seed=9), attributes_for(simulated(200, seed=9)))
    result = impact_estimate(assessment, coaching, CoachingParams(baseline=2010, endline=2013), min_schools=5)
    assert result.unit == "points"
    assert result.did.estimate == result.did_by_region_clusters.estimate
    assert result.did_by_region_clusters.clusters == 20


def test_matching_copes_with_attributes_that_coincide():
    # Every rural school multigrade, every urban one full-grade: the logit's indicators are collinear.
    panel = simulated(n_schools=600, effect=5.0, seed=5)
    attributes = attributes_for(panel, seed=2)
    attributes["school_type"] = np.where(attributes["area"] == "rural", "multigrade", "full_grade")
    assessment, coaching = assessment_from(panel, attributes)
    matching = matched_comparison(impact_panel(assessment, coaching, CoachingParams(baseline=2010, endline=2013)))
    assert matching.estimate.ci_low < 5.0 < matching.estimate.ci_high


def test_no_comparison_school_like_the_coached_ones_gives_no_matched_estimate():
    # Every coached school urban, every comparison school rural: no comparison school can be matched.
    panel = simulated(n_schools=200, seed=8)
    attributes = attributes_for(panel)
    treated = panel.groupby("school_id")["treated"].first()
    attributes["area"] = np.where(treated.reindex(attributes["school_id"]).to_numpy(), "urban", "rural")
    assessment, coaching = assessment_from(panel, attributes)
    matching = matched_comparison(impact_panel(assessment, coaching, CoachingParams(baseline=2010, endline=2013)))
    assert matching.estimate is None and matching.pretrend_p is None
    assert matching.coached_matched == 0 and matching.comparison_used == 0
