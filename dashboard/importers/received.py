"""Official files sent through the data page: recognise each by its columns, then preview or import them together.

The page sends bytes, not paths; the importers read files. The bytes are written to a private
temporary folder under neutral names (the user's name is never a path) and read from there.
A Padrón sent with an ECE or Censo Escolar file is the register that places their schools.
"""
from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dashboard.contract import TABLES
from dashboard.importers import run_import
from dashboard.importers.common import ImportFailed, ImportResult, read_columns
from dashboard.importers.detect import detect_kind, summary

OFFICIAL_SUFFIXES = (".csv", ".dbf", ".sav", ".dta")
NEEDS_REGISTER = ("ece", "censo-matricula")  # kinds whose rows carry only a school code
MAX_SHOWN_COLUMNS = 12


@dataclass(frozen=True)
class OfficialFile:
    name: str  # as the user named it, fit to show
    suffix: str
    content: bytes


@dataclass(frozen=True)
class OfficialImport:
    """What importing the received files gives: the tables, what was left out, and the paragraph that says so."""

    result: ImportResult
    files: tuple[str, ...]

    def preview(self, lang: str | None = "es") -> str:
        return summary(self.result, lang)


def is_official_name(name: str, tables: Sequence[str]) -> bool:
    """A file the page should recognise by its columns: an official format not named after a contract table."""
    base = name.rsplit("/", 1)[-1]
    stem, dot, suffix = base.rpartition(".")
    return bool(dot) and f".{suffix.lower()}" in OFFICIAL_SUFFIXES and stem.strip().lower() not in tables


def import_received(files: Sequence[OfficialFile], year: int | None) -> OfficialImport:
    """Import the files as the kind their columns say; raises ImportFailed naming the file and what was found."""
    with tempfile.TemporaryDirectory(prefix="observatory-import-") as folder:
        try:
            return _import_in(Path(folder), files, year)
        except ImportFailed as error:
            renamed = _renaming(folder, files)
            error.params = {k: renamed(v) if isinstance(v, str) else v for k, v in error.params.items()}
            raise


def _import_in(folder: Path, files: Sequence[OfficialFile], year: int | None) -> OfficialImport:
    paths = []
    for index, file in enumerate(files):
        path = folder / _temporary_name(index, file)
        path.write_bytes(file.content)
        paths.append(path)
    kinds = [_kind_of(path, file.name) for path, file in zip(paths, files, strict=True)]
    registers = [p for p, k in zip(paths, kinds, strict=True) if k == "padron"]
    others = sorted(set(kinds) - {"padron"})
    if len(others) > 1 or (len(registers) > 1 and others):
        raise ImportFailed("mixed_kinds", files=", ".join(f.name for f in files),
                           kinds=tuple(sorted(set(kinds))))
    if not others:
        result = run_import("padron", registers)
    else:
        kind = others[0]
        if registers and kind not in NEEDS_REGISTER:
            raise ImportFailed("mixed_kinds", files=", ".join(f.name for f in files),
                               kinds=tuple(sorted(set(kinds))))
        chosen = [p for p, k in zip(paths, kinds, strict=True) if k == kind]
        result = run_import(kind, chosen, year=year, padron=registers[0] if registers else None)
    result.source = _renaming(folder, files)(result.source)
    return OfficialImport(result, tuple(f.name for f in files))


def _kind_of(path: Path, shown: str) -> str:
    columns = read_columns(path)
    kind = detect_kind(columns)
    if kind is None:
        found = ", ".join(columns[:MAX_SHOWN_COLUMNS]) + (", …" if len(columns) > MAX_SHOWN_COLUMNS else "")
        raise ImportFailed("not_official", file=shown, found=found or "–", tables=", ".join(TABLES))
    return kind


def _temporary_name(index: int, file: OfficialFile) -> str:
    return f"file{index}{file.suffix}"


def _renaming(folder: Path | str, files: Sequence[OfficialFile]):
    """Text with the user's file names where the importers saw the temporary ones (and no temporary folder)."""
    def renamed(text: str) -> str:
        text = text.replace(f"{folder}/", "")
        for index, file in enumerate(files):
            text = text.replace(_temporary_name(index, file), file.name)
        return text
    return renamed
