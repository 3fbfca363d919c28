"""`python -m dashboard impact DIR ...`: the impact estimate of coaching (DiD, event study, matching, cost)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from dashboard.i18n import LANGUAGES
from dashboard.stats.commands import analysed
from dashboard.stats.params import MEASURES, SUBJECTS, CoachingAnalysisError, CoachingParams

JSON_KEYS = """\
JSON output (--format json), all numbers in the measure's unit (points, or percentage points):
  params               the analysis settings (universe rules, start, end, min_schools)
  unit                 "points" or "percentage_points"
  panel                years used, coached and comparison schools, coached_before_start, exclusions (counts)
  did                  two-way fixed-effects DiD, SEs clustered by school: estimate, se, ci_low, ci_high, p,
                       observations, schools, clusters
  did_region_clusters  the same estimate with SEs clustered by region (a check); null with one region
  did_without_baseline the DiD leaving out the year before the window (as did); null without earlier years
  event_study          coefficients [{relative_year, year, estimate, se, ci_low, ci_high, p}] (the year before
                       the window is the reference, 0), pretrend_test {chi2, df, p}: joint Wald test that the
                       coefficients before it are zero, pre_equal_p: Wald test that they equal one another
                       (if so, the groups differ only in the reference year: a dip before selection)
  matching             coached, coached_matched, comparison_used, estimate (DiD on the matched schools, as did),
                       pretrend_p (same test among them), balance [{variable, level, smd_before, smd_after}]
  heterogeneity        [{dimension, level, coached_schools, comparison_schools, estimate, se, ci_low, ci_high, p,
                       status}] by region_code, poverty_quintile, area, school_type; status "too_few" below
                       --min-schools in either group
  cost_effectiveness   rows [{region_code ("national" first), expenditure, students (a year), cost_per_student,
                       effect, ci_low, ci_high, points_per_1000, points_per_1000_low, points_per_1000_high,
                       status}], cost_years, window_years_without_cost, regions_without_cost,
                       national_estimate (the estimate the national row divides: the one the verdict trusts);
                       null without the program_regions table
  paper_anova          the appraisal's ANOVA on the same window: effect, interaction_p, baseline_difference_p,
                       coached, comparison; null when it cannot be computed
  verdict              trusted ("did", "did_without_baseline", "matched" or "none"), pretrends ("parallel",
                       "dip", "differ" or "untestable"), matched_pretrends_parallel,
                       anova_effect, anova_agrees, baseline_difference_p, alpha, text, notes
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `impact` command."""
    parser = subparsers.add_parser(
        "impact",
        help="impact estimate of coaching: fixed-effects DiD, event study, matching, heterogeneity, cost per point",
        description="Estimate the effect of coaching in every year of a window (--start to --end) against schools "
                    "never coached up to its end, on every ECE year up to the window's end, with the universe "
                    "rules of the coaching appraisal. Needs the assessment and coaching tables; program_regions "
                    "adds the cost.",
        epilog=JSON_KEYS, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("directory", type=Path, help="data directory (see DATA_CONTRACT.md)")
    parser.add_argument("--subject", choices=SUBJECTS, default="reading")
    parser.add_argument("--measure", choices=MEASURES, default="mean_score")
    parser.add_argument("--start", type=int, default=2011, help="first coaching year of the window (default 2011)")
    parser.add_argument("--end", type=int, default=2013, help="last coaching year of the window (default 2013)")
    parser.add_argument("--min-schools", type=int, default=10,
                        help="least schools per group for a heterogeneity row (default 10, as the coaching page)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--lang", choices=LANGUAGES, default="es")
    parser.set_defaults(func=run_impact)


def run_impact(args: argparse.Namespace) -> int:
    """Load the directory, estimate, print; a data or analysis problem is one plain message and exit code 1."""
    # Imported here: pingouin and statsmodels take seconds to import.
    from dashboard.contract import load_directory
    from dashboard.stats.impact_report import impact_to_dict, render_impact_text, run_impact_analysis

    def analyse():
        if args.end < args.start:
            raise CoachingAnalysisError("window_order", start=args.start, end=args.end)
        params = CoachingParams(subject=args.subject, measure=args.measure, baseline=args.start - 1,
                                endline=args.end)
        return run_impact_analysis(load_directory(args.directory), params, min_schools=args.min_schools)

    analysis = analysed(args, analyse)
    if analysis is None:
        return 1
    result, anova, verdict, refusal = analysis
    anova_error = refusal.message(args.lang) if refusal else ""
    if args.format == "json":
        print(json.dumps(impact_to_dict(result, anova, verdict, args.lang, anova_error), ensure_ascii=False,
                         indent=2, allow_nan=False))
    else:
        print(render_impact_text(result, anova, verdict, args.lang, anova_error), end="")
    return 0
