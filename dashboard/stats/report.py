"""The analysis as text that reads like the paper's SPSS output: the tables of `tables.py`, then the verdict."""
from __future__ import annotations

from dashboard.i18n import t
from dashboard.stats.analysis import CoachingImpact
from dashboard.stats.tables import as_text, coaching_tables
from dashboard.stats.verdict import render_verdict


def render_report(result: CoachingImpact, lang: str | None = "es") -> str:
    """The whole analysis as plain text: universe, descriptives, checks, ANOVA tables, effect sizes and verdict."""
    params = result.params
    title = t("stats.report.title", lang, subject=t(f"stats.subject.{params.subject}", lang),
              measure=t(f"stats.measure.{params.measure}", lang), baseline=params.baseline, endline=params.endline)
    verdict = f"{t('stats.report.verdict', lang)}\n{render_verdict(result.verdict, lang)}"
    return "\n\n".join([title, *map(as_text, coaching_tables(result, lang)), verdict]) + "\n"
