"""Callbacks of the gender parity page: the GPI line with its parity band, the regional heat map, the CSVs."""
from __future__ import annotations

from callbacks._spec import Download, Draw, PageSpec, register, values_of
from dashboard.views.parity import ParityState, parity_view
from layouts import _ids as ids
from layouts._components import heading, indicator_definition


def show(view, state: ParityState) -> dict:
    return {"title": heading(view), "hints": " ".join(view.hints), "management_disabled": not view.management_allowed,
            "definitions": indicator_definition(state.indicator, state.lang, view.synthetic)}


SPEC = PageSpec(
    "parity", ParityState, ids.PARITY_CONTEXT,
    values_of(indicator=ids.PARITY_INDICATOR, adjusted=ids.PARITY_ADJUSTED, area=ids.PARITY_AREA,
              management=ids.PARITY_MANAGEMENT, years=ids.PARITY_YEARS),
    draws=(Draw(parity_view, {"parity": ids.PARITY_GRAPH, "heatmap": ids.PARITY_HEATMAP}, show=show, outputs={
        "title": (ids.PARITY_TITLE, "children"),
        "hints": (ids.PARITY_HINTS, "children"),
        "management_disabled": (ids.PARITY_MANAGEMENT, "disabled"),
        "definitions": (ids.per_page(ids.DEFINITIONS, "parity"), "children")}),),
    downloads=(Download(ids.PARITY_GRAPH, parity_view, "parity", lambda state, _view: f"gpi_{state.indicator}.csv"),
               Download(ids.PARITY_HEATMAP, parity_view, "heatmap",
                        lambda state, _view: f"gpi_{state.indicator}_regions.csv")),
)
register(SPEC)
