"""Region maps: every region drawn, shapes named once whatever the number of frames, no data never shown as 0."""
from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import explorer
from dashboard.figures.maps import (
    HIGHLIGHT_COLOUR,
    NO_DATA_COLOUR,
    REGIONS_URL,
    MapPanel,
    choropleth_figure,
    colour_range,
    highlight_trace,
)
from dashboard.indicators.engine import IndicatorEngine
from dashboard.regions import REGION_CODES
from dashboard.views import maps as mapping

YEARS = (2010, 2011, 2012)


def values_frame(years=YEARS, value=lambda code, year: float(int(code)) + (year - 2010) / 10, flags=None):
    """Every region in every year: region 01 has 1.0 in 2010, 1.1 in 2011..., region 25 has 25.0 in 2010."""
    rows = [(year, code, value(code, year), (flags or {}).get((code, year), "")) for year in years
            for code in REGION_CODES]
    return pd.DataFrame(rows, columns=["year", "region_code", "value", "flag"])


def value_trace(figure, panel: int = 0):
    """The value trace of the panel-th map (the one on the shared colour axis)."""
    return [trace for trace in figure.data if trace.coloraxis][panel]


# ------------------------------------------------------------------ the figure


def test_a_map_draws_the_25_regions_with_the_values_of_the_year_shown():
    figure = choropleth_figure([MapPanel("", values_frame())], year=2011, unit="%", lang="es")
    trace = value_trace(figure)
    assert list(trace.locations) == list(REGION_CODES) and len(trace.locations) == 25
    assert trace.z[0] == pytest.approx(1.1) and trace.z[24] == pytest.approx(25.1)
    page = figure.data[-1].meta  # what the page's script reads: the year shown, every year, the bounds to fit
    assert page["year"] == 2011 and page["years"] == [2010, 2011, 2012] and page["fit"]["bounds"][0] == -81.328
    assert figure.layout.map.style == "white-bg" and not figure.layout.map.layers  # no tiles, no glyph layers


def test_the_shapes_are_named_once_per_map_and_never_in_the_frames():
    years = tuple(range(1990, 2026))
    figure = choropleth_figure([MapPanel("", values_frame(years))], year=2025, unit="%", lang="es")
    text = json.dumps(json.loads(figure.to_json()), ensure_ascii=False)  # Plotly writes '/' as '\\/'
    assert len(figure.frames) == 36
    assert text.count(REGIONS_URL) == 2  # the values and the outline name the same address; 36 frames add none
    assert "FeatureCollection" not in text  # the browser fetches the shapes once and keeps them
    for frame in figure.frames:
        assert {key for trace in frame.data for key, value in trace.to_plotly_json().items()
                if value is not None} <= {"type", "z", "customdata", "hovertemplate"}
        assert not frame.layout.to_plotly_json()
    assert len(text) < 60_000  # 36 years of 25 values with their hover texts


def test_frames_hold_each_year_and_no_control_is_inside_the_figure():
    figure = choropleth_figure([MapPanel("", values_frame())], year=2012, unit="%", lang="en")
    assert [frame.name for frame in figure.frames] == ["2010", "2011", "2012"]
    assert figure.frames[0].data[0].z[2] == pytest.approx(3.0)  # region 03 in 2010
    # The year slider and play button live on the page, so a PNG or SVG of the figure carries neither...
    assert not figure.layout.sliders and not figure.layout.updatemenus
    # ...but the year shown is written on the map (the page rewrites it when it shows another year).
    assert [a.text for a in figure.layout.annotations if a.name == "year"] == ["2012"]


def test_every_map_figure_passes_plotly_s_own_checks():
    """The figures are assembled without Plotly's property check (for speed); here it runs on all of them."""
    frame = values_frame(flags={("15", 2010): "over_100"})
    frame.loc[frame["region_code"] == "07", "value"] = np.nan
    for panels, diverging in (([MapPanel("", frame)], False), ([MapPanel("Urbana", frame), MapPanel("Rural", frame)],
                                                                False), ([MapPanel("", frame)], True)):
        for present in (False, True):
            figure = choropleth_figure(panels, year=2011, unit="%", lang="es", present=present, diverging=diverging)
            checked = go.Figure(json.loads(figure.to_json()))  # raises on any unknown property or bad value
            assert checked.layout.template.layout.font.color == "#2a3f5f"  # the house template went through
            assert len(checked.frames) == 3


def test_a_single_year_has_no_slider():
    figure = choropleth_figure([MapPanel("", values_frame((2015,)))], year=2015, unit="%", lang="es")
    assert not figure.frames and not figure.layout.sliders


def test_regions_without_a_value_are_grey_with_no_data_in_the_hover_never_zero():
    frame = values_frame()
    frame.loc[(frame["region_code"] == "07") & (frame["year"] == 2011), "value"] = np.nan
    figure = choropleth_figure([MapPanel("", frame)], year=2011, unit="%", lang="es")
    grey, values, _outline = figure.data
    assert math.isnan(values.z[6])  # Callao is left out of the coloured trace (NaN, never 0)...
    assert list(grey.locations) == ["07"] and grey.colorscale[0][1] == NO_DATA_COLOUR  # ...and drawn grey
    assert grey.hovertemplate == "<b>%{text}</b><br>2011: sin datos<extra></extra>" and list(grey.text) == ["Callao"]
    assert grey.showscale is False
    in_2010 = figure.frames[0].data
    assert list(in_2010[0].locations) == [] and in_2010[1].z[6] == pytest.approx(7.0)  # it has a value in 2010


def test_one_colour_scale_for_both_maps_and_every_year():
    urban = values_frame(value=lambda code, year: 90.0 + (year - 2010))
    rural = values_frame(value=lambda code, year: 70.0 + (year - 2010))
    figure = choropleth_figure([MapPanel("Urbana", urban), MapPanel("Rural", rural)], year=2010, unit="%", lang="es")
    assert (figure.layout.coloraxis.cmin, figure.layout.coloraxis.cmax) == (70.0, 92.0)
    assert value_trace(figure, 0).subplot == "map" and value_trace(figure, 1).subplot == "map2"
    assert figure.layout.coloraxis.colorbar.title.text == "%"
    assert [a.text for a in figure.layout.annotations] == ["<b>Urbana</b>", "<b>Rural</b>", "2010"]


def test_a_gap_scale_is_diverging_and_centred_on_zero():
    gaps = values_frame(value=lambda code, year: -4.0 if code == "09" else 10.0)
    figure = choropleth_figure([MapPanel("", gaps)], year=2010, unit="p. p.", lang="es", diverging=True)
    axis = figure.layout.coloraxis
    assert (axis.cmin, axis.cmid, axis.cmax) == (-10.0, 0.0, 10.0)
    assert axis.colorscale[0][1] == "rgb(127,59,8)"  # PuOr, colour-blind safe
    assert colour_range([MapPanel("", gaps)], diverging=False) == (-4.0, 10.0)


def test_flagged_values_say_which_rule_they_break_in_the_hover():
    frame = values_frame(flags={("15", 2010): "over_100"})
    figure = choropleth_figure([MapPanel("", frame)], year=2010, unit="%", lang="en")
    hover = value_trace(figure).customdata
    assert hover[14].startswith("<br>⚠ Above 100%") and hover[13] == ""
    assert value_trace(figure).hovertemplate == "<b>%{text}</b><br>2010: %{z:.1f}%{customdata}<extra></extra>"


def test_the_chosen_region_is_outlined_in_every_year_and_on_every_map():
    panels = [MapPanel("Urbana", values_frame()), MapPanel("Rural", values_frame())]
    figure = choropleth_figure(panels, year=2010, unit="%", lang="es", region="09")
    outlines = [trace for trace in figure.data if trace.name == "highlight"]
    assert [(list(o.locations), o.subplot) for o in outlines] == [(["09"], "map"), (["09"], "map2")]
    assert outlines[0].marker.line.color == HIGHLIGHT_COLOUR and outlines[0].marker.line.width == 4
    assert outlines[0].hoverinfo == "skip" and outlines[0].colorscale[0][1] == "rgba(0,0,0,0)"  # fill left as is
    # The frames change only the traces before the outlines, so the outline stays while the years play.
    last_outline = list(figure.data).index(outlines[0])
    assert all(max(frame.traces) < last_outline for frame in figure.frames)


def test_no_region_chosen_leaves_an_empty_outline_for_the_page_to_fill():
    outline = highlight_trace("", "map", REGIONS_URL)
    assert outline["locations"] == [] and outline["z"] == [] and outline["name"] == "highlight"


def test_one_outlying_region_does_not_stretch_the_colour_scale():
    # 24 regions at 80, 81, ..., 91 (twice each) and Callao at 300 in one year.
    values = [80 + i // 2 for i in range(24)]
    frame = pd.DataFrame({"year": 2010, "region_code": [c for c in REGION_CODES if c != "07"], "value": values,
                          "flag": ""})
    frame = pd.concat([frame, pd.DataFrame({"year": [2010], "region_code": ["07"], "value": [300.0], "flag": [""]})])
    # 25 values sorted: 80, 80, 81, 81, ..., 91, 91, 300. NumPy's quartiles (linear): position 6 -> 83,
    # position 18 -> 89; IQR 6; upper fence 89 + 9 = 98, lower fence 83 - 9 = 74 (below the minimum, 80).
    assert colour_range([MapPanel("", frame)], diverging=False) == (80.0, 98.0)


def test_a_gap_scale_ignores_an_outlying_gap_but_stays_centred():
    # |gap| of 24 regions: 1, 2, ..., 12 (twice each, signs alternating), and one of 40.
    gaps = [(i // 2 + 1) * (-1) ** i for i in range(24)] + [40]
    frame = pd.DataFrame({"year": 2010, "region_code": list(REGION_CODES), "value": gaps, "flag": ""})
    # Sorted sizes: 1, 1, 2, 2, ..., 12, 12, 40; quartiles at positions 6 and 18: 4 and 10; fence 10 + 9 = 19.
    assert colour_range([MapPanel("", frame)], diverging=True) == (-19.0, 19.0)


# ------------------------------------------------------------------ the data behind it


def hand_tables() -> dict[str, pd.DataFrame]:
    """Ica (11) urban and rural, Callao (07) urban only; in each cell and sex 20 people of each age 6-11.

    Enrolled aged 6-11 per cell and sex: Ica urban 108 (NER 90 %), Ica rural 96 (80 %), Callao urban 114 (95 %),
    in 2010 and 2011 alike, except Ica rural 2011: 102 (85 %).
    """
    enrolled = {("11", "urban"): (108, 108), ("11", "rural"): (96, 102), ("07", "urban"): (114, 114)}
    population, enrolment = [], []
    for index, year in enumerate(YEARS[:2]):
        for (region, area), counts in enrolled.items():
            for sex in ("F", "M"):
                population += [(year, region, area, sex, age, 20.0) for age in range(6, 12)]
                enrolment.append((year, region, area, sex, "public", "primary", 1, 6, float(counts[index]), 0.0,
                                  float(counts[index]), 0.0, 0.0))
    return {
        "population": pd.DataFrame(population, columns=["year", "region_code", "area", "sex", "age", "population"]),
        "enrolment": pd.DataFrame(enrolment, columns=[
            "year", "region_code", "area", "sex", "management", "level", "grade", "age", "enrolled", "repeaters",
            "new_entrants", "new_entrants_ecd", "graduates"]),
    }


@pytest.fixture(scope="module")
def engine():
    return IndicatorEngine(hand_tables())


STATE = {"indicator": "net_enrolment_ratio", "view": "map", "sex": "", "management": "", "area": "", "grade": 0,
         "subject": "reading", "year": 2011}


def test_every_region_is_in_every_year_missing_ones_as_nan(engine):
    frame = mapping.regional_values(engine, "net_enrolment_ratio", {})
    assert len(frame) == 2 * 25 and set(frame["year"]) == {2010, 2011}
    values = frame[frame["year"] == 2011].set_index("region_code")["value"]
    # Ica: (108 + 102) × 2 sexes / (240 × 2) = 87.5 %; Callao 95 %; the 23 regions without data are NaN
    assert values["11"] == pytest.approx(87.5) and values["07"] == pytest.approx(95.0)
    assert values.isna().sum() == 23


def test_callao_has_no_rural_value_and_no_gap_none_not_zero(engine):
    by_area = mapping.regional_values(engine, "net_enrolment_ratio", {}, by_area=True)
    callao = by_area[(by_area["region_code"] == "07") & (by_area["year"] == 2011)].set_index("area")["value"]
    assert callao["urban"] == pytest.approx(95.0) and math.isnan(callao["rural"])
    gaps = mapping.area_gaps(by_area).query("year == 2011").set_index("region_code")["value"]
    assert gaps["11"] == pytest.approx(90.0 - 85.0) and math.isnan(gaps["07"])
    shown = mapping.map_view_of(engine, engine.tables, {**STATE, "view": "urban_rural"}, "es")
    rural = value_trace(shown.figure, 1)
    assert math.isnan(rural.z[REGION_CODES.index("07")]) and value_trace(shown.figure, 0).z[6] == pytest.approx(95.0)
    gap = mapping.map_view_of(engine, engine.tables, {**STATE, "view": "gap"}, "es").figure
    assert math.isnan(value_trace(gap).z[6]) and value_trace(gap).z[10] == pytest.approx(5.0)
    assert "07" in gap.data[0].locations  # the grey trace draws Callao as "sin datos"


def test_the_map_opens_on_the_nearest_year_with_data(engine):
    shown = mapping.map_view_of(engine, engine.tables, {**STATE, "year": 2030}, "en")
    assert shown.year == 2011 and shown.title == "Net enrolment ratio in primary education by region"
    assert mapping.nearest_year((2007, 2008, 2016), 2011) == 2008
    assert mapping.nearest_year((2010, 2012), 2011) == 2012 and mapping.nearest_year((), 2011) is None


def test_a_national_only_indicator_says_why_there_is_no_map():
    shown = mapping.map_view_of(None, ("finance",), {**STATE, "indicator": "primary_share_of_education_expenditure"},
                                "en")
    assert shown.year is None and "no values by region" in shown.hints[0] and "national only" in shown.hints[0]
    assert "national only" in json.dumps(shown.figure.layout.annotations[0].text)


def test_choices_an_indicator_cannot_take_are_set_aside_with_a_hint():
    avail = explorer.availability(("enrolment", "teachers"), "pupil_teacher_ratio", "en")
    view, hints = mapping.resolve_map(avail, {**STATE, "indicator": "pupil_teacher_ratio", "view": "gap",
                                              "sex": "F", "area": "rural", "grade": 3}, "en")
    assert (view["view"], view["sex"], view["area"], view["grade"]) == ("gap", "", "", 0)
    assert len(hints) == 1 and "sex" in hints[0]
    reasons = mapping.filter_reasons(avail, "pupil_teacher_ratio", "gap", "en")
    assert reasons["sex"] and reasons["area"] == "this view already separates urban and rural areas."
    assert reasons["management"] == "" and reasons["grade"] and reasons["subject"]


def test_the_csv_table_has_every_year_and_region_with_names_and_flag_words(engine):
    _, panels, _, refusal = mapping.map_data(engine, engine.tables, {**STATE, "view": "urban_rural"}, "es")
    table = mapping.map_table(panels, "es")
    assert refusal == "" and len(table) == 2 * 2 * 25
    assert list(table.columns[:4]) == ["map", "year", "region_code", "region_name"]
    callao = table[(table["region_code"] == "07") & (table["map"] == "Rural")]
    assert callao["region_name"].iloc[0] == "Callao" and callao["value"].isna().all()


def test_a_region_profile_is_its_trend_against_the_national_line(engine):
    figure = mapping.region_profile_of(engine, engine.tables, {**STATE, "region": "11", "year": 2010}, "en")
    lines = {trace.name: list(trace.y) for trace in figure.data}
    # national 2011: (108 + 102 + 114) × 2 sexes / (3 cells × 240) = 90 %; Ica (108 + 102) × 2 / 480 = 87.5 %
    assert lines["National"][1] == pytest.approx(90.0) and lines["Ica"] == pytest.approx([85.0, 87.5])
    assert figure.layout.shapes[0].x0 == 2010  # the year the map shows
    national_only = {**STATE, "region": "11", "indicator": "primary_share_of_education_expenditure"}
    refusal = mapping.region_profile_of(None, ("finance",), national_only, "en")
    assert "national only" in refusal.layout.annotations[0].text


def test_colour_bar_titles_name_the_unit():
    assert mapping.colour_bar_title("pupil_teacher_ratio", "es", gap=False) == "alumnos por<br>docente"
    assert mapping.colour_bar_title("net_enrolment_ratio", "es", gap=True) == "urbana − rural<br>(p. p.)"
    assert mapping.value_format("literacy_gpi") == (".2f", "")
