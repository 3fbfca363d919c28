"""Downloads: the data behind a figure as CSV, with its source and definition, safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass

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


# On screen a reader compares values, so a table keeps fewer decimals than a CSV: three for indices near 1
# (a parity index of 0.987 reads differently from 0.99), one for percentages, ratios and amounts.
INDEX_DECIMALS, DEFAULT_DECIMALS = 3, 1
# Codes the CSV keeps for joins, which the screen leaves out (their names are in the neighbouring column):
# the columns listed, any "..._code" but the INEI region code (a code readers use), and any text column
# whose every value is an identifier such as net_enrolment_ratio_gpi.
CODE_COLUMNS = ("series", "status", "indicator_id", "kind", "table", "group_type")
IDENTIFIER = r"[a-z0-9]+(_[a-z0-9]+)+"


@dataclass(frozen=True)
class ReadableTable:
    """A figure's numbers as text a person reads: caption, headers and cells in the reader's language.

    `sort` is (column position, ascending) or None (the order of the CSV); `numeric` marks the columns
    that are right-aligned and sorted by value.
    """

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]
    sort: tuple[int, bool] | None = None
    total: int = 0  # rows in the CSV; more than `rows` when the screen shows only the first ones


SCREEN_ROWS = 300  # a map's table holds every year of every region (900 rows): too long to read or to send


def readable_table(frame: pd.DataFrame, caption: str, lang: str, headers: Mapping[str, str] | None = None,
                   sort: tuple[int, bool] | None = None, limit: int = SCREEN_ROWS) -> ReadableTable:
    """The table behind a figure, rounded and labelled for the screen, optionally sorted by one column.

    Missing values stay empty cells (never 'nan' or 0); sorting puts them last in either direction. Only the
    first `limit` rows (in the chosen order) are kept; the CSV keeps them all.
    """
    shown = frame[[c for c in frame.columns if not _is_code(c, frame[c])]]
    numeric = tuple(pd.api.types.is_numeric_dtype(shown[c]) and not pd.api.types.is_bool_dtype(shown[c])
                    for c in shown.columns)
    if sort is not None and 0 <= sort[0] < len(shown.columns):
        column = shown.columns[sort[0]]
        key = None if numeric[sort[0]] else (lambda s: s.astype("string").str.casefold())
        shown = shown.sort_values(column, ascending=sort[1], na_position="last", kind="stable", key=key)
    else:
        sort = None
    total, shown = len(shown), shown.head(limit)
    cells = [[_screen_cell(v, lang, _decimals(shown[c]), year=_is_year(c)) for v in shown[c]] for c in shown.columns]
    return ReadableTable(caption, tuple(str((headers or {}).get(c, c)) for c in shown.columns),
                         tuple(zip(*cells, strict=True)) if cells else (), numeric, sort, total)


def plain_text(title: str) -> str:
    """A Plotly title as plain text: its first line, without markup (a caption carries the selection apart)."""
    first = re.split(r"<br\s*/?>", title, maxsplit=1)[0]
    return re.sub(r"<[^>]+>", "", first).strip()


def next_sort(current: tuple[int, bool] | None, column: int) -> tuple[int, bool]:
    """The order after a click on a column's header: ascending first, then each click reverses it."""
    if current is not None and current[0] == column:
        return column, not current[1]
    return column, True


def _is_code(column: object, values: pd.Series) -> bool:
    name = str(column)
    return name in CODE_COLUMNS or (name.endswith("_code") and name != "region_code") or _identifiers(values)


def _identifiers(values: pd.Series) -> bool:
    """Whether a text column holds only identifiers (codes such as 'class_visits'), never words for a reader."""
    if pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        return False
    present = values.dropna().astype(str)
    return not present.empty and bool(present.str.fullmatch(IDENTIFIER).all())


def _decimals(values: pd.Series) -> int:
    """Decimals of a numeric column: none for whole numbers (years, counts), three for indices, else one."""
    if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        return 0
    present = values.dropna().astype(float)
    if present.empty or (present == present.round()).all():
        return 0
    return INDEX_DECIMALS if present.abs().max() < 10 else DEFAULT_DECIMALS


def _is_year(column: object) -> bool:
    """A year is a label, written without a thousands separator (2015, never 2 015)."""
    return str(column) == "year" or str(column).endswith("_year")


def _screen_cell(value: object, lang: str, decimals: int, year: bool = False) -> str:
    from dashboard.i18n import number, t

    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, bool | np.bool_):
        return t("table.yes" if value else "table.no", lang)
    if isinstance(value, int | float | np.integer | np.floating):
        if year and float(value).is_integer():
            return str(int(value))
        return number(float(value), lang, decimals)
    return str(value)
