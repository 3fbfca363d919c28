"""Trends (/trends): any EFA indicator since 1990, national or compared across regions, areas, sexes, management."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from dashboard.explorer import COMPARE_CHOICES
from dashboard.i18n import t
from dashboard.indicators.catalogue import INDICATOR_IDS
from dashboard.views.trends import TrendsState, change_options, data_years, fitted_years, log_allowed
from dashboard.viewstate import Notice, write_range
from layouts import _ids as ids
from layouts._components import (
    control,
    controls_card,
    current_dataset,
    definitions_drawer,
    dropdown,
    figure_card,
    grade_dropdown,
    indicator_dropdown,
    page_context,
    page_shell,
    page_title,
    region_options,
    split_dropdown,
    subject_options,
    year_range_control,
)

dash.register_page(__name__, path="/trends", title=page_title("trends"), name="trends")


def layout(**query):
    state, notices = TrendsState.from_query(query)
    lang = state.lang
    data, error = current_dataset(state)
    if data is None:
        return page_shell("trends", state, [], notices, None, error)
    first, last = data_years(data)
    years = fitted_years(state.years, (first, last))
    if years is None:  # none of the years asked for is loaded: show them all, and say so
        notices = [*notices, Notice("years", write_range(state.years), f"{first}–{last}")]
        years = (first, last)
    since = state.since
    body = [
        page_context(ids.TRENDS_CONTEXT, state, first=first, last=last),
        html.H1(t("nav.trends", lang), className="h3 controls"),
        controls_card([
            dbc.Row([
                control(t("filter.indicator", lang),
                        indicator_dropdown(ids.TRENDS_INDICATOR, lang, state.indicator, INDICATOR_IDS), width=5),
                control(t("filter.compare", lang), dbc.RadioItems(
                    id=ids.TRENDS_COMPARE, value=state.compare, inline=True, className="compare-choice",
                    options=[{"label": t(f"compare.{c}", lang), "value": c} for c in COMPARE_CHOICES]), width=7),
            ]),
            dbc.Row([
                control(t("filter.regions", lang), dropdown(
                    lang, id=ids.TRENDS_REGIONS, options=region_options(lang), value=list(state.regions), multi=True,
                    searchable=True, placeholder=t("filter.regions_placeholder", lang), maxHeight=420), width=5),
                control(t("filter.area", lang), split_dropdown(ids.TRENDS_AREA, "area", lang, state.area)),
                control(t("filter.sex", lang), split_dropdown(ids.TRENDS_SEX, "sex", lang, state.sex)),
                control(t("filter.management", lang),
                        split_dropdown(ids.TRENDS_MANAGEMENT, "management", lang, state.management)),
                control(t("filter.grade", lang), grade_dropdown(ids.TRENDS_GRADE, lang, state.grade)),
                control(t("filter.subject", lang), dropdown(
                    lang, id=ids.TRENDS_SUBJECT, clearable=False, searchable=False, value=state.subject,
                    options=subject_options(lang))),
            ]),
            dbc.Row([
                control(t("filter.years", lang), year_range_control(ids.TRENDS_YEARS, first, last, years), width=6),
                control(t("trends.change_since", lang), html.Div([
                    dbc.Switch(id=ids.TRENDS_SINCE_ON, value=since is not None, label=t("trends.show_change", lang),
                               className="mb-1"),
                    dbc.Input(id=ids.TRENDS_SINCE, type="number", min=first, max=last, step=1, size="sm",
                              value=since if since is not None else max(first, min(2000, last)), debounce=True,
                              style={"maxWidth": "8rem"}),
                    html.Div(dbc.RadioItems(
                        id=ids.TRENDS_CHANGE, value=state.change, inline=True, className="small mt-1",
                        options=change_options(lang, since is not None)),
                        role="radiogroup", **{"aria-label": t("trends.change_how", lang)}),
                ]), width=4, label_for=ids.TRENDS_SINCE),
                control(t("trends.scale", lang), dbc.Switch(
                    id=ids.TRENDS_SCALE, value=state.scale == "log", label=t("trends.scale_log", lang),
                    disabled=not log_allowed(state.indicator)), hint=t("trends.scale_log_hint", lang), width=2,
                    label_for=ids.TRENDS_SCALE),
            ]),
            html.Div(id=ids.TRENDS_HINTS, className="control-hint"),
        ]),
        figure_card(ids.TRENDS_GRAPH, lang, height=520, title_id=ids.TRENDS_TITLE),
        *definitions_drawer(lang, "trends"),
    ]
    return page_shell("trends", state, body, notices, data, error)
