"""Where Peru lags on the home page, worked by hand on the explorer's small dataset.

Callao urban and Puno urban + rural, 2000, 2001 and 2003; NER 50 % everywhere; GER 60 % except Puno's rural
girls, 70 % (tests/unit/test_explorer.py works every cell out).
"""
from __future__ import annotations

import pytest

from dashboard.views.home import HomeState, furthest_behind, home_view, sparkline_svg


def test_regions_furthest_behind_are_the_lowest_of_the_latest_year(explorer_data):
    view = home_view(explorer_data, HomeState(lang="en"))
    ger = {item["id"]: item for item in view.headlines}["gross_enrolment_ratio"]
    # Callao: 36 / 60 = 60 %; Puno: urban 36 + 36, rural 36 + 42 over 4 × 60 = 150 / 240 = 62.5 %
    assert [(r["region"], r["value"]) for r in ger["behind"]] == [("Callao", pytest.approx(60.0)),
                                                                   ("Puno", pytest.approx(62.5))]
    assert ger["trend"] == [(2000, pytest.approx(100 * 222 / 360)), (2001, pytest.approx(100 * 222 / 360)),
                            (2003, pytest.approx(100 * 222 / 360))]
    assert (ger["change"], ger["base_year"]) == (pytest.approx(0.0), 2000)


def test_cards_link_to_the_matching_view_keeping_language_data_and_presentation(explorer_data):
    view = home_view(explorer_data, HomeState(lang="en", present=True, data="demo"))
    by_id = {item["id"]: item for item in view.headlines}
    assert by_id["gross_enrolment_ratio"]["links"] == {
        "trends": "/trends?lang=en&present=1&data=demo&indicator=gross_enrolment_ratio",
        "maps": "/maps?lang=en&present=1&data=demo&indicator=gross_enrolment_ratio&year=2003",
    }
    # no literacy table: no value, no regions, and the card still offers the national trend
    assert by_id["adult_literacy_rate"]["links"] == {
        "trends": "/trends?lang=en&present=1&data=demo&indicator=adult_literacy_rate"}
    assert by_id["pct_mastering_competencies"]["detail"] == "Reading comprehension, grade 2 of primary"
    spanish = home_view(explorer_data, HomeState())
    assert {i["id"]: i for i in spanish.headlines}["pct_mastering_competencies"]["detail"] == \
        "Comprensión lectora, 2.º de primaria"


def test_one_region_cannot_be_ranked(explorer_data):
    from dashboard.engines import engine_for
    from tests.unit.test_explorer import tables
    from tests.unit.views.conftest import dataset_of

    callao_only = {name: frame[frame["region_code"] == "07"] for name, frame in tables().items()}
    assert furthest_behind(engine_for(dataset_of(callao_only, "callao")), "gross_enrolment_ratio", 2003) == []
    assert len(furthest_behind(engine_for(explorer_data), "gross_enrolment_ratio", 2003)) == 2


def test_sparkline_spans_its_box_from_first_to_last_year():
    # 120 × 32 box with 3 px padding: x from 3 to 117, the lowest value at y 29, the highest at y 3
    svg = sparkline_svg([(2000, 10.0), (2005, 30.0), (2010, 20.0)])
    assert 'points="3.0,29.0 60.0,3.0 117.0,16.0"' in svg and '<circle cx="117.0" cy="16.0"' in svg
    assert sparkline_svg([(2000, 10.0)]) == ""
