"""The programme page: the coaching strategy's history, regional costs, focalisation, teachers' views and the World
Bank loan's results framework. One view per section, so a choice redraws only the figures it changes."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard import viewstate
from dashboard.contract import Dataset
from dashboard.figures import programme as figures
from dashboard.figures.theme import empty_figure
from dashboard.i18n import number, t
from dashboard.programme import calculations
from dashboard.programme.reference import load_reference
from dashboard.stats.tables import StatTable
from dashboard.views.view import View

RATIOS = ("teachers_per_coach", "students_per_coach", "coaches_per_staff", "cost_per_teacher", "cost_per_student",
          "cost_per_coach")
TEACHER_VIEW_TABLES = (16, 19, 20, 21)
SUMMARY_DECIMALS = dict.fromkeys(RATIOS, 2)
INDICATORS = ("pdo1", "pdo2", "pdo3", "iri1", "iri2", "iri3", "iri4", "iri5", "iri6", "iri7", "iri8", "iri9", "iri10",
              "core", "core_female")
# Where each table behind a figure comes from, for its CSV.
SOURCES = {"history": "programme.source_history_table", "ratios": "programme.source_ratios",
           "results_framework": "programme.source_results_framework",
           "focalisation": "programme.source_focalisation_table", "teacher_views": "programme.source_teacher_views",
           "disbursements": "programme.source_disbursements"}


@dataclass(frozen=True)
class ProgrammeState(viewstate.PageState):
    currency: str = "pen"
    ratio: str = "cost_per_teacher"
    survey: int = 16  # the paper's table of the teachers' survey shown (16, 19, 20 or 21)
    indicator: str = "pdo3"  # the loan's results-framework indicator shown

    PARAMS = (
        viewstate.Param("currency", "pen", viewstate.choice(("pen", "usd"))),
        viewstate.Param("ratio", "cost_per_teacher", viewstate.choice(RATIOS)),
        viewstate.Param("survey", 16, viewstate.int_in(16, 21)),
        viewstate.Param("indicator", "pdo3", viewstate.choice(INDICATORS)),
    )

    @classmethod
    def from_query(cls, query: Mapping[str, object]) -> tuple[ProgrammeState, list[viewstate.Notice]]:
        state, notices = super().from_query(query)
        if state.survey not in TEACHER_VIEW_TABLES:  # 17 and 18 are not tables of the survey
            notices.append(viewstate.Notice("survey", str(state.survey), "16"))
            state = state.but(survey=16)
        return state, notices

    @classmethod
    def from_controls(cls, raw: Mapping[str, object], context: Mapping[str, object]) -> ProgrammeState:
        return cls(**cls.shared(context),
                   currency=raw["currency"] or "pen", ratio=raw["ratio"], survey=int(raw["survey"]),
                   indicator=raw["indicator"])


@dataclass
class ProgrammeView(View):
    """A section of the page; each table behind a figure names its own source in its CSV."""

    state: ProgrammeState | None = None

    def provenance_of(self, table: str) -> dict[str, str]:
        lang = self.state.lang
        about = {t("download.source", lang): t(SOURCES[table], lang), t("download.view", lang): self.state.query()}
        if self.synthetic and table == "ratios":
            about[t("notice.synthetic_short", lang)] = t("programme.synthetic_regions", lang)
        return about


def _section(data: Dataset, state: ProgrammeState, figures: dict[str, go.Figure], tables: list[StatTable] = (),
             csv: dict[str, pd.DataFrame] | None = None) -> ProgrammeView:
    return ProgrammeView(figures, tables=list(tables), csv=csv or {}, synthetic=data.is_demo, state=state)


def _missing(name: str, state: ProgrammeState) -> go.Figure:
    return empty_figure(t("notice.table_missing", state.lang, tables=name), state.lang, state.present)


def history_view(data: Dataset, state: ProgrammeState) -> ProgrammeView:
    """Table 1: coaches, teachers, schools, students and expenditure per year (soles or dollars)."""
    lang, present = state.lang, state.present
    if not data.has("program_national"):
        empty = _missing("program_national", state)
        return _section(data, state, {"history": empty, "expenditure": empty})
    history = calculations.history_in_usd(data.table("program_national"), load_reference("exchange_rates"))
    return _section(data, state, {
        "history": figures.history_chart(history, lang=lang, present=present),
        "expenditure": figures.expenditure_chart(history, currency=state.currency, lang=lang, present=present),
    }, csv={"history": history})


def regions_view(data: Dataset, state: ProgrammeState) -> ProgrammeView:
    """Tables 17 and 22: each region's ratios, the Figure 6 scatter, one ratio by region, and the summary."""
    lang, present = state.lang, state.present
    if not data.has("program_regions"):
        empty = _missing("program_regions", state)
        return _section(data, state, {"scatter": empty, "ratio_bars": empty})
    ratios = calculations.regional_ratios(data.table("program_regions"))
    ratio = state.ratio
    return _section(data, state, {
        "scatter": figures.ratio_scatter(ratios, calculations.outliers(ratios, "cost_per_teacher")["outlier"],
                                         lang=lang, present=present),
        "ratio_bars": figures.ratio_bars(ratios, ratio, calculations.outliers(ratios, ratio)["outlier"], lang=lang,
                                         present=present, decimals=SUMMARY_DECIMALS[ratio]),
    }, [summary_table(calculations.ratio_summary(ratios), lang)], {"ratios": ratios})


def reference_view(data: Dataset, state: ProgrammeState) -> ProgrammeView:
    """The published tables that no user choice changes: focalisation (Table 15) and the DLI schedule."""
    focalisation = load_reference("focalisation")
    schedule = load_reference("disbursement_schedule")
    return _section(data, state, {
        "focalisation": figures.focalisation_chart(focalisation, lang=state.lang, present=state.present),
        "disbursements": figures.disbursement_chart(schedule, lang=state.lang, present=state.present),
    }, csv={"focalisation": focalisation, "disbursements": schedule})


def teacher_views_view(data: Dataset, state: ProgrammeState) -> ProgrammeView:
    """Teachers' views of the coaching (ENEDU 2012): one of Tables 16, 19, 20, 21."""
    views = load_reference("teacher_views")
    views = views[views["table"] == state.survey]
    return _section(data, state, {"teacher_views": figures.teacher_views_chart(views, lang=state.lang,
                                                                               present=state.present)},
                    csv={"teacher_views": views})


def results_view(data: Dataset, state: ProgrammeState) -> ProgrammeView:
    """One indicator of the loan's results framework: targets against actuals by year, and as printed."""
    if not data.has("results_framework"):
        return _section(data, state, {"results": _missing("results_framework", state)})
    framework = data.table("results_framework")
    rows = framework[framework["indicator_id"] == state.indicator].sort_values("year")
    title = t(f"programme.indicator.{state.indicator}", state.lang)
    return _section(data, state, {"results": figures.results_framework_chart(rows, lang=state.lang,
                                                                              present=state.present)},
                    [results_table(rows, title, state.lang)], {"results_framework": framework})


SECTIONS = (history_view, regions_view, reference_view, teacher_views_view, results_view)


def programme_view(data: Dataset, state: ProgrammeState) -> ProgrammeView:
    """The whole page at once: every section's figures, tables and data."""
    whole = _section(data, state, {})
    for section in SECTIONS:
        part = section(data, state)
        whole.figures.update(part.figures)
        whole.tables += part.tables
        whole.csv.update(part.csv)
    return whole


def indicator_choices(data: Dataset | None) -> tuple[str, ...]:
    """The loan's indicators in the loaded results framework (all known ones when it is not loaded)."""
    if data is None or not data.has("results_framework"):
        return INDICATORS
    return tuple(data.table("results_framework")["indicator_id"].drop_duplicates())


def summary_table(summary: pd.DataFrame, lang: str) -> StatTable:
    """The paper's Tables 17 and 22: N, minimum, maximum, mean and SD of each regional ratio."""
    rows = []
    for ratio in RATIOS:
        if ratio not in summary.index:
            continue
        line = summary.loc[ratio]
        decimals = SUMMARY_DECIMALS[ratio]
        rows.append([t(f"programme.ratio.{ratio}", lang), str(int(line["n"])), number(line["minimum"], lang, decimals),
                     number(line["maximum"], lang, decimals), number(line["mean"], lang, decimals),
                     number(line["sd"], lang, decimals)])
    headers = [t("programme.ratio_label", lang)] + [t(f"programme.summary.{c}", lang)
                                                   for c in ("n", "minimum", "maximum", "mean", "sd")]
    return StatTable(t("programme.summary_title", lang), headers, rows, notes=(t("programme.summary_note", lang),))


def results_table(rows: pd.DataFrame, title: str, lang: str) -> StatTable:
    """One indicator of the loan's results framework: baseline, and target and actual by year, as printed."""
    cells = [[str(r.year), str(r.target) if pd.notna(r.target) else "–", str(r.actual) if pd.notna(r.actual) else "–"]
             for r in rows.itertuples()]
    baseline = str(rows["baseline"].iloc[0]) if len(rows) and pd.notna(rows["baseline"].iloc[0]) else "–"
    return StatTable(title, [t("filter.year", lang), t("programme.column.target", lang),
                             t("programme.column.actual", lang)],
                     cells, notes=(t("programme.baseline_is", lang, baseline=baseline),))
