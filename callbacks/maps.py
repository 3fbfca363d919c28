"""Callbacks of the maps page: available choices, the map, the year its slider shows, the region profile, the CSV."""
from __future__ import annotations

import textwrap

import dash
from dash import Input, Output, State, callback, clientside_callback, html

from callbacks._downloads import csv_download
from dashboard import explorer, mapping, store, viewstate
from dashboard.figures.maps import REGIONS_URL
from dashboard.figures.theme import empty_figure
from dashboard.home import engine_for
from dashboard.i18n import t
from dashboard.regions import region_name
from dashboard.views import provenance
from layouts import _ids as ids
from layouts._components import indicator_definition
from layouts.maps import PARAMS, trends_link

CONTROLS = {
    "indicator": ids.MAPS_INDICATOR, "view": ids.MAPS_VIEW, "sex": ids.MAPS_SEX, "management": ids.MAPS_MANAGEMENT,
    "area": ids.MAPS_AREA, "grade": ids.MAPS_GRADE, "subject": ids.MAPS_SUBJECT,
}
FILTERS = ("sex", "management", "area", "grade", "subject")


def _state(values, context, year=None, region=None) -> dict:
    """Control values -> the page's view state (the same dict the address encodes)."""
    raw = dict(zip(CONTROLS, values, strict=True))
    return {
        "lang": context["lang"], "present": context["present"], "indicator": raw["indicator"],
        "view": raw["view"] or "map", "sex": raw["sex"] or "", "management": raw["management"] or "",
        "area": raw["area"] or "", "grade": int(raw["grade"] or 0), "subject": raw["subject"] or "reading",
        "year": year, "region": region or "",
    }


def _shapes_url() -> str:
    return dash.get_relative_path(REGIONS_URL)


@callback(
    Output(ids.MAPS_VIEW, "options"), Output(ids.MAPS_SEX, "disabled"), Output(ids.MAPS_MANAGEMENT, "disabled"),
    Output(ids.MAPS_AREA, "disabled"), Output(ids.MAPS_GRADE, "disabled"), Output(ids.MAPS_SUBJECT, "disabled"),
    Output(ids.MAPS_REASONS, "children"),
    Input(ids.MAPS_INDICATOR, "value"), Input(ids.MAPS_VIEW, "value"), State(ids.MAPS_CONTEXT, "data"),
)
def show_available_choices(indicator, view, context):
    """Disable the views and filters the indicator cannot take, and say why under the controls."""
    lang = context["lang"]
    avail = explorer.availability(store.dataset().tables, indicator, lang)
    options = [{"label": t(f"maps.view.{v}", lang), "value": v,
                "disabled": v != "map" and "area" not in avail.allowed} for v in mapping.MAP_VIEWS]
    reasons = mapping.filter_reasons(avail, indicator, view, lang)
    lines = [html.Div(t("maps.disabled", lang, control=t(f"filter.{name}", lang), reason=reason))
             for name, reason in reasons.items() if reason and name in ("sex", "management", "area")]
    return (options, *(bool(reasons[name]) for name in FILTERS), lines)


@callback(
    Output(ids.MAPS_GRAPH, "figure"), Output(ids.MAPS_TITLE, "children"), Output(ids.MAPS_HINTS, "children"),
    Output(ids.per_page(ids.DEFINITIONS, "maps"), "children"), Output(ids.MAPS_YEAR, "data"),
    *[Input(component, "value") for component in CONTROLS.values()],
    State(ids.MAPS_YEAR, "data"), State(ids.MAPS_CONTEXT, "data"),
)
def draw_map(*args):
    """The map of the chosen indicator, view and filters, opening on the year shown so far."""
    *values, year, context = args
    state = _state(values, context, year)
    data = store.dataset()
    shown = mapping.map_view_of(engine_for(data), data.tables, state, state["lang"], state["present"],
                                shapes=_shapes_url())
    shown.figure.update_layout(meta={"data_version": data.fingerprint})
    definition = indicator_definition(state["indicator"], state["lang"], data)
    return shown.figure, shown.title, " ".join(shown.hints), definition, shown.year or dash.no_update


# The map's slider and play button run in the browser (Plotly frames). This script reports each year shown
# to the page (address bar, profile marker, CSV) without redrawing the map, and plays the frames from the
# year shown, catching the promise Plotly rejects when a pause interrupts an animation (else a console error).
# dcc.Graph drops listeners when it re-plots, so a light timer re-attaches them while the page is open.
clientside_callback(
    """
    function (figure, graphId, yearId) {
        var watch = window.observatoryMapYears = window.observatoryMapYears || {};
        watch.graphId = graphId;
        watch.yearId = yearId;
        var plotOf = function () {
            var holder = document.getElementById(watch.graphId);
            return holder && holder.querySelector(".js-plotly-plot");
        };
        if (watch.timer) { return window.dash_clientside.no_update; }
        watch.report = function (event) {
            var year = parseInt(event && event.step && event.step.label, 10);
            if (!isNaN(year)) { window.dash_clientside.set_props(watch.yearId, {data: year}); }
        };
        watch.press = function (event) {
            var plot = plotOf();
            var args = (event && event.button && event.button.args) || [];
            var quiet = function () { return null; };
            if (!plot || !window.Plotly) { return; }
            if (args[0] === "pause") {
                window.Plotly.animate(plot, [null], {mode: "immediate", frame: {duration: 0, redraw: false},
                                                     transition: {duration: 0}}).catch(quiet);
            } else if (args[0] === "play") {
                var slider = (plot.layout.sliders || [])[0];
                if (!slider) { return; }
                var names = slider.steps.map(function (step) { return step.args[0][0]; });
                var start = slider.active + 1 < names.length ? slider.active + 1 : 0;
                window.Plotly.animate(plot, names.slice(start), {
                    mode: "immediate", frame: {duration: args[1], redraw: true}, transition: {duration: 0}
                }).catch(quiet);
            }
        };
        watch.timer = window.setInterval(function () {
            var plot = plotOf();
            if (!document.getElementById(watch.graphId)) {  // the user left the page
                window.clearInterval(watch.timer);
                watch.timer = null;
                return;
            }
            if (plot && plot._ev && plot._ev.listeners("plotly_sliderchange").indexOf(watch.report) < 0) {
                plot.on("plotly_sliderchange", watch.report);
                plot.on("plotly_buttonclicked", watch.press);
            }
        }, 400);
        return window.dash_clientside.no_update;
    }
    """,
    Output(ids.MAPS_YEAR_SYNCED, "data"),
    Input(ids.MAPS_GRAPH, "figure"), State(ids.MAPS_GRAPH, "id"), State(ids.MAPS_YEAR, "id"),
)


@callback(Output(ids.MAPS_REGION, "value"), Input(ids.MAPS_GRAPH, "clickData"), prevent_initial_call=True)
def open_clicked_region(click):
    """A click on a region opens its profile."""
    points = (click or {}).get("points") or [{}]
    return points[0].get("location") or dash.no_update


@callback(
    Output(ids.MAPS_PROFILE_GRAPH, "figure"), Output(ids.MAPS_PROFILE_TITLE, "children"),
    Output(ids.MAPS_PROFILE_LINK, "href"), Output(ids.MAPS_PROFILE_LINK, "children"),
    Input(ids.MAPS_REGION, "value"), Input(ids.MAPS_YEAR, "data"),
    *[Input(component, "value") for component in CONTROLS.values()], State(ids.MAPS_CONTEXT, "data"),
)
def draw_profile(region, year, *args):
    """The chosen region's trend against the national line, and a link to the trends page for it."""
    *values, context = args
    state = _state(values, context, year, region)
    lang = state["lang"]
    if not region:
        hint = "<br>".join(textwrap.wrap(t("maps.click_hint", lang), 40))
        return empty_figure(hint, lang), t("maps.profile", lang), "/trends", ""
    data = store.dataset()
    figure = mapping.region_profile_of(engine_for(data), data.tables, state, lang)
    figure.update_layout(meta={"data_version": data.fingerprint})
    name = region_name(region)
    return (figure, t("maps.profile_title", lang, region=name), trends_link(state, region),
            t("maps.profile_link", lang, region=name))


@callback(
    Output(ids.per_page(ids.VIEW_QUERY, "maps"), "data"),
    *[Input(component, "value") for component in CONTROLS.values()], Input(ids.MAPS_YEAR, "data"),
    Input(ids.MAPS_REGION, "value"), State(ids.MAPS_CONTEXT, "data"),
)
def write_address(*args):
    """The address that reproduces the view: controls, the year shown and the region profiled."""
    *values, year, region, context = args
    return viewstate.encode(_state(values, context, year, region), PARAMS)


def _map_csv(*args):
    """Every year and region behind the map (the frames the play button goes through), with its provenance."""
    *values, year, context = args
    state = _state(values, context, year)
    data = store.dataset()
    view, panels, _, _ = mapping.map_data(engine_for(data), data.tables, state, state["lang"])
    about = provenance(data, state["indicator"], state["lang"], viewstate.encode(state, PARAMS))
    return mapping.map_table(panels, state["lang"]), about, f"map_{state['indicator']}_{view['view']}.csv"


csv_download(ids.MAPS_GRAPH, [*[State(c, "value") for c in CONTROLS.values()], State(ids.MAPS_YEAR, "data"),
                              State(ids.MAPS_CONTEXT, "data")], _map_csv)
