"""The trends view: the chart's numbers, its title and CSV, and every choice it sets aside with a hint."""
from __future__ import annotations

import math

import pytest

from dashboard.views.trends import TrendsState, data_years, trends_view


def test_urban_and_rural_lines_with_their_numbers(explorer_data):
    view = trends_view(explorer_data, TrendsState(lang="en", indicator="gross_enrolment_ratio", compare="area"))
    table = view.csv["trends"]
    in_2000 = table[table["year"] == 2000].set_index("series")["value"]
    # rural: Puno only, (30 + 12 + 30 + 6) / 120 = 65 %; urban: 36 / 60 = 60 % in both regions
    assert in_2000.to_dict() == pytest.approx({"urban": 60.0, "rural": 65.0})
    assert math.isnan(table[(table["year"] == 2002) & (table["series"] == "urban")]["value"].iloc[0])  # a gap
    assert view.title == "Gross enrolment ratio in primary education, 2000–2003"
    assert set(table["series_name"]) == {"Urban", "Rural"}
    assert view.provenance["View"] == "?lang=en&indicator=gross_enrolment_ratio&compare=area"
    assert [trace.name for trace in view.figures["trends"].data] == ["Rural", "Urban"]


def test_change_since_a_year_is_zero_when_nothing_changed(explorer_data):
    view = trends_view(explorer_data, TrendsState(lang="en", since=2000))
    table = view.csv["trends"]
    assert table.loc[table["year"] == 2003, "change_since"].tolist() == pytest.approx([0.0])
    assert view.title == "Net enrolment ratio in primary education: change since 2000"


def test_a_year_without_data_cannot_be_the_base(explorer_data):
    view = trends_view(explorer_data, TrendsState(lang="en", since=2002))
    assert "change_since" not in view.csv["trends"] and len(view.hints) == 1 and "2002" in view.hints[0]


def test_choices_the_tables_cannot_take_are_set_aside(explorer_data):
    view = trends_view(explorer_data, TrendsState(lang="en", compare="management", management="public"))
    assert len(view.hints) == 2  # no management split in the population table: compare and filter both fall back
    assert set(view.csv["trends"]["series"]) == {"national"}


def test_a_missing_table_is_a_figure_that_says_so(explorer_data):
    view = trends_view(explorer_data, TrendsState(lang="en", indicator="adult_literacy_rate"))
    assert view.csv == {} and "literacy" in view.hints[0]
    assert "literacy" in view.figures["trends"].layout.annotations[0].text


def test_the_years_are_those_of_the_census_tables(explorer_data):
    assert data_years(explorer_data) == (2000, 2003)


def test_the_address_round_trips_through_the_state():
    state, notices = TrendsState.from_query({"indicator": "repetition_rate", "regions": "21,01", "years": "2000-2010",
                                             "data": "demo", "lang": "en"})
    assert notices == [] and state.regions == ("21", "01") and state.data == "demo"
    assert TrendsState.from_query(dict(p.split("=") for p in state.query()[1:].split("&")))[0] == state
    assert TrendsState().query() == "" and state.common_query() == "?lang=en&data=demo"
