"""The programme view: the paper's Table 17 from the demo regions, the history in dollars, the loan's indicator."""
from __future__ import annotations

import pytest

from dashboard.programme.demo import demo_program_regions
from dashboard.programme.reference import load_reference
from dashboard.views import programme
from dashboard.views.programme import ProgrammeState
from tests.unit.views.conftest import dataset_of


@pytest.fixture(scope="module")
def programme_data():
    tables = {"program_regions": demo_program_regions(), "results_framework": load_reference("results_framework"),
              "program_national": load_reference("program_national")}
    return dataset_of(tables, "programme", synthetic=True)


def test_table_17_as_the_paper_prints_it(programme_data):
    view = programme.regions_view(programme_data, ProgrammeState(lang="en"))
    summary = view.tables[0]
    assert summary.rows[0] == ["Teachers per coach", "24", "6.00", "9.71", "7.83", "1.12"]  # Sempé, Table 17
    assert len(view.csv["ratios"]) == 24  # Callao left out, as in the paper
    assert set(view.figures) == {"scatter", "ratio_bars"}


def test_the_history_in_dollars(programme_data):
    view = programme.history_view(programme_data, ProgrammeState(currency="usd"))
    first = view.csv["history"].set_index("year").loc[2008]
    assert first["expenditure_usd"] == pytest.approx(5602207.10 / 2.926)  # soles at 2.926 per dollar in 2008


def test_the_loan_indicator_as_printed(programme_data):
    view = programme.results_view(programme_data, ProgrammeState(lang="en", indicator="pdo3"))
    table = view.tables[0]
    assert ["2014", "15000", "15334"] in table.rows  # school principal positions staffed in 2014: target, actual
    assert table.rows[-1][2] == "–"


def test_each_csv_names_its_source_and_the_synthetic_regions(programme_data):
    state = ProgrammeState(lang="en", ratio="students_per_coach")
    ratios = programme.regions_view(programme_data, state).provenance_of("ratios")
    assert ratios["View"] == "?lang=en&ratio=students_per_coach" and "Synthetic data" in ratios
    history = programme.history_view(programme_data, state).provenance_of("history")
    assert "Synthetic data" not in history


def test_the_whole_page_and_an_address_asking_for_a_table_that_is_not_a_survey(programme_data):
    whole = programme.programme_view(programme_data, ProgrammeState())
    assert set(whole.figures) == {"history", "expenditure", "scatter", "ratio_bars", "focalisation", "disbursements",
                                  "teacher_views", "results"}
    state, notices = ProgrammeState.from_query({"survey": "17"})
    assert state.survey == 16 and notices[0].param == "survey"


def test_missing_tables_are_figures_that_say_so():
    view = programme.regions_view(dataset_of({}, "no-programme"), ProgrammeState(lang="en"))
    said = view.figures["scatter"].layout.annotations[0].text.replace("<br>", " ")
    assert said.startswith("The data in use does not include") and "program_regions" not in said
    assert view.tables == []
