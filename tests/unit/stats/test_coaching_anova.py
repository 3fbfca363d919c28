"""The mixed ANOVA against an independent implementation (pingouin, balanced groups) and the Type III formulas."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pingouin as pg
import pytest

from dashboard.stats.anova import group_at_years, mixed_anova, time_within_groups


def _scores(sizes: dict[str, int], seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    groups = np.repeat(list(sizes), list(sizes.values()))
    baseline = rng.normal(500, 60, groups.size)
    endline = 0.5 * baseline + rng.normal(260, 50, groups.size) + np.where(groups == "coached", 20, 5)
    return pd.DataFrame({"school_id": [f"{i:07d}" for i in range(groups.size)], "group": groups,
                         "baseline": baseline, "endline": endline})


def _pingouin_mixed(scores: pd.DataFrame) -> pd.DataFrame:
    long = scores.melt(id_vars=["school_id", "group"], value_vars=["baseline", "endline"], var_name="time",
                       value_name="score")
    return pg.mixed_anova(long, dv="score", within="time", subject="school_id", between="group").set_index("Source")


def test_balanced_design_agrees_with_pingouin():
    # With equal group sizes every type of sums of squares coincides, so pingouin is an independent check.
    scores = _scores({"comparison": 40, "coached": 40}, seed=7)
    ours, theirs = mixed_anova(scores), _pingouin_mixed(scores)
    for source, label in (("time", "time"), ("time_x_coached", "Interaction"), ("coached", "group")):
        assert ours.row(source).ss == pytest.approx(theirs.loc[label, "SS"], rel=1e-9)
        assert ours.row(source).f == pytest.approx(theirs.loc[label, "F"], rel=1e-9)
        assert ours.row(source).p == pytest.approx(theirs.loc[label, "p_unc"], rel=1e-6)
        assert ours.row(source).partial_eta_squared == pytest.approx(theirs.loc[label, "np2"], rel=1e-6)
    assert ours.row("error_time").df == 78


def test_unbalanced_time_effect_is_type_iii():
    # SPSS's Type III tests the unweighted mean of the group mean gains; pingouin tests the pooled mean gain.
    scores = _scores({"comparison": 200, "coached": 12}, seed=8)
    gains = (scores["endline"] - scores["baseline"]).groupby(scores["group"])
    means, sizes = gains.mean(), gains.size()
    expected = (means.sum() ** 2 / 2) / (1 / sizes).sum()
    assert mixed_anova(scores).row("time").ss == pytest.approx(expected, rel=1e-9)
    assert _pingouin_mixed(scores).loc["time", "SS"] != pytest.approx(expected, rel=1e-3)
    # The interaction and its error do not depend on the type of sums of squares.
    error = float(sum(((g - g.mean()) ** 2).sum() for _, g in gains)) / 2
    assert mixed_anova(scores).row("error_time").ss == pytest.approx(error, rel=1e-9)


def test_simple_effects_follow_their_definitions():
    scores = _scores({"comparison": 30, "coached": 10}, seed=9)
    for effect in time_within_groups(scores):
        part = scores[scores["group"] == effect.group]
        gain = part["endline"] - part["baseline"]
        assert effect.time.ss == pytest.approx(len(part) * gain.mean() ** 2 / 2, rel=1e-9)
        assert effect.error.df == len(part) - 1
    baseline, _ = group_at_years(scores, (2010, 2013))
    means = scores.groupby("group")["baseline"].mean()
    assert baseline.difference == pytest.approx(means["coached"] - means["comparison"])
    assert baseline.group.ss == pytest.approx(30 * 10 / 40 * baseline.difference**2, rel=1e-9)
