"""Cohort flow (/cohort): a reconstructed cohort of 1,000 pupils through primary, its survival and efficiency."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from dashboard.i18n import t
from dashboard.views.cohort import CAPS, NO_CAP, CohortState, cohort_years, opening_year
from layouts import _ids as ids
from layouts._components import (
    control,
    controls_card,
    current_dataset,
    definitions_drawer,
    dropdown,
    figure_card,
    page_context,
    page_shell,
    page_title,
    region_options,
    split_dropdown,
)

dash.register_page(__name__, path="/cohort", title=page_title("cohort"), name="cohort")

FLOW_HEIGHT = 540


def layout(**query):
    state, notices = CohortState.from_query(query)
    lang = state.lang
    data, error = current_dataset(state)
    if data is None:
        return page_shell("cohort", state, [], notices, None, error)
    years = cohort_years(data)
    year = opening_year(data, state)
    body = [
        page_context(ids.COHORT_CONTEXT, state),
        html.H1(t("nav.cohort", lang), className="h3 controls"),
        controls_card([
            dbc.Row([
                control(t("filter.year", lang), dropdown(
                    lang, id=ids.COHORT_YEAR, value=year, clearable=False, searchable=True,
                    options=[{"label": str(y), "value": y} for y in reversed(years)])),
                control(t("filter.region", lang), dropdown(
                    lang, id=ids.COHORT_REGION, value=state.region, clearable=False, searchable=True,
                    options=[{"label": t("cohort.region_national", lang), "value": "", "search": ""},
                             *region_options(lang)]), width=4),
                control(t("filter.area", lang), split_dropdown(ids.COHORT_AREA, "area", lang, state.area)),
                control(t("filter.sex", lang), split_dropdown(ids.COHORT_SEX, "sex", lang, state.sex)),
                control(t("cohort.cap", lang), dropdown(
                    lang, id=ids.COHORT_CAP, clearable=False, searchable=False,
                    value=NO_CAP if state.cap is None else state.cap,
                    options=[{"label": t("indicator.cohort.no_cap", lang).capitalize(), "value": NO_CAP}]
                    + [{"label": t("cohort.cap_n", lang, cap=cap), "value": cap} for cap in CAPS])),
            ]),
            html.Div(id=ids.COHORT_HINTS, className="control-hint"),
        ]),
        dbc.Row([
            dbc.Col(figure_card(ids.COHORT_GRAPH, lang, height=FLOW_HEIGHT, title_id=ids.COHORT_TITLE), lg=8),
            dbc.Col([
                # Heights reserved for what the callback fills in, so nothing below jumps when it arrives.
                html.Div(id=ids.COHORT_NUMBERS, className="cohort-numbers", style={"minHeight": "390px"}),
                html.Div(id=ids.COHORT_FLAGS, className="cohort-flags", role="status"),
            ], lg=4),
        ]),
        dbc.Card(dbc.CardBody([
            html.H2(t("cohort.rates_title", lang), className="h5 figure-title"),
            html.Div(id=ids.COHORT_RATES, style={"minHeight": "250px"}),
        ]), className="figure-card mb-3 secondary-figure"),
        *definitions_drawer(lang, "cohort"),
    ]
    return page_shell("cohort", state, body, notices, data, error)


def number_cards(numbers: list[dict]) -> list:
    """The cohort's big numbers as cards: value and unit large, what it means underneath."""
    return [
        dbc.Card(dbc.CardBody([
            html.Div(item["label"], className="headline-name"),
            html.Div([item["value"], html.Span(item["unit"], className="unit")], className="headline-value",
                     id=f"cohort-number-{item['key']}"),
            html.Div(item["note"], className="headline-year"),
        ], className="py-2"), className="headline-card mb-2")
        for item in numbers
    ]


def flag_list(sentences: list[str], lang: str) -> html.Div:
    """The quality flags in words (or that there are none)."""
    if not sentences:
        return html.Div(t("cohort.no_flags", lang), className="control-hint")
    return dbc.Alert([html.Strong(t("indicator.cohort.flags", lang)),
                      html.Ul([html.Li(f"⚠ {text}") for text in sentences], className="mb-0 ps-3")],
                     color="warning", className="py-2 small")


def rates_component(table) -> dbc.Table:
    """The rates by grade as a compact table (numbers right-aligned, written in the reader's language)."""
    head = html.Thead(html.Tr([html.Th(column, className="text-end" if index else None)
                               for index, column in enumerate(table.columns)]))
    body = html.Tbody([html.Tr([html.Td(value, className="text-end" if index else None)
                                for index, value in enumerate(row)]) for row in table.itertuples(index=False)])
    return dbc.Table([head, body], striped=True, bordered=False, hover=True, size="sm", className="stat-table mb-0")
