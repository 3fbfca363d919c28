"""The home view's headline figures and the data view's tables in service, by hand."""
from __future__ import annotations

import pytest

from dashboard.views.data import DataState, data_view, moment, origin_text, year_span
from dashboard.views.home import HomeState, home_view


def test_headline_figures_latest_year_and_change_since_2000(explorer_data):
    view = home_view(explorer_data, HomeState(lang="en"))
    by_id = {item["id"]: item for item in view.headlines}
    ner, ger = by_id["net_enrolment_ratio"], by_id["gross_enrolment_ratio"]
    assert (ner["value"], ner["year"], ner["change"], ner["base_year"]) == (pytest.approx(50.0), 2003, 0.0, 2000)
    # every cell 36 / 60 except Puno's rural girls, 42 / 60: (36 × 5 + 42) / (60 × 6) = 222 / 360
    assert ger["value"] == pytest.approx(100 * 222 / 360) and ger["unit"] == " %"
    literacy = by_id["adult_literacy_rate"]  # said in words, never by the table's name
    assert "does not include" in literacy["missing"] and "literacy" not in literacy["missing"]
    assert literacy["value"] is None
    assert view.version == explorer_data.fingerprint and not view.synthetic
    assert [line["table"] for line in view.loaded] == ["population", "enrolment"]


def test_the_tables_in_service_in_words(explorer_data):
    view = data_view(explorer_data, DataState(lang="en"))
    assert view.kind == "data.kind_real"
    population = view.tables_in_service[0]
    # 3 years × 3 cells × 2 sexes × 6 ages
    assert (population["table"], population["rows"], population["years"]) == ("population", "108", "2000–2003")
    assert population["origin"] == origin_text({"origin": "initial"}, "en")
    assert len(view.figures["coverage"].data) == 2


def test_years_and_moments_in_words():
    assert (year_span(None, None), year_span(2010, 2010), year_span(2000, 2003)) == ("–", "2010", "2000–2003")
    assert moment(0) == "1970-01-01 00:00 UTC" and moment("not a date") == "not a date"
    assert origin_text({"origin": "demo", "carried_over": False}, "en") != origin_text({"origin": "initial"}, "en")
