"""What every importer shares: reading official files as text, normalising their codes, and the report.

Official files come as CSV (UTF-8 or Windows Latin-1, comma or semicolon), DBF in
CP850, SPSS `.sav` or Stata `.dta`. Each is read into a frame of text cells whose
column names are lowercased, so one importer serves every vintage's spelling.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard.i18n import CATALOGUE, number, t

DBF_ENCODING = "cp850"  # MINEDU's DBF downloads (Padrón, Censo Escolar)
MAX_SHOWN_VALUES = 5


class ImportFailed(ValueError):
    """The import cannot go on: a message key of the catalogue and its values. Nothing is written."""

    def __init__(self, key: str, **params: object):
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = "es") -> str:
        params = dict(self.params)
        for name in ("kind", "option", "why"):  # codes named in the catalogue's words
            if name in params:
                params[name] = t(f"importers.{name}.{params[name]}", lang, **self.params)
        if "kinds" in params:
            params["kinds"] = ", ".join(t(f"importers.kind.{kind}", lang) for kind in params["kinds"])
        return t(f"importers.error.{self.key}", lang, **params)


@dataclass(frozen=True)
class Dropped:
    """Rows left out of a table, how many, and why (a message key of the catalogue)."""

    table: str
    reason: str
    count: int
    params: Mapping[str, object] = field(default_factory=dict)

    def message(self, lang: str | None = "es") -> str:
        key = f"importers.drop.{self.reason}"
        if self.count == 1 and f"{key}_one" in CATALOGUE:  # "1 fila", never "1 filas"
            key += "_one"
        elif self.params.get("schools") == 1 and f"{key}_one_school" in CATALOGUE:  # many rows of one school
            key += "_one_school"
        params = dict(self.params)
        if "subject" in params:  # the subject's name, not its code
            params["subject"] = t(f"stats.subject.{params['subject']}", lang)
        return t(key, lang, count=number(self.count, lang, 0), **params)


@dataclass(frozen=True)
class Note:
    table: str
    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def message(self, lang: str | None = "es") -> str:
        return t(f"importers.note.{self.key}", lang, **self.params)


@dataclass
class ImportResult:
    """Contract tables built from official files, with everything left out counted by reason."""

    kind: str
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    dropped: list[Dropped] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    skipped_series: list[str] = field(default_factory=list)
    source: str = ""

    def drop(self, table: str, reason: str, count: int, **params: object) -> None:
        if count:
            self.dropped.append(Dropped(table, reason, int(count), params))

    def note(self, table: str, key: str, **params: object) -> None:
        self.notes.append(Note(table, key, params))

    def unknown_codes(self, table: str, column: str, cells: pd.Series, known: pd.Series) -> None:
        """Count rows whose code is not one the layout documents; they are left out, never guessed."""
        unknown = ~known
        if unknown.any():
            self.drop(table, "unknown_code", int(unknown.sum()), column=column, values=shown(cells[unknown]))


def shown(cells: pd.Series) -> str:
    """The first few distinct values, quoted, for a message."""
    values = list(dict.fromkeys("" if pd.isna(v) else str(v) for v in cells))
    text = ", ".join(repr(v) for v in values[:MAX_SHOWN_VALUES])
    return text + (", …" if len(values) > MAX_SHOWN_VALUES else "")


# ---------------------------------------------------------------- reading


def read_columns(path: Path) -> list[str]:
    """The lowercased column names of a file, without reading its rows (for recognising its kind)."""
    suffix = path.suffix.lower()
    if suffix == ".dbf":
        from dbfread import DBF

        return [name.lower() for name in DBF(str(path), encoding=DBF_ENCODING).field_names]
    if suffix in (".sav", ".dta"):
        import pyreadstat

        reader = pyreadstat.read_sav if suffix == ".sav" else pyreadstat.read_dta
        _, meta = reader(str(path), metadataonly=True)
        return [name.lower() for name in meta.column_names]
    text = _decode(path.open("rb").read(1 << 16), path)
    header = text.splitlines()[0] if text.strip() else ""
    return [name.strip().lower() for name in next(csv.reader([header], delimiter=_delimiter(header)), [])]


def read_table(path: Path, usecols: Iterable[str] | None = None) -> pd.DataFrame:
    """Every cell of a file as text (codes keep their zeros), columns lowercased.

    `usecols` (lowercase) keeps only those columns that exist: a 500,000-pupil file is
    read without its hundreds of questionnaire columns.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    wanted = set(usecols) if usecols is not None else None
    try:
        if suffix == ".dbf":
            return _read_dbf(path, wanted)
        if suffix in (".sav", ".dta"):
            return _read_stats(path, wanted)
        return _read_csv(path, wanted)
    except ImportFailed:
        raise
    except (OSError, ValueError, UnicodeDecodeError, csv.Error) as exc:
        raise ImportFailed("unreadable", file=path.name, detail=str(exc).strip()[:200]) from exc


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # INEI and UMC CSVs saved by Excel on Windows


def _delimiter(header: str) -> str:
    counts = {sep: header.count(sep) for sep in (",", ";", "\t", "|")}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def _read_csv(path: Path, wanted: set[str] | None) -> pd.DataFrame:
    raw = path.read_bytes()
    text = _decode(raw, path)
    header = text.splitlines()[0] if text.strip() else ""
    sep = _delimiter(header)
    frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, na_values=[""],
                        usecols=(lambda c: c.strip().lower() in wanted) if wanted is not None else None)
    frame.columns = [c.strip().lower() for c in frame.columns]
    return frame


def _read_dbf(path: Path, wanted: set[str] | None) -> pd.DataFrame:
    from dbfread import DBF

    table = DBF(str(path), encoding=DBF_ENCODING, lowernames=True, char_decode_errors="strict")
    names = [n for n in table.field_names if wanted is None or n in wanted]
    frame = pd.DataFrame.from_records((tuple(r[n] for n in names) for r in table), columns=names)
    return frame.map(lambda v: None if v is None else (v.strip() or None) if isinstance(v, str) else str(v))


def _read_stats(path: Path, wanted: set[str] | None) -> pd.DataFrame:
    import pyreadstat

    reader = pyreadstat.read_sav if path.suffix.lower() == ".sav" else pyreadstat.read_dta
    _, meta = reader(str(path), metadataonly=True)
    names = [n for n in meta.column_names if wanted is None or n.lower() in wanted]
    frame, _ = reader(str(path), usecols=names)
    frame.columns = [c.lower() for c in frame.columns]
    return frame.astype(object).where(frame.notna(), None).map(lambda v: v if v is None else _text(v))


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def find_column(frame_columns: Iterable[str], *names: str) -> str | None:
    """The first of `names` (lowercase spellings across vintages) that the file has."""
    present = set(frame_columns)
    return next((name for name in names if name in present), None)


def require(path: Path, columns: Iterable[str], expected: Mapping[str, tuple[str, ...]], kind: str) -> dict[str, str]:
    """Map each needed field to the file's column, or stop: the file is not of this kind."""
    columns = list(columns)
    found, missing = {}, []
    for name, spellings in expected.items():
        column = find_column(columns, *spellings)
        if column is None:
            missing.append(spellings[0])
        else:
            found[name] = column
    if missing:
        columns = read_columns(path)  # all of them, not only those read
        raise ImportFailed("wrong_kind", file=path.name, kind=kind, expected=", ".join(missing),
                           found=", ".join(columns[:15]) + (", …" if len(columns) > 15 else ""))
    return found


# ---------------------------------------------------------------- codes and numbers


def codes(cells: pd.Series, width: int | None = None) -> pd.Series:
    """Codes as the layout writes them: trimmed, without the '.0' a spreadsheet adds, zero-filled to `width`."""
    text = cells.astype("string").str.strip().str.replace(r"\.0+$", "", regex=True)
    text = text.mask(text == "")
    if width is not None:
        digits = text.str.fullmatch(r"\d+").fillna(False).astype(bool)
        text = text.mask(digits, text.str.zfill(width))
    return text


def numbers(cells: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(numbers, not_a_number mask): blank is missing; text that is not a number is flagged, not made NaN quietly."""
    text = cells.astype("string").str.strip()
    blank = text.isna() | (text == "")
    values = pd.to_numeric(text.where(~blank).str.replace(",", ".", regex=False), errors="coerce")
    values = values.astype("float64")
    return values, (~blank & values.isna()).to_numpy(dtype=bool)


def region_of(ubigeo: pd.Series) -> pd.Series:
    """INEI department code (2 digits) from a 6-digit ubigeo or CODGEO, zeros restored."""
    return codes(ubigeo, 6).str[:2]

