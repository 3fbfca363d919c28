"""ECE imports carry neither language nor poverty quintile: the coaching analysis says so instead of failing."""
from __future__ import annotations

import pandas as pd
import pytest

from dashboard.stats.impact import impact_panel
from dashboard.stats.params import CoachingAnalysisError, CoachingParams
from dashboard.stats.universe import SchoolGrid, analysis_universe

ROSTER = pd.DataFrame({"school_id": ["0000001"] * 3, "year": [2011, 2012, 2013], "coached": [True] * 3})


def _assessment(**missing: object) -> pd.DataFrame:
    row = {"region_code": "05", "area": "rural", "management": "public", "school_type": "multigrade",
           "language": "spanish", "poverty_quintile": 1, "grade": 2, "subject": "reading",
           "students_assessed": 10.0, "pct_proficient": 0.2, "mean_score": 500.0}
    return pd.DataFrame([{**row, **missing, "school_id": school, "year": year}
                         for school in ("0000001", "0000002") for year in (2010, 2013)])


def grid_universe(assessment, roster, params):
    return SchoolGrid.from_tables(assessment, roster).universe(params)


@pytest.mark.parametrize("analysis", [analysis_universe, grid_universe, impact_panel])
@pytest.mark.parametrize(("column", "es", "en"), [("language", "«Lengua»", "'Language'"),
                                                  ("poverty_quintile", "«Quintil de pobreza»", "'Poverty quintile'")])
def test_a_split_no_school_reports_is_refused_in_plain_words(analysis, column, es, en):
    with pytest.raises(CoachingAnalysisError) as refused:
        analysis(_assessment(**{column: None}), ROSTER, CoachingParams())
    assert refused.value.key == "split_not_reported"
    assert es in refused.value.message("es") and "ECE" in refused.value.message("es")
    assert en in refused.value.message("en")
    assert column not in refused.value.message("es")


@pytest.mark.parametrize("analysis", [analysis_universe, grid_universe])
def test_a_partly_reported_split_still_runs_its_rule(analysis):
    assessment = _assessment()
    assessment.loc[assessment["school_id"] == "0000002", "language"] = None
    universe = analysis(assessment, ROSTER, CoachingParams())
    language = next(e for e in universe.exclusions if e.rule == "language")
    assert (language.removed, language.remaining) == (1, 1)
