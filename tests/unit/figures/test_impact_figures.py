"""The impact figures' data: event study, forest plot and Love plot, checked against Plotly's validation."""
from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.figures.impact import balance_chart, event_study_chart, forest_chart

ROWS = pd.DataFrame({"relative_year": [-3, -2, -1, 0, 1], "year": [2008, 2009, 2010, 2011, 2012],
                     "estimate": [1.0, -2.0, 0.0, 6.0, 10.0], "se": [2.0, 2.0, math.nan, 2.0, 2.5],
                     "ci_low": [-3.0, -6.0, math.nan, 2.0, 5.0], "ci_high": [5.0, 2.0, math.nan, 10.0, 15.0],
                     "p": [0.6, 0.3, math.nan, 0.01, 0.001]})


def validated(fig: go.Figure) -> go.Figure:
    return go.Figure(fig.to_dict())  # raises if a property is not Plotly's


def test_event_study_draws_cis_the_reference_year_zero_and_the_start():
    fig = validated(event_study_chart(ROWS, start=2011, unit="puntos", lang="es"))
    estimated, reference = fig.data
    assert list(estimated.x) == ["2008 (-3)", "2009 (-2)", "2011 (+0)", "2012 (+1)"]
    assert list(estimated.error_y.array) == [4.0, 4.0, 4.0, 5.0]  # ci_high - estimate
    assert list(estimated.error_y.arrayminus) == [4.0, 4.0, 4.0, 5.0]
    assert list(reference.x) == ["2010 (-1)"] and list(reference.y) == [0.0]
    assert reference.marker.symbol == "circle-open"
    zero, start = fig.layout.shapes
    assert (zero.y0, zero.y1) == (0, 0)
    assert start.x0 == start.x1 == 2.5  # between 2010 (third category) and 2011 (fourth)
    assert fig.layout.annotations[0].text == "Inicio del acompañamiento"
    assert list(fig.layout.xaxis.categoryarray) == ["2008 (-3)", "2009 (-2)", "2010 (-1)", "2011 (+0)", "2012 (+1)"]
    assert fig.layout.yaxis.title.text == "Efecto (puntos)"
    assert fig.layout.separators == ", "


def test_forest_leaves_out_small_groups_and_puts_all_schools_first():
    table = pd.DataFrame({
        "dimension": ["region_code", "region_code", "area"], "level": ["05", "08", "rural"],
        "coached_schools": [30, 4, 60], "comparison_schools": [300, 40, 600],
        "estimate": [12.0, math.nan, 15.0], "se": [3.0, math.nan, 2.0], "ci_low": [6.0, math.nan, 11.0],
        "ci_high": [18.0, math.nan, 19.0], "p": [0.001, math.nan, 0.0001], "status": ["ok", "too_few", "ok"]})
    fig = validated(forest_chart(table, {"estimate": 15.6, "ci_low": 12.6, "ci_high": 18.7}, unit="points",
                                 lang="en"))
    national, regions, areas = fig.data
    assert list(national.y) == ["All schools"] and list(national.x) == [15.6]
    assert list(national.error_x.array) == pytest.approx([3.1]) and list(national.error_x.arrayminus) == [3.0]
    assert list(regions.y) == ["Region: 05 Ayacucho"]  # Cusco (08) has too few coached schools
    assert list(areas.y) == ["Area: rural"] and list(areas.error_x.array) == [4.0]
    # Listed top to bottom in the table's order, never sorted by effect.
    assert list(fig.layout.yaxis.categoryarray) == ["Area: rural", "Region: 05 Ayacucho", "All schools"]
    assert fig.layout.shapes[1].x0 == 15.6


def test_forest_says_so_when_no_group_is_large_enough():
    table = pd.DataFrame({"dimension": ["area"], "level": ["rural"], "coached_schools": [2],
                          "comparison_schools": [9], "estimate": [math.nan], "se": [math.nan], "ci_low": [math.nan],
                          "ci_high": [math.nan], "p": [math.nan], "status": ["too_few"]})
    fig = forest_chart(table, {"estimate": 1.0, "ci_low": 0.0, "ci_high": 2.0}, unit="points", lang="en")
    assert fig.data == () and fig.layout.annotations[0].text


def test_love_plot_shows_each_covariate_before_and_after():
    balance = pd.DataFrame({"variable": ["baseline_score", "area", "area"], "level": ["", "rural", "urban"],
                            "smd_before": [0.4, 0.3, -0.3], "smd_after": [0.02, 0.0, 0.0]})
    fig = validated(balance_chart(balance, lang="es"))
    before, after = fig.data
    assert list(before.y) == ["Puntaje previo", "Área: rural", "Área: urbana"]
    assert list(before.x) == [0.4, 0.3, -0.3] and list(after.x) == [0.02, 0.0, 0.0]
    assert (before.name, after.name) == ("Antes de emparejar", "Después de emparejar")
    assert [shape.x0 for shape in fig.layout.shapes] == [0, -0.1, 0.1]
    assert tuple(fig.layout.xaxis.range) == pytest.approx((-0.44, 0.44))
