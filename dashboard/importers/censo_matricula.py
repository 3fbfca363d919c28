"""Censo Escolar `Matricula_01.dbf` + the Padrón → primary `enrolment` by region × area × sex × management × grade.

Rows of form NROCED `3AP` (primary) and the enrolment-by-grade table: CUADRO `301` in
2013, `201` in 2014–2016, `C201` from 2017. D01…D12 are grade × sex pairs (odd: boys,
even: girls; D01/D02 = 1st grade); each school has one row per shift (TIPDATO), summed.
The census gives no ages here, so the table has no `age` and the net enrolment ratio
cannot be computed from it. Schools are placed (region, area, management) through the
Padrón; those not in it are counted and left out.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard.importers import padron as padron_importer
from dashboard.importers.common import ImportFailed, ImportResult, codes, numbers, read_table, require, shown

TABLE = "enrolment"
FIELDS = {"school_id": ("cod_mod",), "anexo": ("anexo",), "nroced": ("nroced",), "cuadro": ("cuadro",),
          "tipdato": ("tipdato",)}
CELLS = [f"d{n:02d}" for n in range(1, 13)]
PRIMARY_FORM = "3AP"


def cuadro_for(year: int) -> str:
    return "301" if year <= 2013 else "201" if year <= 2016 else "C201"


def read_enrolment(path: Path, year: int, register: pd.DataFrame, result: ImportResult) -> pd.DataFrame:
    wanted = {s for spellings in FIELDS.values() for s in spellings} | set(CELLS)
    raw = read_table(path, usecols=wanted)
    column = require(path, raw.columns, {**FIELDS, **{c: (c,) for c in CELLS}}, "censo-matricula")
    cuadro = cuadro_for(year)
    form = codes(raw[column["nroced"]]).str.upper()
    table = codes(raw[column["cuadro"]]).str.upper()
    wanted_rows = (form == PRIMARY_FORM) & (table == cuadro)
    if not wanted_rows.any():
        raise ImportFailed("no_cuadro", file=path.name, expected=cuadro, year=year,
                           found=shown(form + " " + table))
    result.drop(TABLE, "other_nroced", int((~wanted_rows).sum()), cuadro=cuadro)
    rows = pd.DataFrame({"school_id": codes(raw[column["school_id"]], 7),
                         "anexo": codes(raw[column["anexo"]]).fillna("0"),
                         "tipdato": codes(raw[column["tipdato"]], 2)})[wanted_rows]
    for cell in CELLS:
        values, bad = numbers(raw.loc[wanted_rows, cell])
        if bad.any():
            raise ImportFailed("unreadable", file=path.name, detail=f"{cell.upper()} is not a number: "
                               + shown(raw.loc[wanted_rows, cell][bad]))
        rows[cell] = values.fillna(0)
    # 2014 and 2016 repeat the 201 block: identical rows are one row; differing ones cannot be settled
    repeated = rows.duplicated()
    result.drop(TABLE, "duplicate_block", int(repeated.sum()), cuadro=cuadro)
    rows = rows[~repeated]
    clash = rows.duplicated(["school_id", "anexo", "tipdato"], keep=False)
    if clash.any():
        raise ImportFailed("conflicting_rows", file=path.name, count=int(rows[clash]["school_id"].nunique()),
                           cuadro=cuadro, values=shown(rows.loc[clash, "school_id"]))
    placed = rows.merge(register[["school_id", "anexo", "region_code", "area", "management"]],
                        on=["school_id", "anexo"], how="left")
    absent = placed["region_code"].isna()
    if absent.any():
        result.drop(TABLE, "not_in_padron", int(absent.sum()),
                    schools=placed.loc[absent, ["school_id", "anexo"]].drop_duplicates().shape[0],
                    values=shown(placed.loc[absent, "school_id"]))
    placed = placed[~absent]
    long = placed.melt(id_vars=["region_code", "area", "management"], value_vars=CELLS, var_name="cell",
                       value_name="enrolled")
    number = long["cell"].str[1:].astype(int)
    long["grade"] = (number + 1) // 2
    long["sex"] = number.mod(2).map({1: "M", 0: "F"})
    return long.assign(year=year, level="primary")


def import_files(paths: list[Path], year: int | None = None, padron: Path | None = None) -> ImportResult:
    if year is None:
        raise ImportFailed("needs_option", kind="censo-matricula", option="year", why="cuadro_by_year")
    if padron is None:
        raise ImportFailed("needs_option", kind="censo-matricula", option="padron", why="census_school_code")
    result = ImportResult("censo-matricula", source=f"MINEDU, Censo Escolar {year}: "
                                                    + ", ".join(p.name for p in [*paths, padron]))
    register = padron_importer.read_register(padron, result, table="schools")
    long = pd.concat([read_enrolment(p, year, register, result) for p in paths], ignore_index=True)
    keys = ["year", "region_code", "area", "sex", "management", "level", "grade"]
    result.tables[TABLE] = long.groupby(keys, as_index=False)["enrolled"].sum()
    result.note(TABLE, "no_age")
    return result
