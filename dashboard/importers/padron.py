"""Padrón de instituciones educativas (`Padron_web.dbf`, CP850, or its CSV) → the `schools` register.

Codes (FORMATS.md): GESTION 1 pública de gestión directa, 2 pública de gestión privada,
3 privada (or GES_DEP A* public, B* private); AREA_CENSO 1 urbana, 2 rural; COD_CAR
1 unidocente multigrado, 2 polidocente multigrado, 3 polidocente completo; NIV_MOD A*
inicial, B0 primaria, F0 secundaria; ESTADO 1 activa, 0 inactiva. Column names are
upper case until 2020 and lower case from 2021: both are read.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard.importers.common import ImportResult, codes, numbers, read_table, region_of, require
from dashboard.regions import REGION_CODES

TABLE = "schools"
FIELDS = {
    "school_id": ("cod_mod",), "anexo": ("anexo",), "codgeo": ("codgeo",), "area": ("area_censo",),
    "level": ("niv_mod",), "status": ("estado",), "enrolled": ("talumno",), "teachers": ("tdocente",),
}
OPTIONAL = {"gestion": ("gestion",), "ges_dep": ("ges_dep",), "school_type": ("cod_car",),
            "latitude": ("nlat_ie",), "longitude": ("nlong_ie",)}
GESTION = {"1": "public", "2": "public", "3": "private"}
GES_DEP = {"A": "public", "B": "private"}
AREA = {"1": "urban", "2": "rural"}
SCHOOL_TYPE = {"1": "multigrade", "2": "multigrade", "3": "full_grade"}
STATUS = {"1": "active", "0": "inactive"}  # as the register's specification lists them
# First letter of NIV_MOD: regular basic education, or another modality the contract's levels do not hold.
LEVEL = {"A": "preschool", "B": "primary", "F": "secondary"}
OTHER_MODALITIES = tuple("CDEGKLMPST")  # adult, alternative, special, teacher training, technical, higher
COLUMNS = ["school_id", "anexo", "region_code", "area", "management", "school_type", "level", "status", "enrolled",
           "teachers", "latitude", "longitude"]


def read_register(path: Path, result: ImportResult, table: str = TABLE) -> pd.DataFrame:
    """One Padrón file → school rows in contract codes; rows with unknown codes are counted under `table`."""
    wanted = {s for spellings in (*FIELDS.values(), *OPTIONAL.values()) for s in spellings}
    raw = read_table(path, usecols=wanted)
    found = require(path, raw.columns, {**FIELDS, "gestion": ("gestion", "ges_dep")}, "padron")
    column = {**found, **{k: v[0] for k, v in OPTIONAL.items() if v[0] in raw.columns}}
    frame = pd.DataFrame({"school_id": codes(raw[column["school_id"]], 7),
                          "anexo": codes(raw[column["anexo"]]).fillna("0"),
                          "region_code": region_of(raw[column["codgeo"]])})
    keep = pd.Series(True, index=raw.index)

    def mapped(name: str, cells: pd.Series, mapping: dict, label: str, blank_ok: bool = False) -> pd.Series:
        nonlocal keep
        values = cells.map(mapping)
        known = values.notna() | (cells.isna() if blank_ok else False)
        result.unknown_codes(table, label, cells[keep], known[keep])
        keep &= known
        return values

    niv = codes(raw[column["level"]]).str.upper()
    other = niv.str[:1].isin(OTHER_MODALITIES).fillna(False).astype(bool)
    if other.any():
        result.drop(table, "outside_basic", int(other.sum()), values=", ".join(sorted(niv[other].unique())[:8]))
    keep &= ~other
    frame["level"] = mapped("level", niv.str[:1], LEVEL, "NIV_MOD")
    if "gestion" in column:
        frame["management"] = mapped("management", codes(raw[column["gestion"]]), GESTION, "GESTION")
    else:
        frame["management"] = mapped("management", codes(raw[column["ges_dep"]]).str[:1], GES_DEP, "GES_DEP")
    frame["area"] = mapped("area", codes(raw[column["area"]]), AREA, "AREA_CENSO")
    frame["status"] = mapped("status", codes(raw[column["status"]]), STATUS, "ESTADO")
    if "school_type" in column:
        # COD_CAR is given for primary only: blank elsewhere means "does not apply", not unknown
        frame["school_type"] = mapped("school_type", codes(raw[column["school_type"]]), SCHOOL_TYPE, "COD_CAR",
                                      blank_ok=True)
    else:
        frame["school_type"] = None
    ids_ok = frame["school_id"].str.fullmatch(r"\d{7}").fillna(False).astype(bool)
    result.unknown_codes(table, "COD_MOD", raw[column["school_id"]][keep], ids_ok[keep])
    keep &= ids_ok
    regions_ok = frame["region_code"].isin(REGION_CODES)
    result.unknown_codes(table, "CODGEO", raw[column["codgeo"]][keep], regions_ok[keep])
    keep &= regions_ok
    for name in ("enrolled", "teachers", "latitude", "longitude"):
        if name not in column:
            frame[name] = float("nan")
            continue
        frame[name], bad = numbers(raw[column[name]])
        bad = pd.Series(bad, index=raw.index) & keep
        if bad.any():
            result.drop(table, "not_a_number", int(bad.sum()), column=column[name].upper(),
                        values=", ".join(raw.loc[bad, column[name]].astype(str).unique()[:5]))
        keep &= ~bad
    return frame.loc[keep, COLUMNS].reset_index(drop=True)


def import_files(paths: list[Path]) -> ImportResult:
    result = ImportResult("padron", source="MINEDU, Padrón de instituciones educativas: "
                                           + ", ".join(p.name for p in paths))
    frame = pd.concat([read_register(p, result) for p in paths], ignore_index=True)
    repeated = frame.duplicated(["school_id", "anexo"], keep="last")
    result.drop(TABLE, "duplicate_school", int(repeated.sum()))
    result.tables[TABLE] = frame[~repeated].reset_index(drop=True)
    return result
