"""Home (/): headline figures of the latest year, what data is loaded, and a way into each panel."""
from __future__ import annotations

from base64 import b64encode

import dash
import dash_bootstrap_components as dbc
from dash import html

from dashboard.i18n import number, t
from dashboard.views.home import HomeState, HomeView, home_view, sparkline_svg
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
    """One card per headline indicator, the whole card a link to the view that shows it in full."""
    if view is None:
        return dbc.Row()
    cards = [dbc.Col(headline_card(item, lang), md=6, lg=4, className="mb-3") for item in view.headlines]
    return dbc.Row(cards, className="headline-row")


def headline_card(item: dict, lang: str) -> html.A:
    """Latest value, change since the base year, trend, regions furthest behind (or why there are none), origin."""
    decimals, unit = item["decimals"], item["unit"]
    change = item["change"]
    if item["value"] is None:
        figure = [html.Div(item["missing"], className="headline-missing")]
    else:
        figure = [
            html.Div([number(item["value"], lang, decimals), html.Span(unit, className="unit"),
                      html.Span(t("home.year", lang, year=item["year"]), className="headline-year")],
                     className="headline-value"),
            html.Div(t("home.change_since", lang, year=item["base_year"],
                       change=("+" if change > 0 else "") + number(change, lang, decimals),
                       unit=item["change_unit"]) if change is not None else t("home.no_change", lang),
                     className="headline-change"),
            sparkline(item, lang),
            behind_list(item, lang),
        ]
    target = item["links"].get("maps", item["links"]["trends"])
    action = t("home.open_map" if "maps" in item["links"] else "home.open_trend", lang)
    body = [
        html.Div(item["name"], className="headline-name"),
        html.Div(item["detail"], className="headline-detail small") if item["detail"] else None,
        *figure,
        html.Div(item["origin_words"], className="headline-origin small text-muted mt-1",
                 **{"data-origin": item.get("origin", "")}) if item["origin_words"] else None,
        html.Div(action + " →", className="headline-action small mt-1"),
    ]
    return html.A(dbc.Card(dbc.CardBody(body), className="headline-card h-100"), href=target,
                  className="headline-link", id=f"headline-{item['id']}")


def sparkline(item: dict, lang: str) -> html.Img | None:
    """The trend as a small picture whose text alternative says where it starts and ends."""
    svg = sparkline_svg(item["trend"])
    if not svg:
        return None
    (first, start), (last, end) = item["trend"][0], item["trend"][-1]
    alt = t("home.trend_alt", lang, first=first, last=last, start=number(start, lang, item["decimals"]),
            end=number(end, lang, item["decimals"]), unit=item["unit"])
    return html.Img(src="data:image/svg+xml;base64," + b64encode(svg.encode()).decode(), alt=alt,
                    className="headline-sparkline", width=120, height=32)


def behind_list(item: dict, lang: str) -> html.Div:
    """The regions furthest behind, or, for national data, that it cannot rank them."""
    if not item["behind"]:
        return html.Div(t("home.national_only", lang), className="headline-national small mt-1")
    # A gross ratio above 100 % is not behind (it counts over-age pupils): its list is only the lowest values.
    key = ("home.behind_gpi" if item["parity"] else "home.lowest_gross" if item["id"] == "gross_enrolment_ratio"
           else "home.behind")
    heading = t(key, lang, year=item["year"])
    return html.Div([
        html.Div(heading, className="headline-behind-title small"),
        html.Ol([html.Li(f"{region['region']}: {number(region['value'], lang, item['decimals'])}{item['unit']}")
                 for region in item["behind"]], className="headline-behind small mb-0"),
    ])


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
