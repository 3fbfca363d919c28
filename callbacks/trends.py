"""Callbacks of the trends page: which choices the indicator allows, and the page spec (chart, address, CSV)."""
from __future__ import annotations

from dash import Input, Output, State, callback

from callbacks._spec import Download, Draw, PageSpec, register, values_of
from dashboard import explorer
from dashboard.i18n import t
from dashboard.serving import dataset_for
from dashboard.views.trends import TrendsState, change_options, log_allowed, trends_view
from layouts import _ids as ids
from layouts._components import heading, indicator_definition


def show(view, state: TrendsState) -> dict:
    return {"title": heading(view), "hints": " ".join(view.hints),
            "definitions": indicator_definition(state.indicator, state.lang, view.synthetic)}


SPEC = PageSpec(
    "trends", TrendsState, ids.TRENDS_CONTEXT,
    values_of(indicator=ids.TRENDS_INDICATOR, compare=ids.TRENDS_COMPARE, regions=ids.TRENDS_REGIONS,
              area=ids.TRENDS_AREA, sex=ids.TRENDS_SEX, management=ids.TRENDS_MANAGEMENT, grade=ids.TRENDS_GRADE,
              subject=ids.TRENDS_SUBJECT, years=ids.TRENDS_YEARS, since_on=ids.TRENDS_SINCE_ON,
              since=ids.TRENDS_SINCE, change=ids.TRENDS_CHANGE, scale=ids.TRENDS_SCALE),
    draws=(Draw(trends_view, {"trends": ids.TRENDS_GRAPH}, show=show, outputs={
        "title": (ids.TRENDS_TITLE, "children"),
        "hints": (ids.TRENDS_HINTS, "children"),
        "definitions": (ids.per_page(ids.DEFINITIONS, "trends"), "children")}),),
    downloads=(Download(ids.TRENDS_GRAPH, trends_view, "trends", lambda state, _view: f"{state.indicator}.csv"),),
)
register(SPEC)


@callback(
    Output(ids.TRENDS_COMPARE, "options"), Output(ids.TRENDS_AREA, "disabled"), Output(ids.TRENDS_SEX, "disabled"),
    Output(ids.TRENDS_MANAGEMENT, "disabled"), Output(ids.TRENDS_REGIONS, "disabled"),
    Output(ids.TRENDS_GRADE, "disabled"), Output(ids.TRENDS_SUBJECT, "disabled"), Output(ids.TRENDS_SCALE, "disabled"),
    Input(ids.TRENDS_INDICATOR, "value"), Input(ids.TRENDS_COMPARE, "value"), State(ids.TRENDS_CONTEXT, "data"),
)
def show_available_choices(indicator, compare, context):
    """Disable the comparisons and filters the chosen indicator cannot take (the hint says why)."""
    lang = context["lang"]
    avail = explorer.availability(dataset_for(TrendsState.from_context(context)).tables, indicator, lang)
    options = [{"label": t(f"compare.{c}", lang), "value": c,
                "disabled": c != "national" and c not in avail.allowed} for c in explorer.COMPARE_CHOICES]
    return (options, "area" not in avail.allowed, "sex" not in avail.allowed, "management" not in avail.allowed,
            compare != "region_code", indicator != "repetition_rate", indicator != "pct_mastering_competencies",
            not log_allowed(indicator))


@callback(Output(ids.TRENDS_CHANGE, "options"), Input(ids.TRENDS_SINCE_ON, "value"), State(ids.TRENDS_CONTEXT, "data"))
def offer_change_kinds(shown, context):
    """Points or percent can be chosen only while the change since a year is shown."""
    return change_options(context["lang"], bool(shown))
