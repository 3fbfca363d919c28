"""Home (/): headline figures of the latest year, what data is loaded, and a way into each panel."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from dashboard.i18n import number, t
from dashboard.views.home import HomeState, HomeView, home_view
from layouts._components import PAGES, current_dataset, page_shell, page_title

dash.register_page(__name__, path="/", title=page_title("home"), name="home")

def layout(**query):
    state, notices = HomeState.from_query(query)
    lang = state.lang
    data, error = current_dataset(state)
    view = home_view(data, state) if data is not None else None
    body = [
        html.H1(t("app.title", lang), className="h2 mt-2"),
        html.P(t("home.lead", lang), className="lead home-lead"),
        headline_cards(view, lang),
        html.H2(t("home.panels", lang), className="h4 mt-4"),
        panel_cards(state),
        html.H2(t("home.loaded", lang), className="h4 mt-4"),
        loaded_data(view, lang),
    ]
    return page_shell("home", state, body, notices, data, error)


def headline_cards(view: HomeView | None, lang: str) -> dbc.Row:
    """One card per headline indicator: latest value and its change since 2000."""
    if view is None:
        return dbc.Row()
    cards = []
    for item in view.headlines:
        change = item["change"]
        delta = (html.Div(t("home.change_since", lang, year=item["base_year"],
                            change=("+" if change > 0 else "") + number(change, lang, item["decimals"]),
                            unit=item["change_unit"]), className="headline-change")
                 if change is not None else html.Div(t("home.no_change", lang), className="headline-change"))
        body = [
            html.Div(item["name"], className="headline-name"),
            html.Div([number(item["value"], lang, item["decimals"]), html.Span(item["unit"], className="unit")],
                     className="headline-value") if item["value"] is not None else
            html.Div(item["missing"], className="headline-missing"),
            html.Div(t("home.year", lang, year=item["year"]), className="headline-year") if item["year"] else None,
            delta if item["value"] is not None else None,
            html.Div(item["origin_words"], className="headline-origin small text-muted mt-1",
                     **{"data-origin": item.get("origin", "")}) if item["origin_words"] else None,
        ]
        cards.append(dbc.Col(dbc.Card(dbc.CardBody(body), className="headline-card h-100"), md=4, lg=2,
                             className="mb-3"))
    return dbc.Row(cards, className="headline-row")


def panel_cards(state: HomeState) -> dbc.Row:
    lang = state.lang
    query = state.common_query()
    cards = [
        dbc.Col(dbc.Card(dbc.CardBody([
            html.H3(html.A(t(f"nav.{key}", lang), href=f"{path}{query}"), className="h5"),
            html.P(t(f"home.panel.{key}", lang), className="mb-0 small"),
        ]), className="h-100 panel-card"), md=6, lg=4, className="mb-3")
        for key, path in PAGES if key != "home"
    ]
    return dbc.Row(cards)


def loaded_data(view: HomeView | None, lang: str) -> html.Div:
    if view is None:
        return html.Div()
    rows = [
        html.Tr([
            html.Td(html.Code(line["table"])),
            html.Td(number(line["rows"], lang, 0), className="text-end"),
            html.Td(f"{line['first_year']}–{line['last_year']}" if line["first_year"] is not None else "–"),
            html.Td(line["regions"] if line["regions"] is not None else "–", className="text-end"),
        ])
        for line in view.loaded
    ]
    header = html.Thead(html.Tr([html.Th(t("home.table", lang)), html.Th(t("home.rows", lang), className="text-end"),
                                 html.Th(t("home.years", lang)), html.Th(t("home.regions", lang),
                                                                          className="text-end")]))
    kind = t("home.kind_demo", lang) if view.synthetic else t("home.kind_real", lang)
    return html.Div([
        html.P([html.Strong(kind), " · ", t("home.version", lang), " ", html.Code(view.version)]),
        dbc.Table([header, html.Tbody(rows)], bordered=False, hover=True, size="sm", className="loaded-table"),
    ])
