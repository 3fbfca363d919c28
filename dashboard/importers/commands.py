"""`python -m dashboard import KIND FILE [FILE...] --out DIR`: official files into a validated data directory."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dashboard.contract import table_grain
from dashboard.i18n import LANGUAGES, t
from dashboard.importers import KINDS, run_import, write_result
from dashboard.importers.common import ImportFailed, ImportResult

MAX_LISTED_SERIES = 12


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help="turn official files (World Bank, ENAHO, ECE, Padrón, Censo "
                                                  "Escolar) into contract tables")
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=f"one of: {', '.join(KINDS)}")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--out", required=True, type=Path, help="data directory to write or merge into")
    parser.add_argument("--year", type=int, help="school year of an ECE or Censo Escolar file")
    parser.add_argument("--padron", type=Path, help="Padron_web.dbf (or its CSV) to place schools")
    parser.add_argument("--country", default="PER", help="ISO3 code of the country to keep (World Bank)")
    parser.add_argument("--source", help="publisher and release to record (default: read from the file)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the messages (default en)")
    parser.set_defaults(func=run)


def report_lines(result: ImportResult, lang: str | None) -> list[str]:
    """Per table: rows, grain and years; then what was left out and why, and the notes."""
    lines = []
    tables = set(result.tables) | {d.table for d in result.dropped} | {n.table for n in result.notes}
    for name in [*result.tables, *sorted(tables - set(result.tables))]:
        if name in result.tables:
            frame = result.tables[name]
            lines.append(t("importers.report.table", lang, table=name, rows=f"{len(frame):,}",
                           grain=table_grain(name, frame, lang)))
        else:
            lines.append(f"{name}:")
        lines += [t("importers.report.dropped", lang, what=d.message(lang)) for d in result.dropped if d.table == name]
        lines += [t("importers.report.note", lang, what=n.message(lang)) for n in result.notes if n.table == name]
    if result.skipped_series:
        codes = ", ".join(result.skipped_series[:MAX_LISTED_SERIES])
        codes += ", …" if len(result.skipped_series) > MAX_LISTED_SERIES else ""
        lines.append(t("importers.report.skipped_series", lang, count=len(result.skipped_series), codes=codes))
    return lines


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    try:
        result = run_import(args.kind, args.files, year=args.year, padron=args.padron, country=args.country,
                            source=args.source)
        print("\n".join(report_lines(result, args.lang)))
        write_result(result, args.out, args.lang)
    except ImportFailed as error:
        print(error.message(args.lang), file=sys.stderr)
        print(t("importers.report.failed", args.lang), file=sys.stderr)
        return 1
    print(t("importers.report.written", args.lang, dir=args.out, tables=", ".join(result.tables))
          + f" ({time.perf_counter() - started:.1f} s)")
    return 0
