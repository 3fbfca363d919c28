"""Callbacks of the programme page: its figures for the chosen currency, ratio, survey question and indicator."""
from __future__ import annotations

from dash import Input, Output, State, callback

from dashboard import store, viewstate
from dashboard.exports import csv_with_provenance
from dashboard.i18n import t
from dashboard.programme_page import programme_view
from layouts import _ids as ids
from layouts._components import stat_table
from layouts.programme import PARAMS

CONTROLS = {"currency": ids.PROGRAMME_CURRENCY, "ratio": ids.PROGRAMME_RATIO, "survey": ids.PROGRAMME_SURVEY,
            "indicator": ids.PROGRAMME_INDICATOR}
FIGURES = ("history", "expenditure", "scatter", "ratio_bars", "focalisation", "teacher_views", "results",
           "disbursements")
GRAPHS = (ids.PROGRAMME_HISTORY, ids.PROGRAMME_EXPENDITURE, ids.PROGRAMME_SCATTER, ids.PROGRAMME_RATIO_BARS,
          ids.PROGRAMME_FOCALISATION, ids.PROGRAMME_VIEWS, ids.PROGRAMME_RESULTS, ids.PROGRAMME_DISBURSEMENTS)
# The data behind each downloadable figure: (graph, table of the view)
DOWNLOADS = ((ids.PROGRAMME_HISTORY, "history"), (ids.PROGRAMME_SCATTER, "ratios"),
             (ids.PROGRAMME_RESULTS, "results_framework"), (ids.PROGRAMME_FOCALISATION, "focalisation"),
             (ids.PROGRAMME_VIEWS, "teacher_views"), (ids.PROGRAMME_DISBURSEMENTS, "disbursements"))


SOURCES = {"history": "programme.source_history_table", "ratios": "programme.source_ratios",
           "results_framework": "programme.source_results_framework",
           "focalisation": "programme.source_focalisation_table", "teacher_views": "programme.source_teacher_views",
           "disbursements": "programme.source_disbursements"}


def _state(values, context) -> dict:
    raw = dict(zip(CONTROLS, values, strict=True))
    return {"lang": context["lang"], "present": context["present"], "currency": raw["currency"] or "pen",
            "ratio": raw["ratio"], "survey": int(raw["survey"]), "indicator": raw["indicator"]}


@callback(
    *[Output(graph, "figure") for graph in GRAPHS], Output(ids.PROGRAMME_SUMMARY, "children"),
    Output(ids.PROGRAMME_RESULTS_TABLE, "children"), Output(ids.per_page(ids.VIEW_QUERY, "programme"), "data"),
    *[Input(c, "value") for c in CONTROLS.values()], State(ids.PROGRAMME_CONTEXT, "data"),
)
def draw_programme(*args):
    """All figures and tables of the programme page for the chosen view."""
    *values, context = args
    state = _state(values, context)
    data = store.dataset()
    view = programme_view(data, state)
    figures = [getattr(view, name) for name in FIGURES]
    for figure in figures:
        figure.update_layout(meta={"data_version": data.fingerprint})
    summary = stat_table(view.summary) if view.summary else None
    results = stat_table(view.results_table) if view.results_table else None
    return (*figures, summary, results, viewstate.encode(state, PARAMS))


def _download(graph: str, table: str):
    @callback(
        Output({"type": ids.CSV_DOWNLOAD, "graph": graph}, "data"),
        Input({"type": ids.CSV_BUTTON, "graph": graph}, "n_clicks"),
        *[State(c, "value") for c in CONTROLS.values()], State(ids.PROGRAMME_CONTEXT, "data"),
        prevent_initial_call=True,
    )
    def download(_clicks, *args):
        *values, context = args
        state = _state(values, context)
        data = store.dataset()
        frame = programme_view(data, state).tables.get(table)
        lang = state["lang"]
        about = {t("download.source", lang): t(SOURCES[table], lang),
                 t("download.view", lang): viewstate.encode(state, PARAMS)}
        if data.is_demo and table == "ratios":
            about[t("notice.synthetic_short", lang)] = t("programme.synthetic_regions", lang)
        return {"content": csv_with_provenance(frame, about), "filename": f"programme_{table}.csv",
                "type": "text/csv"}

    download.__name__ = f"download_programme_{table}"
    download.__doc__ = f"The {table} table behind the figure, with its source."
    return download


for _graph, _table in DOWNLOADS:
    _download(_graph, _table)
