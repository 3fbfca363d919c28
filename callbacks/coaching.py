"""Callbacks of the coaching page: the analysis for the chosen universe, its figures, tables and CSVs."""
from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, html

from dashboard import store, viewstate
from dashboard.coaching_page import coaching_view
from dashboard.exports import csv_with_provenance
from dashboard.i18n import t
from layouts import _ids as ids
from layouts._components import stat_table
from layouts.coaching import PARAMS

CONTROLS = {
    "subject": ids.COACHING_SUBJECT, "measure": ids.COACHING_MEASURE, "baseline": ids.COACHING_BASELINE,
    "endline": ids.COACHING_ENDLINE, "region": ids.COACHING_REGION, "quintiles": ids.COACHING_QUINTILES,
    "school_type": ids.COACHING_SCHOOL_TYPE, "language": ids.COACHING_LANGUAGE, "floor": ids.COACHING_FLOOR,
    "ceiling": ids.COACHING_CEILING, "min_schools": ids.COACHING_MIN_SCHOOLS,
}


def _state(values, context) -> dict:
    raw = dict(zip(CONTROLS, values, strict=True))
    return {
        "lang": context["lang"], "present": context["present"], "subject": raw["subject"],
        "measure": raw["measure"], "baseline": int(raw["baseline"]), "endline": int(raw["endline"]),
        "region": raw["region"] or "", "quintiles": tuple(sorted(raw["quintiles"] or ())),
        "school_type": raw["school_type"] or "", "language": raw["language"] or "",
        "floor": float(raw["floor"]) if raw["floor"] not in (None, "") else None,
        "ceiling": float(raw["ceiling"]) if raw["ceiling"] not in (None, "") else None,
        "min_schools": max(3, int(raw["min_schools"] or 10)),
    }


@callback(
    Output(ids.COACHING_VERDICT, "children"), Output(ids.COACHING_VERDICT, "color"),
    Output(ids.COACHING_GRAPH, "figure"), Output(ids.COACHING_DISTRIBUTION, "figure"),
    Output(ids.COACHING_TABLES, "children"), Output(ids.COACHING_REGION_BARS, "figure"),
    Output(ids.COACHING_REGION_MAP, "figure"), Output(ids.COACHING_REGION_NOTE, "children"),
    Output(ids.per_page(ids.VIEW_QUERY, "coaching"), "data"),
    *[Input(c, "value") for c in CONTROLS.values()], State(ids.COACHING_CONTEXT, "data"),
)
def draw_coaching(*args):
    """Run (or reuse) the analysis for the chosen universe and lay out its results."""
    *values, context = args
    state = _state(values, context)
    data = store.dataset()
    view = coaching_view(data, state)
    figures = (view.before_after, view.distribution, view.regional_bars, view.regional_map)
    for figure in figures:
        figure.update_layout(meta={"data_version": data.fingerprint})
    lang = state["lang"]
    verdict = ([html.Strong(t("coaching.verdict", lang) + ": "), view.error or view.verdict])
    tables = dbc.Row([dbc.Col(stat_table(table), lg=6) for table in view.tables])
    return (verdict, "warning" if view.error else "light", *figures[:2], tables, *figures[2:],
            t("coaching.regional_note", lang, min=state["min_schools"]), _query(state))


@callback(
    Output({"type": ids.CSV_DOWNLOAD, "graph": ids.COACHING_GRAPH}, "data"),
    Input({"type": ids.CSV_BUTTON, "graph": ids.COACHING_GRAPH}, "n_clicks"),
    *[State(c, "value") for c in CONTROLS.values()], State(ids.COACHING_CONTEXT, "data"),
    prevent_initial_call=True,
)
def download_descriptives(_clicks, *args):
    """Means, SDs and Ns per group and year behind the before/after chart."""
    *values, context = args
    state = _state(values, context)
    data = store.dataset()
    view = coaching_view(data, state)
    return {"content": csv_with_provenance(view.descriptives, _about(data, state)),
            "filename": f"coaching_{state['subject']}_{state['measure']}.csv", "type": "text/csv"}


@callback(
    Output({"type": ids.CSV_DOWNLOAD, "graph": ids.COACHING_REGION_BARS}, "data"),
    Input({"type": ids.CSV_BUTTON, "graph": ids.COACHING_REGION_BARS}, "n_clicks"),
    *[State(c, "value") for c in CONTROLS.values()], State(ids.COACHING_CONTEXT, "data"),
    prevent_initial_call=True,
)
def download_regional(_clicks, *args):
    """Group sizes and gains per region (regions with too few schools included, marked)."""
    *values, context = args
    state = _state(values, context)
    data = store.dataset()
    view = coaching_view(data, state)
    return {"content": csv_with_provenance(view.regional, _about(data, state)),
            "filename": f"coaching_regions_{state['subject']}_{state['measure']}.csv", "type": "text/csv"}


def _about(data, state: dict) -> dict[str, str]:
    lang = state["lang"]
    about = {t("download.source", lang): t("source.assessment", lang) + "; " + t("source.coaching", lang),
             t("download.view", lang): _query(state)}
    if data.is_demo:
        about[t("notice.synthetic_short", lang)] = t("notice.synthetic", lang)
    return about


def _query(state: dict) -> str:
    return viewstate.encode(state, PARAMS)
