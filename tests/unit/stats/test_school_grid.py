"""The coaching page draws its universes from a per-school grid; on the national demo they equal the tables' own
way (`analysis_universe`, whose rules tests/unit/stats/test_coaching_universe.py checks school by school)."""
from __future__ import annotations

import pandas as pd
import pytest

from dashboard.demo import generate_demo
from dashboard.stats.analysis import coaching_impact, every_region, gain_by_region, regional_gains, universe_impact
from dashboard.stats.params import CoachingAnalysisError, CoachingParams
from dashboard.stats.universe import SchoolGrid, analysis_universe

CHOICES = [
    {}, {"region_code": "08"}, {"poverty_quintiles": (1, 2)}, {"measure": "pct_proficient"}, {"subject": "math"},
    {"school_type": "multigrade"}, {"language": "bilingual"}, {"subject": "reading_l2"},
    {"baseline": 2007, "endline": 2016, "area": "urban"},
    {"baseline": 2012, "endline": 2013, "poverty_quintiles": (4, 5)},
    {"subject": "math", "management": "private", "score_floor": 300.0, "score_ceiling": 600.0},
]


@pytest.fixture(scope="module")
def national():
    tables = generate_demo("national")
    assessment, roster = tables["assessment"], tables["coaching"]
    return assessment, roster, SchoolGrid.from_tables(assessment, roster)


@pytest.mark.parametrize("choice", CHOICES, ids=str)
def test_the_grid_draws_the_tables_universe(national, choice):
    assessment, roster, grid = national
    params = CoachingParams(**choice)
    expected, drawn = analysis_universe(assessment, roster, params), grid.universe(params)
    assert drawn.schools_assessed == expected.schools_assessed
    assert drawn.exclusions == expected.exclusions
    pd.testing.assert_frame_equal(drawn.scores, expected.scores, check_dtype=False)


@pytest.mark.parametrize("choice", [{}, {"region_code": "08", "measure": "pct_proficient"}], ids=str)
def test_the_page_analysis_equals_the_tables_analysis(national, choice):
    assessment, roster, grid = national
    params = CoachingParams(**choice)
    assert universe_impact(grid.universe(params)).to_dict() == coaching_impact(assessment, roster, params).to_dict()
    pd.testing.assert_frame_equal(regional_gains(grid.universe(every_region(params)), 10),
                                  gain_by_region(assessment, roster, params, 10), check_dtype=False)


@pytest.mark.parametrize("choice", [{"endline": 2020}, {"subject": "reading_l2", "baseline": 2007}], ids=str)
def test_the_grid_refuses_what_the_tables_refuse(national, choice):
    assessment, roster, grid = national
    params = CoachingParams(**choice)
    with pytest.raises(CoachingAnalysisError) as expected:
        analysis_universe(assessment, roster, params)
    with pytest.raises(CoachingAnalysisError) as refused:
        grid.universe(params)
    assert (refused.value.key, refused.value.values) == (expected.value.key, expected.value.values)
