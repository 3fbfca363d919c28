"""Gender parity (/parity): the female/male parity index of any indicator with a sex split, and its regional map."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from dashboard import viewstate
from dashboard.explorer import availability
from dashboard.i18n import t
from dashboard.indicators.catalogue import CATALOGUE
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
    split_dropdown,
    year_range_control,
)
from layouts.trends import data_years

dash.register_page(__name__, path="/parity", title=page_title("parity"), name="parity")

PARITY_IDS = tuple(spec.id for spec in CATALOGUE.values() if spec.has_sex_split)

PARAMS = (
    viewstate.Param("indicator", "net_enrolment_ratio", viewstate.choice(PARITY_IDS)),
    viewstate.Param("adjusted", False, viewstate.flag, viewstate.write_flag),
    viewstate.Param("area", "", viewstate.choice(("urban", "rural"))),
    viewstate.Param("management", "", viewstate.choice(("public", "private"))),
    viewstate.Param("years", None, viewstate.year_range(1990, 2100), viewstate.write_range),
)


def layout(**query):
    state, notices = viewstate.parse(query, PARAMS)
    lang = state["lang"]
    data, error = current_dataset()
    if data is None:
        return page_shell("parity", state, [], notices, None, error)
    first, last = data_years(data)
    years = state["years"] or (first, last)
    years = (max(first, years[0]), min(last, years[1]))
    unavailable = {}
    for indicator_id in PARITY_IDS:
        avail = availability(data.tables, indicator_id, lang)
        if "sex" not in avail.allowed:
            unavailable[indicator_id] = avail.reasons.get("sex") or t("parity.no_sex", lang)
    body = [
        page_context(ids.PARITY_CONTEXT, state, first=first, last=last),
        html.H1(t("nav.parity", lang), className="h3 controls"),
        html.P(t("parity.explain", lang), className="controls small"),
        controls_card([
            dbc.Row([
                control(t("filter.indicator", lang),
                        indicator_dropdown(ids.PARITY_INDICATOR, lang, state["indicator"], PARITY_IDS, unavailable),
                        width=5),
                control(t("parity.variant", lang), dbc.RadioItems(
                    id=ids.PARITY_ADJUSTED, value=state["adjusted"], inline=True,
                    options=[{"label": t("parity.unadjusted", lang), "value": False},
                             {"label": t("parity.adjusted", lang), "value": True}]), width=4),
                control(t("filter.area", lang), split_dropdown(ids.PARITY_AREA, "area", lang, state["area"])),
                control(t("filter.management", lang),
                        split_dropdown(ids.PARITY_MANAGEMENT, "management", lang, state["management"])),
            ]),
            dbc.Row([control(t("filter.years", lang), year_range_control(ids.PARITY_YEARS, first, last, years))]),
            html.Div(id=ids.PARITY_HINTS, className="control-hint"),
        ]),
        figure_card(ids.PARITY_GRAPH, lang, height=460, title_id=ids.PARITY_TITLE),
        html.Div(figure_card(ids.PARITY_HEATMAP, lang, height=720), className="secondary-figure"),
        *definitions_drawer(lang, "parity"),
    ]
    return page_shell("parity", state, body, notices, data, error)
