"""Coaching impact (/coaching): coached vs non-coached schools in the ECE, with the appraisal's statistics."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from dashboard.i18n import t
from dashboard.views.coaching import MEASURES, CoachingState
from dashboard.vocabulary import POVERTY_QUINTILES, SCHOOL_TYPES, SUBJECTS, TEACHING_LANGUAGES
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
)

dash.register_page(__name__, path="/coaching", title=page_title("coaching"), name="coaching")

def assessment_years(data) -> list[int]:
    if data is None or not data.has("assessment"):
        return [2010, 2013]
    return sorted(int(y) for y in data.table("assessment")["year"].unique())


def layout(**query):
    state, notices = CoachingState.from_query(query)
    lang = state.lang
    data, error = current_dataset(state)
    years = assessment_years(data)
    showing_impact = state.present and state.part == "impact"
    year_options = [{"label": str(y), "value": y} for y in years]
    body = [
        page_context(ids.COACHING_CONTEXT, state, part=state.part),
        html.H1(t("coaching.title", lang), className="h3 mb-1"),
        html.P(id=ids.COACHING_SUBTITLE, className="figure-subtitle mb-2"),
        html.P(t("coaching.lead", lang), className="controls small"),
        *definitions_drawer(lang, "coaching", [
            html.H3(t("coaching.method_title", lang), className="h5"),
            html.P(t("coaching.method", lang)),
            html.H4(t("definitions.tables", lang), className="h6"),
            html.Ul([html.Li([html.Code(n), " — ", t(f"source.{n}", lang)]) for n in ("assessment", "coaching")]),
            html.P(t("coaching.ece_rule", lang), className="small"),
            html.P(t("coaching.method_source", lang), className="small text-muted"),
        ]),
        controls_card([
            dbc.Row([
                control(t("coaching.subject", lang), dropdown(
                    lang, id=ids.COACHING_SUBJECT, value=state.subject, clearable=False, searchable=False,
                    options=[{"label": t(f"subject.{s}", lang), "value": s} for s in SUBJECTS]), width=3),
                control(t("coaching.measure", lang), dropdown(
                    lang, id=ids.COACHING_MEASURE, value=state.measure, clearable=False, searchable=False,
                    options=[{"label": t(f"stats.measure.{m}", lang).capitalize(), "value": m} for m in MEASURES]),
                    width=3),
                control(t("coaching.baseline", lang), dropdown(
                    lang, id=ids.COACHING_BASELINE, value=state.baseline, options=year_options, clearable=False)),
                control(t("coaching.endline", lang), dropdown(
                    lang, id=ids.COACHING_ENDLINE, value=state.endline, options=year_options, clearable=False)),
                control(t("filter.region", lang), dropdown(
                    lang, id=ids.COACHING_REGION, value=state.region or None, options=region_options(lang),
                    placeholder=t("filter.national", lang), searchable=True), width=3),
            ]),
            dbc.Row([
                control(t("coaching.quintiles", lang), dbc.Checklist(
                    id=ids.COACHING_QUINTILES, value=list(state.quintiles), inline=True,
                    options=[{"label": f"Q{q}", "value": q} for q in POVERTY_QUINTILES]), width=3),
                control(t("coaching.school_type", lang), dropdown(
                    lang, id=ids.COACHING_SCHOOL_TYPE, value=state.school_type, clearable=False, searchable=False,
                    options=[{"label": t("filter.all", lang), "value": ""}]
                    + [{"label": t(f"stats.value.{v}", lang).capitalize(), "value": v}
                       for v in SCHOOL_TYPES])),
                control(t("coaching.language", lang), dropdown(
                    lang, id=ids.COACHING_LANGUAGE, value=state.language, clearable=False, searchable=False,
                    options=[{"label": t("coaching.language_default", lang), "value": ""}]
                    + [{"label": t(f"stats.value.{v}", lang).capitalize(), "value": v}
                       for v in TEACHING_LANGUAGES])),
                control(t("coaching.floor", lang), dbc.Input(
                    id=ids.COACHING_FLOOR, type="number", min=0, max=2000, value=state.floor, debounce=True,
                    placeholder="200 / 220", size="sm")),
                control(t("coaching.ceiling", lang), dbc.Input(
                    id=ids.COACHING_CEILING, type="number", min=0, max=2000, value=state.ceiling, debounce=True,
                    placeholder="– / 900", size="sm")),
                control(t("coaching.min_schools", lang), dbc.Input(
                    id=ids.COACHING_MIN_SCHOOLS, type="number", min=3, max=500, step=1, value=state.min_schools,
                    debounce=True, size="sm")),
            ]),
            html.P(t("coaching.rules_note", lang), className="small text-muted mb-0"),
        ]),
        part_switch(state),
        html.Div([
        dbc.Alert(id=ids.COACHING_VERDICT, color="light", className="verdict"),
        dbc.Row([
            dbc.Col(figure_card(ids.COACHING_GRAPH, lang, height=460, csv=True, title=t("coaching.before_after", lang),
                                extra=[html.P(t("coaching.ci_note", lang), className="small text-muted mb-0")]),
                    lg=12 if state.present else 6, className="coaching-main"),
            dbc.Col(figure_card(ids.COACHING_DISTRIBUTION, lang, height=460, csv=False,
                                title=t("coaching.distribution_title", lang)), lg=6,
                    className="secondary-figure"),
        ]),
        html.Div(id=ids.COACHING_TABLES, className="secondary-figure"),
        html.H2(t("coaching.by_region", lang), className="h4 mt-4 secondary-figure"),
        html.P(id=ids.COACHING_REGION_NOTE, className="small text-muted secondary-figure"),
        dbc.Row([
            dbc.Col(figure_card(ids.COACHING_REGION_BARS, lang, height=700, title=t("coaching.regional_title", lang)),
                    lg=7),
            dbc.Col(figure_card(ids.COACHING_REGION_MAP, lang, height=700, csv=False,
                                title=t("coaching.map_title", lang)), lg=5),
        ], className="secondary-figure"),
        ], className="secondary-figure" if showing_impact else "appraisal-part"),
        # Presenting, each part fills one screen: the appraisal's analysis, or (?part=impact) the impact estimate.
        html.Div(impact_section(lang), className="secondary-figure" if state.present and not showing_impact
                 else "impact-part" if showing_impact else None),
    ]
    return page_shell("coaching", state, body, notices, data, error)


def part_switch(state: CoachingState) -> html.Nav | None:
    """Presenting: "Vista: Apreciación | Impacto", links that keep the rest of the view."""
    if not state.present:
        return None
    lang = state.lang
    links = [html.A(t(f"coaching.part.{part or 'appraisal'}", lang), href="/coaching" + state.but(part=part).query(),
                    className="part-link" + (" active" if state.part == part else ""),
                    **({"aria-current": "page"} if state.part == part else {}))
             for part in ("", "impact")]
    return html.Nav([html.Span(t("coaching.part", lang) + ": "), links[0], " | ", links[1]],
                    className="part-switch small", **{"aria-label": t("coaching.part", lang)})


def impact_section(lang: str) -> list:
    """The second section, "Más allá del balance": the impact estimate for the same universe, below the paper's."""
    return [
        html.Hr(className="mt-5"),
        html.H2(t("impact.title", lang), className="h3", id="impact"),
        html.P(t("impact.lead", lang), className="controls small"),
        html.P(id=ids.IMPACT_SELECTION, className="small text-muted"),
        # Presenting, the long conclusion scrolls in its own box beside the chart; tabIndex lets the keyboard scroll.
        html.Div(dbc.Alert(id=ids.IMPACT_VERDICT, color="light", className="verdict"), className="impact-verdict",
                 tabIndex=0),
        # The forest and balance plots list many groups and carry a legend: full width, as tall as their figures.
        dbc.Row([
            dbc.Col(figure_card(ids.IMPACT_EVENT_STUDY, lang, height=520), lg=6),
            dbc.Col(html.Ul(id=ids.IMPACT_NOTES, className="small"), lg=6, className="secondary-figure"),
        ]),
        html.Div(figure_card(ids.IMPACT_FOREST, lang, height=600), className="secondary-figure"),
        html.Div(figure_card(ids.IMPACT_BALANCE, lang, height=900), className="secondary-figure"),
        html.Div(id=ids.IMPACT_TABLES, className="secondary-figure"),
    ]
