"""The impact analysis's two-way fixed-effects regressions against linearmodels' PanelOLS and a hand-worked panel."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from linearmodels.panel import PanelOLS

from dashboard.stats.twfe import SchoolYears, fit

START = 2011


def unbalanced_panel(seed: int = 1, n_schools: int = 150) -> pd.DataFrame:
    """Schools missing about one year in seven, seven regions, a 6-point effect from START on."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n_schools):
        coached = bool(rng.random() < 0.4)
        for year in range(2007, 2014):
            if rng.random() < 0.15:
                continue
            rows.append({"school_id": f"{i:07d}", "year": year, "region_code": f"{i % 7 + 1:02d}",
                         "treated": coached, "y": rng.normal(500, 30) + 6.0 * (coached and year >= START)})
    return pd.DataFrame(rows)


def panel_ols(results: pd.DataFrame, cluster: str, weights: pd.Series | None):
    """PanelOLS of y on coached x post, coached x 2009 and year dummies, school effects absorbed."""
    index = pd.MultiIndex.from_arrays([pd.factorize(results["school_id"])[0], results["year"].to_numpy()])
    exog = pd.concat([pd.DataFrame({"post": results["treated"] & (results["year"] >= START),
                                    "k2009": results["treated"] & (results["year"] == 2009)}).astype(float),
                      pd.get_dummies(results["year"], prefix="year", drop_first=True, dtype=float)], axis=1)
    model = PanelOLS(results["y"].set_axis(index), exog.set_axis(index), entity_effects=True,
                     weights=None if weights is None else weights.set_axis(index))
    if cluster == "school":
        return model.fit(cov_type="clustered", cluster_entity=True, debiased=True, group_debias=True)
    regions = pd.DataFrame({"region": pd.factorize(results["region_code"])[0]}, index=index)
    return model.fit(cov_type="clustered", clusters=regions, debiased=True, group_debias=True)


@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("cluster", ["school", "region"])
def test_estimates_errors_p_values_and_wald_test_are_panel_ols(cluster, weighted):
    results = unbalanced_panel()
    panel = SchoolYears.from_results(results)
    # Matching weights: 0 leaves a school out, 2 or 3 counts it that many times.
    by_school = pd.Series(np.random.default_rng(2).integers(0, 4, len(panel.schools)).astype(float),
                          index=panel.schools) if weighted else None
    if weighted:
        results = results.loc[results["school_id"].map(by_school) > 0].reset_index(drop=True)
    reference = panel_ols(results, cluster, None if by_school is None else results["school_id"].map(by_school))
    ours = fit(panel, {"post": (panel.years >= START).astype(float), "k2009": (panel.years == 2009).astype(float)},
               weights=None if by_school is None else by_school.to_numpy(), cluster=cluster)
    interval = reference.conf_int(level=0.95)
    for name in ("post", "k2009"):
        row = ours.row(name)
        assert row["estimate"] == pytest.approx(reference.params[name], rel=1e-10)
        assert row["se"] == pytest.approx(reference.std_errors[name], rel=1e-10)
        assert row["p"] == pytest.approx(reference.pvalues[name], rel=1e-8)
        assert (row["ci_low"], row["ci_high"]) == pytest.approx(tuple(interval.loc[name]), rel=1e-10)
    restriction = np.zeros((2, len(reference.params)))
    restriction[0, 0] = restriction[1, 1] = 1.0
    statistic, df, p = ours.wald(np.eye(2))
    expected = reference.wald_test(restriction=restriction)
    assert (statistic, df, p) == pytest.approx((expected.stat, expected.df, expected.pval), rel=1e-9)
    assert (ours.nobs, ours.df_resid) == (reference.nobs, reference.df_resid)
    assert ours.clusters == results["school_id" if cluster == "school" else "region_code"].nunique()


def test_two_by_two_is_the_difference_of_mean_changes_and_a_mask_is_a_smaller_panel():
    # Coached A (10 -> 18) and B (20 -> 26), comparison C (12 -> 14) and D (16 -> 20):
    # (8 + 6) / 2 - (2 + 4) / 2 = 4 points. Schools A and C alone: 8 - 2 = 6.
    scores = {"A": (10, 18), "B": (20, 26), "C": (12, 14), "D": (16, 20)}
    results = pd.DataFrame([
        {"school_id": school, "year": year, "region_code": "01", "treated": school in "AB", "y": float(y)}
        for school, ys in scores.items() for year, y in zip((2010, 2011), ys, strict=True)])
    panel = SchoolYears.from_results(results)
    post = (panel.years >= START).astype(float)
    assert fit(panel, {"post": post}).row("post")["estimate"] == pytest.approx(4.0, abs=1e-12)
    alone = fit(panel, {"post": post}, schools=panel.schools.isin(["A", "C"]))
    assert alone.row("post")["estimate"] == pytest.approx(6.0, abs=1e-12)
    assert (alone.nobs, alone.schools) == (4, 2)
    # Weight 3 on B: coached change (8 + 3 x 6) / 4 = 6.5, less the comparison's 3: 3.5 points.
    weighted = fit(panel, {"post": post}, weights=np.array([1.0, 3.0, 1.0, 1.0]))
    assert weighted.row("post")["estimate"] == pytest.approx(3.5, abs=1e-12)


def test_a_restriction_repeated_is_tested_once_as_stata_drops_it():
    panel = SchoolYears.from_results(unbalanced_panel(seed=4))
    result = fit(panel, {"post": (panel.years >= START).astype(float), "k2009": (panel.years == 2009).astype(float)})
    row = result.row("k2009")
    statistic, df, _ = result.wald(np.array([[0.0, 1.0], [0.0, 1.0]]))
    assert df == 1
    assert statistic == pytest.approx((row["estimate"] / row["se"]) ** 2, rel=1e-9)
    assert result.wald(np.zeros((1, 2))) is None  # nothing testable


def test_one_cluster_is_refused():
    results = unbalanced_panel(seed=5)
    panel = SchoolYears.from_results(results.assign(region_code="01"))
    with pytest.raises(ValueError, match="two clusters"):
        fit(panel, {"post": (panel.years >= START).astype(float)}, cluster="region")
