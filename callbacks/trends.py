"""Callbacks of the trends page: which choices the indicator allows, the chart, the CSV."""
from __future__ import annotations

from dash import Input, Output, State, callback

from callbacks._downloads import csv_download
from dashboard import explorer, store, viewstate
from dashboard.i18n import t
from dashboard.views import trends_view
from layouts import _ids as ids
from layouts._components import indicator_definition
from layouts.trends import PARAMS

CONTROLS = {
    "indicator": ids.TRENDS_INDICATOR, "compare": ids.TRENDS_COMPARE, "regions": ids.TRENDS_REGIONS,
    "area": ids.TRENDS_AREA, "sex": ids.TRENDS_SEX, "management": ids.TRENDS_MANAGEMENT, "grade": ids.TRENDS_GRADE,
    "subject": ids.TRENDS_SUBJECT, "years": ids.TRENDS_YEARS, "since_on": ids.TRENDS_SINCE_ON,
    "since": ids.TRENDS_SINCE,
}
VIEW_INPUTS = [Input(component, "value") for component in CONTROLS.values()]


def _state(values, context) -> dict:
    """Control values -> the page's view state (the same dict the address encodes)."""
    raw = dict(zip(CONTROLS, values, strict=True))
    years = tuple(int(y) for y in raw["years"]) if raw["years"] else (context["first"], context["last"])
    return {
        "lang": context["lang"], "present": context["present"], "indicator": raw["indicator"],
        "compare": raw["compare"], "regions": tuple(raw["regions"] or ()), "area": raw["area"] or "",
        "sex": raw["sex"] or "", "management": raw["management"] or "", "grade": int(raw["grade"] or 0),
        "subject": raw["subject"] or "reading",
        "years": None if years == (context["first"], context["last"]) else years,
        "since": int(raw["since"]) if raw["since_on"] and raw["since"] is not None else None,
        "_years": years,
    }


@callback(
    Output(ids.TRENDS_COMPARE, "options"), Output(ids.TRENDS_AREA, "disabled"), Output(ids.TRENDS_SEX, "disabled"),
    Output(ids.TRENDS_MANAGEMENT, "disabled"), Output(ids.TRENDS_REGIONS, "disabled"),
    Output(ids.TRENDS_GRADE, "disabled"), Output(ids.TRENDS_SUBJECT, "disabled"),
    Input(ids.TRENDS_INDICATOR, "value"), Input(ids.TRENDS_COMPARE, "value"), State(ids.TRENDS_CONTEXT, "data"),
)
def show_available_choices(indicator, compare, context):
    """Disable the comparisons and filters the chosen indicator cannot take (the hint says why)."""
    lang = context["lang"]
    avail = explorer.availability(store.dataset().tables, indicator, lang)
    options = [{"label": t(f"compare.{c}", lang), "value": c,
                "disabled": c != "national" and c not in avail.allowed} for c in explorer.COMPARE_CHOICES]
    return (options, "area" not in avail.allowed, "sex" not in avail.allowed, "management" not in avail.allowed,
            compare != "region_code", indicator != "repetition_rate", indicator != "pct_mastering_competencies")


@callback(
    Output(ids.TRENDS_GRAPH, "figure"), Output(ids.TRENDS_TITLE, "children"),
    Output(ids.per_page(ids.VIEW_QUERY, "trends"), "data"),
    Output(ids.per_page(ids.DEFINITIONS, "trends"), "children"), Output(ids.TRENDS_HINTS, "children"),
    *VIEW_INPUTS, State(ids.TRENDS_CONTEXT, "data"),
)
def draw_trends(*args):
    """The chart of the chosen view, its title, the address that reproduces it and its definition."""
    *values, context = args
    state = _state(values, context)
    data = store.dataset()
    view = trends_view(data, state)
    view.figure.update_layout(meta={"data_version": data.fingerprint})
    return (view.figure, view.title, _query(state), indicator_definition(state["indicator"], state["lang"], data),
            " ".join(view.hints))


def _trends_csv(*args):
    """The numbers behind the chart, with the indicator's definition and source."""
    *values, context = args
    state = _state(values, context)
    view = trends_view(store.dataset(), state, _query(state))
    return view.table, view.about, f"{state['indicator']}.csv"


csv_download(ids.TRENDS_GRAPH, [*[State(c, "value") for c in CONTROLS.values()], State(ids.TRENDS_CONTEXT, "data")],
             _trends_csv)


def _query(state: dict) -> str:
    return viewstate.encode({k: v for k, v in state.items() if not k.startswith("_")}, PARAMS)
