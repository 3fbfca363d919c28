"""One colour language: the parity heat map centred on 1, gains the same colour in bars and on the map."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from plotly.colors import get_colorscale

from dashboard.figures.coaching import regional_gain_bars, regional_gain_map
from dashboard.figures.parity import gpi_heatmap
from dashboard.figures.theme import DIVERGING, GAIN_COLOUR, LOSS_COLOUR


def test_parity_heat_map_is_centred_on_one_with_a_symmetric_range():
    frame = pd.DataFrame({"region_code": ["09", "09", "21", "21"], "year": [2000, 2001, 2000, 2001],
                          "value": [0.90, 0.95, 1.02, 1.04], "flag": ["", "", "", ""]})
    heatmap = gpi_heatmap(frame, lang="es").data[0]
    # the furthest value from parity is 0.90, 0.10 below: the scale runs 0.90–1.10 with white at 1
    assert heatmap.zmid == 1.0
    # explicit stops (plotly.js has no scale named PuOr): orange-brown, white in the middle, purple
    stops = [tuple(stop) for stop in heatmap.colorscale]
    assert stops[0][1] == "rgb(127,59,8)" and stops[len(stops) // 2][1] == "rgb(247,247,247)"
    assert stops[-1][1] == "rgb(45,0,75)"
    assert (heatmap.zmin, heatmap.zmax) == (pytest.approx(0.90), pytest.approx(1.10))


def test_gain_and_loss_colours_are_the_ends_of_the_diverging_scale():
    stops = get_colorscale(DIVERGING)
    low, high = stops[0][1], stops[-1][1]
    # PuOr runs from orange-brown to purple; the bars' loss colour is orange, the gain colour purple
    assert _rgb(LOSS_COLOUR)[0] > _rgb(LOSS_COLOUR)[2] and _parse(low)[0] > _parse(low)[2]
    assert _rgb(GAIN_COLOUR)[2] > _rgb(GAIN_COLOUR)[1] and _parse(high)[2] > _parse(high)[1]


def test_coaching_bars_colour_gains_as_the_map_beside_them_does():
    from dashboard.regions import REGIONS

    others = [r.code for r in REGIONS if r.code not in ("09", "21")]
    rest = len(others)
    table = pd.DataFrame({"region_code": ["09", "21", *others], "gain_difference": [3.0, -2.0] + [np.nan] * rest,
                          "status": ["ok", "ok"] + ["too_few"] * rest,
                          "coached_schools": [20, 25] + [1] * rest, "comparison_schools": [40, 50] + [1] * rest})
    bars = regional_gain_bars(table, unit="puntos", lang="es", present=False).data[0]
    colours = dict(zip(bars.y, bars.marker.color, strict=True))
    assert colours == {"Huancavelica": GAIN_COLOUR, "Puno": LOSS_COLOUR}
    shaded = regional_gain_map(table, unit="puntos", lang="es", present=False).data[1]
    # on the map, a positive gain sits above zmid=0, on the purple (gain) side of the same scale
    assert shaded.zmid == 0 and shaded.colorscale[-1][1] == get_colorscale(DIVERGING)[-1][1]
    assert np.sign(shaded.z).tolist() == [1.0, -1.0]


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def _parse(colour: str) -> tuple[int, ...]:
    return tuple(int(v) for v in colour[colour.index("(") + 1:-1].split(","))
