"""Callbacks of the cohort page: the flow, its big numbers and rates for the chosen group, and the CSV."""
from __future__ import annotations

from dash import Input, Output, State, callback, html

from callbacks._downloads import csv_download
from dashboard import store, viewstate
from dashboard.figures.cohort import cohort_flow_figure, cohort_table, flag_sentences, headline_numbers, rates_table
from dashboard.figures.theme import empty_figure
from dashboard.home import engine_for
from dashboard.i18n import number, t
from dashboard.indicators.catalogue import indicator_text
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.regions import region_name
from layouts import _ids as ids
from layouts._components import indicator_definition
from layouts.cohort import NO_CAP, PARAMS, flag_list, number_cards, rates_component

CONTROLS = {"year": ids.COHORT_YEAR, "region": ids.COHORT_REGION, "area": ids.COHORT_AREA, "sex": ids.COHORT_SEX,
            "cap": ids.COHORT_CAP}


def _state(values, context) -> dict:
    """Control values -> the page's view state (the same dict the address encodes)."""
    raw = dict(zip(CONTROLS, values, strict=True))
    cap = raw["cap"]
    return {"lang": context["lang"], "present": context["present"], "year": raw["year"],
            "region": raw["region"] or "", "area": raw["area"] or "", "sex": raw["sex"] or "",
            "cap": None if cap in (None, NO_CAP) else int(cap)}


def _cohort(data, state: dict):
    """The reconstructed cohort of the view (raises IndicatorUnavailable, in words, when there is none)."""
    filters = {key: state[key] for key in ("area", "sex") if state[key]}
    if state["region"]:
        filters["region_code"] = state["region"]
    return engine_for(data).cohort(int(state["year"]), filters=filters or None, max_repetitions=state["cap"])


def group_words(state: dict, lang: str) -> str:
    """Who the cohort is: 'Puno, rural, mujeres' or 'todo el país'."""
    parts = [region_name(state["region"]) if state["region"] else t("indicator.cohort.whole_country", lang)]
    parts += [t(f"{split}.{state[split]}", lang).lower() for split in ("area", "sex") if state[split]]
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


@callback(
    Output(ids.COHORT_GRAPH, "figure"), Output(ids.COHORT_TITLE, "children"),
    Output(ids.COHORT_NUMBERS, "children"), Output(ids.COHORT_FLAGS, "children"), Output(ids.COHORT_RATES, "children"),
    Output(ids.COHORT_HINTS, "children"),
    Output(ids.per_page(ids.VIEW_QUERY, "cohort"), "data"),
    Output(ids.per_page(ids.DEFINITIONS, "cohort"), "children"),
    *[Input(component, "value") for component in CONTROLS.values()], State(ids.COHORT_CONTEXT, "data"),
)
def draw_cohort(*args):
    """The flow of the chosen cohort, its big numbers, flags and rates, and the address that reproduces it."""
    *values, context = args
    state = _state(values, context)
    lang, present = state["lang"], state["present"]
    data = store.dataset()
    query = viewstate.encode(state, PARAMS)
    definition = [*indicator_definition("survival_rate_grade5", lang, data),
                  *indicator_definition("coefficient_of_efficiency", lang, data)[:4]]
    title = t("cohort.title", lang, year=state["year"] or "")
    subtitle = t("cohort.subtitle", lang, group=group_words(state, lang), year=state["year"] or "",
                 next_year=int(state["year"] or 0) + 1,
                 cap=t("indicator.cohort.cap", lang, cap=t("indicator.cohort.no_cap", lang) if state["cap"] is None
                       else state["cap"]))
    heading = [title, html.Div(subtitle, className="figure-subtitle fw-normal")]
    try:
        if state["year"] is None:  # no two consecutive years of primary enrolment are loaded
            raise IndicatorUnavailable("table_missing", number="13", indicator="survival_rate_grade5",
                                       table="enrolment")
        result = _cohort(data, state)
    except IndicatorUnavailable as refusal:
        figure = empty_figure(refusal.text(lang), lang, present)
        figure.update_layout(meta={"data_version": data.fingerprint})
        return figure, heading, [], flag_list([], lang), None, refusal.text(lang), query, definition
    figure = cohort_flow_figure(result, lang=lang, present=present)
    figure.update_layout(meta={"data_version": data.fingerprint})
    hint = (t("cohort.unfinished", lang, pupils=number(result.unfinished, lang, 1))
            if result.unfinished and result.unfinished >= 0.05 else "")
    return (figure, heading, number_cards(headline_numbers(result, lang)),
            flag_list(flag_sentences(result, lang), lang), rates_component(rates_table(result, lang)), hint, query,
            definition)


def _cohort_csv(*args):
    """The numbers behind the flow, by grade, with the cohort's headline results and provenance."""
    *values, context = args
    state = _state(values, context)
    data = store.dataset()
    lang = state["lang"]
    result = _cohort(data, state)
    about = {
        t("download.definition", lang): indicator_text("survival_rate_grade5", "definition", lang),
        t("cohort.group", lang): group_words(state, lang),
        **{item["label"]: f"{item['value']} {item['unit']}".strip() for item in headline_numbers(result, lang)},
        t("indicator.cohort.flags", lang): "; ".join(flag_sentences(result, lang))
        or t("indicator.cohort.no_flags", lang),
        t("download.source", lang): t("footer.source", lang),
        t("download.view", lang): viewstate.encode(state, PARAMS),
    }
    if data.is_demo:
        about[t("notice.synthetic_short", lang)] = t("notice.synthetic", lang)
    region = f"_{state['region']}" if state["region"] else ""
    return cohort_table(result), about, f"cohort_{state['year']}{region}.csv"


csv_download(ids.COHORT_GRAPH, [*[State(c, "value") for c in CONTROLS.values()], State(ids.COHORT_CONTEXT, "data")],
             _cohort_csv)
