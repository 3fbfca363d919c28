"""The programme page's view: the coaching strategy's history, regional costs, focalisation, teachers' views and
the World Bank loan's results framework, for a view state (no Dash here)."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from dashboard import programme
from dashboard.coaching_page import StatTable
from dashboard.contract import Dataset
from dashboard.figures import programme as figures
from dashboard.figures.theme import empty_figure
from dashboard.i18n import number, t

RATIOS = ("teachers_per_coach", "students_per_coach", "coaches_per_staff", "cost_per_teacher", "cost_per_student",
          "cost_per_coach")
TEACHER_VIEW_TABLES = (16, 19, 20, 21)
SUMMARY_DECIMALS = {"teachers_per_coach": 2, "students_per_coach": 2, "coaches_per_staff": 2,
                    "cost_per_teacher": 2, "cost_per_student": 2, "cost_per_coach": 2}


@dataclass
class ProgrammeView:
    history: go.Figure = field(default_factory=go.Figure)
    expenditure: go.Figure = field(default_factory=go.Figure)
    scatter: go.Figure = field(default_factory=go.Figure)
    ratio_bars: go.Figure = field(default_factory=go.Figure)
    focalisation: go.Figure = field(default_factory=go.Figure)
    teacher_views: go.Figure = field(default_factory=go.Figure)
    results: go.Figure = field(default_factory=go.Figure)
    disbursements: go.Figure = field(default_factory=go.Figure)
    summary: StatTable | None = None
    results_table: StatTable | None = None
    notes: list[str] = field(default_factory=list)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)  # the data behind each figure, for CSVs


def programme_view(data: Dataset, state: dict) -> ProgrammeView:
    """Every figure of the programme page; each panel whose table is missing says so instead."""
    lang, present = state["lang"], state["present"]
    view = ProgrammeView()
    missing = lambda name: empty_figure(t("notice.table_missing", lang, tables=name), lang, present)  # noqa: E731
    if data.has("program_national"):
        history = programme.history_in_usd(data.table("program_national"), programme.load_reference("exchange_rates"))
        view.history = figures.history_chart(history, lang=lang, present=present)
        view.expenditure = figures.expenditure_chart(history, currency=state["currency"], lang=lang, present=present)
        view.tables["history"] = history
    else:
        view.history = view.expenditure = missing("program_national")
    if data.has("program_regions"):
        ratios = programme.regional_ratios(data.table("program_regions"))
        ratio = state["ratio"]
        view.scatter = figures.ratio_scatter(ratios, programme.outliers(ratios, "cost_per_teacher")["outlier"],
                                             lang=lang, present=present)
        view.ratio_bars = figures.ratio_bars(ratios, ratio, programme.outliers(ratios, ratio)["outlier"], lang=lang,
                                             present=present, decimals=SUMMARY_DECIMALS[ratio])
        view.summary = summary_table(programme.ratio_summary(ratios), lang)
        view.tables["ratios"] = ratios
    else:
        view.scatter = view.ratio_bars = missing("program_regions")
    focalisation = programme.load_reference("focalisation")
    view.focalisation = figures.focalisation_chart(focalisation, lang=lang, present=present)
    views = programme.load_reference("teacher_views")
    views = views[views["table"] == state["survey"]]
    view.teacher_views = figures.teacher_views_chart(views, lang=lang, present=present)
    view.tables.update(focalisation=focalisation, teacher_views=views)
    if data.has("results_framework"):
        framework = data.table("results_framework")
        rows = framework[framework["indicator_id"] == state["indicator"]].sort_values("year")
        title = t(f"programme.indicator.{state['indicator']}", lang)
        view.results = figures.results_framework_chart(rows, lang=lang, present=present, title="")
        view.results_table = results_table(rows, title, lang)
        view.tables["results_framework"] = framework
    else:
        view.results = missing("results_framework")
    schedule = programme.load_reference("disbursement_schedule")
    view.disbursements = figures.disbursement_chart(schedule, lang=lang, present=present)
    view.tables["disbursements"] = schedule
    return view


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
    return StatTable(t("programme.summary_title", lang), headers, rows, t("programme.summary_note", lang))


def results_table(rows: pd.DataFrame, title: str, lang: str) -> StatTable:
    """One indicator of the loan's results framework: baseline, and target and actual by year, as printed."""
    cells = [[str(r.year), str(r.target) if pd.notna(r.target) else "–", str(r.actual) if pd.notna(r.actual) else "–"]
             for r in rows.itertuples()]
    baseline = str(rows["baseline"].iloc[0]) if len(rows) and pd.notna(rows["baseline"].iloc[0]) else "–"
    return StatTable(title, [t("filter.year", lang), t("programme.column.target", lang),
                             t("programme.column.actual", lang)],
                     cells, t("programme.baseline_is", lang, baseline=baseline))
