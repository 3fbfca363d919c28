"""Coaching impact analysis (issue 4): the paper's mixed-design ANOVA, checks and effect sizes, for any region;
and the impact estimate beyond it (issue 16: fixed-effects DiD, event study, matching, cost per point).

Use `coaching_impact(assessment, coaching, CoachingParams(...))` for one analysis, `render_report` /
`render_verdict` for words, `coaching_tables` for the paper's tables, and `gain_by_region` for the
regional breakdown of the UI.

Names are loaded on first use (PEP 562) so that `python -m dashboard validate` and other commands do not pay
for importing pingouin and statsmodels (about two seconds) when they do not run the analysis.
"""
from __future__ import annotations

import importlib

_EXPORTS = {
    "dashboard.stats.analysis": ("CoachingImpact", "Descriptive", "coaching_impact", "descriptives", "every_region",
                                 "gain_by_region", "regional_gains", "universe_impact"),
    "dashboard.stats.anova": ("AnovaRow", "GroupAtYear", "MixedAnova", "TimeWithinGroup", "mixed_anova"),
    "dashboard.stats.assumptions": ("AssumptionChecks", "BoxM", "box_m", "hartley_fmax", "lilliefors_test"),
    "dashboard.stats.effect_sizes": ("EffectSizes", "glass_delta"),
    "dashboard.stats.impact": ("Estimate", "EventStudy", "ImpactEstimate", "impact_estimate", "impact_panel"),
    "dashboard.stats.impact_report": ("ImpactVerdict", "impact_verdict", "run_impact_analysis"),
    "dashboard.stats.params": ("MEASURES", "SUBJECTS", "CoachingAnalysisError", "CoachingParams"),
    "dashboard.stats.report": ("render_report",),
    "dashboard.stats.tables": ("StatTable", "as_text", "coaching_tables"),
    "dashboard.stats.universe": ("Exclusion", "SchoolGrid", "Universe", "analysis_universe", "coaching_status"),
    "dashboard.stats.verdict": ("Verdict", "render_verdict"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> object:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_MODULE_OF[name]), name)
