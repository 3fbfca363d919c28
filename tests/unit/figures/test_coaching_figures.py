"""The coaching figures are built without Plotly's per-property checks: check them against Plotly here."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.figures.coaching import before_after_chart, distribution_chart, regional_gain_bars, regional_gain_map
from dashboard.figures.theme import DIVERGING_STOPS
from dashboard.regions import REGION_CODES

DESCRIPTIVES = pd.DataFrame({"year": [2010, 2010, 2013, 2013], "group": ["comparison", "coached"] * 2,
                             "mean": [494.06, 491.71, 508.75, 528.58], "sd": [64.74, 62.23, 62.94, 68.86],
                             "n": [9573, 303, 9573, 303]})
SCORES = pd.DataFrame({"group": ["comparison"] * 5 + ["coached"] * 5,
                       "baseline": np.arange(10) * 10 + 400.0, "endline": np.arange(10) * 12 + 410.0})
REGIONAL = pd.DataFrame({"region_code": list(REGION_CODES), "coached_schools": 20, "comparison_schools": 30,
                         "gain_difference": [3.0, -2.0] + [np.nan] * (len(REGION_CODES) - 2),
                         "status": ["ok", "ok"] + ["too_few"] * (len(REGION_CODES) - 2)})


def validated(fig: go.Figure) -> go.Figure:
    """The figure itself, after rebuilding a copy with Plotly's full validation (raises on any invalid property)."""
    go.Figure(fig.to_plotly_json())
    return fig


@pytest.mark.parametrize("present", [False, True])
def test_every_coaching_figure_is_valid(present):
    before_after = validated(before_after_chart(DESCRIPTIVES, scale=1.0, unit="puntos", lang="es", present=present))
    assert [trace.name for trace in before_after.data] == ["No acompañadas (N = 9\u202f573)", "Acompañadas (N = 303)"]
    coached = before_after.data[1]
    assert coached.error_y.arrayminus[0] == pytest.approx(coached.y[0] - coached.customdata[0][0])  # to the CI's low
    validated(distribution_chart(SCORES, years=(2010, 2013), scale=1.0, unit="puntos", lang="es", present=present))
    bars = validated(regional_gain_bars(REGIONAL, unit="puntos", lang="es", present=present))
    assert list(bars.data[0].y) == ["Áncash", "Amazonas"]  # 02 lost 2 points, 01 gained 3: smallest gain first
    shaded = validated(regional_gain_map(REGIONAL, unit="puntos", lang="es", present=present)).data[1]
    # explicit stops: plotly.js knows no scale named PuOr and would silently draw another
    assert list(shaded.locations) == ["01", "02"] and [list(stop) for stop in shaded.colorscale] == DIVERGING_STOPS
