"""The programme history figure: four panels of the national series, with 'n.d.' where the source is blank."""
from __future__ import annotations

import json

import pandas as pd
import plotly.io as pio
import pytest

from dashboard.figures import programme as figures
from dashboard.programme.reference import load_reference


def _history() -> pd.DataFrame:
    history = load_reference("program_national").copy()
    history.loc[history.index[0], "coaches"] = float("nan")  # a year the source leaves blank
    return history


@pytest.mark.parametrize(("lang", "present"), [("es", False), ("en", True)])
def test_dict_built_history_equals_the_make_subplots_one(lang, present):
    history = _history()
    new = json.loads(pio.to_json(figures.history_chart(history, lang=lang, present=present)))
    old = json.loads(pio.to_json(figures._history_chart_subplots(history, lang=lang, present=present)))
    assert new["data"] == old["data"]
    assert _rounded(new["layout"]) == _rounded(old["layout"])


def _rounded(value):
    """Panel positions to 9 decimals: the grid's arithmetic may differ from Plotly's in the last bit."""
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_rounded(item) for item in value]
    return round(value, 9) if isinstance(value, float) else value
