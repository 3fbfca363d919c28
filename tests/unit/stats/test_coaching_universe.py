"""Universe rules on a hand-made roster where we know which school each rule removes; parameters and edge cases."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from dashboard.regions import REGION_CODES
from dashboard.stats.analysis import coaching_impact, gain_by_region, universe_impact
from dashboard.stats.params import CoachingAnalysisError, CoachingParams
from dashboard.stats.universe import SchoolGrid, analysis_universe, coaching_status
from dashboard.stats.verdict import render_verdict

BASE_ROW = {"region_code": "05", "area": "rural", "management": "public", "school_type": "multigrade",
            "language": "spanish", "poverty_quintile": 1, "grade": 2, "subject": "reading",
            "students_assessed": 10.0, "pct_proficient": 0.2}


def _results(school: str, scores: dict[int, float], **attributes: object) -> list[dict[str, object]]:
    return [{**BASE_ROW, **attributes, "year": year, "school_id": school, "mean_score": score}
            for year, score in scores.items()]


BOTH = {2010: 500.0, 2013: 520.0}
ROWS = [
    *_results("0000001", BOTH),                                    # coached 2011-2013: kept
    *_results("0000002", BOTH),                                    # never in the roster: kept, comparison
    *_results("0000003", {2010: 480.0}),                           # no 2013 result: results_in_both_years
    *_results("0000012", {2013: 480.0}),                           # no 2010 result: results_in_both_years
    *_results("0000004", BOTH, management="private"),              # management
    *_results("0000005", BOTH, language="bilingual"),              # language
    *_results("0000006", BOTH, poverty_quintile=4),                # poverty_quintile
    *_results("0000007", {2010: 190.0, 2013: 520.0}),              # implausible_score (reading < 200)
    *_results("0000008", BOTH),                                    # coached 2011 and 2012 only: partly_coached
    *_results("0000009", BOTH),                                    # roster rows all coached=False: comparison
    *_results("0000010", BOTH),                                    # coached in 2010 only (baseline): comparison
    *_results("0000011", BOTH, region_code="08"),                  # kept unless a region is chosen
    *_results("0000013", {2010: 500.0}) + _results("0000013", {2013: 520.0}, management="private"),  # baseline
    *_results("0000001", {2010: 950.0, 2013: 600.0}, subject="math"),  # another subject: ignored
]
ROSTER = pd.DataFrame(
    [("0000001", y, True) for y in (2011, 2012, 2013)] + [("0000008", y, True) for y in (2011, 2012)]
    + [("0000009", y, False) for y in (2011, 2012, 2013)] + [("0000010", 2010, True), ("0000007", 2011, True)],
    columns=["school_id", "year", "coached"],
)


@pytest.fixture
def assessment() -> pd.DataFrame:
    return pd.DataFrame(ROWS)


def grid_universe(assessment: pd.DataFrame, roster: pd.DataFrame, params: CoachingParams):
    """The coaching page's way to the universe: the tables laid out per school first."""
    return SchoolGrid.from_tables(assessment, roster).universe(params)


# Both ways to a universe must give the hand-checked answers below.
BOTH_WAYS = pytest.mark.parametrize("universe_of", [analysis_universe, grid_universe], ids=["tables", "grid"])


@BOTH_WAYS
def test_each_rule_removes_the_school_it_should(assessment, universe_of):
    universe = universe_of(assessment, ROSTER, CoachingParams())
    trace = [(e.rule, e.removed, e.remaining) for e in universe.exclusions]
    assert universe.schools_assessed == 13
    assert trace == [
        ("results_in_both_years", 2, 11), ("management", 1, 10), ("language", 1, 9), ("poverty_quintile", 1, 8),
        ("implausible_score", 1, 7), ("partly_coached", 1, 6),
    ]
    groups = dict(zip(universe.scores["school_id"], universe.scores["group"], strict=True))
    assert groups == {"0000001": "coached", "0000002": "comparison", "0000009": "comparison",
                      "0000010": "comparison", "0000011": "comparison", "0000013": "comparison"}


@BOTH_WAYS
def test_optional_filters_come_after_the_quintiles(assessment, universe_of):
    params = CoachingParams(region_code="08", school_type="multigrade", area="rural")
    trace = [(e.rule, e.removed) for e in universe_of(assessment, ROSTER, params).exclusions]
    assert trace[3:7] == [("poverty_quintile", 1), ("region_code", 7), ("school_type", 0), ("area", 0)]


@BOTH_WAYS
def test_maths_bounds_and_the_measure_column(assessment, universe_of):
    maths = pd.DataFrame(_results("0000020", {2010: 950.0, 2013: 500.0}, subject="math")
                         + _results("0000021", {2010: 230.0, 2013: 500.0}, subject="math"))
    universe = universe_of(maths, ROSTER, CoachingParams(subject="math"))
    assert [(e.rule, e.removed) for e in universe.exclusions if e.removed] == [("implausible_score", 1)]
    proficiency = universe_of(assessment, ROSTER, CoachingParams(measure="pct_proficient"))
    assert set(proficiency.scores["baseline"]) == {0.2}


def test_coaching_status_needs_every_year_of_the_window():
    roster = pd.DataFrame({"school_id": ["a", "a", "b", "c"], "year": [2012, 2013, 2012, 2012],
                           "coached": [True, True, True, False]})
    status = coaching_status(pd.Index(["a", "b", "c", "d"]), roster, (2012, 2013))
    assert status.to_dict() == {"a": "coached", "b": "partly_coached", "c": "comparison", "d": "comparison"}


def test_second_language_defaults_to_bilingual_fourth_grade():
    params = CoachingParams(subject="reading_l2")
    assert (params.language, params.grade, params.score_floor) == ("bilingual", 4, 200.0)
    assert CoachingParams(subject="math").score_ceiling == 900.0
    assert CoachingParams(subject="reading_l2", language="spanish").language == "spanish"
    assert CoachingParams(poverty_quintiles=(3, 1, 2, 1)).poverty_quintiles == (1, 2, 3)


@pytest.mark.parametrize(("changes", "key"), [
    ({"subject": "history"}, "unknown_subject"),
    ({"measure": "median"}, "unknown_measure"),
    ({"baseline": 2013, "endline": 2013}, "years_order"),
    ({"poverty_quintiles": (0, 1)}, "quintiles"),
    ({"poverty_quintiles": ()}, "quintiles"),
    ({"region_code": "5"}, "unknown_value"),
    ({"management": "Public"}, "unknown_value"),
])
def test_bad_parameters_are_plain_errors(changes, key):
    with pytest.raises(CoachingAnalysisError) as caught:
        CoachingParams(**changes)
    assert caught.value.key == key
    assert caught.value.message("es") and caught.value.message("en") == str(caught.value)


def _analysis_error(assessment, roster, params=None) -> CoachingAnalysisError:
    with pytest.raises(CoachingAnalysisError) as caught:
        coaching_impact(assessment, roster, params)
    with pytest.raises(CoachingAnalysisError) as by_grid:  # the coaching page's way refuses the same, in the same words
        universe_impact(grid_universe(assessment, roster, params or CoachingParams()))
    assert (by_grid.value.key, by_grid.value.values) == (caught.value.key, caught.value.values)
    return caught.value


def test_fewer_than_three_schools_in_a_group(assessment):
    error = _analysis_error(assessment, ROSTER)  # one coached school
    assert error.key == "group_too_small"
    assert "Only 1 coached and 5 comparison schools" in error.message("en")


def test_no_school_left_names_the_rule(assessment):
    error = _analysis_error(assessment, ROSTER, CoachingParams(poverty_quintiles=(5,)))
    assert error.key == "empty_universe"
    assert "«Quintil de pobreza»" in error.message("es")


def test_subject_missing_in_a_year(assessment):
    error = _analysis_error(assessment, ROSTER, CoachingParams(endline=2014))
    assert error.key == "subject_missing_year"
    assert error.message("en") == ("The assessment table has no reading comprehension results for 2014; choose "
                                   "years when it was assessed.")
    assert _analysis_error(assessment, ROSTER, CoachingParams(subject="reading_l2")).key == "subject_missing_year"


def test_duplicate_results_and_missing_columns(assessment):
    assert _analysis_error(pd.concat([assessment, assessment.head(1)]), ROSTER).key == "duplicate_results"
    error = _analysis_error(assessment.drop(columns="poverty_quintile"), ROSTER)
    assert (error.key, error.values["columns"]) == ("missing_columns", "poverty_quintile")
    assert _analysis_error(assessment, ROSTER.drop(columns="coached")).key == "missing_columns"


def _regional(gains: dict[tuple[str, str], tuple[int, float]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Schools of each (region, group) with a fixed gain, so the regional differences are known exactly."""
    rows, roster, number = [], [], 0
    for (region, group), (count, gain) in gains.items():
        for _ in range(count):
            number += 1
            school = f"{number:07d}"
            rows += _results(school, {2010: 400.0 + number, 2013: 400.0 + number + gain}, region_code=region)
            if group == "coached":
                roster += [(school, year, True) for year in (2011, 2012, 2013)]
    return pd.DataFrame(rows), pd.DataFrame(roster, columns=["school_id", "year", "coached"])


def test_gain_by_region_lists_every_region_and_flags_small_ones():
    assessment, roster = _regional({("01", "coached"): (12, 30.0), ("01", "comparison"): (15, 10.0),
                                    ("02", "coached"): (3, 50.0), ("02", "comparison"): (20, 5.0),
                                    ("25", "coached"): (10, 12.0), ("25", "comparison"): (10, 20.0)})
    table = gain_by_region(assessment, roster, CoachingParams(region_code="02"))  # the region filter is ignored
    assert table["region_code"].tolist() == list(REGION_CODES)  # code order: regions are never ranked
    by_region = table.set_index("region_code")
    assert by_region.loc["01", ["coached_schools", "comparison_schools"]].tolist() == [12, 15]
    assert by_region.loc["01", ["coached_gain", "comparison_gain", "gain_difference"]].tolist() == pytest.approx(
        [30.0, 10.0, 20.0])
    assert by_region.loc["25", "gain_difference"] == pytest.approx(-8.0)
    assert by_region.loc["02", ["coached_schools", "comparison_schools", "status"]].tolist() == [3, 20, "too_few"]
    assert np.isnan(by_region.loc["02", "gain_difference"])
    assert by_region.loc["03", ["coached_schools", "comparison_schools", "status"]].tolist() == [0, 0, "too_few"]
    assert (table["status"] == "ok").sum() == 2
    assert gain_by_region(assessment, roster, min_schools=3).set_index("region_code").loc["02", "status"] == "ok"


def test_gain_by_region_in_percentage_points_and_with_nobody_left(assessment):
    table = gain_by_region(assessment, ROSTER, CoachingParams(measure="pct_proficient"), min_schools=1)
    assert table.set_index("region_code").loc["05", "gain_difference"] == pytest.approx(0.0)
    empty = gain_by_region(assessment, ROSTER, CoachingParams(poverty_quintiles=(5,)))
    assert set(empty["status"]) == {"too_few"} and empty["coached_schools"].sum() == 0


def _two_groups(coached_endline, size: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`size` coached schools (endline = coached_endline(baseline)) and 20 comparison schools with random results."""
    rng = np.random.default_rng(5)
    rows, roster = [], []
    for number in range(1, size + 21):
        school, start = f"{number:07d}", float(rng.normal(500, 40))
        coached = number <= size
        rows += _results(school, {2010: start, 2013: coached_endline(start) if coached else start + rng.normal(9, 20)})
        roster += [(school, year, True) for year in (2011, 2012, 2013) if coached]
    return pd.DataFrame(rows), pd.DataFrame(roster, columns=["school_id", "year", "coached"])


def test_results_that_never_vary_are_refused():
    error = _analysis_error(*_two_groups(lambda start: start + 15.0))  # every coached school gains exactly 15
    assert error.key == "no_variation"
    assert "«Acompañadas»" in error.message("es")


def test_a_singular_covariance_leaves_the_interaction_unread():
    result = coaching_impact(*_two_groups(lambda start: 2 * start - 480.0))  # endline exactly linear in baseline
    assert result.assumptions.box_m is None
    assert not result.verdict.interaction_interpretable
    assert result.verdict.reasons[0] == "box_m_not_computable"
    assert "Box's test cannot be computed" in render_verdict(result.verdict, "en")
    assert json.loads(json.dumps(result.to_dict(), allow_nan=False))["assumptions"]["box_m"] is None
