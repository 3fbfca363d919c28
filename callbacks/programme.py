"""Callbacks of the programme page: one per section, so a choice redraws only the figures it changes."""
from __future__ import annotations

from dash import Input, Output, State, callback

from callbacks._downloads import csv_download
from dashboard import programme_page, store, viewstate
from dashboard.i18n import t
from layouts import _ids as ids
from layouts._components import stat_table
from layouts.programme import PARAMS

CONTROLS = {"currency": ids.PROGRAMME_CURRENCY, "ratio": ids.PROGRAMME_RATIO, "survey": ids.PROGRAMME_SURVEY,
            "indicator": ids.PROGRAMME_INDICATOR}
# The data behind each downloadable figure: (graph, table name)
DOWNLOADS = ((ids.PROGRAMME_HISTORY, "history"), (ids.PROGRAMME_SCATTER, "ratios"),
             (ids.PROGRAMME_RESULTS, "results_framework"), (ids.PROGRAMME_FOCALISATION, "focalisation"),
             (ids.PROGRAMME_VIEWS, "teacher_views"), (ids.PROGRAMME_DISBURSEMENTS, "disbursements"))
SOURCES = {"history": "programme.source_history_table", "ratios": "programme.source_ratios",
           "results_framework": "programme.source_results_framework",
           "focalisation": "programme.source_focalisation_table", "teacher_views": "programme.source_teacher_views",
           "disbursements": "programme.source_disbursements"}
ALL_CONTROLS = [State(c, "value") for c in CONTROLS.values()]


def _state(context, **chosen) -> dict:
    return {"lang": context["lang"], "present": context["present"], **chosen}


def _versioned(section, data) -> list:
    figures = list(section.figures.values())
    for figure in figures:
        figure.update_layout(meta={"data_version": data.fingerprint})
    return figures


@callback(Output(ids.PROGRAMME_HISTORY, "figure"), Output(ids.PROGRAMME_EXPENDITURE, "figure"),
          Input(ids.PROGRAMME_CURRENCY, "value"), State(ids.PROGRAMME_CONTEXT, "data"))
def draw_history(currency, context):
    """Table 1 per year, and the expenditure in the chosen currency."""
    data = store.dataset()
    return _versioned(programme_page.history_section(data, _state(context, currency=currency or "pen")), data)


@callback(Output(ids.PROGRAMME_SCATTER, "figure"), Output(ids.PROGRAMME_RATIO_BARS, "figure"),
          Output(ids.PROGRAMME_SUMMARY, "children"),
          Input(ids.PROGRAMME_RATIO, "value"), State(ids.PROGRAMME_CONTEXT, "data"))
def draw_regions(ratio, context):
    """Regional costs and ratios: the scatter, the chosen ratio by region, and the summary table."""
    data = store.dataset()
    section = programme_page.regions_section(data, _state(context, ratio=ratio))
    return *_versioned(section, data), stat_table(section.table) if section.table else None


@callback(Output(ids.PROGRAMME_FOCALISATION, "figure"), Output(ids.PROGRAMME_DISBURSEMENTS, "figure"),
          Input(ids.PROGRAMME_CONTEXT, "data"))
def draw_reference(context):
    """The published tables no choice changes: focalisation and the disbursement schedule."""
    data = store.dataset()
    return _versioned(programme_page.reference_section(data, _state(context)), data)


@callback(Output(ids.PROGRAMME_VIEWS, "figure"), Input(ids.PROGRAMME_SURVEY, "value"),
          State(ids.PROGRAMME_CONTEXT, "data"))
def draw_views(survey, context):
    """The chosen question of the teachers' survey."""
    data = store.dataset()
    return _versioned(programme_page.views_section(data, _state(context, survey=int(survey))), data)[0]


@callback(Output(ids.PROGRAMME_RESULTS, "figure"), Output(ids.PROGRAMME_RESULTS_TABLE, "children"),
          Input(ids.PROGRAMME_INDICATOR, "value"), State(ids.PROGRAMME_CONTEXT, "data"))
def draw_results(indicator, context):
    """The chosen indicator of the loan: targets against actuals, and the table as printed."""
    data = store.dataset()
    section = programme_page.results_section(data, _state(context, indicator=indicator))
    return _versioned(section, data)[0], stat_table(section.table) if section.table else None


@callback(Output(ids.per_page(ids.VIEW_QUERY, "programme"), "data"),
          *[Input(c, "value") for c in CONTROLS.values()], State(ids.PROGRAMME_CONTEXT, "data"))
def remember_view(*args):
    """The address that reproduces the page's choices."""
    *values, context = args
    return viewstate.encode(_state(context, **dict(zip(CONTROLS, values, strict=True))), PARAMS)


def _programme_csv(table: str):
    def build(*args):
        *values, context = args
        state = _state(context, **dict(zip(CONTROLS, values, strict=True)))
        state["survey"] = int(state["survey"])
        data = store.dataset()
        lang = state["lang"]
        about = {t("download.source", lang): t(SOURCES[table], lang),
                 t("download.view", lang): viewstate.encode(state, PARAMS)}
        if data.is_demo and table == "ratios":
            about[t("notice.synthetic_short", lang)] = t("programme.synthetic_regions", lang)
        return programme_page.section_data(data, state, table), about, f"programme_{table}.csv"

    return build


for _graph, _table in DOWNLOADS:
    csv_download(_graph, [*ALL_CONTROLS, State(ids.PROGRAMME_CONTEXT, "data")], _programme_csv(_table))
