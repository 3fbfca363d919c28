"""Indicators from national tables: splits only where every input has them; published values beside computed."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.figures.trends import trend_chart
from dashboard.indicators import IndicatorEngine, IndicatorUnavailable
from dashboard.indicators.published import published_series, with_published

# Hand-made national figures: 6-11-year-olds 600 girls + 620 boys; 610 girls + 630 boys enrolled in primary.
POPULATION = pd.DataFrame({
    "year": [2000] * 12 + [2001] * 2,
    "sex": ["F", "M"] * 7,
    "age": [6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 6, 6],
    "population": [100.0, 110, 100, 102, 100, 102, 100, 102, 100, 102, 100, 102, 99, 98],
})
ENROLMENT = pd.DataFrame({"year": [2000, 2000, 2000], "sex": ["F", "M", "F"],
                          "level": ["primary", "primary", "preschool"], "enrolled": [610.0, 630, 90]})
TEACHERS = pd.DataFrame({"year": [2000], "level": ["primary"], "teachers": [40.0]})
PUBLISHED = pd.DataFrame({
    "indicator_id": ["gross_enrolment_ratio", "gross_enrolment_ratio", "gross_enrolment_ratio",
                     "gross_enrolment_ratio", "gross_enrolment_ratio_gpi", "net_enrolment_ratio"],
    "year": [2000, 2000, 2000, 1999, 2000, 2000],
    "value": [101.0, 102.5, 99.9, 98.0, 0.98, 95.0],
    "source": ["WB 2019", "WB 2019", "UIS 2024", "WB 2019", "WB 2019", "WB 2019"],
    "sex": [np.nan, "F", np.nan, np.nan, np.nan, np.nan],
})
TABLES = {"population": POPULATION, "enrolment": ENROLMENT, "teachers": TEACHERS, "indicator_values": PUBLISHED}


def test_national_counts_give_national_and_sex_values():
    engine = IndicatorEngine(TABLES)
    total = engine.compute("gross_enrolment_ratio", ("year",))
    assert total["value"].tolist() == pytest.approx([1240 / 1220 * 100])  # 2001 has no enrolment: not computed
    girls = engine.compute("gross_enrolment_ratio", ("year", "sex"), filters={"sex": "F"})
    assert girls["value"].tolist() == pytest.approx([610 / 600 * 100])
    assert engine.compute("pupil_teacher_ratio")["value"].tolist() == pytest.approx([1240 / 40])


def test_a_split_an_input_lacks_is_refused_in_plain_words():
    with pytest.raises(IndicatorUnavailable) as error:
        IndicatorEngine(TABLES).compute("gross_enrolment_ratio", ("year", "area"))
    assert "la matrícula cargada no distingue área" in error.value.text("es")
    assert "the loaded enrolment does not distinguish area" in error.value.text("en")
    assert "area" not in error.value.text("es").replace("área", "")  # no column name in Spanish


def test_an_indicator_whose_input_lacks_a_column_is_unavailable_not_zero():
    engine = IndicatorEngine(TABLES)
    with pytest.raises(IndicatorUnavailable) as error:
        engine.compute("net_enrolment_ratio")
    assert "la matrícula cargada no distingue edad" in error.value.text("es")
    assert "the loaded enrolment does not distinguish age" in error.value.text("en")
    assert "net_enrolment_ratio" not in engine.available() and "gross_enrolment_ratio" in engine.available()
    assert engine.why_unavailable("net_enrolment_ratio").reason == "input_lacks_split"
    with pytest.raises(IndicatorUnavailable, match="the loaded enrolment does not distinguish grade"):
        engine.compute("repetition_rate", ("year", "grade"))
    with pytest.raises(IndicatorUnavailable) as error:
        engine.compute("qualified_teachers_pct")
    assert "la tabla de docentes cargada no informa los docentes con la titulación requerida" in error.value.text(
        "es")


def test_published_series_picks_the_cells_of_the_request():
    national = published_series(TABLES, "gross_enrolment_ratio", ("year",))
    # the first release listed wins where two publish the same cell; the girls' figure is another cell
    assert national[["year", "published", "published_source"]].values.tolist() == [
        [1999, 98.0, "WB 2019"], [2000, 101.0, "WB 2019"]]
    girls = published_series(TABLES, "gross_enrolment_ratio", ("year", "sex"))
    assert girls[["year", "sex", "published"]].values.tolist() == [[2000, "F", 102.5]]
    assert published_series(TABLES, "gross_enrolment_ratio", ("year",), gpi=True)["published"].tolist() == [0.98]
    assert published_series(TABLES, "gross_enrolment_ratio", ("year", "area")).empty


def test_computed_beside_published_with_origin_and_difference():
    computed = IndicatorEngine(TABLES).compute("gross_enrolment_ratio", ("year",))
    both = with_published(computed, published_series(TABLES, "gross_enrolment_ratio", ("year",)), ["year"])
    assert both["year"].tolist() == [1999, 2000]
    assert both["origin"].tolist() == ["published", "computed"]
    assert both["value"].tolist() == pytest.approx([98.0, 1240 / 1220 * 100])
    assert both["difference"].iloc[1] == pytest.approx(1240 / 1220 * 100 - 101.0)
    assert np.isnan(both["difference"].iloc[0])


def test_trend_chart_draws_the_published_reference_dashed_with_the_difference():
    computed = IndicatorEngine(TABLES).compute("gross_enrolment_ratio", ("year",)).assign(series="national")
    published = published_series(TABLES, "gross_enrolment_ratio", ("year",)).assign(series="national")
    figure = trend_chart(computed, title="GER", y_title="%", lang="en", years=(1999, 2000), published=published)
    dashed = [trace for trace in figure.data if trace.line.dash == "dash"]
    assert len(dashed) == 1 and list(dashed[0].y) == [98.0, 101.0]
    assert "Source: WB 2019" in dashed[0].customdata[1][0]
    assert f"Computed − published: {1240 / 1220 * 100 - 101:+.1f}" in dashed[0].customdata[1][0]
    plain = trend_chart(computed, title="GER", y_title="%", lang="en", years=(1999, 2000))
    assert all(trace.line.dash != "dash" for trace in plain.data)
