"""The trend and parity figures are built without Plotly's per-property checks: check them against Plotly here."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.parity import gpi_heatmap
from dashboard.figures.theme import empty_figure
from dashboard.figures.trends import parity_chart, trend_chart


def series(values, flags=None, name="national"):
    years = list(range(2000, 2000 + len(values)))
    return pd.DataFrame({"series": name, "year": years, "value": values, "numerator": np.nan,
                         "denominator": np.nan, "flag": flags or [""] * len(values)})


def validated(fig: go.Figure) -> go.Figure:
    """The figure itself, after rebuilding a copy with Plotly's full validation (raises on any invalid property)."""
    go.Figure(fig.to_plotly_json())
    return fig


def test_trend_chart_is_valid_keeps_gaps_and_marks_flags():
    frame = pd.concat([series([90.0, np.nan, 101.5], ["", "", "over_100"]), series([80.0, 82.0, 85.0], name="15")])
    fig = validated(trend_chart(frame, title="", y_title="%", lang="es", years=(2000, 2002)))
    national, flagged, lima, legend = fig.data
    assert national.name == "Nacional" and np.isnan(national.y[1]) and national.connectgaps is False
    assert list(flagged.x) == [2002] and list(flagged.y) == [101.5] and flagged.hoverinfo == "skip"
    assert "100" in national.customdata[2][0] and national.customdata[0][0] == ""  # the warning is in the line's hover
    assert lima.name == "Lima"
    assert legend.name == "Valor con alerta de calidad"
    assert [shape.x0 for shape in fig.layout.shapes] == [2000]  # Dakar 2000 inside the range, Jomtien is not
    assert fig.layout.separators == ", "  # Spanish: decimal comma, space between thousands


def test_presentation_mode_enlarges_lines_and_type():
    fig = validated(trend_chart(series([1.0, 2.0]), title="", y_title="", lang="en", present=True,
                                years=(2000, 2001)))
    assert fig.data[0].line.width == 4 and fig.layout.font.size == 20 and fig.layout.separators == ".,"


def test_parity_chart_shades_the_band_and_names_the_variant():
    fig = validated(parity_chart(series([0.95, 0.99]), title="", lang="en", present=False, years=(2000, 2001),
                                 comparison=series([0.95, 0.99]), name="Adjusted GPI"))
    band = next(shape for shape in fig.layout.shapes if shape.type == "rect")
    assert (band.y0, band.y1) == (0.97, 1.03)
    assert [trace.name for trace in fig.data] == ["Adjusted GPI", "The other GPI variant"]


def test_heatmap_orders_regions_and_centres_on_parity():
    frame = pd.DataFrame({"year": [2000, 2000, 2001, 2001], "region_code": ["21", "01", "21", "01"],
                          "value": [0.9, 1.1, 0.95, np.nan], "flag": ["", "", "", "missing_data"]})
    fig = validated(gpi_heatmap(frame, lang="en"))
    heat = fig.data[0]
    assert list(heat.y) == ["Amazonas", "Puno"] and heat.zmid == 1.0
    assert np.isnan(heat.z[0][1]) and "not reported" in heat.customdata[0][1].lower()


def test_empty_figure_says_why():
    fig = validated(empty_figure("No data for this selection.", "en"))
    assert fig.layout.annotations[0].text == "No data for this selection." and fig.layout.xaxis.visible is False
