"""UMC student-level ECE file (CSV or `.sav`, 2nd grade of primary) → `assessment`, one row per school × subject.

The contract keys a school by its 7-digit code, so the pupils of a school's annexes
(`anexo`) are pooled under `cod_mod7`; the annex is still used to find it in the Padrón.
Per subject (`_l` reading, `_m` maths):
`students_assessed` = pupils with a score; `mean_score` = Σ peso·medida500 / Σ peso;
`pct_proficient` = Σ peso·[grupo = Satisfactorio] / Σ peso; the same by `sexo` for the
female and male columns. Region from `codgeo`, area, management (`Estatal` → public)
and school type from the file; what it lacks comes from `--padron` when given.
Language and poverty quintile are not in the file: they stay not reported.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard.importers import padron as padron_importer
from dashboard.importers.common import (
    ImportFailed,
    ImportResult,
    codes,
    find_column,
    numbers,
    read_columns,
    read_table,
    region_of,
)
from dashboard.regions import REGION_CODES

TABLE = "assessment"
GRADE = 2
SUBJECTS = {"l": "reading", "m": "math"}
SCORE = ("medida500_{s}", "m500_{s}", "m500_{s}_2p")
LEVEL = ("grupo_{s}",)
WEIGHT = ("peso_{s}", "ajuste_por_no_respuesta_{s}")
KEYS = {"school_id": ("cod_mod7", "cod_mod"), "anexo": ("anexo",)}
ATTRIBUTES = {"codgeo": ("codgeo", "ubigeo"), "gestion": ("gestion2", "gestion"), "area": ("area",),
              "school_type": ("caracteristica2", "caracteristica"), "sexo": ("sexo",)}
MANAGEMENT = {"estatal": "public", "no estatal": "private"}
AREA = {"urbana": "urban", "urbano": "urban", "rural": "rural"}
SCHOOL_TYPE = {"polidocente completo": "full_grade", "polidocente - completo": "full_grade",
               "unidocente - multigrado": "multigrade", "polidocente multigrado": "multigrade",
               "unidocente multigrado": "multigrade", "polidocente - multigrado": "multigrade",
               "multigrado": "multigrade"}
SEX = {"hombre": "M", "mujer": "F", "1": "M", "2": "F"}
SATISFACTORY = "satisfactorio"


def _spellings(template: tuple[str, ...], subject: str) -> tuple[str, ...]:
    return tuple(name.format(s=subject) for name in template)


def _scores(frame: pd.DataFrame, students: pd.DataFrame, subject: str, code: str, path: Path,
            result: ImportResult) -> pd.DataFrame | None:
    score_column = find_column(frame.columns, *_spellings(SCORE, code))
    if score_column is None:
        return None
    weight_column = find_column(frame.columns, *_spellings(WEIGHT, code))
    if weight_column is None:
        raise ImportFailed("missing_weight", file=path.name, expected=f"peso_{code}",
                           what="peso de cada estudiante / each pupil's weight", found=", ".join(frame.columns))
    level_column = find_column(frame.columns, *_spellings(LEVEL, code))
    score, _ = numbers(frame[score_column])
    weight, _ = numbers(frame[weight_column])
    scored = score.notna()
    result.drop(TABLE, "no_score", int((~scored).sum()), subject=subject)
    no_weight = scored & weight.isna()
    result.drop(TABLE, "no_weight", int(no_weight.sum()))
    use = scored & ~no_weight
    satisfactory = (frame[level_column].astype("string").str.strip().str.lower() == SATISFACTORY
                    if level_column else pd.Series(pd.NA, index=frame.index))
    pupils = students.loc[use, ["school_id", "anexo", "sex"]].assign(
        score=score[use], weight=weight[use], wscore=score[use] * weight[use],
        wsat=satisfactory[use].astype(float) * weight[use], subject=subject)
    return pupils


def _aggregate(pupils: pd.DataFrame, suffix: str = "") -> pd.DataFrame:
    grouped = pupils.groupby(["school_id", "subject"])
    sums = grouped[["weight", "wscore", "wsat"]].sum()
    out = pd.DataFrame({f"mean_score{suffix}": sums["wscore"] / sums["weight"],
                        f"pct_proficient{suffix}": sums["wsat"] / sums["weight"]})
    if not suffix:
        out["students_assessed"] = grouped.size().astype(float)
    return out


def read_students(path: Path, year: int, padron: pd.DataFrame | None, result: ImportResult) -> pd.DataFrame:
    templates = [*SCORE, *LEVEL, *WEIGHT]
    wanted = {s for spellings in (*KEYS.values(), *ATTRIBUTES.values()) for s in spellings}
    wanted |= {name.format(s=code) for name in templates for code in SUBJECTS}
    raw = read_table(path, usecols=wanted)
    missing = [spellings[0] for spellings in KEYS.values() if find_column(raw.columns, *spellings) is None]
    if missing or not any(find_column(raw.columns, *_spellings(SCORE, c)) for c in SUBJECTS):
        raise ImportFailed("wrong_kind", file=path.name, kind="ece",
                           expected="cod_mod7, anexo, medida500_l | medida500_m, peso_l | peso_m",
                           found=", ".join(read_columns(path)[:15]))
    column = {name: find_column(raw.columns, *spellings) for name, spellings in {**KEYS, **ATTRIBUTES}.items()}
    students = pd.DataFrame({"school_id": codes(raw[column["school_id"]], 7),
                             "anexo": codes(raw[column["anexo"]]).fillna("0")})
    students["sex"] = (codes(raw[column["sexo"]]).str.lower().map(SEX) if column["sexo"]
                       else pd.Series(None, index=raw.index, dtype=object))
    keep = students["school_id"].str.fullmatch(r"\d{7}").fillna(False).astype(bool)
    result.unknown_codes(TABLE, "cod_mod7", raw[column["school_id"]], keep)
    attributes = {
        "region_code": (region_of(raw[column["codgeo"]]) if column["codgeo"] else None, "codgeo", None),
        "management": (raw[column["gestion"]], "gestion2", MANAGEMENT) if column["gestion"] else (None, "", None),
        "area": (raw[column["area"]], "area", AREA) if column["area"] else (None, "", None),
        "school_type": (raw[column["school_type"]], "caracteristica2", SCHOOL_TYPE) if column["school_type"]
        else (None, "", None),
    }
    lacking = []
    for name, (cells, label, mapping) in attributes.items():
        if cells is None:
            lacking.append(name)
            continue
        if mapping is None:
            values, known = cells, cells.isin(REGION_CODES)
        else:
            values = cells.astype("string").str.strip().str.lower().map(mapping)
            known = values.notna()
        result.unknown_codes(TABLE, label, cells[keep], known[keep])
        keep &= known
        students[name] = values
    if lacking:
        if padron is None:
            raise ImportFailed("needs_option", kind="ece", option="padron", why="lacks",
                               columns=", ".join(lacking))
        students = students.drop(columns=[c for c in lacking if c in students]).merge(
            padron[["school_id", "anexo", *lacking]], on=["school_id", "anexo"], how="left")
        found = students[lacking].notna().all(axis=1)
        absent = keep & ~found
        if absent.any():
            result.drop(TABLE, "not_in_padron", int(absent.sum()),
                        schools=students.loc[absent, ["school_id", "anexo"]].drop_duplicates().shape[0],
                        values=", ".join(students.loc[absent, "school_id"].unique()[:5]))
        keep &= found
    students = students[keep]
    frame = raw[keep]
    parts = [p for code, subject in SUBJECTS.items() if (p := _scores(frame, students, subject, code, path, result))
             is not None]
    pupils = pd.concat(parts, ignore_index=True)
    table = _aggregate(pupils)
    for sex, suffix in (("F", "_female"), ("M", "_male")):
        table = table.join(_aggregate(pupils[pupils["sex"] == sex], suffix))
    schools = students.drop_duplicates("school_id").set_index("school_id")
    table = table.reset_index().join(schools[["region_code", "area", "management", "school_type"]], on="school_id")
    return table.assign(year=year, grade=GRADE, language=None, poverty_quintile=float("nan"))


def import_files(paths: list[Path], year: int | None = None, padron: Path | None = None) -> ImportResult:
    if year is None:
        raise ImportFailed("needs_option", kind="ece", option="year", why="ece_no_year")
    result = ImportResult("ece", source="MINEDU-UMC, ECE student files: " + ", ".join(p.name for p in paths))
    register = padron_importer.read_register(padron, result, table="schools") if padron else None
    table = pd.concat([read_students(p, year, register, result) for p in paths], ignore_index=True)
    result.tables[TABLE] = table
    result.note(TABLE, "not_reported", columns="language, poverty_quintile")
    return result
