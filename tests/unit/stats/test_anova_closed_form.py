"""The closed-form ANOVAs give what fitted models give (statsmodels Type III OLS, pingouin) on unbalanced groups."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pingouin as pg
import pytest
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

from dashboard.stats.anova import group_at_years, mixed_anova, time_within_groups


@pytest.fixture(scope="module")
def scores() -> pd.DataFrame:
    rng = np.random.default_rng(15)
    groups = ["comparison"] * 40 + ["coached"] * 7  # unbalanced, as the paper's 9,573 against 303
    baseline = rng.normal(500, 40, len(groups))
    endline = baseline + rng.normal(5, 20, len(groups)) + np.where(np.array(groups) == "coached", 12, 0)
    return pd.DataFrame({"school_id": [f"S{i}" for i in range(len(groups))], "group": groups,
                         "baseline": baseline, "endline": endline})


def type_iii(frame: pd.DataFrame, dependent: str) -> pd.DataFrame:
    frame = frame.assign(group=frame["group"].astype("category"))
    return anova_lm(smf.ols(f"{dependent} ~ C(group, Sum)", data=frame).fit(), typ=3)


def test_mixed_anova_matches_type_iii_ols_on_the_contrast_and_the_average(scores):
    frame = pd.DataFrame({"group": scores["group"],
                          "contrast": (scores["endline"] - scores["baseline"]) / math.sqrt(2),
                          "average": (scores["endline"] + scores["baseline"]) / math.sqrt(2)})
    within, between = type_iii(frame, "contrast"), type_iii(frame, "average")
    result = mixed_anova(scores)
    for source, line in (("time", within.loc["Intercept"]), ("time_x_coached", within.loc["C(group, Sum)"]),
                         ("coached", between.loc["C(group, Sum)"])):
        row = result.row(source)
        assert (row.ss, row.df, row.f, row.p) == pytest.approx(
            (line["sum_sq"], line["df"], line["F"], line["PR(>F)"]), rel=1e-9)
    assert result.row("error_time").ss == pytest.approx(within.loc["Residual", "sum_sq"], rel=1e-9)
    assert result.row("error").ss == pytest.approx(between.loc["Residual", "sum_sq"], rel=1e-9)
    assert result.row("error").df == 45


def test_time_within_each_group_matches_a_repeated_measures_anova(scores):
    for effect in time_within_groups(scores):
        schools = scores.loc[scores["group"] == effect.group]
        long = schools.melt(id_vars="school_id", value_vars=["baseline", "endline"], var_name="time",
                            value_name="score")
        table = pg.rm_anova(long, dv="score", within="time", subject="school_id", detailed=True)
        assert (effect.time.ss, effect.time.f, effect.time.p, effect.error.ss, effect.error.df) == pytest.approx(
            (table.loc[0, "SS"], table.loc[0, "F"], table.loc[0, "p_unc"], table.loc[1, "SS"], table.loc[1, "DF"]),
            rel=1e-9)


def test_groups_at_each_year_match_a_one_way_anova(scores):
    for effect, column in zip(group_at_years(scores, (2012, 2014)), ("baseline", "endline"), strict=True):
        table = pg.anova(scores, dv=column, between="group", detailed=True)
        assert (effect.group.ss, effect.group.f, effect.group.p, effect.error.ss, effect.error.df) == pytest.approx(
            (table.loc[0, "SS"], table.loc[0, "F"], table.loc[0, "p_unc"], table.loc[1, "SS"], table.loc[1, "DF"]),
            rel=1e-9)
