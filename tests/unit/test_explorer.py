"""What the explorer pages ask of the engine: series with gaps kept, fallbacks with hints, urban-rural gaps."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard import explorer
from dashboard.indicators.engine import IndicatorEngine
from dashboard.views import maps

CELLS = [("07", "urban"), ("21", "urban"), ("21", "rural")]  # Callao has no rural area
YEARS = (2000, 2001, 2003)  # 2002 is missing: a gap, never a zero


def tables() -> dict[str, pd.DataFrame]:
    """10 people of each age 6-11 per cell and sex; 30 pupils aged 6 in grade 1 and 6 aged 12 in grade 2.

    So in every cell NER = 30 / 60 = 50 % and GER = 36 / 60 = 60 %; Puno's rural girls have 12 over-age pupils
    instead of 6, so their GER is 42 / 60 = 70 %.
    """
    population, enrolment = [], []
    for year in YEARS:
        for region, area in CELLS:
            for sex in ("F", "M"):
                population += [(year, region, area, sex, age, 10.0) for age in range(6, 12)]
                over_age = 12.0 if (region, area, sex) == ("21", "rural", "F") else 6.0
                enrolment.append((year, region, area, sex, "public", "primary", 1, 6, 30.0, 0.0, 30.0, 0.0, 0.0))
                enrolment.append((year, region, area, sex, "public", "primary", 2, 12, over_age, 0.0, 0.0, 0.0, 0.0))
    return {
        "population": pd.DataFrame(population, columns=["year", "region_code", "area", "sex", "age", "population"]),
        "enrolment": pd.DataFrame(enrolment, columns=[
            "year", "region_code", "area", "sex", "management", "level", "grade", "age", "enrolled", "repeaters",
            "new_entrants", "new_entrants_ecd", "graduates"]),
    }


@pytest.fixture(scope="module")
def engine():
    return IndicatorEngine(tables())


def test_national_series_keeps_the_missing_year_as_a_gap(engine):
    frame = explorer.trend_series(engine, "net_enrolment_ratio", "national", (), {}, (2000, 2003))
    assert list(frame["year"]) == [2000, 2001, 2002, 2003]
    assert frame["value"].iloc[[0, 1, 3]].tolist() == pytest.approx([50.0, 50.0, 50.0])
    assert np.isnan(frame["value"].iloc[2])


def test_urban_and_rural_series(engine):
    frame = explorer.trend_series(engine, "gross_enrolment_ratio", "area", (), {}, (2000, 2000))
    by_area = frame.set_index("series")["value"]
    # rural: Puno only, (30 + 12 + 30 + 6) / 120 = 65 %; urban: 60 % in both regions
    assert by_area.to_dict() == pytest.approx({"urban": 60.0, "rural": 65.0})


def test_regions_come_with_the_national_line(engine):
    frame = explorer.trend_series(engine, "gross_enrolment_ratio", "region_code", ("21",), {"sex": "F"}, (2001, 2001))
    values = frame.set_index("series")["value"]
    # girls: Callao 36/60, Puno urban 36/60, Puno rural 42/60 -> national 114/180, Puno 78/120
    assert values.to_dict() == pytest.approx({"national": 100 * 114 / 180, "21": 65.0})


def test_change_since_a_year(engine):
    frame = explorer.trend_series(engine, "net_enrolment_ratio", "national", (), {}, (2000, 2003))
    changed = explorer.change_since(frame, 2000)
    assert changed["value"].iloc[[0, 1, 3]].tolist() == pytest.approx([0.0, 0.0, 0.0])


def test_impossible_choices_fall_back_with_a_hint(engine):
    avail = explorer.availability(engine.tables, "net_enrolment_ratio", "en")
    assert "management" not in avail.allowed and "population" in avail.reasons["management"].lower()
    state = {"indicator": "net_enrolment_ratio", "compare": "management", "regions": (), "area": "",
             "sex": "", "management": "public", "grade": 3}
    view, hints = explorer.resolve_trends(avail, state, "en")
    assert (view["compare"], view["management"], view["grade"]) == ("national", "", 0)
    assert len(hints) == 2


def test_missing_table_is_reported_not_raised(engine):
    avail = explorer.availability(engine.tables, "adult_literacy_rate", "es")
    assert avail.missing == ("literacy",) and avail.allowed == ()


def test_urban_rural_gap_leaves_callao_without_a_value(engine):
    values = maps.regional_values(engine, "gross_enrolment_ratio", {}, by_area=True)
    gap = maps.area_gaps(values).query("year == 2000").set_index("region_code")["value"]
    assert np.isnan(gap["07"])
    assert gap["21"] == pytest.approx(60.0 - 65.0)
