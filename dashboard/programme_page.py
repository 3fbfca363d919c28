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
class Section:
    """One part of the programme page: its figures, its summary table, and the data behind them (for CSVs)."""

    figures: dict[str, go.Figure] = field(default_factory=dict)
    table: StatTable | None = None
    data: dict[str, pd.DataFrame] = field(default_factory=dict)


def _missing(name: str, lang: str, present: bool) -> go.Figure:
    return empty_figure(t("notice.table_missing", lang, tables=name), lang, present)


def history_section(data: Dataset, state: dict) -> Section:
    """Table 1: coaches, teachers, schools, students and expenditure per year (soles or dollars)."""
    lang, present = state["lang"], state["present"]
    if not data.has("program_national"):
        empty = _missing("program_national", lang, present)
        return Section({"history": empty, "expenditure": empty})
    history = programme.history_in_usd(data.table("program_national"), programme.load_reference("exchange_rates"))
    return Section({"history": figures.history_chart(history, lang=lang, present=present),
                    "expenditure": figures.expenditure_chart(history, currency=state["currency"], lang=lang,
                                                             present=present)},
                   data={"history": history})


def regions_section(data: Dataset, state: dict) -> Section:
    """Tables 17 and 22: each region's ratios, the Figure 6 scatter, one ratio by region, and the summary."""
    lang, present = state["lang"], state["present"]
    if not data.has("program_regions"):
        empty = _missing("program_regions", lang, present)
        return Section({"scatter": empty, "ratio_bars": empty})
    ratios = programme.regional_ratios(data.table("program_regions"))
    ratio = state["ratio"]
    return Section(
        {"scatter": figures.ratio_scatter(ratios, programme.outliers(ratios, "cost_per_teacher")["outlier"],
                                          lang=lang, present=present),
         "ratio_bars": figures.ratio_bars(ratios, ratio, programme.outliers(ratios, ratio)["outlier"], lang=lang,
                                          present=present, decimals=SUMMARY_DECIMALS[ratio])},
        summary_table(programme.ratio_summary(ratios), lang), {"ratios": ratios})


def reference_section(data: Dataset, state: dict) -> Section:
    """The published tables that no user choice changes: focalisation (Table 15) and the DLI schedule."""
    lang, present = state["lang"], state["present"]
    focalisation = programme.load_reference("focalisation")
    schedule = programme.load_reference("disbursement_schedule")
    return Section({"focalisation": figures.focalisation_chart(focalisation, lang=lang, present=present),
                    "disbursements": figures.disbursement_chart(schedule, lang=lang, present=present)},
                   data={"focalisation": focalisation, "disbursements": schedule})


def views_section(data: Dataset, state: dict) -> Section:
    """Teachers' views of the coaching (ENEDU 2012): one of Tables 16, 19, 20, 21."""
    views = programme.load_reference("teacher_views")
    views = views[views["table"] == state["survey"]]
    return Section({"teacher_views": figures.teacher_views_chart(views, lang=state["lang"],
                                                                 present=state["present"])},
                   data={"teacher_views": views})


def results_section(data: Dataset, state: dict) -> Section:
    """One indicator of the loan's results framework: targets against actuals by year, and as printed."""
    lang, present = state["lang"], state["present"]
    if not data.has("results_framework"):
        return Section({"results": _missing("results_framework", lang, present)})
    framework = data.table("results_framework")
    rows = framework[framework["indicator_id"] == state["indicator"]].sort_values("year")
    title = t(f"programme.indicator.{state['indicator']}", lang)
    return Section({"results": figures.results_framework_chart(rows, lang=lang, present=present)},
                   results_table(rows, title, lang), {"results_framework": framework})


SECTION_OF_TABLE = {"history": history_section, "ratios": regions_section, "focalisation": reference_section,
                    "disbursements": reference_section, "teacher_views": views_section,
                    "results_framework": results_section}


def section_data(data: Dataset, state: dict, name: str) -> pd.DataFrame:
    """The table behind a figure, by name, for its CSV download (an empty table when its input is not loaded)."""
    return SECTION_OF_TABLE[name](data, state).data.get(name, pd.DataFrame())


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
