"""The maps view and the region profile: each region's value in the year shown, the CSV of every year, the link."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from dashboard.views.maps import MapsState, maps_view, opening_year, profile_view, trends_link, year_marks
from tests.unit.views.conftest import dataset_of


@pytest.fixture(scope="module")
def ica_callao():
    """Ica urban and rural, Callao urban only, 2010-2011 (tests/unit/figures/test_maps.py works the cells out)."""
    from tests.unit.figures.test_maps import hand_tables

    return dataset_of(hand_tables(), "ica-callao")


def test_the_map_of_a_year_and_its_csv(ica_callao):
    view = maps_view(ica_callao, MapsState(lang="en", year=2011))
    table = view.csv["map"]
    in_2011 = table[table["year"] == 2011].set_index("region_code")["value"]
    # Ica: (108 + 102) × 2 sexes / (240 × 2) = 87.5 %; Callao 114 / 120 = 95 %; the other 23 regions: no data
    assert in_2011["11"] == pytest.approx(87.5) and in_2011["07"] == pytest.approx(95.0)
    assert in_2011.isna().sum() == 23 and len(table) == 2 * 25
    assert view.year == 2011 and view.title == "Net enrolment ratio in primary education by region"
    assert view.provenance["View"] == "?lang=en&year=2011"


def test_the_gap_view_leaves_callao_without_a_value(ica_callao):
    view = maps_view(ica_callao, MapsState(view="gap", year=2011))
    gaps = view.csv["map"].query("year == 2011").set_index("region_code")["value"]
    assert gaps["11"] == pytest.approx(90.0 - 85.0) and math.isnan(gaps["07"])  # Callao has no rural area


def test_the_map_opens_on_the_nearest_year_with_data(ica_callao):
    assert opening_year(ica_callao, MapsState(year=2030)) == 2011
    assert opening_year(ica_callao, MapsState()) == 2011


def test_a_profile_needs_a_region_and_links_to_its_trends(ica_callao):
    empty = profile_view(ica_callao, MapsState(lang="en"))
    assert empty.title == "Region profile" and empty.link == "/trends" and empty.link_text == ""
    view = profile_view(ica_callao, MapsState(lang="en", region="11", year=2010))
    lines = {trace.name: list(trace.y) for trace in view.figures["profile"].data}
    assert lines["Ica"] == pytest.approx([85.0, 87.5])  # 2010: (108 + 96) / 240; 2011: (108 + 102) / 240
    assert view.title == "Ica against the national figure"
    assert view.link == "/trends?lang=en&compare=region_code&regions=11"


def test_the_trends_link_keeps_the_filters_and_the_data():
    state = MapsState(data="demo", indicator="repetition_rate", grade=3, sex="F")
    assert trends_link(state, "21") == "/trends?data=demo&indicator=repetition_rate&compare=region_code&regions=21" \
                                      "&sex=F&grade=3"


def test_the_year_slider_labels_the_ends_and_every_fifth_year_between():
    marks = year_marks([1990, 1991, 1992, 1993, 1995, 2000, 2005, 2008, 2009, 2010])
    # A tick for every year with data (1994 has none); 1995, 2000 and 2005 are labelled; 2010 is 2 years from the
    # end, so only the end's own label shows there; 1990 and 2010 are the ends.
    assert marks == {1990: "1990", 1991: "", 1992: "", 1993: "", 1995: "1995", 2000: "2000", 2005: "2005",
                     2008: "", 2009: "", 2010: "2010"}
    assert year_marks([]) == {}


def test_the_on_screen_table_holds_the_year_shown_and_a_lone_map_has_no_name_column():
    from dashboard.views.maps import rows_of_year

    table = pd.DataFrame({"year": [2010, 2010, 2011], "region_code": ["01", "02", "01"], "value": [1.0, 2.0, 3.0]})
    assert rows_of_year(table, 2010)["value"].tolist() == [1.0, 2.0]
    assert rows_of_year(table, 1990)["value"].tolist() == [3.0]  # not in the table: the latest year
    assert rows_of_year(table, None)["year"].unique().tolist() == [2011]


def test_a_lone_map_has_no_empty_name_column_in_its_csv():
    from tests.unit.figures.test_maps import hand_tables

    assert "map" not in maps_view(dataset_of(hand_tables(), "ica-callao-2"), MapsState()).csv["map"].columns
