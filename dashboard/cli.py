"""`python -m dashboard ...`: validate, demo, indicators, cohort, coaching, impact, import.

Each command lives next to the code it drives, in a module exposing
`register(subparsers)`; the parser sets `func(args) -> int` (the exit code).
"""
from __future__ import annotations

import argparse
import importlib
import sys

COMMAND_MODULES = (
    "dashboard.data_commands",  # validate, demo
    "dashboard.indicators.commands",  # indicators, cohort
    "dashboard.stats.commands",  # coaching
    "dashboard.stats.impact_commands",  # impact
    "dashboard.importers.commands",  # import
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description=(
            "Peru education observatory: check data, make demo data, compute indicators and the coaching analysis."
        ),
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `... | head` closed the pipe: not an error of ours
        sys.stderr.close()
        return 0
