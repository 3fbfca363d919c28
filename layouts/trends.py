"""Trends (/trends): any EFA indicator since 1990, national or compared across regions, areas, sexes, management."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard import viewstate
from dashboard.explorer import COMPARE_CHOICES
from dashboard.i18n import t
from dashboard.indicators.catalogue import INDICATOR_IDS
from dashboard.regions import REGION_CODES
from layouts import _ids as ids
from layouts._components import (
    control,
    controls_card,
    current_dataset,
    definitions_drawer,
    figure_card,
    indicator_dropdown,
    page_context,
    page_shell,
    page_title,
    region_options,
    split_dropdown,
    year_range_control,
)

dash.register_page(__name__, path="/trends", title=page_title("trends"), name="trends")

FIRST_YEAR, LAST_YEAR = 1990, 2100
DEFAULT_REGIONS = ("06", "09", "15", "21")  # Cajamarca, Huancavelica, Lima, Puno: the range of Peru's regions

PARAMS = (
    viewstate.Param("indicator", "net_enrolment_ratio", viewstate.choice(INDICATOR_IDS)),
    viewstate.Param("compare", "national", viewstate.choice(COMPARE_CHOICES)),
    viewstate.Param("regions", DEFAULT_REGIONS, viewstate.code_list(REGION_CODES), viewstate.write_list),
    viewstate.Param("area", "", viewstate.choice(("urban", "rural"))),
    viewstate.Param("sex", "", viewstate.choice(("F", "M"))),
    viewstate.Param("management", "", viewstate.choice(("public", "private"))),
    viewstate.Param("grade", 0, viewstate.int_in(1, 6)),
    viewstate.Param("subject", "reading", viewstate.choice(("reading", "math", "reading_l2"))),
    viewstate.Param("years", None, viewstate.year_range(FIRST_YEAR, LAST_YEAR), viewstate.write_range),
    viewstate.Param("since", None, viewstate.int_in(FIRST_YEAR, LAST_YEAR)),
)


def data_years(data) -> tuple[int, int]:
    """The census years loaded (the slider's bounds); 1990–2025 when no census table is there."""
    years = [int(frame["year"].min()) for name, frame in data.tables.items() if name in ("population", "enrolment")]
    lasts = [int(frame["year"].max()) for name, frame in data.tables.items() if name in ("population", "enrolment")]
    return (min(years), max(lasts)) if years else (1990, 2025)


def layout(**query):
    state, notices = viewstate.parse(query, PARAMS)
    lang = state["lang"]
    data, error = current_dataset()
    if data is None:
        return page_shell("trends", state, [], notices, None, error)
    first, last = data_years(data)
    years = state["years"] or (first, last)
    years = (max(first, years[0]), min(last, years[1]))
    since = state["since"]
    body = [
        page_context(ids.TRENDS_CONTEXT, state, first=first, last=last),
        html.H1(t("nav.trends", lang), className="h3 controls"),
        controls_card([
            dbc.Row([
                control(t("filter.indicator", lang),
                        indicator_dropdown(ids.TRENDS_INDICATOR, lang, state["indicator"], INDICATOR_IDS), width=5),
                control(t("filter.compare", lang), dbc.RadioItems(
                    id=ids.TRENDS_COMPARE, value=state["compare"], inline=True, className="compare-choice",
                    options=[{"label": t(f"compare.{c}", lang), "value": c} for c in COMPARE_CHOICES]), width=7),
            ]),
            dbc.Row([
                control(t("filter.regions", lang), dcc.Dropdown(
                    id=ids.TRENDS_REGIONS, options=region_options(lang), value=list(state["regions"]), multi=True,
                    searchable=True, placeholder=t("filter.regions_placeholder", lang)), width=5),
                control(t("filter.area", lang), split_dropdown(ids.TRENDS_AREA, "area", lang, state["area"])),
                control(t("filter.sex", lang), split_dropdown(ids.TRENDS_SEX, "sex", lang, state["sex"])),
                control(t("filter.management", lang),
                        split_dropdown(ids.TRENDS_MANAGEMENT, "management", lang, state["management"])),
                control(t("filter.grade", lang), dcc.Dropdown(
                    id=ids.TRENDS_GRADE, clearable=False, searchable=False, value=state["grade"],
                    options=[{"label": t("filter.all_grades", lang), "value": 0}]
                    + [{"label": t("filter.grade_n", lang, grade=g), "value": g} for g in range(1, 7)])),
                control(t("filter.subject", lang), dcc.Dropdown(
                    id=ids.TRENDS_SUBJECT, clearable=False, searchable=False, value=state["subject"],
                    options=[{"label": t(f"subject.{s}", lang), "value": s}
                             for s in ("reading", "math", "reading_l2")])),
            ]),
            dbc.Row([
                control(t("filter.years", lang), year_range_control(ids.TRENDS_YEARS, first, last, years), width=8),
                control(t("trends.change_since", lang), html.Div([
                    dbc.Switch(id=ids.TRENDS_SINCE_ON, value=since is not None, label=t("trends.show_change", lang),
                               className="mb-1"),
                    dbc.Input(id=ids.TRENDS_SINCE, type="number", min=first, max=last, step=1, size="sm",
                              value=since if since is not None else max(first, min(2000, last)), debounce=True,
                              style={"maxWidth": "8rem"}),
                ]), width=4),
            ]),
            html.Div(id=ids.TRENDS_HINTS, className="control-hint"),
        ]),
        figure_card(ids.TRENDS_GRAPH, lang, height=520, title_id=ids.TRENDS_TITLE),
        *definitions_drawer(lang, "trends"),
    ]
    return page_shell("trends", state, body, notices, data, error)
