"""The cohort view: the reconstructed cohort's big numbers, words and CSV for a group, and a year without cohort."""
from __future__ import annotations

import pytest

from dashboard.views.cohort import NO_CAP, CohortState, cohort_view, group_words, opening_year


def test_the_girls_cohort_of_2020_by_hand(tiny_data):
    view = cohort_view(tiny_data, CohortState(lang="en", year=2020, sex="F"))
    # girls, 5 × 100 per grade in 2020; 2021: grade 2 holds 5 × 82 of whom 5 × 10 repeat, grade 1 has 5 × 20 repeaters
    # p1 = (410 - 50) / 500 = 0.72, r1 = 100 / 500 = 0.2: 1000 × 0.72 / 0.8 = 900 move on from grade 1
    # p2 = (455 - 50) / 500 = .81, r2 = .1; p3 = 450 / 500 = .9, r3 = .1; p4 = .9, r4 = 0
    # survival to grade 5 = (.72 / .8) (.81 / .9) (.9 / .9) (.9 / 1) = 72.9 %
    survival = next(item for item in view.numbers if item["key"] == "survival")
    assert survival["value"] == "72.9" and survival["unit"] == "%"
    table = view.csv["cohort"].set_index("grade")
    assert table.loc[1, "enrolled"] == 500 and table.loc[1, "moved_on"] == pytest.approx(900.0)
    assert view.title == "Cohort of 1,000 pupils entering grade 1 in 2020"
    assert view.subtitle.startswith("Whole country, female. Rates from 2020 and 2021.")
    assert view.provenance["View"] == "?lang=en&year=2020&sex=F"
    assert "Synthetic data" in view.provenance  # the dataset is marked as the demo


def test_without_repetition_the_repeaters_drop_out(tiny_data):
    capped = cohort_view(tiny_data, CohortState(lang="en", year=2020, sex="F", cap=0))
    # survival to grade 5 = p1 p2 p3 p4 = .72 × .81 × .9 × .9 = 47.2 %
    assert capped.numbers[0]["value"] == "47.2"
    assert "Cap on repetitions per pupil: 0" in capped.subtitle


def test_a_year_without_the_next_one_has_no_cohort(tiny_data):
    view = cohort_view(tiny_data, CohortState(lang="en", year=None))
    assert view.numbers == [] and view.csv == {} and "enrolment" in view.hints[0]
    assert opening_year(tiny_data, CohortState(year=2030)) == 2020


def test_the_group_in_words_and_the_cap_control():
    assert group_words(CohortState(region="21", area="rural", sex="F"), "es") == "Puno, rural, mujeres"
    assert CohortState.from_controls({"year": 2020, "region": None, "area": "", "sex": "", "cap": NO_CAP},
                                     {"lang": "es", "present": False}).cap is None
