"""Maps (/maps): any EFA indicator by region for a year, played through the years; urban and rural; a region profile."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.i18n import t
from dashboard.indicators.catalogue import INDICATOR_IDS
from dashboard.views.maps import MAP_VIEWS, MapsState, map_years, opening_year, unmappable, year_marks
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
)

dash.register_page(__name__, path="/maps", title=page_title("maps"), name="maps")

MAP_HEIGHT = 660
PROFILE_HEIGHT = 400

def layout(**query):
    state, notices = MapsState.from_query(query)
    lang, present = state.lang, state.present
    data, error = current_dataset(state)
    if data is None:
        return page_shell("maps", state, [], notices, None, error)
    years, year = map_years(data, state), opening_year(data, state)
    body = [
        page_context(ids.MAPS_CONTEXT, state),
        dcc.Store(id=ids.MAPS_YEAR, data=year),
        dcc.Store(id=ids.MAPS_YEAR_SYNCED),
        html.H1(t("nav.maps", lang), className="h3 controls"),
        controls_card([
            dbc.Row([
                control(t("filter.indicator", lang), indicator_dropdown(
                    ids.MAPS_INDICATOR, lang, state.indicator, INDICATOR_IDS, unmappable(data.tables, lang)),
                    width=6),
                control(t("maps.view", lang), dbc.RadioItems(
                    id=ids.MAPS_VIEW, value=state.view, inline=True,
                    options=[{"label": t(f"maps.view.{v}", lang), "value": v} for v in MAP_VIEWS]), width=6),
            ]),
            dbc.Row([
                control(t("filter.sex", lang), split_dropdown(ids.MAPS_SEX, "sex", lang, state.sex)),
                control(t("filter.management", lang),
                        split_dropdown(ids.MAPS_MANAGEMENT, "management", lang, state.management)),
                control(t("filter.area", lang), split_dropdown(ids.MAPS_AREA, "area", lang, state.area)),
                control(t("filter.grade", lang), grade_dropdown(ids.MAPS_GRADE, lang, state.grade)),
                control(t("filter.subject", lang), dropdown(
                    lang, id=ids.MAPS_SUBJECT, clearable=False, searchable=False, value=state.subject,
                    options=subject_options(lang))),
            ]),
            html.Div(id=ids.MAPS_REASONS, className="control-hint"),
            html.Div(id=ids.MAPS_HINTS, className="control-hint"),
        ]),
        dbc.Row([
            dbc.Col(map_card(lang, years, year), lg=12 if present else 8),
            dbc.Col(profile_card(state), lg=4, className="secondary-figure"),
        ]),
        *definitions_drawer(lang, "maps"),
    ]
    return page_shell("maps", state, body, notices, data, error)


def map_card(lang: str, years: list[int], year: int | None):
    """The shared figure card, with the wheel left to scroll the page (zoom stays on the map's +/- buttons) and
    the year controls under the map, outside the figure so that exports carry none of them."""
    card = figure_card(ids.MAPS_GRAPH, lang, height=MAP_HEIGHT, title_id=ids.MAPS_TITLE,
                       extra=[year_controls(lang, years, year),
                              html.Div(t("maps.play_hint", lang), className="control-hint controls")])
    graph = _component(card, ids.MAPS_GRAPH)
    graph.config = {**graph.config, "scrollZoom": False}
    return card


def year_controls(lang: str, years: list[int], year: int | None) -> html.Div:
    """Play / pause and a slider of the years: both reachable by Tab, the slider moved by the arrow keys.

    The page's script switches the map between the years already in the browser (assets/observatory.js);
    the slider's name is set there too, since dcc.Slider takes no aria-label.
    """
    play, pause = t("maps.play", lang), t("maps.pause", lang)
    return html.Div([
        html.Button(play, id=ids.MAPS_PLAY, type="button", className="btn btn-outline-primary map-play",
                    disabled=len(years) < 2, **{"aria-pressed": "false", "data-play": play, "data-pause": pause}),
        html.Div(t("maps.year_prefix", lang) + (str(year) if year else ""), id=ids.MAPS_YEAR_SHOWN,
                 className="map-year-shown", **{"aria-live": "polite"}),
        html.Div(dcc.Slider(id=ids.MAPS_YEAR_SLIDER, min=min(years, default=0), max=max(years, default=0),
                            step=1, marks=year_marks(years), value=year, included=False,
                            allow_direct_input=False, updatemode="drag"),
                 className="map-year-slider", **{"data-label": t("maps.year_slider", lang),
                                                 "data-prefix": t("maps.year_prefix", lang)}),
    ], className="map-years")


def _component(tree, component_id: str):
    """The component with this id inside a layout tree (depth first)."""
    if getattr(tree, "id", None) == component_id:
        return tree
    children = getattr(tree, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            found = _component(child, component_id)
            if found is not None:
                return found
    return None


def profile_card(state: MapsState) -> html.Div:
    """The profile of the region picked on the map (or in its dropdown): its trend against the national line."""
    lang = state.lang
    picker = dropdown(lang, id=ids.MAPS_REGION, options=region_options(lang), value=state.region or None,
                          clearable=True, searchable=True, placeholder=t("maps.profile_pick", lang),
                          className="mb-2")
    link = dcc.Link(t("maps.profile_link_default", lang), id=ids.MAPS_PROFILE_LINK, href="/trends",
                    className="profile-link")
    return html.Div([
        html.Div([dbc.Label(t("filter.region", lang), html_for=ids.MAPS_REGION, className="small fw-semibold mb-1"),
                  picker, html.Div(t("maps.click_hint", lang), className="control-hint mb-2")]),
        figure_card(ids.MAPS_PROFILE_GRAPH, lang, height=PROFILE_HEIGHT, title_id=ids.MAPS_PROFILE_TITLE, csv=False,
                    extra=[link]),
    ])
