"""The coaching view on data with the paper's Table 7 statistics: its numbers, the paper's tables, the memo."""
from __future__ import annotations

import pytest

from dashboard.views.coaching import CoachingState, coaching_view
from tests.unit.stats.conftest import correlated_pair, paper_frames
from tests.unit.views.conftest import dataset_of


@pytest.fixture(scope="module")
def table7():
    """Reading mean scores with exactly Table 7's means, SDs and N (and Table 9's error terms)."""
    groups = {
        "comparison": correlated_pair(9573, (494.058036, 64.7428249), (508.750210, 62.9433574), 21211627.08, 1),
        "coached": correlated_pair(303, (491.711450, 62.2278580), (528.582513, 68.8550272), 754781.653, 2),
    }
    assessment, coaching = paper_frames(groups, "reading", "mean_score")
    return dataset_of({"assessment": assessment, "coaching": coaching}, "table7")


def test_the_view_reads_like_the_paper(table7):
    memo, asked = {}, []

    def remember(key, compute):
        asked.append(key)
        return memo.setdefault(key, compute())

    view = coaching_view(table7, CoachingState(), memo=remember)
    descriptives = view.csv["before_after"].set_index(["year", "group"])
    assert descriptives.loc[(2010, "coached"), "mean"] == pytest.approx(491.711450)
    assert descriptives.loc[(2013, "comparison"), "n"] == 9573
    assert "+22,2 puntos" in view.verdict and view.error == ""
    titles = [table.title for table in view.tables]
    assert titles[0] == "Universo y exclusiones (reglas en orden)" and len(titles) == 11
    within = view.tables[6]  # the paper's Table 9: tests of within-subjects effects
    # Table 9: 72236.914, F 32.471, p .000, partial eta squared .003, as a published report writes them
    assert within.rows[1] == ["Tiempo × acompañada", "72\u202f237", "1", "72\u202f237", "32,47", "< 0,001", "0,003"]
    assert set(view.figures) == {"before_after", "distribution", "regional_bars", "regional_map"}
    assert len(asked) == 2 and len(set(asked)) == 2  # the analysis and its regional breakdown, each under its key
    coaching_view(table7, CoachingState(), memo=remember)
    assert asked[2:] == asked[:2]  # the same view asks for the same results


def test_an_impossible_universe_is_said_in_words(table7):
    view = coaching_view(table7, CoachingState(lang="en", region="08"))  # every school is in Ayacucho (05)
    assert view.error.startswith("None of the 9876 assessed schools meets every rule") and "'Region'" in view.error
    assert view.tables == [] and view.csv == {}


def test_missing_tables_are_said_in_words():
    view = coaching_view(dataset_of({}, "empty"), CoachingState(lang="en"))
    assert view.error.startswith("The data in use does not include") and "coaching," not in view.error
    assert set(view.figures) == {"before_after", "distribution", "regional_bars", "regional_map"}
