"""Gender parity (/parity): the female/male parity index of any indicator with a sex split, and its regional map."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from dashboard.i18n import t
from dashboard.views.parity import PARITY_IDS, ParityState, unavailable_indicators
from dashboard.views.trends import data_years
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

dash.register_page(__name__, path="/parity", title=page_title("parity"), name="parity")


def layout(**query):
    state, notices = ParityState.from_query(query)
    lang = state.lang
    data, error = current_dataset(state)
    if data is None:
        return page_shell("parity", state, [], notices, None, error)
    first, last = data_years(data)
    years = state.years or (first, last)
    years = (max(first, years[0]), min(last, years[1]))
    unavailable = unavailable_indicators(data, lang)
    body = [
        page_context(ids.PARITY_CONTEXT, state, first=first, last=last),
        html.H1(t("nav.parity", lang), className="h3 controls"),
        html.P(t("parity.explain", lang), className="controls small"),
        controls_card([
            dbc.Row([
                control(t("filter.indicator", lang),
                        indicator_dropdown(ids.PARITY_INDICATOR, lang, state.indicator, PARITY_IDS, unavailable),
                        width=5),
                control(t("parity.variant", lang), dbc.RadioItems(
                    id=ids.PARITY_ADJUSTED, value=state.adjusted, inline=True,
                    options=[{"label": t("parity.unadjusted", lang), "value": False},
                             {"label": t("parity.adjusted", lang), "value": True}]), width=4),
                control(t("filter.area", lang), split_dropdown(ids.PARITY_AREA, "area", lang, state.area)),
                control(t("filter.management", lang),
                        split_dropdown(ids.PARITY_MANAGEMENT, "management", lang, state.management)),
            ]),
            dbc.Row([control(t("filter.years", lang), year_range_control(ids.PARITY_YEARS, first, last, years))]),
            html.Div(id=ids.PARITY_HINTS, className="control-hint"),
        ]),
        figure_card(ids.PARITY_GRAPH, lang, height=460, title_id=ids.PARITY_TITLE,
                    extra=[html.P(id=ids.PARITY_ORIGIN, className="figure-origin small text-muted mb-1")]),
        html.Div(figure_card(ids.PARITY_HEATMAP, lang, height=720), className="secondary-figure"),
        *definitions_drawer(lang, "parity"),
    ]
    return page_shell("parity", state, body, notices, data, error)
