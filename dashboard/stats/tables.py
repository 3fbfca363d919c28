"""The coaching analysis as the paper's tables, built once: as text for the command line, as HTML on the page.

A table is text cells in the reader's language, numbers written as a published report prints them: each
column with the decimals its quantity deserves (sums of squares whole and grouped, F with two decimals,
p-values below 0.001 as "< 0,001"), so the command line's report and the page show the very same tables.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dashboard.i18n import number, t
from dashboard.regions import REGION_NAMES
from dashboard.stats.params import GROUPS

if TYPE_CHECKING:  # the analysis imports pingouin: only a page that runs it should pay for that
    from dashboard.stats.analysis import CoachingImpact
    from dashboard.stats.anova import AnovaRow
    from dashboard.stats.params import CoachingParams
    from dashboard.stats.universe import Universe


@dataclass(frozen=True)
class StatTable:
    """A titled table of text cells: the first `labels` columns name the rows, the others hold numbers."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    labels: int = 1
    notes: tuple[str, ...] = ()
    caption: str = ""  # what the table tests and in which units, said once under its title


def stat(value: float | None, lang: str | None, decimals: int) -> str:
    """A table number in the reader's language (1 234,5 / 1,234.5), blank when missing."""
    if value is None or not math.isfinite(value):
        return ""
    return number(value, lang, decimals)


def p_value(p: float | None, lang: str | None) -> str:
    """A significance as reports print it: three decimals, or "< 0,001" when it would round to zero."""
    if p is None or not math.isfinite(p):
        return ""
    return "< " + number(0.001, lang, 3) if p < 0.0005 else number(p, lang, 3)


def as_text(table: StatTable) -> str:
    """A table in fixed-width text: label columns left-aligned, numbers right-aligned, rules above and below."""
    headers, rows, labels = table.headers, table.rows, table.labels
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        padded = (c.ljust(w) if i < labels else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True)))
        return "  ".join(padded).rstrip()

    rule = "-" * len(line(headers))
    caption = [table.caption] if table.caption else []
    return "\n".join([table.title, *caption, rule, line(headers), rule, *map(line, rows), rule, *table.notes])


def coaching_tables(result: CoachingImpact, lang: str | None) -> list[StatTable]:
    """The paper's tables of one analysis: universe, descriptives, assumption checks, ANOVAs, effect sizes."""
    return [universe_table(result.universe, lang), descriptives_table(result, lang), *assumption_tables(result, lang),
            *anova_tables(result, lang), effect_sizes_table(result, lang)]


def _group(group: str, lang: str | None) -> str:
    return t(f"stats.group.{group}", lang)


def _rule_value(rule: str, params: CoachingParams, lang: str | None) -> str:
    """The setting a universe rule applied, in words."""
    if rule == "results_in_both_years":
        return f"{params.baseline}, {params.endline}"
    if rule == "poverty_quintile":
        return ", ".join(map(str, params.poverty_quintiles))
    if rule == "region_code":
        return f"{params.region_code} {REGION_NAMES[params.region_code]}"
    if rule == "implausible_score":
        floor = number(params.score_floor, lang, 0)
        if math.isinf(params.score_ceiling):
            return f">= {floor}"
        return f"{floor}-{number(params.score_ceiling, lang, 0)}"
    if rule == "partly_coached":
        return f"{params.coaching_years[0]}-{params.coaching_years[-1]}"
    return t(f"stats.value.{getattr(params, rule)}", lang)


def universe_table(universe: Universe, lang: str | None) -> StatTable:
    params = universe.params
    rows = [[t("stats.report.assessed", lang, baseline=params.baseline, endline=params.endline), "",
             stat(universe.schools_assessed, lang, 0)]]
    rows += [[f"{t(f'stats.rule.{e.rule}', lang)}: {_rule_value(e.rule, params, lang)}", stat(e.removed, lang, 0),
              stat(e.remaining, lang, 0)] for e in universe.exclusions]
    groups = t("stats.report.groups", lang, first=params.coaching_years[0], last=params.coaching_years[-1],
               coached=universe.size("coached"), comparison=universe.size("comparison"))
    return StatTable(t("stats.report.universe", lang), [t(f"stats.header.{h}", lang) for h in ("rule", "removed",
                  "remaining")], rows, notes=(groups,), caption=t("coaching.caption.universe", lang))


def descriptives_table(result: CoachingImpact, lang: str | None) -> StatTable:
    rows, previous = [], None
    for row in result.descriptives:
        rows.append([str(row.year) if row.year != previous else "", _group(row.group, lang),
                     stat(row.mean, lang, 1), stat(row.sd, lang, 1), stat(row.n, lang, 0)])
        previous = row.year
    headers = [t(f"stats.header.{h}", lang) for h in ("year", "group", "mean", "sd", "n")]
    return StatTable(t("stats.report.descriptives", lang), headers, rows, labels=2,
                     caption=t("coaching.caption.descriptives", lang, unit=_unit(result, lang)))


def assumption_tables(result: CoachingImpact, lang: str | None) -> list[StatTable]:
    checks = result.assumptions
    normality = [[str(r.year) if i % len(GROUPS) == 0 else "", _group(r.group, lang), stat(r.statistic, lang, 3),
                  stat(r.df, lang, 0), p_value(r.sig, lang) + ("*" if r.sig_is_lower_bound else "")]
                 for i, r in enumerate(checks.normality)]
    levene = [[str(r.year), stat(r.statistic, lang, 2), stat(r.df1, lang, 0), stat(r.df2, lang, 0), p_value(r.p, lang)]
              for r in checks.levene]
    fmax = [[str(r.year), _group(r.larger_variance_group, lang), stat(r.fmax, lang, 2), p_value(r.p, lang)]
            for r in checks.hartley_fmax]
    box = checks.box_m
    box_rows = ([[stat(box.m, lang, 2), stat(box.f, lang, 2), stat(box.df1, lang, 0),
                  stat(box.df2, lang, 0), p_value(box.p, lang)]] if box else [])
    box_notes = () if box else (t("stats.report.box_not_computable", lang),)
    header = [t(f"stats.header.{h}", lang) for h in ("year", "group", "statistic", "df", "sig")]
    return [
        StatTable(t("stats.report.normality", lang), header, normality, labels=2,
               notes=(t("stats.report.lower_bound", lang),), caption=t("coaching.caption.normality", lang)),
        StatTable(t("stats.report.levene", lang), [t(f"stats.header.{h}", lang) for h in ("year", "f", "df1", "df2",
               "sig")], levene, caption=t("coaching.caption.levene", lang)),
        StatTable(t("stats.report.box", lang), [t(f"stats.header.{h}", lang) for h in ("box_m", "f", "df1", "df2",
               "sig")], box_rows, labels=0, notes=box_notes,
               caption=t("coaching.caption.box", lang)),
        StatTable(t("stats.report.fmax", lang), [t(f"stats.header.{h}", lang) for h in ("year", "larger_variance",
               "fmax", "sig")], fmax, labels=2, caption=t("coaching.caption.fmax", lang)),
    ]


def _anova_cells(row: AnovaRow, lang: str | None) -> list[str]:
    return [_squares(row.ss, lang), stat(row.df, lang, 0), _squares(row.ms, lang), stat(row.f, lang, 2),
            p_value(row.p, lang), stat(row.partial_eta_squared, lang, 3)]


def _squares(value: float | None, lang: str | None) -> str:
    """Sums and means of squares: whole when large (13 877 582), two decimals when small (a proportion's)."""
    if value is None or not math.isfinite(value):
        return ""
    return stat(value, lang, 0 if abs(value) >= 100 else 2)


def anova_tables(result: CoachingImpact, lang: str | None) -> list[StatTable]:
    numbers = [t(f"stats.header.{h}", lang) for h in ("ss", "df", "ms", "f", "sig", "partial_eta")]
    source = [t("stats.header.source", lang)]
    time_within = []
    for effect in result.time_within_groups:
        time_within.append([t("stats.source.time", lang), _group(effect.group, lang), *_anova_cells(effect.time,
                            lang)])
        time_within.append([t("stats.source.error_time", lang), "", *_anova_cells(effect.error, lang)])
    at_year = []
    for effect in result.group_at_years:
        at_year.append([str(effect.year), t("stats.source.coached", lang), *_anova_cells(effect.group, lang),
                        stat(effect.difference, lang, 1)])
        at_year.append(["", t("stats.source.error", lang), *_anova_cells(effect.error, lang), ""])
    return [
        StatTable(t("stats.report.within", lang), source + numbers,
               [[t(f"stats.source.{r.source}", lang), *_anova_cells(r, lang)] for r in result.anova.within_subjects],
               notes=(t("stats.report.sphericity", lang),), caption=t("coaching.caption.within", lang)),
        StatTable(t("stats.report.between", lang), source + numbers,
               [[t(f"stats.source.{r.source}", lang), *_anova_cells(r, lang)] for r in result.anova.between_subjects],
               caption=t("coaching.caption.between", lang)),
        StatTable(t("stats.report.time_within", lang), [*source, t("stats.header.group", lang), *numbers], time_within,
               labels=2, caption=t("coaching.caption.time_within", lang)),
        StatTable(t("stats.report.group_at_year", lang), [t("stats.header.year", lang), *source, *numbers,
               t("stats.header.difference", lang)], at_year, labels=2,
               caption=t("coaching.caption.group_at_year", lang, unit=_unit(result, lang))),
    ]


def effect_sizes_table(result: CoachingImpact, lang: str | None) -> StatTable:
    effects = result.effect_sizes
    rows = [
        [t("stats.effect.interaction", lang), stat(effects.difference_in_differences, lang, 1),
         stat(effects.glass_delta_interaction, lang, 2)],
        [t("stats.effect.time_coached", lang), stat(effects.coached_gain, lang, 1),
         stat(effects.glass_delta_time_coached, lang, 2)],
        [t("stats.effect.time_comparison", lang), stat(effects.comparison_gain, lang, 1),
         stat(effects.glass_delta_time_comparison, lang, 2)],
    ]
    headers = [t(f"stats.header.{h}", lang) for h in ("effect", "gain", "glass_delta")]
    return StatTable(t("stats.report.effect_sizes", lang), headers, rows, notes=(t("stats.report.glass_note", lang),),
                     caption=t("coaching.caption.effect_sizes", lang, unit=_unit(result, lang)))


def _unit(result: CoachingImpact, lang: str | None) -> str:
    """Scores are in points, the share of proficient pupils in percentage points."""
    return t(f"stats.unit.{result.verdict.unit}", lang)


