"""Callbacks of the gender parity page: the GPI line with its parity band, the regional heat map, the CSV."""
from __future__ import annotations

from dash import Input, Output, State, callback

from callbacks._downloads import csv_download
from dashboard import store, viewstate
from dashboard.views import parity_view
from layouts import _ids as ids
from layouts._components import indicator_definition
from layouts.parity import PARAMS

CONTROLS = {"indicator": ids.PARITY_INDICATOR, "adjusted": ids.PARITY_ADJUSTED, "area": ids.PARITY_AREA,
            "management": ids.PARITY_MANAGEMENT, "years": ids.PARITY_YEARS}


def _state(values, context) -> dict:
    raw = dict(zip(CONTROLS, values, strict=True))
    years = tuple(int(y) for y in raw["years"]) if raw["years"] else (context["first"], context["last"])
    return {"lang": context["lang"], "present": context["present"], "indicator": raw["indicator"],
            "adjusted": bool(raw["adjusted"]), "area": raw["area"] or "", "management": raw["management"] or "",
            "years": None if years == (context["first"], context["last"]) else years, "_years": years}


@callback(
    Output(ids.PARITY_GRAPH, "figure"), Output(ids.PARITY_HEATMAP, "figure"), Output(ids.PARITY_TITLE, "children"),
    Output(ids.per_page(ids.VIEW_QUERY, "parity"), "data"),
    Output(ids.per_page(ids.DEFINITIONS, "parity"), "children"), Output(ids.PARITY_HINTS, "children"),
    Output(ids.PARITY_MANAGEMENT, "disabled"),
    *[Input(c, "value") for c in CONTROLS.values()], State(ids.PARITY_CONTEXT, "data"),
)
def draw_parity(*args):
    """The GPI chart and heat map of the chosen view, the address that reproduces it and its definition."""
    *values, context = args
    state = _state(values, context)
    data = store.dataset()
    view = parity_view(data, state)
    for figure in (view.line, view.heatmap):
        figure.update_layout(meta={"data_version": data.fingerprint})
    query = _query(state)
    return (view.line, view.heatmap, view.title, query, indicator_definition(state["indicator"], state["lang"], data),
            " ".join(view.hints), not view.management_allowed)


def _parity_csv(table: str, suffix: str):
    def build(*args):
        *values, context = args
        state = _state(values, context)
        view = parity_view(store.dataset(), state, _query(state))
        return getattr(view, table), view.about, f"gpi_{state['indicator']}{suffix}.csv"

    return build


_STATES = [*[State(c, "value") for c in CONTROLS.values()], State(ids.PARITY_CONTEXT, "data")]
csv_download(ids.PARITY_GRAPH, _STATES, _parity_csv("table", ""))
csv_download(ids.PARITY_HEATMAP, _STATES, _parity_csv("regional_table", "_regions"))


def _query(state: dict) -> str:
    return viewstate.encode({k: v for k, v in state.items() if not k.startswith("_")}, PARAMS)
