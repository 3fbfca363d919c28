"""Effect sizes as the paper computes them: Glass's delta, gains over the baseline SD (section 5.1)."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class EffectSizes:
    """Each group's gain, their difference (difference in differences) and the paper's three Glass's deltas."""

    coached_gain: float
    comparison_gain: float
    difference_in_differences: float
    glass_delta_interaction: float  # (coached gain - comparison gain) / comparison SD at baseline: 0.34 in the paper
    glass_delta_time_coached: float  # coached gain / coached SD at baseline: 0.59
    glass_delta_time_comparison: float  # comparison gain / comparison SD at baseline: 0.22


def glass_delta(gain: float, baseline_sd: float) -> float:
    """A gain in baseline standard deviations of one group only: the paper's choice because the groups are unequal."""
    return gain / baseline_sd


def effect_sizes(scores: pd.DataFrame) -> EffectSizes:
    """Gains and Glass's deltas of the analysed schools (columns group, baseline, endline)."""
    coached = scores.loc[scores["group"] == "coached"]
    comparison = scores.loc[scores["group"] == "comparison"]
    coached_gain = float(coached["endline"].mean() - coached["baseline"].mean())
    comparison_gain = float(comparison["endline"].mean() - comparison["baseline"].mean())
    comparison_sd = float(comparison["baseline"].std(ddof=1))
    return EffectSizes(
        coached_gain=coached_gain,
        comparison_gain=comparison_gain,
        difference_in_differences=coached_gain - comparison_gain,
        glass_delta_interaction=glass_delta(coached_gain - comparison_gain, comparison_sd),
        glass_delta_time_coached=glass_delta(coached_gain, float(coached["baseline"].std(ddof=1))),
        glass_delta_time_comparison=glass_delta(comparison_gain, comparison_sd),
    )
