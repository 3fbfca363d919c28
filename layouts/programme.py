"""Programme (/programme): the coaching strategy's history and regional costs, and the loan's results framework."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from dashboard.i18n import t
from dashboard.views.programme import INDICATORS, RATIOS, TEACHER_VIEW_TABLES, ProgrammeState, indicator_choices
from layouts import _ids as ids
from layouts._components import (
    control,
    controls_card,
    current_dataset,
    dropdown,
    figure_card,
    page_context,
    page_shell,
    page_title,
)

dash.register_page(__name__, path="/programme", title=page_title("programme"), name="programme")

def indicator_options(data, lang: str) -> list[dict]:
    """The loan's indicators as loaded, named in the user's language (unknown ones by their code)."""
    if data is None or not data.has("results_framework"):
        return [{"label": i, "value": i} for i in INDICATORS]
    ids_loaded = indicator_choices(data)
    return [{"label": f"{i.upper()} · {t(f'programme.indicator.{i}', lang)}" if i in INDICATORS else i, "value": i}
            for i in ids_loaded]


def section(title_key: str, lang: str, *children, source_key: str | None = None, secondary: bool = True):
    return html.Section([
        html.H2(t(title_key, lang), className="h4 mt-4"),
        *children,
        html.P(t(source_key, lang), className="small text-muted") if source_key else None,
    ], className="secondary-figure" if secondary else None)


def layout(**query):
    state, notices = ProgrammeState.from_query(query)
    lang = state.lang
    data, error = current_dataset(state)
    body = [
        page_context(ids.PROGRAMME_CONTEXT, state),
        html.H1(t("programme.title", lang), className="h3"),
        html.P(t("programme.lead", lang), className="controls small"),
        section("programme.history_title", lang,
                dbc.Row([
                    dbc.Col(figure_card(ids.PROGRAMME_HISTORY, lang, height=520), lg=7),
                    dbc.Col(figure_card(ids.PROGRAMME_EXPENDITURE, lang, height=520, csv=False, extra=[
                        dbc.RadioItems(id=ids.PROGRAMME_CURRENCY, value=state.currency, inline=True,
                                       className="controls mt-2",
                                       options=[{"label": t("programme.soles", lang), "value": "pen"},
                                                {"label": t("programme.dollars", lang), "value": "usd"}]),
                    ]), lg=5, className="secondary-figure"),
                ]), source_key="programme.source_history", secondary=False),
        section("programme.regions_title", lang,
                html.P(t("programme.regions_lead", lang), className="small"),
                dbc.Row([
                    dbc.Col(figure_card(ids.PROGRAMME_SCATTER, lang, height=560, csv=True), lg=7),
                    dbc.Col([
                        controls_card([control(t("programme.ratio_label", lang), dropdown(
                            lang, id=ids.PROGRAMME_RATIO, value=state.ratio, clearable=False, searchable=False,
                            options=[{"label": t(f"programme.ratio.{r}", lang), "value": r} for r in RATIOS]))]),
                        figure_card(ids.PROGRAMME_RATIO_BARS, lang, height=640, csv=False),
                    ], lg=5),
                ]),
                html.Div(id=ids.PROGRAMME_SUMMARY), source_key="programme.source_regions"),
        section("programme.focalisation_title", lang, figure_card(ids.PROGRAMME_FOCALISATION, lang, height=420),
                source_key="programme.source_focalisation"),
        section("programme.views_title", lang,
                controls_card([control(t("programme.survey_question", lang), dropdown(
                    lang, id=ids.PROGRAMME_SURVEY, value=state.survey, clearable=False, searchable=False,
                    options=[{"label": t(f"programme.survey.{n}", lang), "value": n}
                             for n in TEACHER_VIEW_TABLES]))]),
                figure_card(ids.PROGRAMME_VIEWS, lang, height=460), source_key="programme.source_views"),
        section("programme.loan_title", lang,
                html.P(t("programme.loan_lead", lang), className="small"),
                controls_card([control(t("programme.rf_indicator", lang), dropdown(
                    lang, id=ids.PROGRAMME_INDICATOR, value=state.indicator, clearable=False,
                    options=indicator_options(data, lang), optionHeight=56))]),
                dbc.Row([
                    dbc.Col(figure_card(ids.PROGRAMME_RESULTS, lang, height=420), lg=7),
                    dbc.Col(html.Div(id=ids.PROGRAMME_RESULTS_TABLE), lg=5),
                ]),
                html.H3(t("programme.disbursement_title", lang), className="h5 mt-3"),
                figure_card(ids.PROGRAMME_DISBURSEMENTS, lang, height=420),
                source_key="programme.source_loan"),
    ]
    return page_shell("programme", state, body, notices, data, error)
