"""The synthetic demo directory: complete, valid, byte-identical for a seed, and calibrated to the seeds' figures."""
from __future__ import annotations

import hashlib

import numpy as np
import pytest

from dashboard.contract import TABLES, load_directory
from dashboard.demo import write_demo


def digests(directory) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return write_demo(tmp_path_factory.mktemp("demo") / "a", scale="demo", fmt="csv")


def test_every_table_is_written_valid_and_marked_synthetic(demo):
    data = load_directory(demo)
    assert set(data.tables) == set(TABLES)
    assert data.is_demo and data.warnings == ()
    assert data.metadata["tables"]["program_national"]["origin"] == "published"


def test_same_seed_gives_byte_identical_files(demo, tmp_path):
    again = write_demo(tmp_path / "b", scale="demo", fmt="csv")
    assert digests(again) == digests(demo)


def weighted_share(rows) -> float:
    return 100 * np.average(rows["pct_proficient"], weights=rows["students_assessed"])


def test_ece_reading_matches_the_published_national_and_rural_figures(demo):
    ece = load_directory(demo).table("assessment")
    reading = ece[ece["subject"] == "reading"]
    national = {y: weighted_share(reading[reading["year"] == y]) for y in (2009, 2013)}
    rural = {y: weighted_share(reading[(reading["year"] == y) & (reading["area"] == "rural")]) for y in (2009, 2013)}
    # Coaching appraisal, section 1: 23.1 % and 33.0 % nationally, 11.6 % and 10.4 % in rural areas.
    assert national[2009] == pytest.approx(23.1, abs=0.3) and national[2013] == pytest.approx(33.0, abs=0.3)
    assert rural[2009] == pytest.approx(11.6, abs=0.4) and rural[2013] == pytest.approx(10.4, abs=0.4)


def test_census_tells_the_expected_stories(demo):
    data = load_directory(demo)
    literacy = data.table("literacy").groupby("year")[["literate", "population"]].sum()
    adult = 100 * literacy["literate"] / literacy["population"]
    assert adult[1990] == pytest.approx(87, abs=1) and adult[2025] == pytest.approx(94, abs=1)
    primary = data.table("enrolment").query("level == 'primary'")
    population = data.table("population").query("6 <= age <= 11").groupby("year")["population"].sum()
    gross = 100 * primary.groupby("year")["enrolled"].sum() / population
    assert (gross > 100).all()  # over-age pupils and repeaters keep the GER above 100 %
    repeaters = primary.groupby("year")["repeaters"].sum() / primary.groupby("year")["enrolled"].sum()
    assert repeaters[2025] < repeaters[1991] / 2  # repetition falls


def test_coaching_story_matches_the_appraisal_and_shows_the_rebound(demo):
    from dashboard.stats.analysis import coaching_impact
    from dashboard.stats.impact import event_study, impact_panel
    from dashboard.stats.params import CoachingParams

    data = load_directory(demo)
    ece, roster = data.table("assessment"), data.table("coaching")
    verdict = coaching_impact(ece, roster, CoachingParams()).verdict
    # Appraisal, Tables 7 and 8: no difference in 2010 (p = .534), an interaction of 22.2 points by 2013.
    assert verdict.baseline_difference_p > 0.05
    assert verdict.effect == pytest.approx(22.2, abs=2.5)
    # The demo's selection: coached schools had a bad 2010, so they differ from the others only in that year.
    panel = impact_panel(ece, roster, CoachingParams())
    study = event_study(panel.results, panel.start)
    assert study.pretrend_p < 0.05 and study.pre_equal_p > 0.05
