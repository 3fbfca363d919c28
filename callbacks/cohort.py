"""Callbacks of the cohort page: its page spec (the flow, big numbers, flags and rates, address, CSV)."""
from __future__ import annotations

from dash import html

from callbacks._spec import Download, Draw, PageSpec, register, values_of
from dashboard.views.cohort import CohortState, cohort_view
from layouts import _ids as ids
from layouts._components import indicator_definition
from layouts.cohort import flag_list, number_cards, rates_component


def show(view, state: CohortState) -> dict:
    """The heading, the cohort's numbers, flags, rates and hints, and the definitions of the indicators drawn."""
    lang = state.lang
    definitions = [*indicator_definition("survival_rate_grade5", lang, view.synthetic),
                   *indicator_definition("coefficient_of_efficiency", lang, view.synthetic)[:4]]
    return {"title": [view.title, html.Div(view.subtitle, className="figure-subtitle fw-normal")],
            "numbers": number_cards(view.numbers), "flags": flag_list(view.flags, lang),
            "rates": rates_component(view.rates) if view.rates is not None else None,
            "hints": " ".join(view.hints), "definitions": definitions}


SPEC = PageSpec(
    "cohort", CohortState, ids.COHORT_CONTEXT,
    values_of(year=ids.COHORT_YEAR, region=ids.COHORT_REGION, area=ids.COHORT_AREA, sex=ids.COHORT_SEX,
              cap=ids.COHORT_CAP),
    draws=(Draw(cohort_view, {"cohort": ids.COHORT_GRAPH}, show=show, outputs={
        "title": (ids.COHORT_TITLE, "children"), "numbers": (ids.COHORT_NUMBERS, "children"),
        "flags": (ids.COHORT_FLAGS, "children"), "rates": (ids.COHORT_RATES, "children"),
        "hints": (ids.COHORT_HINTS, "children"),
        "definitions": (ids.per_page(ids.DEFINITIONS, "cohort"), "children")}),),
    downloads=(Download(ids.COHORT_GRAPH, cohort_view, "cohort",
                        lambda state, _view: f"cohort_{state.year}{'_' + state.region if state.region else ''}.csv"),),
)
register(SPEC)
