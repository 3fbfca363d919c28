"""The page section "Más allá del balance: estimación de impacto" as plain values: figures, tables, verdict, notes.

The layout only has to place what `impact_section` returns; no Dash here. Tables are DataFrames with headers and
group names in the reader's language and numbers left as numbers (the layout formats them; downloads keep them).
The estimate takes about 3 s at national scale (some 30 regressions), so a page should keep the result in the shared
cache under the data version and parameters, as the coaching page does with its analysis.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from dashboard.contract import Dataset
from dashboard.figures.impact import balance_chart, event_study_chart, forest_chart
from dashboard.figures.theme import empty_figure
from dashboard.i18n import t
from dashboard.stats.impact import MIN_SCHOOLS
from dashboard.stats.params import CoachingAnalysisError, CoachingParams


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
                   min_schools: int = MIN_SCHOOLS) -> ImpactSection:
    """The section for the coaching window of `params` (baseline + 1 to endline), in `lang`."""
    from dashboard.stats.impact_report import impact_notes, render_impact_verdict, run_impact_analysis

    section = ImpactSection(title=t("impact.title", lang), lead=t("impact.lead", lang))
    missing = [name for name in ("assessment", "coaching") if not dataset.has(name)]
    try:
        if missing:
            raise CoachingAnalysisError("missing_tables", tables=", ".join(missing))
        result, anova, verdict, anova_error = run_impact_analysis(dataset, params, min_schools, lang)
    except CoachingAnalysisError as error:
        message = error.message(lang)
        empty = empty_figure(message, lang, present)
        section.error, section.event_study, section.forest, section.balance = message, empty, empty, empty
        return section
    unit = t(f"stats.unit.{result.unit}", lang)
    national = {"estimate": result.did.estimate, "ci_low": result.did.ci_low, "ci_high": result.did.ci_high}
    section.verdict = render_impact_verdict(result, verdict, lang, anova_error)
    section.notes = impact_notes(result, anova, lang)
    section.event_study = event_study_chart(result.event_study.rows, start=result.panel.start, unit=unit, lang=lang,
                                            present=present, title=t("impact.figure.event_study", lang))
    section.forest = forest_chart(result.heterogeneity, national, unit=unit, lang=lang, present=present,
                                  title=t("impact.figure.forest", lang))
    section.balance = balance_chart(result.matching.balance, lang=lang, present=present,
                                    title=t("impact.figure.balance", lang))
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
