"""The data contract: one pandera schema per table, and the all-or-nothing load of a data directory.

A data directory is a folder of tables named as in DATA_CONTRACT.md (`population.csv`
or `population.parquet`, ...). Loading reads every table, parses each column to
the contract's type, then validates it with its pandera schema. Problems are
collected (never raised one by one) as `Issue`s that name the file, the column,
the rule and the first offending rows; if there is any, nothing is returned and
`DataValidationError` carries them all, so a directory is never half-loaded.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pandas as pd
import pandera.pandas as pa

from dashboard.i18n import CATALOGUE, t
from dashboard.regions import REGION_CODES
from dashboard.vocabulary import AREAS, LEVELS, MANAGEMENTS, SCHOOL_TYPES, SEXES, SUBJECTS, TEACHING_LANGUAGES

MAX_LISTED_ROWS = 10
METADATA_FILE = "dataset.json"
READABLE_SUFFIXES = (".csv", ".parquet")


# ---------------------------------------------------------------- table specifications


@dataclass(frozen=True)
class ColumnSpec:
    """One column of the contract: its kind decides how it is parsed and what it may hold."""

    name: str
    kind: str  # int | count | real | share | category | region | school_id | bool | text | indicator
    allowed: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    nullable: bool = False
    required: bool = True
    split: bool = False  # a disaggregation column: absent means "all of them"


def _split(spec: ColumnSpec) -> ColumnSpec:
    """The same column as an optional disaggregation: a table at a coarser grain leaves it out."""
    return replace(spec, required=False, split=True)


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[ColumnSpec, ...]
    keys: tuple[str, ...]
    not_above: tuple[tuple[str, str], ...] = ()  # (a, b): a <= b on every row where both are reported
    optional: bool = False  # even a complete national dataset may lack it

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def required_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)

    @property
    def split_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.split)


# Counts are people, teachers or money: non-negative, NaN means "not reported".
_PEOPLE_MAX = 1e9  # more than 30 times Peru's population: a typo, not a count
_MONEY_MAX = 1e15


def _year() -> ColumnSpec:
    return ColumnSpec("year", "int", minimum=1990, maximum=2100)


def _count(name: str, maximum: float = _PEOPLE_MAX, required: bool = True) -> ColumnSpec:
    return ColumnSpec(name, "count", minimum=0, maximum=maximum, nullable=True, required=required)


REGION = ColumnSpec("region_code", "region", allowed=REGION_CODES)
AREA = ColumnSpec("area", "category", allowed=AREAS)
SEX = ColumnSpec("sex", "category", allowed=SEXES)
MANAGEMENT = ColumnSpec("management", "category", allowed=MANAGEMENTS)
LEVEL = ColumnSpec("level", "category", allowed=LEVELS)

# Grades each level has in Peru's regular basic education.
GRADES_BY_LEVEL = {"preschool": (0,), "primary": (1, 2, 3, 4, 5, 6), "secondary": (1, 2, 3, 4, 5)}
ASSESSED_GRADE = {"reading": 2, "math": 2, "reading_l2": 4}

TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "population",
            # age stays required: without single ages no school-age group can be derived
            (_year(), _split(REGION), _split(AREA), _split(SEX), ColumnSpec("age", "int", minimum=0, maximum=100),
             _count("population")),
            keys=("year", "region_code", "area", "sex", "age"),
        ),
        TableSpec(
            "enrolment",
            (
                # level stays required: every indicator reads one level's enrolment
                _year(), _split(REGION), _split(AREA), _split(SEX), _split(MANAGEMENT), LEVEL,
                _split(ColumnSpec("grade", "int", minimum=0, maximum=6)),
                _split(ColumnSpec("age", "int", minimum=0, maximum=100)),
                # publishers often give enrolment alone: the flow counts may be absent (= not reported)
                _count("enrolled"), _count("repeaters", required=False), _count("new_entrants", required=False),
                _count("new_entrants_ecd", required=False), _count("graduates", required=False),
            ),
            keys=("year", "region_code", "area", "sex", "management", "level", "grade", "age"),
            not_above=(("repeaters", "enrolled"), ("graduates", "enrolled"), ("new_entrants", "enrolled"),
                       ("new_entrants_ecd", "new_entrants")),
        ),
        TableSpec(
            "teachers",
            (_year(), _split(REGION), _split(AREA), _split(SEX), _split(MANAGEMENT), LEVEL, _count("teachers"),
             _count("qualified", required=False), _count("certified", required=False)),
            keys=("year", "region_code", "area", "sex", "management", "level"),
            not_above=(("qualified", "teachers"), ("certified", "teachers")),
        ),
        TableSpec(
            "literacy",
            (_year(), _split(REGION), _split(AREA), _split(SEX),
             ColumnSpec("age_group", "category", allowed=("15-24", "25-64", "65+")),
             _count("population"), _count("literate")),
            keys=("year", "region_code", "area", "sex", "age_group"),
            not_above=(("literate", "population"),),
        ),
        TableSpec(
            "finance",
            (_year(), _count("gnp", _MONEY_MAX), _count("public_expenditure_education", _MONEY_MAX),
             _count("public_expenditure_primary", _MONEY_MAX),
             _count("public_current_expenditure_primary", _MONEY_MAX)),
            keys=("year",),
            not_above=(("public_expenditure_primary", "public_expenditure_education"),
                       ("public_current_expenditure_primary", "public_expenditure_primary"),
                       ("public_expenditure_education", "gnp")),
        ),
        TableSpec(
            "assessment",
            (
                _year(), ColumnSpec("school_id", "school_id"), REGION, AREA, MANAGEMENT,
                ColumnSpec("school_type", "category", allowed=SCHOOL_TYPES),
                # an ECE student file carries neither: empty = not reported
                ColumnSpec("language", "category", allowed=TEACHING_LANGUAGES, nullable=True),
                ColumnSpec("poverty_quintile", "int", minimum=1, maximum=5, nullable=True),
                ColumnSpec("grade", "int", minimum=2, maximum=4),
                ColumnSpec("subject", "category", allowed=SUBJECTS),
                _count("students_assessed", 10_000),
                ColumnSpec("mean_score", "real", minimum=0, maximum=2000, nullable=True),
                ColumnSpec("pct_proficient", "share", minimum=0, maximum=1, nullable=True),
                ColumnSpec("mean_score_female", "real", minimum=0, maximum=2000, nullable=True, required=False),
                ColumnSpec("mean_score_male", "real", minimum=0, maximum=2000, nullable=True, required=False),
                ColumnSpec("pct_proficient_female", "share", minimum=0, maximum=1, nullable=True, required=False),
                ColumnSpec("pct_proficient_male", "share", minimum=0, maximum=1, nullable=True, required=False),
            ),
            keys=("year", "school_id", "grade", "subject"),
        ),
        TableSpec(
            # the register of schools (Padrón): one row per school and annex, no year (a snapshot)
            "schools",
            (
                ColumnSpec("school_id", "school_id"), ColumnSpec("anexo", "text"), REGION, AREA, MANAGEMENT,
                ColumnSpec("school_type", "category", allowed=SCHOOL_TYPES, nullable=True),
                LEVEL, ColumnSpec("status", "category", allowed=("active", "inactive")),
                _count("enrolled"), _count("teachers"),
                ColumnSpec("latitude", "real", minimum=-90, maximum=90, nullable=True),
                ColumnSpec("longitude", "real", minimum=-180, maximum=180, nullable=True),
            ),
            keys=("school_id", "anexo"),
            optional=True,
        ),
        TableSpec(
            "coaching",
            (ColumnSpec("school_id", "school_id"), _year(), ColumnSpec("coached", "bool")),
            keys=("school_id", "year"),
        ),
        TableSpec(
            "program_national",
            (_year(), _count("regions", 26), _count("coaches"), _count("coach_supervisors"),
             _count("coached_teachers"), _count("schools"), _count("students"), _count("expenditure", _MONEY_MAX)),
            keys=("year",),
        ),
        TableSpec(
            "program_regions",
            (_year(), REGION, _count("coaches"), _count("coached_teachers"), _count("schools"), _count("students"),
             _count("expenditure", _MONEY_MAX), _count("staff_regional_officer"), _count("staff_monitoring_officer"),
             _count("staff_local_officer"), _count("staff_local_monitor")),
            keys=("year", "region_code"),
            optional=True,
        ),
        TableSpec(
            "results_framework",
            (
                ColumnSpec("indicator_id", "text"), ColumnSpec("indicator", "text"), ColumnSpec("unit", "text"),
                ColumnSpec("kind", "category", allowed=("pdo", "intermediate", "core")),
                _year(),
                ColumnSpec("baseline", "text", nullable=True), ColumnSpec("target", "text", nullable=True),
                ColumnSpec("actual", "text", nullable=True),
            ),
            keys=("indicator_id", "year"),
            optional=True,
        ),
        TableSpec(
            "indicator_values",
            (
                ColumnSpec("indicator_id", "indicator"), _year(),
                ColumnSpec("value", "real", minimum=-1e12, maximum=1e12),
                ColumnSpec("source", "text"),
                # each published figure has its own grain: a national total beside its sex split
                *(replace(c, required=False, nullable=True) for c in (REGION, AREA, SEX, MANAGEMENT)),
                ColumnSpec("grade", "int", minimum=0, maximum=6, nullable=True, required=False),
                ColumnSpec("subject", "category", allowed=SUBJECTS, nullable=True, required=False),
                ColumnSpec("note", "text", nullable=True, required=False),
            ),
            keys=("indicator_id", "year", "region_code", "area", "sex", "management", "grade", "subject", "source"),
            optional=True,
        ),
    )
}

CENSUS_TABLES = ("population", "enrolment", "teachers", "literacy", "finance")
ASSESSMENT_TABLES = ("assessment", "coaching")
REGISTER_TABLES = ("schools",)
PROGRAMME_TABLES = ("program_national", "program_regions", "results_framework")
PUBLISHED_TABLES = ("indicator_values",)
# Tables whose rows must all share one grain (indicator_values mixes grains by design: one row per figure).
SAME_GRAIN_TABLES = ("population", "enrolment", "teachers", "literacy")
# What a "total" row looks like in a disaggregation column: it would double every sum.
_TOTAL_WORDS = frozenset({"total", "totales", "todos", "todas", "all", "t", "ambos", "both", "nacional",
                          "national", "peru", "perú", "00", "*"})


# ---------------------------------------------------------------- issues


@dataclass(frozen=True)
class Issue:
    """One problem found in the data: which file, column and rule, and the first offending rows."""

    rule: str
    file: str = ""
    column: str = ""
    rows: tuple[int, ...] = ()  # line numbers in a CSV (header = line 1), row numbers in Parquet
    values: tuple[str, ...] = ()
    count: int = 0
    params: Mapping[str, object] = field(default_factory=dict)
    warning: bool = False

    def message(self, lang: str | None = "en") -> str:
        """The problem in plain words, in `lang`."""
        text = t(f"contract.{self.rule}", lang, file=self.file, column=self.column, count=self.count, **self.params)
        if self.rows:
            where = t("contract.where_rows", lang, rows=", ".join(map(str, self.rows)))
            unlisted = self.count - len(self.rows)
            text += f" {where}" + (t("contract.and_more", lang, more=unlisted) if unlisted > 0 else ".")
        if self.values:
            text += " " + t("contract.found_values", lang, values=", ".join(repr(v) for v in self.values))
        return text

    def as_dict(self, lang: str | None = "en") -> dict[str, object]:
        return {
            "file": self.file, "column": self.column, "rule": self.rule, "rows": list(self.rows),
            "values": list(self.values), "count": self.count, "warning": self.warning, "message": self.message(lang),
        }


class DataValidationError(ValueError):
    """The data directory breaks the contract; `issues` lists every problem found."""

    def __init__(self, issues: Iterable[Issue]):
        self.issues = tuple(issues)
        super().__init__(self.report("en"))

    def report(self, lang: str | None = "en") -> str:
        return "\n".join(f"- {issue.message(lang)}" for issue in self.issues)


class TableMissingError(LookupError):
    """A table that a panel or command needs is not in the loaded data."""

    def __init__(self, table: str, source: Path | str | None = None):
        self.table = table
        where = f" in {source}" if source else ""
        super().__init__(f"The table '{table}' is not loaded{where}: add {table}.csv or {table}.parquet to use this.")


# ---------------------------------------------------------------- the loaded data


@dataclass(frozen=True)
class Dataset:
    """A validated data directory: read-only tables plus where they came from."""

    tables: Mapping[str, pd.DataFrame]
    source_dir: Path
    metadata: Mapping[str, object]
    fingerprint: str
    warnings: tuple[Issue, ...] = ()

    @property
    def is_demo(self) -> bool:
        return bool(self.metadata.get("synthetic", False))

    @property
    def origin(self) -> str:
        """"synthetic" (invented demo figures), "published" (every table a publisher's figures) or "loaded"."""
        if self.is_demo:
            return "synthetic"
        tables = self.metadata.get("tables")
        if isinstance(tables, Mapping) and tables and all(
                isinstance(entry, Mapping) and entry.get("origin") == "published" for entry in tables.values()):
            return "published"
        return "loaded"

    def has(self, name: str) -> bool:
        return name in self.tables

    def table(self, name: str) -> pd.DataFrame:
        if name not in self.tables:
            raise TableMissingError(name, self.source_dir)
        return self.tables[name]

    def summary(self) -> list[dict[str, object]]:
        """One line per table: rows, years covered, regions covered."""
        lines = []
        for name, frame in self.tables.items():
            years = frame["year"] if "year" in frame else pd.Series(dtype="int64")
            lines.append({
                "table": name,
                "rows": len(frame),
                "first_year": int(years.min()) if len(years) else None,
                "last_year": int(years.max()) if len(years) else None,
                "regions": int(frame["region_code"].nunique()) if "region_code" in frame else None,
            })
        return lines


# ---------------------------------------------------------------- reading files


def table_files(directory: Path) -> tuple[dict[str, Path], list[Issue]]:
    """Map each contract table to its file in `directory`; unknown files are reported as warnings."""
    found: dict[str, list[Path]] = {}
    issues: list[Issue] = []
    for path in sorted(directory.iterdir()):
        if path.name.startswith(".") or path.name in (METADATA_FILE, "README.md", "SOURCES.md") or path.is_dir():
            continue
        if path.suffix.lower() in READABLE_SUFFIXES and path.stem in TABLES:
            found.setdefault(path.stem, []).append(path)
        else:
            issues.append(Issue("unknown_file", file=path.name, warning=True))
    files = {}
    for name, paths in found.items():
        if len(paths) > 1:
            issues.append(Issue("two_files", file=" + ".join(p.name for p in paths), params={"table": name}))
        else:
            files[name] = paths[0]
    return files, issues


def _sniff_delimiter(header_line: str) -> str | None:
    """The delimiter a header seems to use instead of commas, if any."""
    if "," in header_line:
        return None
    for sep in (";", "\t", "|"):
        if sep in header_line:
            return sep
    return None


def read_csv_text(path: Path, display_name: str, spec: TableSpec) -> tuple[pd.DataFrame | None, list[Issue]]:
    """Read a CSV: codes as text (they keep their leading zeros), numbers as numbers.

    File-level problems (empty, not UTF-8, wrong delimiter, ragged rows) become issues.
    """
    raw = path.read_bytes()
    if not raw.strip():
        return None, [Issue("file_empty", file=display_name)]
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM that Excel writes
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Issue("not_utf8", file=display_name, params={"byte": f"0x{raw[exc.start]:02x}", "line": line})]
    if "\x00" in text:
        return None, [Issue("not_text", file=display_name)]
    header = text.splitlines()[0] if text.strip() else ""
    sep = _sniff_delimiter(header)
    if sep is not None:
        return None, [Issue("wrong_delimiter", file=display_name, params={"sep": "TAB" if sep == "\t" else sep})]
    try:
        names = [name.strip() for name in next(csv.reader([header]), [])]
    except csv.Error:  # a stray quote or line break: the parser below reports it
        names = []
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:  # pandas would rename the second one 'year.1' and hide the mistake
        return None, [Issue("duplicate_columns", file=display_name, params={"columns": ", ".join(duplicated)})]
    short = _short_rows(text)
    if short:
        lines, fields, expected = short
        return None, [Issue("short_row", file=display_name, rows=tuple(lines[:MAX_LISTED_ROWS]), count=len(lines),
                            params={"expected": expected, "saw": fields})]
    numeric = {c.name: "float64" for c in spec.columns if c.kind in _NUMERIC_KINDS}
    try:
        # Fast path: the C parser types numeric columns directly.
        return _parse_csv(text, display_name, {**{c: str for c in spec.column_names}, **numeric})
    except ValueError:
        # A cell is not a number: read everything as text so each bad cell can be named with its row.
        return _parse_csv(text, display_name, str)


def _short_rows(text: str) -> tuple[list[int], int, int] | None:
    """Lines with fewer fields than the header (a cut-off file, a lost comma), which pandas would pad with NaN.

    Returns (line numbers, fields on the first such line, fields in the header), or None.
    """
    if '"' in text or "\r" in text.replace("\r\n", "\n"):
        # Quoted fields may hold commas or line breaks: let the csv module count (or the parser complain).
        try:
            rows = list(csv.reader(io.StringIO(text, newline="")))
        except csv.Error:
            return None
        widths = ((number, len(row)) for number, row in enumerate(rows, 1) if row)
    else:  # no quoting: counting commas is exact and ten times faster on census-sized files
        widths = ((number, line.count(",") + 1) for number, line in enumerate(text.splitlines(), 1) if line.strip())
    expected = None
    lines, first_width = [], 0
    for number, width in widths:
        if expected is None:
            expected = width
        elif width < expected:
            if not lines:
                first_width = width
            lines.append(number)
    return (lines, first_width, expected) if lines else None


_PARSER_ERROR = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def _parse_csv(text: str, display_name: str, dtype) -> tuple[pd.DataFrame | None, list[Issue]]:
    try:
        with warnings.catch_warnings():
            # index_col=False: a row longer than the header must not silently become an index column.
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(io.StringIO(text), dtype=dtype, keep_default_na=False, na_values=[""],
                                skip_blank_lines=True, index_col=False)
    except pd.errors.ParserWarning:
        return None, [_ragged_row(text, display_name)]
    except pd.errors.ParserError as exc:
        match = _PARSER_ERROR.search(str(exc))
        if match:
            expected, line, saw = match.groups()
            return None, [Issue("ragged_row", file=display_name, rows=(int(line),),
                                params={"expected": expected, "saw": saw})]
        return None, [Issue("unreadable_csv", file=display_name, params={"detail": str(exc).strip()[:200]})]
    except pd.errors.EmptyDataError:
        return None, [Issue("file_empty", file=display_name)]
    return frame, []


def _ragged_row(text: str, display_name: str) -> Issue:
    """The first line whose number of fields differs from the header's (the parser does not say which)."""
    lines = csv.reader(io.StringIO(text))
    expected = len(next(lines))
    for number, fields in enumerate(lines, start=2):
        if fields and len(fields) != expected:
            return Issue("ragged_row", file=display_name, rows=(number,),
                         params={"expected": expected, "saw": len(fields)})
    return Issue("unreadable_csv", file=display_name, params={"detail": "rows and header do not match"})


def read_parquet_text(path: Path, display_name: str, spec: TableSpec) -> tuple[pd.DataFrame | None, list[Issue]]:
    """Read a Parquet file; code columns stored as numbers are turned into text so they are checked alike."""
    if path.stat().st_size == 0:
        return None, [Issue("file_empty", file=display_name)]
    try:
        frame = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several unrelated types for a damaged file; all mean "unreadable"
        return None, [Issue("unreadable_parquet", file=display_name, params={"detail": str(exc).strip()[:200]})]
    for column in spec.columns:
        textual = column.kind not in (*_NUMERIC_KINDS, "bool")
        if textual and column.name in frame and pd.api.types.is_numeric_dtype(frame[column.name]):
            frame[column.name] = frame[column.name].map(_cell_text, na_action="ignore")
    return frame, []


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---------------------------------------------------------------- parsing columns


_NUMERIC_KINDS = ("int", "count", "real", "share")
_TRUE = {"true", "1", "yes", "sí", "si", "t"}
_FALSE = {"false", "0", "no", "f"}


def _row_labels(index: pd.Index, fmt: str) -> tuple[int, ...]:
    """Row numbers as the user sees them: CSV line numbers (header is line 1) or 1-based Parquet rows."""
    offset = 2 if fmt == "csv" else 1
    return tuple(int(i) + offset for i in index[:MAX_LISTED_ROWS])


def _bad(rule: str, spec: ColumnSpec, file: str, mask: pd.Series, cells: pd.Series, fmt: str, **params) -> Issue:
    rows = mask[mask].index
    shown = cells.loc[rows[:MAX_LISTED_ROWS]].astype(str)
    return Issue(rule, file=file, column=spec.name, rows=_row_labels(rows, fmt),
                 values=tuple(dict.fromkeys(shown)), count=int(mask.sum()), params=params)


def parse_column(cells: pd.Series, spec: ColumnSpec, file: str, fmt: str) -> tuple[pd.Series, list[Issue]]:
    """Text cells -> the column's contract type; unparseable cells become issues (never silently NaN)."""
    issues: list[Issue] = []
    if spec.kind == "bool" and cells.dtype == bool:
        return cells, issues
    if spec.kind in _NUMERIC_KINDS and pd.api.types.is_numeric_dtype(cells) and not pd.api.types.is_bool_dtype(cells):
        numbers = cells.astype("float64")
        blank = numbers.isna()
    elif spec.kind in _NUMERIC_KINDS:
        text = cells.astype("string").str.strip()
        blank = text.isna() | (text == "")
        numbers = pd.to_numeric(text.where(~blank), errors="coerce").astype("float64")
        not_number = ~blank & numbers.isna()
        if not_number.any():
            issues.append(_bad("not_number", spec, file, not_number, cells, fmt))
    else:
        text = cells.astype("string").str.strip()
        blank = text.isna() | (text == "")
    if spec.kind in _NUMERIC_KINDS:
        infinite = np.isinf(numbers)
        if infinite.any():
            issues.append(_bad("not_finite", spec, file, infinite, cells, fmt))
            numbers = numbers.mask(infinite)
        if spec.kind == "int":
            fractional = numbers.notna() & (numbers != np.floor(numbers))
            if fractional.any():
                issues.append(_bad("not_whole", spec, file, fractional, cells, fmt))
            if not spec.nullable and (blank.any()):
                issues.append(replace(_bad("missing_value", spec, file, blank, cells, fmt), values=()))
                return numbers, issues
            return (numbers if spec.nullable else numbers.fillna(0).astype("int64")), issues
        return numbers, issues
    if spec.kind == "bool":
        lowered = text.str.lower()
        truthy, falsy = lowered.isin(_TRUE), lowered.isin(_FALSE)
        unknown = ~blank & ~truthy & ~falsy
        if unknown.any():
            issues.append(_bad("not_bool", spec, file, unknown, cells, fmt))
        if blank.any():
            issues.append(replace(_bad("missing_value", spec, file, blank, cells, fmt), values=()))
        return truthy.fillna(False).astype(bool), issues
    # Codes and text stay strings: never parsed as numbers, so "01" keeps its zero.
    return text.where(~blank, None).astype("str" if not blank.any() else "object"), issues


# ---------------------------------------------------------------- pandera schemas


def _column_checks(spec: ColumnSpec) -> list[pa.Check]:
    checks: list[pa.Check] = []
    if spec.kind == "region":
        checks.append(pa.Check.str_matches(r"^\d{2}$", error="region_format"))
        allowed = spec.allowed  # a malformed code is reported once, as malformed, not also as unknown
        checks.append(pa.Check(lambda codes: ~codes.str.fullmatch(r"\d{2}") | codes.isin(allowed),
                               error="region_unknown"))
    elif spec.kind == "school_id":
        checks.append(pa.Check.str_matches(r"^\d{7}$", error="school_id_format"))
    elif spec.kind == "indicator":
        checks.append(pa.Check.isin(published_indicator_ids(), error="unknown_indicator_id"))
    elif spec.allowed:
        checks.append(pa.Check.isin(spec.allowed, error="not_allowed"))
    if spec.minimum is not None and spec.kind == "count":
        checks.append(pa.Check.ge(spec.minimum, error="negative"))
        checks.append(pa.Check.le(spec.maximum, error="too_large"))
    elif spec.minimum is not None:
        checks.append(pa.Check.in_range(spec.minimum, spec.maximum, error="out_of_range"))
    return checks


_PANDERA_TYPES = {"int": "int64", "count": "float64", "real": "float64", "share": "float64", "bool": "bool"}


def published_indicator_ids() -> tuple[str, ...]:
    """Ids a published figure may carry: the catalogue's, and each with `_gpi` for its gender parity index."""
    from dashboard.indicators.catalogue import INDICATOR_IDS  # the catalogue imports nothing of the contract

    return (*INDICATOR_IDS, *(f"{indicator}_gpi" for indicator in INDICATOR_IDS))


def _grade_exists(frame: pd.DataFrame) -> pd.Series:
    if "grade" not in frame:
        return pd.Series(True, index=frame.index)
    ok = pd.Series(False, index=frame.index)
    for level, grades in GRADES_BY_LEVEL.items():
        ok |= (frame["level"] == level) & frame["grade"].isin(grades)
    return ok | ~frame["level"].isin(tuple(GRADES_BY_LEVEL))


def _entrants_only_in_grade_one(frame: pd.DataFrame) -> pd.Series:
    if "new_entrants" not in frame or "grade" not in frame:  # without grades, entrants cannot be placed
        return pd.Series(True, index=frame.index)
    first_grade = (frame["level"] == "primary") & (frame["grade"] == 1)
    return first_grade | ~(frame["new_entrants"].fillna(0) > 0)


def _graduates_only_in_final_grade(frame: pd.DataFrame) -> pd.Series:
    if "graduates" not in frame or "grade" not in frame:
        return pd.Series(True, index=frame.index)
    final = ((frame["level"] == "primary") & (frame["grade"] == 6)) | (
        (frame["level"] == "secondary") & (frame["grade"] == 5))
    return final | ~(frame["graduates"].fillna(0) > 0)


def _assessed_grade(frame: pd.DataFrame) -> pd.Series:
    expected = frame["subject"].map(ASSESSED_GRADE)
    return expected.isna() | (frame["grade"] == expected)


# Rules across columns of one row, beyond `not_above`; each returns True where the row is fine.
TABLE_RULES = {
    "enrolment": (("grade_in_level", _grade_exists), ("entrants_grade_one", _entrants_only_in_grade_one),
                  ("graduates_final_grade", _graduates_only_in_final_grade)),
    "assessment": (("assessed_grade", _assessed_grade),),
}


def _not_above_check(smaller: str, larger: str) -> pa.Check:
    def fine(frame: pd.DataFrame) -> pd.Series:
        return ~(frame[smaller] > frame[larger])  # a NaN on either side is "not reported", not a breach

    return pa.Check(fine, error=f"not_above:{smaller}:{larger}")


def schema_for(spec: TableSpec, present: Iterable[str]) -> pa.DataFrameSchema:
    """The pandera schema of a table, for the columns the file actually has (optional ones may be absent)."""
    present = set(present)
    columns = {
        # a whole number that may be empty is kept as float (NaN), as pandas does
        c.name: pa.Column("float64" if c.kind == "int" and c.nullable else _PANDERA_TYPES.get(c.kind),
                          checks=_column_checks(c), nullable=c.nullable)
        for c in spec.columns if c.name in present
    }
    checks = [_not_above_check(a, b) for a, b in spec.not_above if {a, b} <= present]
    checks += [pa.Check(rule, error=code) for code, rule in TABLE_RULES.get(spec.name, ())]
    keys = [key for key in spec.keys if key in present]
    return pa.DataFrameSchema(columns, checks=checks, unique=keys, report_duplicates="all")


SCHEMAS = {name: schema_for(spec, spec.column_names) for name, spec in TABLES.items()}


def _issues_from_pandera(errors: pa.errors.SchemaErrors, spec: TableSpec, frame: pd.DataFrame, file: str,
                         fmt: str) -> list[Issue]:
    cases = errors.failure_cases
    issues = []
    by_name = {c.name: c for c in spec.columns}
    for (column, check), group in cases.groupby(["column", "check"], sort=False, dropna=False):
        index = pd.Index(sorted(set(group["index"].dropna().astype(int))))
        if check == "multiple_fields_uniqueness":
            keys = [key for key in spec.keys if key in frame.columns]
            if column != keys[0]:
                continue  # pandera lists each key column; report the duplicate once
            issues.append(Issue("duplicate_key", file=file, column=", ".join(keys), rows=_row_labels(index, fmt),
                                count=len(index), params={"keys": ", ".join(keys)}))
            continue
        if isinstance(check, str) and check.startswith("not_above:"):
            _, smaller, larger = check.split(":")
            if column != smaller:
                continue
            shown = [f"{frame.at[i, smaller]:g} > {frame.at[i, larger]:g}" for i in index[:MAX_LISTED_ROWS]]
            issues.append(Issue("not_above", file=file, column=smaller, rows=_row_labels(index, fmt),
                                values=tuple(shown), count=len(index), params={"larger": larger}))
            continue
        if check in dict(TABLE_RULES.get(spec.name, ())):
            if column != frame.columns[0]:
                continue
            issues.append(Issue(check, file=file, rows=_row_labels(index, fmt), count=len(index)))
            continue
        column_spec = by_name.get(column)
        values = tuple(dict.fromkeys(_display(v) for v in group["failure_case"].head(MAX_LISTED_ROWS * 3)))
        values = values[:MAX_LISTED_ROWS]
        rule = str(check)
        params: dict[str, object] = {}
        if column_spec is not None:
            params = {"minimum": _display(column_spec.minimum), "maximum": _display(column_spec.maximum),
                      "allowed": ", ".join(column_spec.allowed)}
            if rule == "not_allowed":
                params["hint"] = _case_hint(values, column_spec.allowed)
            if rule == "out_of_range" and column_spec.kind == "share" and (frame[column] > 1).any():
                rule = "share_as_percent"
        if rule.startswith("dtype(") or rule == "column_in_dataframe":
            rule, params = "wrong_type", {"detail": rule}
        elif rule == "not_nullable":
            rule, values = "missing_value", ()
        elif f"contract.{rule}" not in CATALOGUE:  # a pandera check we have no words for: still say which
            rule, params = "failed_check", {"detail": rule}
        issues.append(Issue(rule, file=file, column=str(column), rows=_row_labels(index, fmt), values=values,
                            count=len(index), params=params))
    return issues


def _display(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _case_hint(values: Iterable[str], allowed: Iterable[str]) -> str:
    """' (did you mean 'urban'?)' when a value only differs from an allowed one by case or spaces."""
    lowered = {a.lower(): a for a in allowed}
    for value in values:
        match = lowered.get(str(value).strip().lower())
        if match is not None:
            return f" ('{value}' → '{match}')"
    return ""


# ---------------------------------------------------------------- grain


def _blank(cells: pd.Series) -> pd.Series:
    if pd.api.types.is_numeric_dtype(cells):
        return cells.isna()
    text = cells.astype("string").str.strip()
    return text.isna() | (text == "")


def one_grain(spec: TableSpec, cells: pd.DataFrame, display_name: str,
              fmt: str) -> tuple[pd.DataFrame, list[Issue]]:
    """Check that every row of a census table has the same grain; drop disaggregation columns left all empty.

    A column that is empty on every row is the same as an absent one ("all of them").
    Empty on some rows only, or a row labelled as a total, means the file mixes a
    total (national, both sexes, ...) with its breakdown: sums would count people twice.
    """
    if spec.name not in SAME_GRAIN_TABLES:
        return cells, []
    issues = []
    for column in spec.columns:
        if not column.split or column.name not in cells:
            continue
        blank = _blank(cells[column.name])
        if blank.all():
            cells = cells.drop(columns=column.name)
            continue
        totals = pd.Series(False, index=cells.index)
        if not pd.api.types.is_numeric_dtype(cells[column.name]):
            words = cells[column.name].astype("string").str.strip().str.lower()
            totals = words.isin(_TOTAL_WORDS).fillna(False).astype(bool)
        mixed = blank | totals
        if mixed.any():
            shown = cells.loc[mixed[mixed].index[:MAX_LISTED_ROWS], column.name]
            values = tuple(dict.fromkeys("" if pd.isna(v) else str(v) for v in shown))
            issues.append(Issue("mixed_grain", file=display_name, column=column.name, rows=_row_labels(
                mixed[mixed].index, fmt), values=values, count=int(mixed.sum()),
                params={"split_es": split_word(column.name, "es"), "split_en": split_word(column.name, "en")}))
    return cells, issues


def split_word(column: str, lang: str | None) -> str:
    """A disaggregation column in the domain's words ("sexo", "edad simple")."""
    return t(f"contract.grain.{column}", lang)


def table_grain(name: str, frame: pd.DataFrame, lang: str | None = "en") -> str:
    """A table's grain in words: "nacional × sexo × edad simple, 1990–2016"."""
    if name == "indicator_values":
        indicators = frame["indicator_id"].str.removesuffix("_gpi").nunique()  # a GPI is its indicator's figure
        words = t("contract.grain.published", lang, count=indicators)
    elif name in ("assessment", "coaching"):
        words = t("contract.grain.school", lang)
    elif name in REGISTER_TABLES:
        words = t("contract.grain.register", lang)
    else:
        spec = TABLES[name]
        parts = [split_word(c.name, lang) for c in spec.columns
                 if c.name in frame.columns and (c.split or c.name in ("level", "age", "age_group", "region_code"))]
        if "region_code" not in frame.columns:
            parts.insert(0, t("contract.grain.national", lang))
        words = " × ".join(parts)
    if "year" in frame and len(frame):
        first, last = int(frame["year"].min()), int(frame["year"].max())
        words += f", {first}" if first == last else f", {first}–{last}"
    return words


# ---------------------------------------------------------------- validating one table


def validate_table(name: str, cells: pd.DataFrame, display_name: str, fmt: str,
                   max_rows: int | None = None) -> tuple[pd.DataFrame | None, list[Issue]]:
    """Text cells of one table -> (typed, validated frame, issues). The frame is None when any issue is fatal."""
    spec = TABLES[name]
    issues: list[Issue] = []
    cells = cells.reset_index(drop=True)
    stripped = [str(c).strip() for c in cells.columns]
    duplicated = sorted({c for c in stripped if stripped.count(c) > 1})
    if duplicated:
        return None, [Issue("duplicate_columns", file=display_name, params={"columns": ", ".join(duplicated)})]
    cells.columns = stripped
    missing = [c for c in spec.required_names if c not in cells.columns]
    if missing:
        lowered = {c.lower(): c for c in cells.columns}
        hints = [f"'{lowered[m]}' → '{m}'" for m in missing if m in lowered]
        hint = f" ({', '.join(hints)})" if hints else ""
        issues.append(Issue("missing_columns", file=display_name,
                            params={"columns": ", ".join(missing), "hint": hint}))
    extra = [c for c in cells.columns if c not in spec.column_names]
    if extra:
        issues.append(Issue("extra_columns", file=display_name, params={"columns": ", ".join(extra)}, warning=True))
    if missing:
        return None, issues
    if cells.empty:
        return None, issues + [Issue("no_rows", file=display_name)]
    if max_rows is not None and len(cells) > max_rows:
        return None, issues + [Issue("too_many_rows", file=display_name,
                                     params={"rows": len(cells), "limit": max_rows})]
    cells, grain_issues = one_grain(spec, cells, display_name, fmt)
    if grain_issues:
        return None, issues + grain_issues
    typed = {}
    for column in spec.columns:
        if column.name in cells.columns:
            typed[column.name], column_issues = parse_column(cells[column.name], column, display_name, fmt)
            issues += column_issues
    if any(not i.warning for i in issues):
        return None, issues
    frame = pd.DataFrame(typed)
    try:
        schema_for(spec, frame.columns).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return None, issues + _issues_from_pandera(errors, spec, frame, display_name, fmt)
    return frame, issues


def read_table_file(name: str, path: Path, display_name: str | None = None,
                    max_rows: int | None = None) -> tuple[pd.DataFrame | None, list[Issue]]:
    """Read and validate one table file (CSV or Parquet)."""
    display_name = display_name or path.name
    fmt = "parquet" if path.suffix.lower() == ".parquet" else "csv"
    reader = read_parquet_text if fmt == "parquet" else read_csv_text
    cells, issues = reader(path, display_name, TABLES[name])
    if cells is None:
        return None, issues
    frame, table_issues = validate_table(name, cells, display_name, fmt, max_rows)
    return frame, issues + table_issues


# ---------------------------------------------------------------- loading a directory


def load_directory(directory: Path | str, max_rows: int | None = None) -> Dataset:
    """Load and validate every table of a data directory, all or nothing.

    Raises DataValidationError listing every problem; on success the returned
    Dataset holds only validated tables.
    """
    directory = Path(directory)
    if not directory.exists():
        raise DataValidationError([Issue("dir_missing", file=str(directory))])
    if not directory.is_dir():
        raise DataValidationError([Issue("not_a_dir", file=str(directory))])
    files, issues = table_files(directory)
    if not files and not any(not i.warning for i in issues):
        issues.append(Issue("no_tables", file=str(directory), params={"tables": ", ".join(TABLES)}))
    tables: dict[str, pd.DataFrame] = {}
    for name, path in files.items():
        frame, table_issues = read_table_file(name, path, max_rows=max_rows)
        issues += table_issues
        if frame is not None:
            tables[name] = frame
    if any(not i.warning for i in issues):
        raise DataValidationError(issues)
    metadata = read_metadata(directory)
    return Dataset(
        tables=MappingProxyType({name: tables[name] for name in TABLES if name in tables}),
        source_dir=directory,
        metadata=MappingProxyType(metadata),
        fingerprint=fingerprint(files.values(), metadata),
        warnings=tuple(issues),
    )


def read_metadata(directory: Path) -> dict[str, object]:
    """The optional dataset.json of a directory (synthetic flag, description, origin)."""
    path = directory / METADATA_FILE
    if not path.exists():
        return {}
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataValidationError([Issue("bad_metadata", file=METADATA_FILE, params={"detail": str(exc)})]) from exc
    if not isinstance(metadata, dict):
        raise DataValidationError([Issue("bad_metadata", file=METADATA_FILE, params={"detail": "not an object"})])
    return metadata


def fingerprint(paths: Iterable[Path], metadata: Mapping[str, object]) -> str:
    """A short content hash of the directory: names caches so two data versions never share entries."""
    digest = hashlib.sha256(json.dumps(metadata, sort_keys=True, default=str).encode())
    for path in sorted(paths):
        digest.update(path.name.encode())
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:16]
