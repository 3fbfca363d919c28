"""ENAHO module 300 (CSV with INEI's column names, SPSS `.sav` or Stata `.dta`) → `literacy`.

Grain: year × region (ubigeo[:2]) × area (estrato 1–5 urban, 6–8 rural) × sex (p207
1 man, 2 woman) × age group (p208a: 15–24, 25–64, 65+; younger people are left out).
`population` = Σ factora07; `literate` = Σ factora07 of those who can read and write.

The survey asks p302 ("¿sabe leer y escribir?") only of people whose highest level
(p301a) is below completed primary (codes 1–3); those with p301a ≥ 4 skip it and are
literate by definition, as INEI counts them. A person with neither is left out, counted.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.importers.common import ImportFailed, ImportResult, codes, find_column, numbers, read_table, region_of
from dashboard.importers.common import require as require_columns
from dashboard.regions import REGION_CODES

TABLE = "literacy"
FIELDS = {"ubigeo": ("ubigeo",), "estrato": ("estrato",), "p207": ("p207",), "p208a": ("p208a",),
          "p302": ("p302",)}
WEIGHT = ("factora07",)  # the person weight (factor07 is the household one: not a substitute)
YEAR = ("año", "aÑo", "ano", "a\u00f1o", "anio", "year")
SEX = {"1": "M", "2": "F", "hombre": "M", "mujer": "F"}
LITERACY = {"1": True, "2": False, "si": True, "sí": True, "no": False}
COMPLETED_PRIMARY = 4  # p301a code of "primaria completa"


def _area(estrato: pd.Series) -> pd.Series:
    number = pd.to_numeric(estrato, errors="coerce")
    return pd.Series(np.select([number.between(1, 5), number.between(6, 8)], ["urban", "rural"], None),
                     index=estrato.index)


def _age_group(age: pd.Series) -> pd.Series:
    return pd.Series(np.select([age.between(15, 24), age.between(25, 64), age >= 65], ["15-24", "25-64", "65+"],
                               None), index=age.index)


def read_people(path: Path, year: int | None, result: ImportResult) -> pd.DataFrame:
    wanted = {s for spellings in FIELDS.values() for s in spellings} | set(WEIGHT) | set(YEAR) | {"codinfor", "p301a"}
    raw = read_table(path, usecols=wanted)
    column = require_columns(path, raw.columns, FIELDS, "enaho")
    weight = find_column(raw.columns, *WEIGHT)
    if weight is None:
        raise ImportFailed("missing_weight", file=path.name, expected="factora07",
                           what="factor de expansión de la población / person weight", found=", ".join(raw.columns))
    year_column = find_column(raw.columns, *YEAR)
    if year is None:
        if year_column is None:
            raise ImportFailed("no_year", file=path.name)
        years = codes(raw[year_column]).dropna().unique()
        if len(years) != 1:
            raise ImportFailed("no_year", file=path.name)
        year = int(years[0])
    keep = pd.Series(True, index=raw.index)
    if "codinfor" in raw.columns:
        no_respondent = codes(raw["codinfor"], 2).eq("00").fillna(False).astype(bool)
        result.drop(TABLE, "codinfor_00", int(no_respondent.sum()))
        keep &= ~no_respondent
    age, bad_age = numbers(raw[column["p208a"]])
    young = (age < 15) & keep
    result.drop(TABLE, "under_15", int(young.sum()))
    keep &= ~young & ~pd.Series(bad_age, index=raw.index)
    people = pd.DataFrame({"region_code": region_of(raw[column["ubigeo"]]),
                           "area": _area(codes(raw[column["estrato"]])),
                           "sex": codes(raw[column["p207"]]).str.lower().map(SEX), "age_group": _age_group(age)})
    for name, label in (("region_code", "ubigeo"), ("area", "estrato"), ("sex", "p207")):
        known = people[name].isin(REGION_CODES) if name == "region_code" else people[name].notna()
        result.unknown_codes(TABLE, label, raw.loc[keep, column[label]], known[keep])
        keep &= known
    answer = codes(raw[column["p302"]]).str.lower()
    literate = answer.map(LITERACY)
    unknown_answer = answer.notna() & literate.isna()
    result.unknown_codes(TABLE, "p302", answer[keep], ~unknown_answer[keep])
    keep &= ~unknown_answer
    if "p301a" in raw.columns:
        level, _ = numbers(raw["p301a"])
        by_level = answer.isna() & (level >= COMPLETED_PRIMARY)
        if (by_level & keep).any():
            result.note(TABLE, "literate_by_level", count=f"{int((by_level & keep).sum()):,}")
        literate = literate.mask(by_level, True)
    unanswered = literate.isna() & keep
    result.drop(TABLE, "no_literacy_answer", int(unanswered.sum()))
    keep &= ~unanswered
    weights, bad_weight = numbers(raw[weight])
    no_weight = (weights.isna() | pd.Series(bad_weight, index=raw.index)) & keep
    result.drop(TABLE, "no_weight", int(no_weight.sum()))
    keep &= ~no_weight
    people["population"] = weights
    people["literate"] = weights.where(literate.fillna(False).astype(bool), 0.0)
    return people[keep].assign(year=year)


def import_files(paths: list[Path], year: int | None = None, padron: Path | None = None) -> ImportResult:
    result = ImportResult("enaho", source="INEI, ENAHO módulo 300: " + ", ".join(p.name for p in paths))
    people = pd.concat([read_people(p, year, result) for p in paths], ignore_index=True)
    if people.empty:
        raise ImportFailed("no_rows_left", file=", ".join(p.name for p in paths),
                           reasons="; ".join(d.message("en") for d in result.dropped))
    keys = ["year", "region_code", "area", "sex", "age_group"]
    table = people.groupby(keys, as_index=False)[["population", "literate"]].sum()
    result.tables[TABLE] = table
    return result
