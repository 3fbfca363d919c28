"""The parity view: the GPI line (both variants), the regional heat map's numbers, and filters set aside."""
from __future__ import annotations

import math

import pytest

from dashboard.views.parity import ParityState, parity_view, unavailable_indicators


def test_gpi_of_the_gross_enrolment_ratio_by_hand(explorer_data):
    view = parity_view(explorer_data, ParityState(lang="en", indicator="gross_enrolment_ratio"))
    line = view.csv["parity"].set_index("year")["value"]
    # girls 114 pupils / 180 children, boys 108 / 180: GPI = 114 / 108
    assert line[2000] == pytest.approx(114 / 108) and math.isnan(line[2002])
    heatmap = view.csv["heatmap"].query("year == 2000").set_index("region_name")["value"]
    # Puno: girls (36 + 42) / 120, boys 72 / 120 -> 78 / 72; Callao: 36 / 36
    assert heatmap.to_dict() == pytest.approx({"Puno": 78 / 72, "Callao": 1.0})
    assert view.title == "Gender parity: Gross enrolment ratio in primary education"
    assert set(view.figures) == {"parity", "heatmap"} and view.hints == []


def test_the_adjusted_gpi_is_symmetric_around_parity(explorer_data):
    view = parity_view(explorer_data, ParityState(lang="en", indicator="gross_enrolment_ratio", adjusted=True))
    # girls ahead: 2 - 108 / 114
    assert view.csv["parity"]["value"].iloc[0] == pytest.approx(2 - 108 / 114)
    assert view.csv["parity"]["adjusted"].all()
    # the dashed line is the other variant, named: the simple index 114 / 108
    dashed = next(trace for trace in view.figures["parity"].data if trace.line.dash == "dash")
    assert dashed.name == "Simple GPI (female / male)" and dashed.y[0] == pytest.approx(114 / 108)


def test_management_is_set_aside_when_the_tables_cannot_split_by_it(explorer_data):
    view = parity_view(explorer_data, ParityState(lang="en", indicator="gross_enrolment_ratio", management="public"))
    assert not view.management_allowed and len(view.hints) == 1 and "management" in view.hints[0]
    assert view.csv["parity"]["value"].iloc[0] == pytest.approx(114 / 108)  # the filter was not applied


def test_indicators_without_a_sex_split_in_the_tables_are_named(explorer_data):
    reasons = unavailable_indicators(explorer_data, "en")
    assert "adult_literacy_rate" in reasons and "gross_enrolment_ratio" not in reasons
    view = parity_view(explorer_data, ParityState(lang="en", indicator="adult_literacy_rate"))
    assert view.csv == {} and view.hints == [reasons["adult_literacy_rate"]]
