"""`python -m dashboard validate DIR` and `python -m dashboard demo --out DIR`."""
from __future__ import annotations

import argparse
import sys
import time

from dashboard.contract import DataValidationError, load_directory, table_grain
from dashboard.demo import DEFAULT_SEED, SCALES, write_demo
from dashboard.i18n import LANGUAGES


def register(subparsers: argparse._SubParsersAction) -> None:
    validate = subparsers.add_parser("validate", help="check a data directory against the data contract")
    validate.add_argument("directory", help="folder holding population.csv, enrolment.parquet, ...")
    validate.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the messages (default en)")
    validate.set_defaults(func=run_validate)

    demo = subparsers.add_parser("demo", help="write a complete synthetic demo data directory")
    demo.add_argument("--out", required=True, help="directory to create (replaced if it exists)")
    demo.add_argument("--scale", choices=tuple(SCALES), default="demo",
                      help="demo: small and quick to load; national: Peru's real size (about 30,000 schools)")
    demo.add_argument("--seed", type=int, default=DEFAULT_SEED, help="same seed, byte-identical files")
    demo.add_argument("--format", choices=("csv", "parquet"), default="csv", dest="fmt")
    demo.set_defaults(func=run_demo)


def run_validate(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    try:
        dataset = load_directory(args.directory)
    except DataValidationError as error:
        print(f"{args.directory}: {len([i for i in error.issues if not i.warning])} problem(s); nothing loaded.",
              file=sys.stderr)
        print(error.report(args.lang), file=sys.stderr)
        return 1
    for issue in dataset.warnings:
        print(f"note: {issue.message(args.lang)}", file=sys.stderr)
    for line in dataset.summary():
        first, last = line["first_year"], line["last_year"]
        years = "no year column" if first is None else str(first) if first == last else f"{first}–{last}"
        regions = f", {line['regions']} regions" if line["regions"] is not None else ""
        grain = table_grain(line["table"], dataset.table(line["table"]), args.lang)
        print(f"{line['table']:<18} {line['rows']:>9,} rows  {years}{regions}  ({grain})")
    kind = "synthetic demo data" if dataset.is_demo else "data"
    print(f"OK: {len(dataset.tables)} table(s) of {kind} valid ({time.perf_counter() - started:.1f} s).")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    out = write_demo(args.out, scale=args.scale, seed=args.seed, fmt=args.fmt)
    print(f"Wrote synthetic {args.scale}-scale demo data to {out} ({time.perf_counter() - started:.1f} s).")
    return 0
