"""Turn the official files ministries hold into contract tables, all or nothing.

One module per kind of file (`worldbank`, `enaho`, `ece`, `padron`, `censo_matricula`),
each with `import_files(...) -> ImportResult`; `write_result` merges the tables into a
data directory through a temporary copy that is validated before it replaces the old one.
"""
from __future__ import annotations

import importlib
import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from dashboard.contract import (
    METADATA_FILE,
    TABLES,
    Dataset,
    DataValidationError,
    load_directory,
    read_metadata,
    table_files,
)
from dashboard.importers.common import ImportFailed, ImportResult

KINDS = ("worldbank", "enaho", "ece", "padron", "censo-matricula")


def run_import(kind: str, paths: list[Path], *, year: int | None = None, padron: Path | None = None,
               country: str = "PER", source: str | None = None) -> ImportResult:
    """Read official files of one kind into contract tables (nothing is written)."""
    module = importlib.import_module(f"dashboard.importers.{kind.replace('-', '_')}")
    paths = [Path(p) for p in paths]
    if kind == "worldbank":
        return module.import_files(paths, country=country, source=source)
    if kind == "padron":
        return module.import_files(paths)
    return module.import_files(paths, year=year, padron=padron)


def merged(existing: pd.DataFrame, new: pd.DataFrame, name: str) -> pd.DataFrame:
    """Existing rows whose key the import does not bring, then the imported rows (a re-import replaces)."""
    keys = [k for k in TABLES[name].keys if k in new.columns and k in existing.columns]

    def key_index(frame: pd.DataFrame) -> pd.MultiIndex:  # as text: an empty split matches an empty split
        return pd.MultiIndex.from_frame(frame[keys].astype("string").fillna(""))

    replaced = key_index(existing).isin(key_index(new))
    return pd.concat([existing[~replaced], new], ignore_index=True)


def table_csv(frame: pd.DataFrame, name: str) -> str:
    """A contract table as CSV text: its columns in the contract's order, numbers without float noise."""
    columns = [c for c in TABLES[name].column_names if c in frame.columns]
    return frame[columns].to_csv(index=False, lineterminator="\n", float_format=lambda v: f"{v:.10g}")


def write_result(result: ImportResult, out: Path | str, lang: str | None = "es") -> Dataset:
    """Merge `result` into `out` atomically: build a full copy beside it, validate it, then swap the directories.

    Raises ImportFailed (nothing written) when the existing directory or the merged result breaks the contract.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.import-", dir=out.parent))
    try:
        existing: dict[str, pd.DataFrame] = {}
        metadata: dict[str, object] = {}
        if out.is_dir():
            files, _ = table_files(out)
            if files:
                try:
                    existing = dict(load_directory(out).tables)
                except DataValidationError as error:
                    raise ImportFailed("existing_invalid", dir=str(out), report=error.report(lang)) from error
            metadata = read_metadata(out)
            for item in out.iterdir():
                table = item.stem if item.suffix.lower() in (".csv", ".parquet") else None
                if item.is_file() and table not in result.tables and item.name != METADATA_FILE:
                    shutil.copy2(item, staging / item.name)
        for name, frame in result.tables.items():
            table = merged(existing[name], frame, name) if name in existing else frame
            (staging / f"{name}.csv").write_text(table_csv(table, name), encoding="utf-8")
        metadata.setdefault("synthetic", False)
        described = dict(metadata.get("tables", {}))
        for name in result.tables:
            described[name] = {"origin": "published", "source": result.source}
        metadata["tables"] = described
        if "synthetic_tables" in metadata:
            metadata["synthetic_tables"] = [n for n in metadata["synthetic_tables"] if n not in result.tables]
        (staging / METADATA_FILE).write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
        try:
            load_directory(staging)
        except DataValidationError as error:
            raise ImportFailed("invalid_result", report=error.report(lang)) from error
        if out.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.replace(out, retired / out.name)
            os.replace(staging, out)
            shutil.rmtree(retired)
        else:
            os.replace(staging, out)
        return load_directory(out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
