"""The coaching page's impact section on the committed demo, against a fixed-effects DiD worked out independently.

The estimate is rebuilt here from the raw tables and the rules the page states (reading, grade 2, 2007-2013; public
Spanish-medium schools of poverty quintiles 1-3 in 2010; coached in each of 2011-2013 or never up to 2013), then
fitted by the Frisch-Waugh-Lovell route: school means taken out of the outcome, the treatment and the year dummies,
least squares on what is left, and statsmodels' cluster-robust covariance (its G/(G-1)(N-1)/(N-K) factor is the one
the page states). The interval uses Student's t on the residual degrees of freedom left once the school effects are
absorbed: observations - schools - 7 slopes.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import statsmodels.api as sm
from scipy import stats

from dashboard.contract import load_directory
from dashboard.i18n import number
from dashboard.views.coaching import CoachingState, coaching_view
from dashboard.views.coaching_impact import coaching_impact_view

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def demo():
    return load_directory(ROOT / "data" / "demo")


@pytest.fixture(scope="module")
def by_hand(demo):
    """(estimate, clustered SE, 95 % interval, coached schools, comparison schools) of the two-way FE DiD."""
    results = demo.table("assessment")
    rows = results.loc[(results["subject"] == "reading") & (results["grade"] == 2) & (results["year"] <= 2013)
                       & (results["mean_score"] >= 200)]
    base = rows.loc[rows["year"] == 2010].set_index("school_id")
    universe = base.index[(base["management"] == "public") & (base["language"] == "spanish")
                          & base["poverty_quintile"].isin([1, 2, 3])]
    universe = universe.intersection(rows.loc[rows["year"].between(2011, 2013), "school_id"].unique())
    roster = demo.table("coaching")
    served = roster.loc[roster["coached"].astype(bool) & (roster["year"] <= 2013)]
    every_year = served.loc[served["year"].between(2011, 2013)].groupby("school_id")["year"].nunique() == 3
    coached = universe.intersection(every_year.index[every_year])
    comparison = universe.difference(served["school_id"].unique())
    panel = rows.loc[rows["school_id"].isin(coached.union(comparison)), ["school_id", "year", "mean_score"]]
    panel = panel.assign(d=(panel["school_id"].isin(coached) & (panel["year"] >= 2011)).astype(float))
    design = pd.concat([panel[["mean_score", "d"]],
                        pd.get_dummies(panel["year"], prefix="y", drop_first=True, dtype=float)], axis=1)
    within = design - design.groupby(panel["school_id"]).transform("mean")
    fit = sm.OLS(within["mean_score"], within.drop(columns="mean_score")).fit(
        cov_type="cluster", cov_kwds={"groups": pd.factorize(panel["school_id"])[0]})
    estimate, se = fit.params["d"], fit.bse["d"]
    quantile = stats.t.ppf(0.975, len(panel) - panel["school_id"].nunique() - (within.shape[1] - 1))
    return estimate, se, (estimate - quantile * se, estimate + quantile * se), len(coached), len(comparison)


def test_the_section_shows_the_did_worked_out_by_hand(demo, by_hand):
    estimate, se, (low, high), coached, comparison = by_hand
    view = coaching_impact_view(demo, CoachingState())
    assert view.error == "" and view.title == "Más allá del balance: estimación de impacto"
    did = view.tables[0]
    assert did.title == "Diferencias en diferencias"
    assert did.rows[0][:3] == ["Efectos fijos, errores por escuela", number(estimate, "es", 2), number(se, "es", 2)]
    assert did.rows[0][3:5] == [number(low, "es", 2), number(high, "es", 2)]
    assert (f"{number(coached, 'es', 0)} escuelas acompañadas y {number(comparison, 'es', 0)} de comparación"
            in view.verdict)
    assert view.subtitle.endswith("acompañamiento 2011–2013, nacional, quintiles de pobreza 1, 2, 3, datos sintéticos")
    for figure in view.figures.values():  # the selection in two lines under each title
        assert "puntaje promedio, acompañamiento 2011–2013</span><br>" in figure.layout.title.text
        assert figure.layout.title.text.endswith("datos sintéticos</span>")
    # The event study runs over 2007-2013; 2010, the year before coaching, is the reference (0 by construction).
    study = view.csv["event_study"].set_index("Año")
    assert list(study.index) == list(range(2007, 2014)) and study.loc[2010, "Efecto"] == 0


def test_the_estimate_is_asked_once_per_view_in_each_language_and_reuses_the_appraisal(demo):
    memo, asked = {}, []

    def remember(key, compute):
        asked.append(key)
        return memo[key] if key in memo else memo.setdefault(key, compute())

    first = coaching_impact_view(demo, CoachingState(lang="en"), memo=remember)
    again = coaching_impact_view(demo, CoachingState(lang="en"), memo=remember)
    # The estimate, the appraisal's analysis while computing it, then the estimate remembered.
    assert len(asked) == 3 and asked[0] == asked[2] and first.verdict == again.verdict
    appraisal_key = asked[1]
    asked.clear()
    coaching_view(demo, CoachingState(lang="en"), memo=remember)  # the first section finds the same analysis
    assert appraisal_key in asked
    assert first.title == "Beyond the appraisal: an impact estimate" and "synthetic data" in first.subtitle


def test_data_without_a_school_panel_or_roster_is_said_in_words():
    view = coaching_impact_view(load_directory(ROOT / "data" / "peru"), CoachingState(lang="en"))
    assert view.error.startswith("The data in use does not include the figures this panel needs.")
    assert view.tables == [] and view.csv == {}
    assert all(figure.layout.annotations[0].text.replace("<br>", " ") == view.error for figure in view.figures.values())
