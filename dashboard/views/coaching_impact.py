"""The coaching page's second section, "Más allá del balance: estimación de impacto": figures, tables, verdict, notes.

`impact_section` gives the section as plain values (tables as DataFrames with headers and group names in the
reader's language, numbers left as numbers); `coaching_impact_view` is the page's view of it for a `CoachingState`,
with the tables as text and the numbers behind each figure for download. No Dash here.
The estimate takes about a third of a second at national scale (some 30 regressions), so the page asks for it
through `memo`, keyed by the data version and the parameters, as it does for the paper's analysis.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from dashboard.contract import Dataset
from dashboard.engines import school_grid
from dashboard.figures.impact import balance_chart, event_study_chart, forest_chart
from dashboard.figures.theme import empty_figure
from dashboard.i18n import number, t
from dashboard.regions import region_name
from dashboard.stats.impact import MIN_SCHOOLS
from dashboard.stats.params import CoachingAnalysisError, CoachingParams
from dashboard.stats.tables import StatTable
from dashboard.views.coaching import CoachingState, Memo, appraisal, computed, memo_key, missing_tables
from dashboard.views.view import View, synthetic_note

FIGURES = ("event_study", "forest", "balance")


@dataclass
class ImpactSection:
    """Everything the section shows; `error` alone is set when the estimate cannot be made (and says why)."""

    title: str
    lead: str
    error: str = ""
    verdict: str = ""
    notes: list[str] = field(default_factory=list)
    event_study: go.Figure = field(default_factory=go.Figure)
    forest: go.Figure = field(default_factory=go.Figure)
    balance: go.Figure = field(default_factory=go.Figure)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


def impact_section(dataset: Dataset, params: CoachingParams, lang: str | None = "es", present: bool = False,
                   min_schools: int = MIN_SCHOOLS, memo: Memo = computed, selection: tuple[str, ...] = ()
                   ) -> ImpactSection:
    """The section for the coaching window of `params` (baseline + 1 to endline), in `lang`.

    `memo` is asked for the estimate by a key naming the data version and every parameter; `selection` (what was
    analysed, in words, a line or two) goes under each figure's title, so a downloaded picture says what it shows.
    """
    from dashboard.stats.impact_report import impact_notes, render_impact_verdict, run_impact_analysis

    section = ImpactSection(title=t("impact.title", lang), lead=t("impact.lead", lang))
    missing = [name for name in ("assessment", "coaching") if not dataset.has(name)]
    try:
        if missing:
            raise CoachingAnalysisError("missing_tables", tables=", ".join(missing))
        # One estimate per data version and parameters, whatever the language it is then told in.
        result, anova, verdict, refusal = memo(memo_key(dataset, "impact_estimate", params, (min_schools,)),
                                               lambda: run_impact_analysis(dataset, params, min_schools,
                                                                           lambda: appraisal(dataset, params, memo),
                                                                           school_grid(dataset)))
    except CoachingAnalysisError as error:
        message = error.message(lang)
        empty = empty_figure(message, lang, present)
        section.error, section.event_study, section.forest, section.balance = message, empty, empty, empty
        return section
    unit = t(f"stats.unit.{result.unit}", lang)
    national = {"estimate": result.did.estimate, "ci_low": result.did.ci_low, "ci_high": result.did.ci_high}
    section.verdict = render_impact_verdict(result, verdict, lang, refusal.message(lang) if refusal else "")
    section.notes = impact_notes(result, anova, lang)

    def title(key: str) -> str:
        return t(key, lang) + "".join(f"<br><span style='font-size:12px'>{line}</span>" for line in selection)

    section.event_study = event_study_chart(result.event_study.rows, start=result.panel.start, unit=unit, lang=lang,
                                            present=present, title=title("impact.figure.event_study"))
    section.forest = forest_chart(result.heterogeneity, national, unit=unit, lang=lang, present=present,
                                  title=title("impact.figure.forest"))
    section.balance = balance_chart(result.matching.balance, lang=lang, present=present,
                                    title=title("impact.figure.balance"))
    # Room for the selection's lines between the title and the legend above the plot.
    extra = 24 * len(selection)
    for figure in (section.event_study, section.forest, section.balance):
        top, height = figure.layout.margin.t, figure.layout.height
        figure.update_layout(margin={"t": (top or 80) + extra}, height=height + extra if height else None)
    section.tables = impact_tables(result, anova, lang)
    return section


def impact_tables(result, anova, lang: str | None) -> dict[str, pd.DataFrame]:
    """The section's tables: estimates, event study, balance, heterogeneity, cost, exclusions."""
    from dashboard.stats.impact_report import balance_label, level_label

    c = lambda key: t(f"impact.column.{key}", lang)  # noqa: E731 - a short alias keeps the headers readable
    panel = result.panel
    estimates = [(t("impact.row.did_school", lang), result.did)]
    if result.did_by_region_clusters is not None:
        estimates.append((t("impact.row.did_region", lang), result.did_by_region_clusters))
    if result.did_without_baseline is not None:
        estimates.append((t("impact.row.did_without_baseline", lang, baseline=panel.params.baseline),
                          result.did_without_baseline))
    if result.matching.estimate is not None:
        estimates.append((t("impact.row.matched", lang), result.matching.estimate))
    rows = [{"": label, c("estimate"): e.estimate, c("se"): e.se, f"{c('ci')} (min)": e.ci_low,
             f"{c('ci')} (max)": e.ci_high, c("p"): e.p} for label, e in estimates]
    if anova is not None:
        rows.append({"": t("impact.row.anova", lang, baseline=panel.params.baseline, end=panel.end),
                     c("estimate"): anova.verdict.effect, c("p"): anova.verdict.interaction_p})
    study = result.event_study.rows
    tables = {
        "estimates": pd.DataFrame(rows),
        "event_study": pd.DataFrame({c("year"): study["year"], c("relative_year"): study["relative_year"],
                                     c("estimate"): study["estimate"], c("se"): study["se"],
                                     f"{c('ci')} (min)": study["ci_low"], f"{c('ci')} (max)": study["ci_high"],
                                     c("p"): study["p"]}),
    }
    balance = result.matching.balance
    tables["balance"] = pd.DataFrame({
        c("variable"): [balance_label(v, level, lang) for v, level in zip(balance["variable"], balance["level"],
                                                                          strict=True)],
        c("smd_before"): balance["smd_before"], c("smd_after"): balance["smd_after"]})
    groups = result.heterogeneity
    tables["heterogeneity"] = pd.DataFrame({
        c("group"): [f"{t(f'impact.dimension.{d}', lang)}: {level_label(d, level, lang)}"
                     for d, level in zip(groups["dimension"], groups["level"], strict=True)],
        c("coached"): groups["coached_schools"], c("comparison"): groups["comparison_schools"],
        c("estimate"): groups["estimate"], f"{c('ci')} (min)": groups["ci_low"],
        f"{c('ci')} (max)": groups["ci_high"],
        c("note"): ["" if s == "ok" else t(f"impact.status.{s}", lang, min=result.min_schools)
                    for s in groups["status"]]})
    if result.cost is not None:
        cost = result.cost.rows
        tables["cost"] = pd.DataFrame({
            c("region"): [t("impact.national", lang) if code == "national" else level_label("region_code", code, lang)
                          for code in cost["region_code"]],
            c("cost_per_student"): cost["cost_per_student"], c("points_per_1000"): cost["points_per_1000"],
            f"{c('ci')} (min)": cost["points_per_1000_low"], f"{c('ci')} (max)": cost["points_per_1000_high"],
            c("note"): ["" if s == "ok" else t(f"impact.status.{s}", lang, min=result.min_schools)
                        for s in cost["status"]]})
    tables["exclusions"] = pd.DataFrame({c("rule"): [t(f"impact.exclusion.{rule}", lang) for rule, _ in
                                                     panel.exclusions],
                                         c("removed"): [count for _, count in panel.exclusions]})
    return tables


# ---------------------------------------------------------------- the page's view

TABLES = (("estimates", "impact.table.did", 1), ("event_study", "impact.table.event_study", 2),
          ("balance", "impact.table.balance", 1), ("heterogeneity", "impact.table.heterogeneity", 1),
          ("cost", "impact.table.cost", 1), ("exclusions", "impact.table.exclusions", 1))
CSV = {"event_study": "event_study", "forest": "heterogeneity", "balance": "balance"}  # figure -> its table


@dataclass
class CoachingImpactView(View):
    lead: str = ""
    verdict: str = ""
    error: str = ""  # why there is no estimate, in words ('' when there is one)
    notes: list[str] = field(default_factory=list)


def coaching_impact_view(data: Dataset, state: CoachingState, memo: Memo = computed) -> CoachingImpactView:
    """The impact section for the page's universe (its own controls), or the reason it cannot be drawn."""
    lang = state.lang
    lines = selection(data, state)
    words = {"title": t("impact.title", lang), "lead": t("impact.lead", lang), "subtitle": ", ".join(lines),
             "synthetic": data.is_demo, "provenance": synthetic_note(data, lang, {
                 t("download.source", lang): t("source.assessment", lang) + "; " + t("source.coaching", lang),
                 t("download.view", lang): state.query()})}
    section, error = None, missing_tables(data, lang)
    if not error:
        try:
            section = impact_section(data, state.analysis_params(), lang, state.present, state.min_schools, memo,
                                     lines)
            error = section.error
        except CoachingAnalysisError as refused:
            error = refused.message(lang)
    if error:
        return CoachingImpactView(dict.fromkeys(FIGURES, empty_figure(error, lang, state.present)), error=error,
                                  **words)
    tables = [text_table(t(key, lang), section.tables[name], lang, labels)
              for name, key, labels in TABLES if name in section.tables]
    return CoachingImpactView({name: getattr(section, name) for name in FIGURES}, tables=tables,
                              csv={figure: section.tables[name] for figure, name in CSV.items()},
                              verdict=section.verdict, notes=section.notes, **words)


def selection(data: Dataset, state: CoachingState) -> tuple[str, str]:
    """What is analysed, in words, in two lines: subject, measure and coaching years; place, filters, and whether the
    data is synthetic."""
    lang = state.lang
    what = [t(f"subject.{state.subject}", lang), t(f"stats.measure.{state.measure}", lang),
            t("impact.selection.window", lang, start=state.baseline + 1, end=state.endline)]
    parts = [region_name(state.region) if state.region else t("filter.national", lang).lower(),
             t("impact.selection.quintiles", lang, quintiles=", ".join(map(str, state.quintiles)))]
    parts += [t(f"stats.value.{value}", lang) for value in (state.school_type, state.language) if value]
    parts += [f"{t(key, lang).lower()} {bound:g}" for key, bound in (("coaching.floor", state.floor),
                                                                     ("coaching.ceiling", state.ceiling))
              if bound is not None]
    if data.is_demo:
        parts.append(t("notice.synthetic_short", lang).lower())
    return ", ".join(what), ", ".join(parts)


def text_table(title: str, frame: pd.DataFrame, lang: str | None, labels: int) -> StatTable:
    """A section table as text: label columns as they are, counts whole, p and SMDs to 3 decimals, others to 2."""
    fine = {t(f"impact.column.{key}", lang) for key in ("p", "smd_before", "smd_after")}
    whole = {column for column in frame.columns if pd.api.types.is_integer_dtype(frame[column])}

    def cell(position: int, column: str, value: object) -> str:
        if position < labels or isinstance(value, str):
            return str(value)
        if pd.isna(value):
            return ""
        return number(float(value), lang, 0 if column in whole else 3 if column in fine else 2)

    rows = [[cell(i, column, value) for i, (column, value) in enumerate(record.items())]
            for record in frame.to_dict("records")]
    return StatTable(title, [str(column) for column in frame.columns], rows, labels)
