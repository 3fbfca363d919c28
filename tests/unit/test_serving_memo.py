"""The worker's memory of slow results: reused within a data version, never across versions, bounded; and the
warm-up that fills it when a request loads a dataset."""
from __future__ import annotations

import threading
import time

import pytest

import dashboard.stats
from dashboard import serving
from dashboard.views.coaching import CoachingState, coaching_view
from tests.unit.stats.conftest import correlated_pair, paper_frames
from tests.unit.views.conftest import dataset_of


@pytest.fixture(autouse=True)
def empty_memory():
    serving._recent.clear()
    yield
    serving._recent.clear()


def paper_data(version: str, coached_baseline: float):
    """Table 7's reading scores (the coached schools' 2010 mean set by the caller), as data version `version`."""
    groups = {
        "comparison": correlated_pair(9573, (494.058036, 64.7428249), (508.750210, 62.9433574), 21211627.08, 1),
        "coached": correlated_pair(303, (coached_baseline, 62.2278580), (528.582513, 68.8550272), 754781.653, 2),
    }
    assessment, coaching = paper_frames(groups, "reading", "mean_score")
    return dataset_of({"assessment": assessment, "coaching": coaching}, version)


def coached_2010_mean(data) -> float:
    view = coaching_view(data, CoachingState(), memo=serving.memoised)
    return view.csv["before_after"].set_index(["year", "group"]).loc[(2010, "coached"), "mean"]


def test_a_result_is_computed_once_per_key():
    calls = []
    assert serving.memoised("k", lambda: calls.append(1) or 41) == 41
    assert serving.memoised("k", lambda: calls.append(1) or 42) == 41
    assert len(calls) == 1


def test_a_new_data_version_is_never_served_the_old_result():
    first, second = paper_data("memo-v1", 491.711450), paper_data("memo-v2", 480.0)
    assert coached_2010_mean(first) == pytest.approx(491.711450)  # Table 7
    assert coached_2010_mean(second) == pytest.approx(480.0)
    assert coached_2010_mean(first) == pytest.approx(491.711450)  # and the first version still gets its own


def test_a_result_being_computed_is_waited_for_not_computed_again():
    started, release, calls = threading.Event(), threading.Event(), []

    def slow():
        calls.append(1)
        started.set()
        release.wait(5)
        return "result"

    first = threading.Thread(target=serving.memoised, args=("slow", slow))
    first.start()
    started.wait(5)
    answers = []
    second = threading.Thread(target=lambda: answers.append(serving.memoised("slow", slow)))
    second.start()
    time.sleep(0.2)  # time for the second asker to reach the result's lock while the first still computes
    release.set()
    first.join(5), second.join(5)
    assert answers == ["result"] and len(calls) == 1


def test_the_memory_keeps_only_the_most_recent_results(monkeypatch):
    monkeypatch.setattr(serving, "RECENT_RESULTS", 2)
    for key in ("a", "b", "a", "c"):  # "a" used again, so "b" is the oldest when "c" arrives
        serving.memoised(key, lambda key=key: key.upper())
    assert list(serving._recent) == ["a", "c"]


def test_warming_computes_the_coaching_page_as_it_first_opens(monkeypatch):
    data = paper_data("memo-warm", 491.711450)
    serving.warm(data)
    analyses = []
    real = dashboard.stats.universe_impact
    monkeypatch.setattr(dashboard.stats, "universe_impact", lambda *a, **k: analyses.append(1) or real(*a, **k))
    assert coached_2010_mean(data) == pytest.approx(491.711450)
    assert analyses == []  # the request found the warmed result
    coaching_view(data, CoachingState(region="05"), memo=serving.memoised)
    assert analyses == [1]  # another choice of region is computed on demand


def test_only_a_request_starts_a_warm_up():
    assert serving.warm_in_background(paper_data("memo-cli", 491.711450)) is None
