"""Callbacks of the maps page: available choices, a clicked region, and the page spec (map, profile, address, CSV).

The year slider and play button under the map run in the browser: assets/observatory.js (mapControls) shows
each year from the frames the figure already holds, outlines the chosen region, fits Peru to the map's size,
and reports the year shown to the page (address bar, profile marker, CSV) without redrawing the map.
"""
from __future__ import annotations

import dash
from dash import ClientsideFunction, Input, Output, State, callback, clientside_callback, html

from callbacks._spec import Download, Draw, PageSpec, register, values_of
from dashboard import explorer
from dashboard.figures.maps import REGIONS_URL
from dashboard.i18n import t
from dashboard.serving import dataset_for
from dashboard.views.maps import (
    FILTERS,
    MAP_VIEWS,
    MapsState,
    filter_reasons,
    maps_view,
    profile_view,
    rows_of_year,
    year_marks,
)
from layouts import _ids as ids
from layouts._components import heading, indicator_definition


def map_of(data, state: MapsState):
    """The map, its shapes named by the address this app serves them at (it may sit under a path prefix)."""
    return maps_view(data, state, shapes=dash.get_relative_path(REGIONS_URL))


def show_map(view, state: MapsState) -> dict:
    years = {"year": view.year, "slider": view.year, "first": min(view.years), "last": max(view.years),
             "marks": year_marks(view.years)} if view.years else {}
    return {"title": heading(view), "hints": " ".join(view.hints), "year": dash.no_update, "slider": dash.no_update,
            "first": dash.no_update, "last": dash.no_update, "marks": dash.no_update, **years,
            "definitions": indicator_definition(state.indicator, state.lang, view.synthetic)}


def show_profile(view, state: MapsState) -> dict:
    return {"title": view.title, "link": view.link,
            "link_text": view.link_text or t("maps.profile_link_default", state.lang)}


CONTROLS = {**values_of(indicator=ids.MAPS_INDICATOR, view=ids.MAPS_VIEW, sex=ids.MAPS_SEX,
                        management=ids.MAPS_MANAGEMENT, area=ids.MAPS_AREA, grade=ids.MAPS_GRADE,
                        subject=ids.MAPS_SUBJECT, region=ids.MAPS_REGION), "year": (ids.MAPS_YEAR, "data")}
SPEC = PageSpec(
    "maps", MapsState, ids.MAPS_CONTEXT, CONTROLS,
    draws=(
        Draw(map_of, {"map": ids.MAPS_GRAPH}, show=show_map, outputs={
            "title": (ids.MAPS_TITLE, "children"), "hints": (ids.MAPS_HINTS, "children"),
            "definitions": (ids.per_page(ids.DEFINITIONS, "maps"), "children"), "year": (ids.MAPS_YEAR, "data"),
            "slider": (ids.MAPS_YEAR_SLIDER, "value"), "first": (ids.MAPS_YEAR_SLIDER, "min"),
            "last": (ids.MAPS_YEAR_SLIDER, "max"), "marks": (ids.MAPS_YEAR_SLIDER, "marks")},
            triggers=("indicator", "view", "sex", "management", "area", "grade", "subject")),
        Draw(profile_view, {"profile": ids.MAPS_PROFILE_GRAPH}, show=show_profile, outputs={
            "title": (ids.MAPS_PROFILE_TITLE, "children"), "link": (ids.MAPS_PROFILE_LINK, "href"),
            "link_text": (ids.MAPS_PROFILE_LINK, "children")}),
    ),
    downloads=(Download(ids.MAPS_GRAPH, map_of, "map",
                        lambda state, view: f"map_{state.indicator}_{view.view.get('view', state.view)}.csv",
                        on_screen=lambda table, state: rows_of_year(table, state.year)),),
)
register(SPEC)


@callback(
    Output(ids.MAPS_VIEW, "options"), Output(ids.MAPS_SEX, "disabled"), Output(ids.MAPS_MANAGEMENT, "disabled"),
    Output(ids.MAPS_AREA, "disabled"), Output(ids.MAPS_GRADE, "disabled"), Output(ids.MAPS_SUBJECT, "disabled"),
    Output(ids.MAPS_REASONS, "children"),
    Input(ids.MAPS_INDICATOR, "value"), Input(ids.MAPS_VIEW, "value"), State(ids.MAPS_CONTEXT, "data"),
)
def show_available_choices(indicator, view, context):
    """Disable the views and filters the indicator cannot take, and say why under the controls."""
    lang = context["lang"]
    avail = explorer.availability(dataset_for(MapsState.from_context(context)).tables, indicator, lang)
    options = [{"label": t(f"maps.view.{v}", lang), "value": v,
                "disabled": v != "map" and "area" not in avail.allowed} for v in MAP_VIEWS]
    reasons = filter_reasons(avail, indicator, view, lang)
    lines = [html.Div(t("maps.disabled", lang, control=t(f"filter.{name}", lang), reason=reason))
             for name, reason in reasons.items() if reason and name in ("sex", "management", "area")]
    return (options, *(bool(reasons[name]) for name in FILTERS), lines)


@callback(Output(ids.MAPS_REGION, "value"), Input(ids.MAPS_GRAPH, "clickData"), prevent_initial_call=True)
def open_clicked_region(click):
    """A click on a region opens its profile."""
    points = (click or {}).get("points") or [{}]
    return points[0].get("location") or dash.no_update


clientside_callback(
    ClientsideFunction("observatory", "mapControls"),
    Output(ids.MAPS_YEAR_SYNCED, "data"),
    Input(ids.MAPS_GRAPH, "figure"), Input(ids.MAPS_YEAR_SLIDER, "value"), Input(ids.MAPS_PLAY, "n_clicks"),
    Input(ids.MAPS_REGION, "value"),
    State(ids.MAPS_GRAPH, "id"), State(ids.MAPS_YEAR_SLIDER, "id"), State(ids.MAPS_YEAR, "id"),
    State(ids.MAPS_PLAY, "id"), State(ids.MAPS_YEAR_SHOWN, "id"),
    State(ids.MAPS_REGION, "id"),
)
