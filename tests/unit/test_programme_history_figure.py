"""The programme history figure, built from plain dicts: its grid, bars, 'n.d.' marks and ranges, worked by hand."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.programme import history_chart

HISTORY = pd.DataFrame({"year": [2014, 2015, 2016], "coaches": [10.0, 20.0, 30.0],
                        "coached_teachers": [100.0, np.nan, 300.0], "schools": [5.0, 6.0, 8.0],
                        "students": [np.nan, np.nan, np.nan]})


def test_four_panels_in_a_two_by_two_grid_titled_by_measure():
    layout = history_chart(HISTORY, lang="es", present=False).to_plotly_json()["layout"]
    # make_subplots' arithmetic for 2 x 2 with spacing .08 across and .16 down: (1 - .08) / 2 = .46 wide,
    # (1 - .16) / 2 = .42 high, the first row on top.
    assert layout["xaxis"]["domain"] == [0.0, 0.46] and layout["xaxis2"]["domain"] == [0.54, 1.0]
    assert layout["yaxis"]["domain"] == [0.58, 1.0] and layout["yaxis3"]["domain"] == [0.0, 0.42]
    assert layout["xaxis4"]["anchor"] == "y4" and layout["yaxis4"]["anchor"] == "x4"
    titles = [(a["text"], a["x"], a["y"]) for a in layout["annotations"]]
    assert titles == [("Acompañantes", 0.23, 1.0), ("Docentes acompañados", 0.77, 1.0), ("Escuelas", 0.23, 0.42),
                      ("Estudiantes", 0.77, 0.42)]


def test_bars_their_labels_and_a_quarter_of_headroom():
    fig = history_chart(HISTORY, lang="en", present=False)
    bars = [trace for trace in fig.data if trace.type == "bar"]
    assert [bar.xaxis for bar in bars] == ["x", "x2", "x3", "x4"]
    assert list(bars[0].x) == ["2014", "2015", "2016"] and list(bars[0].y) == [10.0, 20.0, 30.0]
    assert list(bars[2].text) == ["5", "6", "8"]
    layout = fig.to_plotly_json()["layout"]
    assert layout["yaxis"]["range"] == [0, 37.5]  # 30 x 1.25
    assert layout["yaxis2"]["range"] == [0, 375.0]  # 300 x 1.25, the blank 2015 ignored
    assert layout["yaxis4"]["range"] == [0, 1]  # no value at all: a unit axis, not NaN


def test_a_blank_year_says_no_data_where_its_bar_would_be():
    fig = history_chart(HISTORY, lang="es", present=False)
    bars = [trace for trace in fig.data if trace.type == "bar"]
    marks = [trace for trace in fig.data if trace.type == "scatter"]
    assert list(bars[1].text) == ["100", "s. d.", "300"]
    assert [(m.xaxis, list(m.x), list(m.y), m.text) for m in marks] == [
        ("x2", ["2015"], [0], "s. d."), ("x4", ["2014", "2015", "2016"], [0, 0, 0], "s. d.")]


def test_the_figure_passes_plotly_validation():
    for lang in ("es", "en"):
        for present in (False, True):
            go.Figure(history_chart(HISTORY, lang=lang, present=present).to_dict())  # raises on an invalid property
