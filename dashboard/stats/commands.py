"""`python -m dashboard coaching DIR ...`: the coaching impact analysis of a data directory, as text or JSON."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dashboard.i18n import LANGUAGES, t
from dashboard.regions import REGION_CODES
from dashboard.stats.params import ALLOWED_VALUES, MEASURES, SUBJECTS, CoachingAnalysisError, CoachingParams


def _quintiles(text: str) -> tuple[int, ...]:
    """'1,2,3' -> (1, 2, 3)."""
    try:
        return tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated quintiles such as 1,2,3, got {text!r}") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `coaching` command."""
    parser = subparsers.add_parser(
        "coaching",
        help="coaching impact analysis (mixed ANOVA, assumption checks, effect sizes) of a data directory",
        description="Compare schools coached every year after the baseline with schools never coached, as the "
                    "coaching appraisal paper does (SPSS conventions). Needs the assessment and coaching tables.",
    )
    parser.add_argument("directory", type=Path, help="data directory (see DATA_CONTRACT.md)")
    parser.add_argument("--subject", choices=SUBJECTS, default="reading")
    parser.add_argument("--measure", choices=MEASURES, default="mean_score")
    parser.add_argument("--baseline", type=int, default=2010, help="baseline year (default 2010)")
    parser.add_argument("--endline", type=int, default=2013, help="endline year (default 2013)")
    parser.add_argument("--quintiles", type=_quintiles, default=(1, 2, 3),
                        help="district poverty quintiles kept, e.g. 1,2,3 (default)")
    parser.add_argument("--region", choices=REGION_CODES, metavar="CODE", help="only this region (01-25)")
    parser.add_argument("--school-type", choices=ALLOWED_VALUES["school_type"])
    parser.add_argument("--area", choices=ALLOWED_VALUES["area"])
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--lang", choices=LANGUAGES, default="es")
    parser.set_defaults(func=run_coaching)


def run_coaching(args: argparse.Namespace) -> int:
    """Load the directory, run the analysis, print it; a data or analysis problem is one plain message, exit 1."""
    # Imported here: pingouin and statsmodels take seconds to import, and other commands do not need them.
    from dashboard.contract import load_directory
    from dashboard.stats.analysis import coaching_impact
    from dashboard.stats.report import render_report

    def analyse():
        params = CoachingParams(
            subject=args.subject, measure=args.measure, baseline=args.baseline, endline=args.endline,
            poverty_quintiles=args.quintiles, region_code=args.region, school_type=args.school_type, area=args.area,
        )
        dataset = load_directory(args.directory)
        return coaching_impact(dataset.table("assessment"), dataset.table("coaching"), params)

    result = analysed(args, analyse)
    if result is None:
        return 1
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(render_report(result, args.lang), end="")
    return 0


def analysed(args: argparse.Namespace, compute):
    """`compute()`, or None after printing why the data or the chosen universe cannot be analysed."""
    from dashboard.contract import DataValidationError, TableMissingError

    try:
        return compute()
    except CoachingAnalysisError as error:
        print(t("stats.cli.analysis_error", args.lang, detail=error.message(args.lang)), file=sys.stderr)
    except DataValidationError as error:
        print(t("stats.cli.data_error", args.lang, directory=args.directory, detail=error.report(args.lang)),
              file=sys.stderr)
    except TableMissingError as error:
        print(t("stats.cli.data_error", args.lang, directory=args.directory, detail=error), file=sys.stderr)
    return None
