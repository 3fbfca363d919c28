"""Downloads: the data behind a figure as CSV, with its source and definition, safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import io
from collections.abc import Mapping

import numpy as np
import pandas as pd

# A cell starting with one of these is run as a formula by Excel and LibreOffice (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet will show, never evaluate: a leading apostrophe disarms formula characters."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


DECIMALS = 3  # enough for a parity index (0.987); rates in percent keep three decimals of a point


def csv_with_provenance(frame: pd.DataFrame, about: Mapping[str, str], headers: Mapping[str, str] | None = None,
                        selection: Mapping[str, str] | None = None) -> str:
    """The table as CSV, preceded by '# key: value' lines saying what it is and where it comes from.

    Numbers stay numbers (a negative change is data, not a formula), rounded, whole ones written as
    integers; missing cells are empty; every text cell and every line of the header block is neutralised.
    `headers` renames columns into the reader's language; `selection` (label -> words) is added as
    columns, so each row still says what it is about once copied elsewhere.
    """
    frame = frame.assign(**dict(selection or {})) if selection else frame
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for key, value in about.items():
        writer.writerow([neutralise(f"# {key}: {value}")])
    writer.writerow([neutralise(str((headers or {}).get(c, c))) for c in frame.columns])
    for row in frame.itertuples(index=False):
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def _cell(value: object) -> object:
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, float | np.floating):
        rounded = round(float(value), DECIMALS)
        return int(rounded) if rounded.is_integer() else rounded
    return value
