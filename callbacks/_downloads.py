"""The CSV button of a figure: one registration helper for every page."""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from dash import Input, Output, State, callback

from dashboard.exports import csv_with_provenance
from layouts import _ids as ids


def csv_download(graph_id: str, states: list[State],
                 build: Callable[..., tuple[pd.DataFrame, dict[str, str], str]]) -> Callable:
    """Register the CSV download of `graph_id`: `build(*state values)` gives (table, provenance lines, file name)."""

    @callback(Output({"type": ids.CSV_DOWNLOAD, "graph": graph_id}, "data"),
              Input({"type": ids.CSV_BUTTON, "graph": graph_id}, "n_clicks"), *states, prevent_initial_call=True)
    def download(_clicks, *values):
        frame, about, filename = build(*values)
        return {"content": csv_with_provenance(frame, about), "filename": filename, "type": "text/csv"}

    download.__name__ = f"download_{graph_id.replace('-', '_')}"
    download.__doc__ = f"The data behind {graph_id} as CSV, with its provenance."
    return download
