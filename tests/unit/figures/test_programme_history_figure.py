"""The programme history figure: four panels of the national series (the coaching paper's Table 1), with
'n.d.' where the source is blank, laid out on a 2x2 grid with the spacing worked out by hand."""
from __future__ import annotations

import math

import pytest

from dashboard.figures.programme import history_chart
from dashboard.programme.reference import load_reference


@pytest.fixture(scope="module")
def figure():
    drawn = history_chart(load_reference("program_national"), lang="es", present=False)
    return {"data": [trace.to_plotly_json() | {"y": list(trace.y)} for trace in drawn.data],
            "layout": drawn.layout.to_plotly_json()}


def test_one_bar_panel_per_measure_and_a_blank_marker_where_the_source_is_blank(figure):
    bars = [trace for trace in figure["data"] if trace["type"] == "bar"]
    assert [bar["name"] for bar in bars] == ["Acompañantes", "Docentes acompañados", "Escuelas",
                                             "Estudiantes"]
    coaches = bars[0]
    assert list(coaches["x"]) == ["2008", "2009", "2010", "2011", "2012", "2013"]
    assert list(coaches["y"])[2:] == [1826, 2212, 2370, 1640]  # Table 1 of the coaching paper
    assert coaches["text"][2] == "1\u202f826" and coaches["text"][0] == "s. d."
    blanks = [trace for trace in figure["data"] if trace["type"] == "scatter"]
    students_blank = [trace for trace in blanks if trace["yaxis"] == "y4"]
    assert list(students_blank[0]["x"]) == ["2008", "2009", "2010"] and list(students_blank[0]["y"]) == [0, 0, 0]


def test_panels_sit_on_the_grid_and_leave_a_quarter_above_the_tallest_bar(figure):
    layout = figure["layout"]
    # 2 columns with 0.08 between: each (1 - 0.08) / 2 = 0.46 wide; 2 rows with 0.16 between: each 0.42 high
    assert layout["xaxis"]["domain"] == pytest.approx([0, 0.46])
    assert layout["xaxis2"]["domain"] == pytest.approx([0.54, 1])
    assert layout["yaxis"]["domain"] == pytest.approx([0.58, 1])
    assert layout["yaxis3"]["domain"] == pytest.approx([0, 0.42])
    assert layout["yaxis"]["range"] == pytest.approx([0, 2370 * 1.25])
    assert layout["yaxis4"]["range"] == pytest.approx([0, 446244 * 1.25])
    titles = [(note["text"], note["x"], note["y"]) for note in layout["annotations"]]
    assert titles[0] == ("Acompañantes", pytest.approx(0.23), pytest.approx(1))
    assert titles[3] == ("Estudiantes", pytest.approx(0.77), pytest.approx(0.42))
    assert not math.isnan(layout["yaxis2"]["range"][1])
