"""Recognise an official file's kind from its columns, and say in one paragraph what importing it would do.

For the data page: `detect_kind(columns)` names the importer; `preview(kind, paths)`
runs the import in memory (nothing is written) and summarises it, e.g.
"Padrón: 5 escuelas en 3 regiones → tabla schools; 2 filas con códigos GESTION desconocidos".
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from dashboard.contract import table_grain
from dashboard.i18n import number, t
from dashboard.importers import run_import
from dashboard.importers.common import ImportResult, read_columns

_YEAR = re.compile(r"^\d{4}( \[yr\d{4}\])?$")


def detect_kind(columns: Iterable[str]) -> str | None:
    """The kind of official file these column names belong to, or None."""
    names = {c.strip().lower() for c in columns}
    if {"cod_mod", "anexo", "nroced", "cuadro", "tipdato"} <= names:
        return "censo-matricula"
    if {"cod_mod", "anexo", "niv_mod", "codgeo"} <= names and names & {"gestion", "ges_dep"}:
        return "padron"
    if "cod_mod7" in names and any(n.startswith(("medida500_", "m500_")) for n in names):
        return "ece"
    if {"ubigeo", "estrato", "p207", "p208a", "p302"} <= names:
        return "enaho"
    if {"indicator_code", "year", "value"} <= names:
        return "worldbank"
    if names & {"series code", "indicator code"} and any(_YEAR.match(n) for n in names):
        return "worldbank"
    return None


def detect_file(path: Path) -> str | None:
    return detect_kind(read_columns(Path(path)))


def summary(result: ImportResult, lang: str | None = "es") -> str:
    """One paragraph: what the files hold, which tables they fill, and what was left out."""
    parts = []
    for name, frame in result.tables.items():
        if name == "schools":
            parts.append(t("importers.preview.schools", lang, schools=number(len(frame), lang, 0),
                           regions=frame["region_code"].nunique()))
        elif name == "indicator_values":
            years = table_grain(name, frame, lang).rsplit(", ", 1)[-1]
            parts.append(t("importers.preview.series", lang, series=frame["indicator_id"].nunique(), years=years))
        else:
            parts.append(t("importers.preview.rows", lang, rows=number(len(frame), lang, 0),
                           grain=table_grain(name, frame, lang)))
    tables = ", ".join(t("importers.preview.table", lang, table=name) for name in result.tables)
    text = t("importers.preview.summary", lang, kind=t(f"importers.kind.{result.kind}", lang),
             what="; ".join(parts), tables=tables)
    left_out = [d.message(lang) for d in result.dropped]
    return "; ".join([text, *left_out])


def preview(kind: str | None, paths: list[Path], lang: str | None = "es", **options) -> str:
    """The summary of importing `paths` as `kind` (recognised from the first file's columns when None).

    Raises ImportFailed, whose `message(lang)` says what was expected and what was found.
    """
    paths = [Path(p) for p in paths]
    if kind is None:
        kind = detect_file(paths[0])
        if kind is None:
            return t("importers.preview.unknown", lang, found=", ".join(read_columns(paths[0])[:12]))
    return summary(run_import(kind, paths, **options), lang)
