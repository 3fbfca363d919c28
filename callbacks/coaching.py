"""Callbacks of the coaching page: the analysis for the chosen universe, its figures, tables and CSVs."""
from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, html

from callbacks._downloads import csv_download
from dashboard import store, viewstate
from dashboard.coaching_page import coaching_view
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


def _coaching_csv(table: str, prefix: str):
    """Descriptives behind the before/after chart, or gains and group sizes per region (too-few ones marked)."""
    def build(*args):
        *values, context = args
        state = _state(values, context)
        data = store.dataset()
        frame = getattr(coaching_view(data, state), table)
        return frame, _about(data, state), f"{prefix}_{state['subject']}_{state['measure']}.csv"

    return build


_STATES = [*[State(c, "value") for c in CONTROLS.values()], State(ids.COACHING_CONTEXT, "data")]
csv_download(ids.COACHING_GRAPH, _STATES, _coaching_csv("descriptives", "coaching"))
csv_download(ids.COACHING_REGION_BARS, _STATES, _coaching_csv("regional", "coaching_regions"))


def _about(data, state: dict) -> dict[str, str]:
    lang = state["lang"]
    about = {t("download.source", lang): t("source.assessment", lang) + "; " + t("source.coaching", lang),
             t("download.view", lang): _query(state)}
    if data.is_demo:
        about[t("notice.synthetic_short", lang)] = t("notice.synthetic", lang)
    return about


def _query(state: dict) -> str:
    return viewstate.encode(state, PARAMS)
