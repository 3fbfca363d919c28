"""Callbacks of the coaching page: its page spec (the analysis's figures, the paper's tables, address, CSVs) and
the impact estimate below it ("Más allá del balance").

The analysis and the impact estimate are memoised in the shared cache under the data version and their
parameters, so every worker reuses them; the views themselves stay pure.
"""
from __future__ import annotations

from functools import partial

import dash_bootstrap_components as dbc
from dash import html

from callbacks._spec import Download, Draw, PageSpec, register, values_of
from dashboard.i18n import t
from dashboard.serving import memoised
from dashboard.views.coaching import CoachingState, coaching_view
from dashboard.views.coaching_impact import coaching_impact_view
from layouts import _ids as ids
from layouts._components import stat_table

analysed = partial(coaching_view, memo=memoised)
estimated = partial(coaching_impact_view, memo=memoised)


def show(view, state: CoachingState) -> dict:
    """The verdict (or why there is none), the paper's tables, and the note on small regions."""
    statistics = [] if view.error else [html.Small(view.verdict_statistics, className="verdict-statistics")]
    return {"verdict": [html.Strong(t("coaching.verdict", state.lang) + ": "), view.error or view.verdict,
                        *statistics],
            "verdict_colour": "warning" if view.error else "light", "regional_note": view.regional_note,
            "subtitle": view.subtitle,
            "tables": dbc.Row([dbc.Col(stat_table(table), lg=6) for table in view.tables])}


def show_impact(view, _state: CoachingState) -> dict:
    """The impact section's verdict (or why there is none), what it covers, its notes and tables; the forest and
    balance graphs as tall as their figures, which grow with the number of groups."""
    def style(name: str) -> dict:
        return {"height": f"{view.figures[name].layout.height or 480}px"}

    return {"verdict": view.error or view.verdict, "verdict_colour": "warning" if view.error else "light",
            "selection": view.subtitle, "notes": [html.Li(note) for note in view.notes],
            "tables": dbc.Row([dbc.Col(stat_table(table), lg=6) for table in view.tables]),
            "forest_style": style("forest"), "balance_style": style("balance")}


def filename(prefix: str):
    return lambda state, _view: f"{prefix}_{state.subject}_{state.measure}.csv"


SPEC = PageSpec(
    "coaching", CoachingState, ids.COACHING_CONTEXT,
    values_of(subject=ids.COACHING_SUBJECT, measure=ids.COACHING_MEASURE, baseline=ids.COACHING_BASELINE,
              endline=ids.COACHING_ENDLINE, region=ids.COACHING_REGION, quintiles=ids.COACHING_QUINTILES,
              school_type=ids.COACHING_SCHOOL_TYPE, language=ids.COACHING_LANGUAGE, floor=ids.COACHING_FLOOR,
              ceiling=ids.COACHING_CEILING, min_schools=ids.COACHING_MIN_SCHOOLS),
    draws=(Draw(analysed, {"before_after": ids.COACHING_GRAPH, "distribution": ids.COACHING_DISTRIBUTION,
                           "regional_bars": ids.COACHING_REGION_BARS, "regional_map": ids.COACHING_REGION_MAP},
                show=show, outputs={
                    "verdict": (ids.COACHING_VERDICT, "children"), "verdict_colour": (ids.COACHING_VERDICT, "color"),
                    "tables": (ids.COACHING_TABLES, "children"), "subtitle": (ids.COACHING_SUBTITLE, "children"),
                    "regional_note": (ids.COACHING_REGION_NOTE, "children")}),
           Draw(estimated, {"event_study": ids.IMPACT_EVENT_STUDY, "forest": ids.IMPACT_FOREST,
                            "balance": ids.IMPACT_BALANCE},
                show=show_impact, outputs={
                    "verdict": (ids.IMPACT_VERDICT, "children"), "verdict_colour": (ids.IMPACT_VERDICT, "color"),
                    "selection": (ids.IMPACT_SELECTION, "children"), "notes": (ids.IMPACT_NOTES, "children"),
                    "tables": (ids.IMPACT_TABLES, "children"), "forest_style": (ids.IMPACT_FOREST, "style"),
                    "balance_style": (ids.IMPACT_BALANCE, "style")})),
    downloads=(Download(ids.COACHING_GRAPH, analysed, "before_after", filename("coaching")),
               Download(ids.COACHING_REGION_BARS, analysed, "regional_bars", filename("coaching_regions")),
               Download(ids.IMPACT_EVENT_STUDY, estimated, "event_study", filename("impact_event_study")),
               Download(ids.IMPACT_FOREST, estimated, "forest", filename("impact_by_group")),
               Download(ids.IMPACT_BALANCE, estimated, "balance", filename("impact_balance"))),
)
register(SPEC)
