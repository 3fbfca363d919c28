"""Downloads: the data behind a figure as CSV, with its source and definition, safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import io
from collections.abc import Mapping

import pandas as pd

# A cell starting with one of these is run as a formula by Excel and LibreOffice (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet will show, never evaluate: a leading apostrophe disarms formula characters."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_with_provenance(frame: pd.DataFrame, about: Mapping[str, str]) -> str:
    """The table as CSV, preceded by '# key: value' lines saying what it is and where it comes from.

    Numbers stay numbers (a negative change is data, not a formula); every text cell and
    every line of the header block is neutralised.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for key, value in about.items():
        writer.writerow([neutralise(f"# {key}: {value}")])
    writer.writerow([neutralise(str(c)) for c in frame.columns])
    for row in frame.itertuples(index=False):
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def _cell(value: object) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, str):
        return neutralise(value)
    return value
