"""What a planner may conclude from one analysis: structured (booleans, reason codes, numbers) and in plain words."""
from __future__ import annotations

import math
from dataclasses import dataclass

from dashboard.i18n import number, t
from dashboard.stats.anova import GroupAtYear, MixedAnova, TimeWithinGroup
from dashboard.stats.assumptions import AssumptionChecks
from dashboard.stats.effect_sizes import EffectSizes
from dashboard.stats.params import CoachingParams

# Cohen's (1988) benchmarks for a standardised difference; the paper reads its 0.34 as "small to medium".
MAGNITUDES = ((0.2, "negligible"), (0.5, "small"), (0.8, "medium"), (math.inf, "large"))
UNIT_SCALE = {"mean_score": ("points", 1.0), "pct_proficient": ("percentage_points", 100.0)}


@dataclass(frozen=True)
class Verdict:
    """The reading of the interaction (coached x time); gains and effect are in `unit` (points or % points)."""

    subject: str
    measure: str
    baseline: int
    endline: int
    unit: str
    interaction_interpretable: bool
    interaction_significant: bool
    reasons: tuple[str, ...]
    effect: float
    coached_gain: float
    comparison_gain: float
    coached_gain_significant: bool
    comparison_gain_significant: bool
    glass_delta: float
    magnitude: str
    interaction_f: float
    interaction_error_df: int
    interaction_p: float
    partial_eta_squared: float
    box_m_p: float | None
    baseline_difference_significant: bool
    baseline_difference_p: float
    alpha: float
    box_alpha: float


def effect_magnitude(delta: float) -> str:
    """Cohen's label for a standardised effect: negligible, small, medium or large."""
    return next(label for limit, label in MAGNITUDES if abs(delta) < limit)


def coaching_verdict(params: CoachingParams, anova: MixedAnova, time_within: tuple[TimeWithinGroup, ...],
                     group_at_year: tuple[GroupAtYear, ...], assumptions: AssumptionChecks,
                     effects: EffectSizes) -> Verdict:
    """Whether the interaction can be read (not when Box's test rejects equal covariances) and what it amounts to."""
    unit, scale = UNIT_SCALE[params.measure]
    interaction = anova.row("time_x_coached")
    box = assumptions.box_m
    if box is None:
        interpretability = "box_m_not_computable"
    elif box.p < params.box_alpha:
        interpretability = "box_m_rejects_equal_covariances"
    else:
        interpretability = "covariances_homogeneous"
    significant = interaction.p < params.alpha
    baseline = group_at_year[0].group
    baseline_differs = baseline.p < params.alpha
    time_p = {effect.group: effect.time.p for effect in time_within}
    return Verdict(
        subject=params.subject, measure=params.measure, baseline=params.baseline, endline=params.endline, unit=unit,
        interaction_interpretable=interpretability == "covariances_homogeneous",
        interaction_significant=significant,
        reasons=(
            interpretability,
            "interaction_significant" if significant else "interaction_not_significant",
            "groups_differ_at_baseline" if baseline_differs else "groups_similar_at_baseline",
        ),
        effect=effects.difference_in_differences * scale,
        coached_gain=effects.coached_gain * scale,
        comparison_gain=effects.comparison_gain * scale,
        coached_gain_significant=time_p["coached"] < params.alpha,
        comparison_gain_significant=time_p["comparison"] < params.alpha,
        glass_delta=effects.glass_delta_interaction,
        magnitude=effect_magnitude(effects.glass_delta_interaction),
        interaction_f=interaction.f, interaction_error_df=anova.row("error_time").df, interaction_p=interaction.p,
        partial_eta_squared=interaction.partial_eta_squared,
        box_m_p=None if box is None else box.p,
        baseline_difference_significant=baseline_differs, baseline_difference_p=baseline.p,
        alpha=params.alpha, box_alpha=params.box_alpha,
    )


def _p(value: float, lang: str | None) -> str:
    """'= 0.534' or '< 0.001', as APA and the paper write p."""
    return f"< {number(0.001, lang, 3)}" if value < 0.001 else f"= {number(value, lang, 3)}"


def _signed(value: float, lang: str | None) -> str:
    """A change to one decimal with its sign: +22.2, -20.7, 0.0."""
    rounded = round(value, 1) + 0.0  # + 0.0 turns -0.0 into 0.0
    return ("+" if rounded > 0 else "") + number(rounded, lang, 1)


def _significance(significant: bool, lang: str | None) -> str:
    return t("stats.verdict.gain_significant" if significant else "stats.verdict.gain_not_significant", lang)


def render_verdict(verdict: Verdict, lang: str | None = "es") -> str:
    """The verdict as a short paragraph in Spanish (default) or English, its test statistics at the end."""
    return " ".join(verdict_parts(verdict, lang))


def verdict_parts(verdict: Verdict, lang: str | None = "es") -> tuple[str, str]:
    """(the conclusion in plain words, the test statistics behind it): a page shows the second smaller."""
    unit = t(f"stats.unit.{verdict.unit}", lang)
    values = {
        "baseline": verdict.baseline, "endline": verdict.endline, "unit": unit,
        "subject": t(f"stats.subject.{verdict.subject}", lang),
        "measure": t(f"stats.measure.{verdict.measure}", lang),
        "coached_gain": _signed(verdict.coached_gain, lang), "comparison_gain": _signed(verdict.comparison_gain, lang),
        "effect": _signed(verdict.effect, lang),
        "df": verdict.interaction_error_df, "f": number(verdict.interaction_f, lang, 2),
        "p": _p(verdict.interaction_p, lang), "delta": number(verdict.glass_delta, lang, 2),
        "magnitude": t(f"stats.magnitude.{verdict.magnitude}", lang),
    }
    if verdict.interaction_interpretable:
        key = "stats.verdict.effect" if verdict.interaction_significant else "stats.verdict.no_effect"
        sentences = [t(key, lang, **values)]
    else:
        reason = verdict.reasons[0]
        box_p = "" if verdict.box_m_p is None else _p(verdict.box_m_p, lang)
        sentences = [
            t(f"stats.verdict.{reason}", lang, box_p=box_p),
            t("stats.verdict.descriptive_gains", lang, **values,
              coached_significance=_significance(verdict.coached_gain_significant, lang),
              comparison_significance=_significance(verdict.comparison_gain_significant, lang)),
        ]
    sentences.append(t(f"stats.verdict.{verdict.reasons[2]}", lang, baseline=verdict.baseline))
    statistics = [t("stats.verdict.baseline_statistics", lang, baseline=verdict.baseline,
                    p=_p(verdict.baseline_difference_p, lang))]
    if verdict.interaction_interpretable:
        statistics.insert(0, t("stats.verdict.interaction_statistics", lang, **values))
    return " ".join(sentences), " ".join(statistics)
