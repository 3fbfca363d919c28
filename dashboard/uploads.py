"""Uploads of data tables: check every file at the boundary, build a new data version, switch only if all is valid.

An upload replaces the tables it brings and carries the other tables of the data in
service over into a fresh version directory. Each file is checked before it is
read (name, size, real format, archives, formulas, markup), then validated against
the contract; the whole new directory is validated once more with `load_directory`
and only then put in service with `store.activate`. A problem at any step deletes
the new directory and leaves the previous data in service, untouched.

Everything here is a plain function of its arguments (plus the store), so the Dash
callback stays a few lines and the rules are testable without a browser.
"""
from __future__ import annotations

import base64
import binascii
import codecs
import dataclasses
import datetime as dt
import fcntl
import hashlib
import hmac
import io
import json
import logging
import re
import shutil
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.compute as pc
import pyarrow.parquet as pq

from dashboard import security, store
from dashboard.config import settings
from dashboard.contract import (
    MAX_LISTED_ROWS,
    METADATA_FILE,
    TABLES,
    Dataset,
    DataValidationError,
    Issue,
    read_csv_text,
    read_parquet_text,
    table_files,
    validate_table,
)
from dashboard.importers import merged, table_csv
from dashboard.importers.common import ImportFailed
from dashboard.importers.received import OfficialFile, OfficialImport, import_received, is_official_name

log = logging.getLogger(__name__)

UPLOAD_FORMATS = {".csv": "csv", ".parquet": "parquet", ".xlsx": "xlsx"}
# Files a folder of tables may hold besides the tables (the contract ignores them too).
COMPANION_FILES = (METADATA_FILE, "README.md", "SOURCES.md")
ARCHIVE_SUFFIXES = {".zip": "zip", ".gz": "gzip", ".tgz": "gzip", ".bz2": "bzip2", ".xz": "xz", ".7z": "7z",
                    ".rar": "rar", ".tar": "tar"}
OLD_EXCEL_SUFFIXES = (".xls", ".xlsm", ".xlsb", ".ods")
UPLOAD_LOCK = ".upload.lock"
MAX_UNPACK_RATIO = 100  # an .xlsx unpacks to 5-20 times its size; far more is a zip bomb
TEXT_KINDS = ("category", "region", "school_id", "text")
MAX_TEXT_CHARS = 10_000  # the longest text cell accepted (names and descriptions are far shorter)
MAX_EXPANSION = 4  # a Parquet file may expand to this many times the upload limit, no more

# Signatures of the formats a file may really be, whatever its name says.
_MAGIC = (
    (b"PAR1", "Parquet"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!", "rar"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Excel 97-2003 (.xls)"),
    (b"%PDF", "PDF"),
)
# A cell that a spreadsheet would execute (OWASP "CSV injection"), unless it is just a signed number.
# Spreadsheets ignore leading blanks (spaces, non-breaking spaces, a stray BOM) before the sign.
_FORMULA_START = re.compile(r"^[\s\ufeff\u200b]*[=+\-@]|^[\t\r]")
_PLAIN_NUMBER = re.compile(r"^([+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?%?|-+)$")  # "-5", "+3.2%", "-"
_MARKUP = re.compile(r"<\s*[A-Za-z!/?]|javascript\s*:|data\s*:\s*text/html", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DRIVE = re.compile(r"^[A-Za-z]:")


# ---------------------------------------------------------------- who may change the data


def uploads_enabled() -> bool:
    """Uploads and resets are possible only when the operator has set DASHBOARD_ADMIN_TOKEN."""
    return settings().admin_token is not None


def is_administrator(token: object) -> bool:
    """True when `token` is the operator's admin token (constant-time comparison, so timing reveals nothing)."""
    expected = settings().admin_token
    if expected is None or not isinstance(token, str) or not token:
        return False
    return hmac.compare_digest(token.strip().encode("utf-8"), expected.encode("utf-8"))


# ---------------------------------------------------------------- what the browser sent


@dataclass(frozen=True)
class ImportIssue(Issue):
    """An official file the importers refused: their message says what was expected and what was found."""

    failure: ImportFailed | None = None

    def message(self, lang: str | None = "en") -> str:
        return self.failure.message(lang)


@dataclass(frozen=True)
class ReceivedFile:
    """One uploaded file: the name the user gave it, the table it fills, its format and its bytes."""

    name: str
    table: str
    fmt: str  # csv | parquet | xlsx
    content: bytes


@dataclass(frozen=True)
class UploadOutcome:
    """What an upload or reset did: whether the data switched, every problem and note, and the data now served."""

    switched: bool
    issues: tuple[Issue, ...] = ()
    dataset: Dataset | None = None
    tables: tuple[str, ...] = ()  # the tables this upload replaced
    files: tuple[str, ...] = ()  # the files received, as the user named them
    imported: OfficialImport | None = None  # official files: what importing them gives (or gave)

    @property
    def awaiting_apply(self) -> bool:
        """Official files were read and previewed; nothing changes until the administrator applies them."""
        return self.imported is not None and not self.switched and not self.problems

    @property
    def problems(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if not i.warning)

    @property
    def notes(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.warning)


def shown_name(name: object) -> str:
    """A file name fit to show in a message: control characters made visible, length bounded."""
    text = name if isinstance(name, str) else repr(name)
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return text if len(text) <= 120 else text[:117] + "…"


def table_for_name(name: str) -> tuple[str | None, str | None, Issue | None]:
    """(table, format, None) for an acceptable file name; (None, None, issue) otherwise.

    A browser sends a bare name, or 'folder/name' when a whole folder is dropped; anything
    that tries to reach elsewhere (absolute paths, '..', backslashes, drive letters, control
    characters) is refused. The name is never used as a path: files are written under
    their table's name.
    """
    shown = shown_name(name)
    if _name_problem(name):
        return None, None, Issue("bad_file_name", file=shown)
    base = name.rsplit("/", 1)[-1]
    stem, dot, suffix = base.rpartition(".")
    suffix = f".{suffix.lower()}" if dot else ""
    stem = stem if dot else base
    if base in COMPANION_FILES or base.startswith("."):
        return None, None, Issue("ignored_file", file=shown, warning=True)
    if suffix in ARCHIVE_SUFFIXES or stem.lower().endswith(".tar"):
        return None, None, Issue("zipped", file=shown, params={"kind": ARCHIVE_SUFFIXES.get(suffix, "tar")})
    if suffix in OLD_EXCEL_SUFFIXES:
        return None, None, Issue("old_excel", file=shown, params={"ext": suffix})
    if suffix not in UPLOAD_FORMATS:
        return None, None, Issue("unsupported_format", file=shown, params={"ext": suffix or "–"})
    table = stem.strip().lower()
    if table not in TABLES:
        return None, None, Issue("unknown_table", file=shown, params={"tables": ", ".join(TABLES)})
    return table, UPLOAD_FORMATS[suffix], None


def _name_problem(name: str) -> bool:
    """A name that tries to reach elsewhere: absolute, '..', backslashes, drive letters, control characters."""
    return bool(not name or _CONTROL.search(name) or "\\" in name or name.startswith("/") or _DRIVE.match(name)
                or any(part in ("", ".", "..") for part in name.split("/")))


def decoded_size(contents: str) -> int:
    """The size in bytes of a base64 data URL's payload, known before decoding it."""
    payload = contents.partition(",")[2]
    return len(payload) * 3 // 4 - payload[-2:].count("=")


def decode_data_url(contents: str, shown: str) -> tuple[bytes | None, Issue | None]:
    """The bytes of a `data:...;base64,...` URL as dcc.Upload sends them."""
    head, comma, payload = contents.partition(",")
    if not comma or not head.startswith("data:") or not head.endswith(";base64"):
        return None, Issue("bad_payload", file=shown)
    try:
        return base64.b64decode(payload, validate=True), None
    except (binascii.Error, ValueError):
        return None, Issue("bad_payload", file=shown)


def received_files(contents: object, names: object, limit_bytes: int
                   ) -> tuple[list[ReceivedFile], list[OfficialFile], list[Issue]]:
    """Check names, sizes and formats of an upload, then decode it; every problem is listed, nothing is raised.

    Files named after a contract table are tables; other CSV, DBF, SPSS and Stata files are official files,
    recognised later by their columns.
    """
    if isinstance(contents, str) and isinstance(names, str):
        contents, names = [contents], [names]
    if not isinstance(contents, list) or not isinstance(names, list) or len(contents) != len(names):
        return [], [], [Issue("bad_payload")]
    if not contents:
        return [], [], [Issue("no_files")]
    issues: list[Issue] = []
    accepted: list[tuple[str, str, str, str]] = []
    official: list[tuple[str, str, str]] = []
    seen: dict[str, str] = {}
    for content, name in zip(contents, names, strict=True):
        if not isinstance(content, str) or not isinstance(name, str):
            issues.append(Issue("bad_payload", file=shown_name(name)))
            continue
        if is_official_name(name, TABLES) and not _name_problem(name):
            official.append((content, shown_name(name), name.rpartition(".")[2].lower()))
            continue
        table, fmt, problem = table_for_name(name)
        if problem is not None:
            issues.append(problem)
            continue
        if table in seen:
            issues.append(Issue("duplicate_table", file=f"{seen[table]} + {shown_name(name)}",
                                params={"table": table}))
            continue
        seen[table] = shown_name(name)
        accepted.append((content, shown_name(name), table, fmt))
    if accepted and official:
        # Beside tables, a CSV named after no table is a misnamed table; other official files go on their own.
        for _, shown, suffix in official:
            issues.append(table_for_name(shown)[2] if suffix == "csv" else Issue("tables_with_official", file=shown))
        official = []
    total = sum(decoded_size(content) for content, *_ in accepted + official)
    if total > limit_bytes:  # refused before decoding: an oversized upload costs no more memory than it has
        files = ", ".join(shown for _, shown, *_ in accepted + official)
        return [], [], issues + [Issue("upload_too_big", file=files, params={"size": _megabytes(total),
                                                                             "limit": _megabytes(limit_bytes)})]
    # Files with acceptable names are decoded even when others were refused, so their own problems are
    # reported in the same answer (the upload as a whole is still refused).
    files = []
    for content, shown, table, fmt in accepted:
        raw, problem = decode_data_url(content, shown)
        if problem is not None:
            issues.append(problem)
            continue
        files.append(ReceivedFile(shown, table, fmt, raw))
    officials = []
    for content, shown, suffix in official:
        raw, problem = decode_data_url(content, shown)
        if problem is not None:
            issues.append(problem)
            continue
        officials.append(OfficialFile(shown, f".{suffix}", raw))
    if not files and not officials and not issues:
        issues.append(Issue("no_files"))
    return files, officials, issues


def _megabytes(size: int) -> str:
    return f"{size / 1_048_576:.1f}".removesuffix(".0")


# ---------------------------------------------------------------- checking one file


def sniffed_format(content: bytes) -> str | None:
    """What the first bytes say a file is (None: no known binary signature, so possibly text)."""
    for magic, kind in _MAGIC:
        if content.startswith(magic):
            return kind
    return None


def content_problem(file: ReceivedFile, limit_bytes: int) -> Issue | None:
    """Refuse a file whose bytes are not what its name claims: archives, renamed workbooks, truncated Parquet."""
    if not file.content:
        return Issue("file_empty", file=file.name)
    actual = sniffed_format(file.content)
    claimed = {"csv": "CSV", "parquet": "Parquet", "xlsx": "Excel .xlsx"}[file.fmt]
    if file.fmt == "parquet":
        if actual == "Parquet" and file.content.endswith(b"PAR1") and len(file.content) >= 12:
            return None
        return Issue("content_mismatch", file=file.name, params={"claimed": claimed,
                                                                 "actual": actual or _text_or_data(file.content)})
    if file.fmt == "xlsx":
        if actual != "zip":
            return Issue("content_mismatch", file=file.name, params={"claimed": claimed,
                                                                     "actual": actual or _text_or_data(file.content)})
        return _workbook_problem(file, limit_bytes)
    if actual in ("zip", "gzip", "bzip2", "xz", "7z", "rar"):
        kind = "Excel .xlsx" if actual == "zip" and _is_workbook(file.content) else actual
        if kind == "Excel .xlsx":
            return Issue("content_mismatch", file=file.name, params={"claimed": claimed, "actual": kind})
        return Issue("zipped", file=file.name, params={"kind": kind})
    if actual is not None:
        return Issue("content_mismatch", file=file.name, params={"claimed": claimed, "actual": actual})
    return None


def _text_or_data(content: bytes) -> str:
    """'CSV' for text, else the first bytes in hex: words that read the same in both languages."""
    try:
        content[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return "0x" + content[:4].hex() + "…"
    return "CSV"


def _is_workbook(content: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        return False
    return "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names)


def _workbook_problem(file: ReceivedFile, limit_bytes: int) -> Issue | None:
    """An .xlsx is a zip holding [Content_Types].xml and xl/; refuse other zips and zip bombs before parsing."""
    try:
        with zipfile.ZipFile(io.BytesIO(file.content)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        return Issue("unreadable_xlsx", file=file.name, params={"detail": str(exc)[:200]})
    names = {m.filename for m in members}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        return Issue("zipped", file=file.name, params={"kind": "zip"})
    unpacked = sum(m.file_size for m in members)
    ratio = unpacked / max(len(file.content), 1)
    if ratio > MAX_UNPACK_RATIO or unpacked > MAX_UNPACK_RATIO * limit_bytes:
        return Issue("xlsx_bomb", file=file.name, params={"size": _megabytes(unpacked), "ratio": int(ratio)})
    return None


def _cell_text(value: object) -> str:
    """An Excel cell as the text a CSV would hold (whole floats without '.0', booleans as true/false)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def workbook_cells(file: ReceivedFile, max_rows: int) -> tuple[pd.DataFrame | None, list[Issue]]:
    """The first sheet of an .xlsx as text cells (header = row 1); formula cells are refused, not evaluated."""
    from openpyxl import load_workbook  # only uploads of workbooks need it, not the start

    issues: list[Issue] = []
    try:
        book = load_workbook(io.BytesIO(file.content), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many unrelated types for a damaged workbook; all mean "unreadable"
        return None, [Issue("unreadable_xlsx", file=file.name, params={"detail": str(exc).strip()[:200]})]
    try:
        sheets = book.sheetnames
        if not sheets:
            return None, [Issue("file_empty", file=file.name)]
        if len(sheets) > 1:
            issues.append(Issue("xlsx_sheets", file=file.name, warning=True,
                                params={"sheet": sheets[0], "others": ", ".join(sheets[1:])}))
        rows: list[list[str]] = []
        formulas: dict[int, list[int]] = {}
        for number, row in enumerate(book[sheets[0]].iter_rows(), start=1):
            if number > max_rows + 1:
                return None, issues + [Issue("too_many_rows", file=file.name,
                                             params={"rows": f"> {max_rows}", "limit": max_rows})]
            texts = []
            for position, cell in enumerate(row):
                if getattr(cell, "data_type", None) == "f":
                    formulas.setdefault(position, []).append(number)
                texts.append(_cell_text(getattr(cell, "value", None)))
            rows.append(texts)
    except Exception as exc:  # a damaged sheet can fail midway through the stream
        return None, [Issue("unreadable_xlsx", file=file.name, params={"detail": str(exc).strip()[:200]})]
    finally:
        book.close()
    while rows and not any(rows[-1]):  # Excel often reports formatted but empty rows at the end
        rows.pop()
    if not rows:
        return None, issues + [Issue("file_empty", file=file.name)]
    width = max(len(r) for r in rows)
    header = rows[0] + [""] * (width - len(rows[0]))
    body = [r + [""] * (width - len(r)) for r in rows[1:]]
    # Columns with neither a header nor any value are Excel's formatting, not data.
    keep = [i for i in range(width) if header[i].strip() or any(r[i] for r in body)]
    header = [header[i] for i in keep]
    for position, lines in formulas.items():
        column = header[keep.index(position)] if position in keep else f"#{position + 1}"
        issues.append(Issue("xlsx_formula", file=file.name, column=column, rows=tuple(lines[:MAX_LISTED_ROWS]),
                            count=len(lines)))
    cells = pd.DataFrame([[r[i] for i in keep] for r in body], columns=header, dtype="object")
    cells = cells.replace("", None)
    return cells, issues


def unsafe_text_issues(table: str, cells: pd.DataFrame, display_name: str, fmt: str) -> list[Issue]:
    """Text cells a spreadsheet would run as formulas, or that carry HTML/script markup, in the contract's columns."""
    issues = []
    offset = 1 if fmt == "parquet" else 2  # CSV and sheets: header is line 1
    for spec in TABLES[table].columns:
        if spec.kind not in TEXT_KINDS or spec.name not in cells.columns:
            continue
        text = cells[spec.name].dropna().astype(str)
        if text.empty:
            continue
        # Codes repeat across hundreds of thousands of rows: test each distinct value once.
        distinct = pd.Series(text.unique())
        formulas = set(distinct[distinct.str.match(_FORMULA_START) & ~distinct.str.strip().str.match(_PLAIN_NUMBER)])
        markups = set(distinct[distinct.str.contains(_MARKUP)])
        for rule, flagged in (("formula_cell", formulas), ("markup_in_text", markups)):
            mask = text.isin(flagged) if flagged else None
            if mask is not None and mask.any():
                index = mask[mask].index
                issues.append(Issue(rule, file=display_name, column=spec.name,
                                    rows=tuple(int(i) + offset for i in index[:MAX_LISTED_ROWS]),
                                    values=tuple(dict.fromkeys(text.loc[index[:MAX_LISTED_ROWS]].str.slice(0, 40))),
                                    count=int(mask.sum())))
    return issues


def stage_file(file: ReceivedFile, directory: Path, max_rows: int, limit_bytes: int) -> list[Issue]:
    """Write one uploaded table into the new version directory and check it; the issues say whether it may stay.

    CSV and Parquet are kept as sent (so row numbers in messages match the user's file);
    a workbook's first sheet is written as CSV, whose line numbers are the sheet's rows.
    """
    problem = content_problem(file, limit_bytes)
    if problem is not None:
        return [problem]
    spec = TABLES[file.table]
    issues: list[Issue] = []
    if file.fmt == "xlsx":
        cells, issues = workbook_cells(file, max_rows)
        if cells is None:
            return issues
        path = directory / f"{file.table}.csv"
        cells.to_csv(path, index=False, lineterminator="\n")
        fmt = "csv"
    else:
        path = directory / f"{file.table}.{file.fmt}"
        fmt = file.fmt
        if fmt == "csv" and (problem := encoding_problem(file)) is not None:
            return [problem]
        path.write_bytes(file.content)
        if fmt == "parquet" and (problem := parquet_problem(path, file.name, max_rows, limit_bytes)) is not None:
            return [problem]
        reader = read_parquet_text if fmt == "parquet" else read_csv_text
        cells, read_issues = reader(path, file.name, spec)
        issues += [without_paths(issue, directory, file.name) for issue in read_issues]
        if cells is None:
            return issues
    issues += unsafe_text_issues(file.table, cells, file.name, fmt)
    _frame, table_issues = validate_table(file.table, cells, file.name, fmt, max_rows)
    return issues + table_issues


def encoding_problem(file: ReceivedFile) -> Issue | None:
    """A CSV that is not UTF-8, naming the offending byte as it is in the file (counting a BOM, if any)."""
    skip = len(codecs.BOM_UTF8) if file.content.startswith(codecs.BOM_UTF8) else 0
    try:
        codecs.decode(file.content[skip:], "utf-8")
    except UnicodeDecodeError as exc:
        position = skip + exc.start
        line = file.content[:position].count(b"\n") + 1
        return Issue("not_utf8", file=file.name, params={"byte": f"0x{file.content[position]:02x}", "line": line})
    return None


def parquet_problem(path: Path, shown: str, max_rows: int, limit_bytes: int) -> Issue | None:
    """Refuse a Parquet file that would expand too far, from its footer and dictionaries, before it is read.

    A few KB of zstd can hold gigabytes of repeated text. The footer gives the rows and the
    uncompressed size of the pages; text columns are then read one at a time dictionary-encoded
    (each distinct value held once) to measure their longest value and their size once expanded.
    """
    try:
        parquet = pq.ParquetFile(path)
        meta = parquet.metadata
    except Exception:  # a damaged footer: the full read reports it in the user's words
        log.info("Parquet footer of %s unreadable; the full read will report it", shown)
        return None
    if meta.num_rows > max_rows:
        return Issue("too_many_rows", file=shown, params={"rows": meta.num_rows, "limit": max_rows})
    budget = MAX_EXPANSION * limit_bytes
    pages = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    if pages > budget:
        return Issue("parquet_expanded", file=shown, params={"size": _megabytes(pages), "limit": _megabytes(budget)})
    texts = [meta.schema.column(i).path for i in range(meta.num_columns)
             if meta.schema.column(i).physical_type == "BYTE_ARRAY" and meta.schema.column(i).max_repetition_level == 0]
    expanded = 0
    for name in texts:
        try:
            by_dictionary = pq.ParquetFile(path, read_dictionary=[name])
            chunks = by_dictionary.read(columns=[name]).column(0).chunks
        except Exception:  # unreadable or nested column: the full read reports it
            log.info("Column %s of %s not measured; the full read will check it", name, shown)
            continue
        for chunk in chunks:
            if not hasattr(chunk, "dictionary"):
                continue
            lengths = pc.utf8_length(chunk.dictionary) if str(chunk.dictionary.type) == "string" else \
                pc.binary_length(chunk.dictionary)
            longest = pc.max(lengths).as_py() or 0
            if longest > MAX_TEXT_CHARS:
                return Issue("text_too_long", file=shown, column=name,
                             params={"length": f"{longest:,}", "limit": f"{MAX_TEXT_CHARS:,}"})
            expanded += pc.sum(pc.take(pc.binary_length(chunk.dictionary), chunk.indices)).as_py() or 0
        if expanded > budget:
            return Issue("parquet_expanded", file=shown,
                         params={"size": _megabytes(expanded), "limit": _megabytes(budget)})
    return None


def without_paths(issue: Issue, directory: Path, shown: str) -> Issue:
    """An issue whose details no longer name the server's folders (a reader's message may quote its path)."""
    params = {key: value.replace(str(directory.resolve()), shown).replace(str(directory), shown)
              if isinstance(value, str) else value for key, value in issue.params.items()}
    return dataclasses.replace(issue, params=params)


def clean_interrupted_uploads() -> int:
    """At start-up: delete what uploads cut off midway left behind, and tell administrators; returns how many."""
    try:
        with _upload_lock() as locked:
            if not locked:
                return 0  # an upload is running (another host): its directory is not an orphan
            leftovers = store.interrupted_uploads()
            for path in leftovers:
                store.remove_directory(path)
                store.note_interrupted_upload(path)
    except OSError as error:
        log.error("Could not look for interrupted uploads in %s: %s", settings().state_dir, error)
        return 0
    return len(leftovers)


# ---------------------------------------------------------------- provenance


def synthetic_tables(data: Dataset) -> set[str]:
    """The tables of `data` that are synthetic demo data (all of them in a demo directory)."""
    listed = data.metadata.get("synthetic_tables")
    if isinstance(listed, list):
        return {t for t in listed if t in data.tables}
    return set(data.tables) if data.is_demo else set()


def table_provenance(data: Dataset) -> dict[str, dict]:
    """Where each table of `data` came from, as its dataset.json says (or 'demo'/'initial' when it says nothing)."""
    recorded = data.metadata.get("tables")
    recorded = recorded if isinstance(recorded, dict) else {}
    synthetic = synthetic_tables(data)
    provenance = {}
    for name in data.tables:
        entry = recorded.get(name)
        if isinstance(entry, dict):
            provenance[name] = dict(entry)
        else:
            provenance[name] = {"origin": "demo" if name in synthetic else "initial",
                                "directory": str(data.source_dir)}
    return provenance


def version_metadata(files: Sequence[ReceivedFile], base: Dataset | None, carried: Sequence[str],
                     when: dt.datetime) -> dict[str, object]:
    """The new version's dataset.json: per table, the uploaded file and time, or where it was carried over from."""
    stamp = when.isoformat(timespec="seconds")
    previous = table_provenance(base) if base is not None else {}
    synthetic_before = synthetic_tables(base) if base is not None else set()
    synthetic = [name for name in TABLES if name in synthetic_before and name in carried]  # in contract order
    tables: dict[str, dict] = {}
    for name in carried:
        tables[name] = {**previous.get(name, {"origin": "initial"}), "carried_over": True}
    for file in files:
        tables[file.table] = {"origin": "upload", "file": file.name, "format": file.fmt, "uploaded_at": stamp,
                              "bytes": len(file.content), "sha256": hashlib.sha256(file.content).hexdigest()}
    return {
        "synthetic": bool(synthetic),
        "synthetic_tables": synthetic,
        "description": "Uploaded through the data page" + (" (partly synthetic demo data)" if synthetic else "."),
        "uploaded_at": stamp,
        "based_on": {"directory": str(base.source_dir), "fingerprint": base.fingerprint} if base else None,
        "tables": {name: tables[name] for name in TABLES if name in tables},
    }


# ---------------------------------------------------------------- the upload and the reset


def upload_limit_bytes() -> int:
    return settings().max_upload_mb * 1_048_576


def receive_upload(contents: object, names: object, token: object, now: dt.datetime | None = None, *,
                   year: int | None = None, apply: bool = False) -> UploadOutcome:
    """Check, stage, validate and (only if everything is valid) put an upload in service.

    Official files are imported into contract tables first. Without `apply` they are only previewed: the answer
    says what importing them would give and nothing changes; the page sends the same files again to apply them,
    so no server keeps anything between the two requests.
    """
    refusal = _refusal(token)
    if refusal is not None:
        return refusal
    config = settings()
    files, officials, issues = received_files(contents, names, upload_limit_bytes())
    imported = None
    if officials and not any(not i.warning for i in issues):
        try:
            imported = import_received(officials, year)
        except ImportFailed as failure:
            rule = "unknown_table" if failure.key == "not_official" else "import_refused"
            return UploadOutcome(False, (ImportIssue(rule, file=failure.params.get("file", ""), failure=failure),),
                                 _served(),
                                 files=tuple(f.name for f in officials))
        if not apply:
            return UploadOutcome(False, tuple(issues), _served(), files=imported.files, imported=imported)
        files = imported_tables(imported, _served())
    shown = imported.files if imported else tuple(f.name for f in files)
    if not files:
        return UploadOutcome(False, tuple(issues), _served(), files=shown)
    try:
        with _upload_lock() as locked:
            if not locked:
                return UploadOutcome(False, (Issue("upload_busy"),), _served(), files=shown)
            staging = store.new_version_directory()
            try:
                outcome = _build_and_switch(staging, files, issues, config.max_rows,
                                            now or dt.datetime.now(dt.UTC))
            except Exception as exc:
                # Anything unexpected (disk full, a library bug): log it whole, tell the user, keep the old data.
                log.exception("Upload of %s failed unexpectedly; the previous data stays in service",
                              ", ".join(shown))
                outcome = UploadOutcome(False, (Issue("upload_failed", params={"detail": type(exc).__name__}),),
                                        None, files=shown)
            if not outcome.switched:
                for leftover in (staging, store.committed_name(staging)):
                    if leftover.exists():
                        store.remove_directory(leftover)
                outcome = UploadOutcome(False, outcome.issues, _served(), files=shown)
            outcome = dataclasses.replace(outcome, files=shown, imported=imported)
    except OSError:
        log.exception("Upload of %s refused: the state directory %s cannot be written", ", ".join(shown),
                      config.state_dir)
        return UploadOutcome(False, (Issue("upload_unwritable"),), _served(), files=shown)
    return outcome


def _build_and_switch(version: Path, files: list[ReceivedFile], issues: list[Issue], max_rows: int,
                      when: dt.datetime) -> UploadOutcome:
    shown = tuple(f.name for f in files)
    for file in files:
        issues += stage_file(file, version, max_rows, upload_limit_bytes())
    if any(not i.warning for i in issues):
        return UploadOutcome(False, tuple(issues), files=shown)
    base = _served()
    if base is None:
        issues.append(Issue("previous_unreadable", warning=True))
    uploaded = {f.table for f in files}
    carried = []
    if base is not None:
        sources, _ignored = table_files(base.source_dir)
        for name, path in sources.items():
            if name not in uploaded:
                # Copied, not linked: the operator may edit their own data directory in place.
                shutil.copy2(path, version / path.name)
                carried.append(name)
    metadata = version_metadata(files, base, carried, when)
    (version / METADATA_FILE).write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    version = store.commit_version(version)
    try:
        loaded = store.activate(version)  # validates the whole directory again before switching
    except DataValidationError as error:
        return UploadOutcome(False, tuple(issues) + error.issues, files=shown)
    log.info("Upload of %s switched the data in service to %s", ", ".join(shown), version)
    return UploadOutcome(True, tuple(issues) + loaded.warnings, loaded, tuple(sorted(uploaded)), shown)


def imported_tables(imported: OfficialImport, base: Dataset | None) -> list[ReceivedFile]:
    """The imported tables as files for the switch, each merged into the table in service on its keys."""
    files = []
    for name, frame in imported.result.tables.items():
        table = merged(base.tables[name], frame, name) if base is not None and name in base.tables else frame
        files.append(ReceivedFile(", ".join(imported.files), name, "csv", table_csv(table, name).encode("utf-8")))
    return files


def reset_data(token: object) -> UploadOutcome:
    """Put the operator's default data (the synthetic demo unless DASHBOARD_DATA_DIR is set) back in service."""
    refusal = _refusal(token)
    if refusal is not None:
        return refusal
    try:
        with _upload_lock() as locked:
            if not locked:
                return UploadOutcome(False, (Issue("upload_busy"),), _served())
            try:
                loaded = store.reset_to_default()
            except DataValidationError as error:
                return UploadOutcome(False, error.issues, _served())
    except OSError:
        log.exception("Reset refused: the state directory %s cannot be written", settings().state_dir)
        return UploadOutcome(False, (Issue("upload_unwritable"),), _served())
    log.info("Data in service reset to %s", loaded.source_dir)
    return UploadOutcome(True, loaded.warnings, loaded)


def _refusal(token: object) -> UploadOutcome | None:
    if not uploads_enabled():
        return UploadOutcome(False, (Issue("uploads_off"),), _served())
    if not is_administrator(token):
        security.note_refused_token()  # logged with the client's address and counted against it
        return UploadOutcome(False, (Issue("not_administrator"),), _served())
    return None


def _served() -> Dataset | None:
    """The data in service, or None when it cannot be read (the page then says why)."""
    try:
        return store.dataset()
    except DataValidationError:
        log.warning("The data in service could not be loaded", exc_info=True)
        return None


@contextmanager
def _upload_lock() -> Iterator[bool]:
    """One upload or reset at a time across all workers (a file lock); never waits: a busy server says so."""
    state_dir = settings().state_dir
    state_dir.mkdir(parents=True, exist_ok=True)
    with open(state_dir / UPLOAD_LOCK, "w") as handle:  # closing the file releases the lock
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
