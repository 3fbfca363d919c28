"""The coaching page's view: the analysis for a view state, as figures and readable tables (no Dash here).

The analysis takes about half a second at national scale, so each result is kept in the
shared cache under the data version and the parameters: every worker reuses it.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from dashboard import store
from dashboard.contract import Dataset
from dashboard.figures.coaching import before_after_chart, distribution_chart, regional_gain_bars, regional_gain_map
from dashboard.figures.theme import empty_figure
from dashboard.i18n import number, t
from dashboard.regions import region_name

UNIT = {"mean_score": ("stats.unit.points", 1.0), "pct_proficient": ("stats.unit.percentage_points", 100.0)}


@dataclass(frozen=True)
class StatTable:
    """A table as text cells, in the user's language (the layout turns it into HTML, escaped)."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    note: str = ""


@dataclass
class CoachingView:
    error: str = ""
    verdict: str = ""
    before_after: go.Figure = field(default_factory=go.Figure)
    distribution: go.Figure = field(default_factory=go.Figure)
    regional_bars: go.Figure = field(default_factory=go.Figure)
    regional_map: go.Figure = field(default_factory=go.Figure)
    tables: list[StatTable] = field(default_factory=list)
    regional: pd.DataFrame = field(default_factory=pd.DataFrame)
    descriptives: pd.DataFrame = field(default_factory=pd.DataFrame)


def params_from_state(state: dict):
    """The analysis parameters a view state asks for (None: the subject's default)."""
    from dashboard.stats import CoachingParams

    return CoachingParams(
        subject=state["subject"], measure=state["measure"], baseline=state["baseline"], endline=state["endline"],
        poverty_quintiles=tuple(state["quintiles"]), region_code=state["region"] or None,
        school_type=state["school_type"] or None, language=state["language"] or None,
        score_floor=state["floor"], score_ceiling=state["ceiling"],
    )


def _cache_key(data: Dataset, kind: str, params, extra: object = None) -> str:
    text = json.dumps([data.fingerprint, kind, params.to_dict(), extra], sort_keys=True, default=str)
    return "coaching:" + hashlib.sha256(text.encode()).hexdigest()[:32]


def _cached(key: str, compute):
    """Read-through the shared cache (outside a request, e.g. in tests or benchmarks, just compute)."""
    from flask import has_app_context

    if not has_app_context():
        return compute()
    found = store.cache.get(key)
    if found is None:
        found = compute()
        store.cache.set(key, found)
    return found


def coaching_view(data: Dataset, state: dict) -> CoachingView:
    """Every figure and table of the coaching page, or the reason it cannot be drawn."""
    from dashboard.stats import CoachingAnalysisError, coaching_impact, gain_by_region, render_verdict

    lang, present = state["lang"], state["present"]
    missing = [name for name in ("assessment", "coaching") if not data.has(name)]
    if missing:
        return _failed(t("notice.table_missing", lang, tables=", ".join(missing)), lang, present)
    try:
        params = params_from_state(state)
        # The analysis reads only this subject in these two years: a tenth of the table, so hand it just that.
        results = data.table("assessment")
        results = results[(results["subject"] == params.subject) & results["year"].isin((params.baseline,
                                                                                          params.endline))]
        results = _plain_text(results)
        roster = store.derived(data, "coaching-roster", lambda d: _plain_text(d.table("coaching")))
        result = _cached(_cache_key(data, "impact", params), lambda: coaching_impact(results, roster, params))
        regional = _cached(_cache_key(data, "regions", params, state["min_schools"]),
                           lambda: gain_by_region(results, roster, params, min_schools=state["min_schools"]))
    except CoachingAnalysisError as error:
        return _failed(error.message(lang), lang, present)
    unit_key, scale = UNIT[params.measure]
    unit = t(unit_key, lang)
    axis = t("stats.measure.pct_proficient", lang) + " (%)" if scale == 100 else t("stats.measure.mean_score", lang)
    descriptives = pd.DataFrame([d.__dict__ for d in result.descriptives])
    years = (params.baseline, params.endline)
    return CoachingView(
        verdict=render_verdict(result.verdict, lang),
        before_after=before_after_chart(descriptives, scale=scale, unit=axis, lang=lang, present=present),
        distribution=distribution_chart(result.universe.scores, years=years, scale=scale, unit=axis, lang=lang,
                                        present=present),
        regional_bars=regional_gain_bars(regional, unit=unit, lang=lang, present=present),
        regional_map=regional_gain_map(regional, unit=unit, lang=lang, present=present),
        tables=result_tables(result, lang),
        regional=regional.assign(region_name=[region_name(c) for c in regional["region_code"]]),
        descriptives=descriptives,
    )


def _plain_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns as Python strings: the analysis reindexes and takes rows often, which Arrow strings make slow."""
    return frame.astype({c: object for c in frame.columns if pd.api.types.is_string_dtype(frame[c])})


def _failed(message: str, lang: str, present: bool) -> CoachingView:
    empty = empty_figure(message, lang, present)
    return CoachingView(error=message, before_after=empty, distribution=empty, regional_bars=empty,
                        regional_map=empty)


def _n(value: float | None, lang: str, decimals: int = 3) -> str:
    """SPSS-style number: 3 decimals, no leading zero for values below 1 (.534), '–' when undefined."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = number(value, lang, decimals)
    if abs(value) < 1:
        text = text.replace("0,", ",", 1).replace("0.", ".", 1)
    return text


def _p(value: float | None, lang: str) -> str:
    if value is not None and math.isfinite(value) and value < 0.0005:
        return _n(0.0, lang)
    return _n(value, lang)


def result_tables(result, lang: str) -> list[StatTable]:
    """The paper's tables for one analysis: universe, descriptives, ANOVA, simple effects, checks, effect sizes."""
    group = {g: t(f"stats.group.{g}", lang) for g in ("comparison", "coached", "total")}
    h = {k: t(f"stats.header.{k}", lang) for k in ("rule", "removed", "remaining", "year", "group", "mean", "sd", "n",
                                                    "statistic", "df", "sig", "f", "df1", "df2", "source", "ss", "ms",
                                                    "partial_eta")}
    universe = result.universe
    tables = [StatTable(
        t("coaching.universe", lang), [h["rule"], h["removed"], h["remaining"]],
        [[t("stats.report.assessed", lang, baseline=universe.params.baseline, endline=universe.params.endline), "",
          number(universe.schools_assessed, lang, 0)]]
        + [[t(f"stats.rule.{e.rule}", lang), number(-e.removed, lang, 0) if e.removed else "0",
            number(e.remaining, lang, 0)] for e in universe.exclusions],
        t("stats.report.groups", lang, coached=universe.size("coached"), comparison=universe.size("comparison"),
          first=universe.params.baseline + 1, last=universe.params.endline),
    )]
    tables.append(StatTable(
        t("coaching.descriptives", lang), [h["year"], h["group"], h["mean"], h["sd"], h["n"]],
        [[str(d.year), group[d.group], _n(d.mean, lang, 3), _n(d.sd, lang, 3), number(d.n, lang, 0)]
         for d in result.descriptives]))
    anova_rows = [[t(f"coaching.table.{row.source}", lang), _n(row.ss, lang), str(int(row.df)), _n(row.ms, lang),
                   _n(row.f, lang), _p(row.p, lang), _n(row.partial_eta_squared, lang)]
                  for row in (*result.anova.within_subjects, *result.anova.between_subjects)]
    tables.append(StatTable(t("coaching.anova", lang),
                            [h["source"], h["ss"], h["df"], h["ms"], h["f"], h["sig"], h["partial_eta"]], anova_rows,
                            t("stats.report.sphericity", lang)))
    simple = []
    for effect in result.time_within_groups:
        row = effect.time
        simple.append([t("coaching.table.time_in", lang, group=group[effect.group].lower()), _n(row.f, lang),
                       f"1, {int(effect.error.df)}", _p(row.p, lang), _n(row.partial_eta_squared, lang)])
    for effect in result.group_at_years:
        row = effect.group
        simple.append([t("coaching.table.group_in", lang, year=effect.year), _n(row.f, lang),
                       f"1, {int(effect.error.df)}", _p(row.p, lang), _n(row.partial_eta_squared, lang)])
    tables.append(StatTable(t("coaching.simple_effects", lang), [h["source"], h["f"], h["df"], h["sig"],
                                                                  h["partial_eta"]], simple))
    checks = result.assumptions
    rows = [[f"{t('coaching.table.ks', lang)}: {group[n.group]} {n.year}", _n(n.statistic, lang),
             str(int(n.df)), _p(n.sig, lang) + ("*" if n.sig_is_lower_bound else "")] for n in checks.normality]
    rows += [[t("coaching.table.levene", lang, year=lv.year), _n(lv.statistic, lang),
              f"{int(lv.df1)}, {int(lv.df2)}", _p(lv.p, lang)] for lv in checks.levene]
    if checks.box_m is not None:
        box = checks.box_m
        rows.append([f"{t('coaching.table.box', lang)} (M = {_n(box.m, lang)})", _n(box.f, lang),
                     f"{_n(box.df1, lang, 0)}, {_n(box.df2, lang, 0)}", _p(box.p, lang)])
    rows += [[t("coaching.table.fmax", lang, year=fm.year), _n(fm.fmax, lang), "", _p(fm.p, lang)]
             for fm in checks.hartley_fmax]
    tables.append(StatTable(t("coaching.assumptions", lang), [t("coaching.table.test", lang), h["statistic"], h["df"],
                                                               h["sig"]], rows, t("coaching.lower_bound", lang)))
    effects = result.effect_sizes
    tables.append(StatTable(t("coaching.effect_sizes", lang), [t("coaching.table.test", lang),
                                                                t("coaching.table.value", lang)], [
        [t("coaching.table.glass_interaction", lang), _n(effects.glass_delta_interaction, lang, 2)],
        [t("coaching.table.glass_coached", lang), _n(effects.glass_delta_time_coached, lang, 2)],
        [t("coaching.table.glass_comparison", lang), _n(effects.glass_delta_time_comparison, lang, 2)],
    ], t("stats.report.glass_note", lang)))
    return tables
