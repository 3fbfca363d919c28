"""World Bank / UIS downloads → `indicator_values`, and national `population`, `enrolment`, `teachers`.

Layouts read (all reduced to one long frame of code, year, value):
- bulk long CSV: `indicator_code, year, value` (+ optional `indicator_name`, a country
  column, and a `source` column naming each row's release);
- DDF datapoints (open-numbers): `geo|country, time, <series code in lowercase with _>`;
- WDI bulk wide: `Country Name, Country Code, Indicator Name, Indicator Code, 1960, …`;
- DataBank export: `Country Name, Country Code, Series Name, Series Code, 1990 [YR1990], …`,
  `..` for missing, UTF-8 BOM and footer lines `Data from database: …`, `Last Updated: …`.

The series → indicator mapping below is the one `scripts/build_real_dataset.py` uses
for the bundled `data/peru`, so an import of the same file gives the same tables.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from dashboard.importers.common import ImportFailed, ImportResult
from dashboard.vocabulary import SEXES

FIRST_YEAR = 1990  # the contract's first year
AGES = range(0, 26)  # the UN single-age series the World Bank publishes: ages 0-25
REPETITION_NOTE = "Published as repeaters in year t as % of enrolment in t, all grades."

# Published series -> (catalogue id, sex, note). Sex None = both sexes; ids ending in _gpi are parity indices.
EDSTATS_SERIES = {
    "SE.PRE.ENRR": ("ecd_ger", None, ""),
    "SE.PRE.ENRR.FE": ("ecd_ger", "F", ""),
    "SE.PRE.ENRR.MA": ("ecd_ger", "M", ""),
    "SE.PRM.GINT.ZS": ("apparent_intake_rate", None, ""),
    "SE.PRM.GINT.FE.ZS": ("apparent_intake_rate", "F", ""),
    "SE.PRM.GINT.MA.ZS": ("apparent_intake_rate", "M", ""),
    "SE.PRM.NINT.ZS": ("net_intake_rate", None, ""),
    "SE.PRM.NINT.FE.ZS": ("net_intake_rate", "F", ""),
    "SE.PRM.NINT.MA.ZS": ("net_intake_rate", "M", ""),
    "SE.PRM.ENRR": ("gross_enrolment_ratio", None, ""),
    "SE.PRM.ENRR.FE": ("gross_enrolment_ratio", "F", ""),
    "SE.PRM.ENRR.MA": ("gross_enrolment_ratio", "M", ""),
    "SE.ENR.PRIM.FM.ZS": ("gross_enrolment_ratio_gpi", None, ""),
    "SE.PRM.NENR": ("net_enrolment_ratio", None, ""),
    "SE.PRM.NENR.FE": ("net_enrolment_ratio", "F", ""),
    "SE.PRM.NENR.MA": ("net_enrolment_ratio", "M", ""),
    "UIS.NER.1.GPI": ("net_enrolment_ratio_gpi", None, ""),
    "SE.XPD.PRIM.PC.ZS": ("primary_current_expenditure_per_pupil_pct_gnp_per_capita", None,
                          "Published as total (not only current) government expenditure per primary pupil, as % of "
                          "GDP (not GNP) per capita."),
    "SE.XPD.PRIM.ZS": ("primary_share_of_education_expenditure", None, ""),
    "SE.PRM.TCAQ.ZS": ("certified_teachers_pct", None, "Published as the share of primary teachers who are trained."),
    "SE.PRM.ENRL.TC.ZS": ("pupil_teacher_ratio", None, "Headcount basis."),
    "SE.PRM.REPT.ZS": ("repetition_rate", None, REPETITION_NOTE),
    "SE.PRM.REPT.FE.ZS": ("repetition_rate", "F", REPETITION_NOTE),
    "SE.PRM.REPT.MA.ZS": ("repetition_rate", "M", REPETITION_NOTE),
    "SE.PRM.PRS5.ZS": ("survival_rate_grade5", None, ""),
    "SE.PRM.PRS5.FE.ZS": ("survival_rate_grade5", "F", ""),
    "SE.PRM.PRS5.MA.ZS": ("survival_rate_grade5", "M", ""),
    "UIS.SR.1.G5.GPI": ("survival_rate_grade5_gpi", None, ""),
    "SE.ADT.1524.LT.ZS": ("literacy_rate_15_24", None, ""),
    "SE.ADT.1524.LT.FE.ZS": ("literacy_rate_15_24", "F", ""),
    "SE.ADT.1524.LT.MA.ZS": ("literacy_rate_15_24", "M", ""),
    "SE.ADT.1524.LT.FM.ZS": ("literacy_rate_15_24_gpi", None, ""),
    "SE.ADT.LITR.ZS": ("adult_literacy_rate", None, ""),
    "SE.ADT.LITR.FE.ZS": ("adult_literacy_rate", "F", ""),
    "SE.ADT.LITR.MA.ZS": ("adult_literacy_rate", "M", ""),
}
UIS_2019_SERIES = {
    "UIS.GER_02": ("ecd_ger", None, ""),
    "UIS.GER_1": ("gross_enrolment_ratio", None, ""),
    "UIS.GER_1_F": ("gross_enrolment_ratio", "F", ""),
    "UIS.GER_1_M": ("gross_enrolment_ratio", "M", ""),
    "UIS.GER_1_GPI": ("gross_enrolment_ratio_gpi", None, ""),
    "UIS.NER_1_CP": ("net_enrolment_ratio", None, ""),
    "UIS.PTRHC_1": ("pupil_teacher_ratio", None, "Headcount basis."),
    "UIS.REPP_1": ("repetition_rate", None, REPETITION_NOTE),
    "UIS.SR_1_G5_CP": ("survival_rate_grade5", None, ""),
    "UIS.LR_AG15T24": ("literacy_rate_15_24", None, ""),
    "UIS.LR_AG15T99": ("adult_literacy_rate", None, ""),
    "UIS.LR_AG15T99_F": ("adult_literacy_rate", "F", ""),
    "UIS.LR_AG15T99_M": ("adult_literacy_rate", "M", ""),
}
UIS_2024_SERIES = {
    "UIS.LR_AG15T24": ("literacy_rate_15_24", None, ""),
    "UIS.LR_AG15T24_F": ("literacy_rate_15_24", "F", ""),
    "UIS.LR_AG15T24_M": ("literacy_rate_15_24", "M", ""),
    "UIS.LR_AG15T99": ("adult_literacy_rate", None, ""),
    "UIS.LR_AG15T99_F": ("adult_literacy_rate", "F", ""),
    "UIS.LR_AG15T99_M": ("adult_literacy_rate", "M", ""),
}
# Every series an import recognises (the releases agree wherever their codes overlap).
PUBLISHED_SERIES = {**EDSTATS_SERIES, **UIS_2019_SERIES, **UIS_2024_SERIES}
ENROLMENT_SERIES = {"preschool": "SE.PRE.ENRL", "primary": "SE.PRM.ENRL"}
TEACHER_SERIES = "SE.PRM.TCHR"
POPULATION_SERIES = re.compile(r"^SP\.POP\.AG(\d{2})\.(FE|MA)\.UN$")
COUNT_SERIES = {*ENROLMENT_SERIES.values(), TEACHER_SERIES}
VALUE_COLUMNS = ["indicator_id", "year", "value", "source", "region_code", "area", "sex", "management", "grade",
                 "subject", "note"]
COUNTRY_COLUMNS = ("country code", "country_code", "countrycode", "iso3", "geo", "country")
_YEAR_COLUMN = re.compile(r"^(\d{4})(?: \[yr\d{4}\])?$", re.IGNORECASE)


# ---------------------------------------------------------------- series to tables (shared with the build script)


def series(frame: pd.DataFrame, code: str) -> pd.Series:
    rows = frame[frame["indicator_code"] == code]
    return rows.set_index("year")["value"].sort_index()


def population_table(wb: pd.DataFrame) -> pd.DataFrame:
    """National population by sex and single age 0-25 (UN WPP via the World Bank).

    Every cell of a year is written: one that is not published, or published as 0
    (the World Bank file has no girls in 2014: 0 in its bulk download), is left empty ("not reported"),
    so no sum ever reads it as 0 people. A year with no cell at all (2016) is left out.
    """
    published = {}
    for age in AGES:
        for sex, code in (("F", "FE"), ("M", "MA")):
            for year, value in series(wb, f"SP.POP.AG{age:02d}.{code}.UN").items():
                published[(int(year), sex, age)] = None if value == 0 else round(value)
    years = sorted({year for (year, _, _), value in published.items() if value is not None})
    rows = [{"year": year, "sex": sex, "age": age, "population": published.get((year, sex, age))}
            for year in years for sex in SEXES for age in AGES]
    return pd.DataFrame(rows, columns=["year", "sex", "age", "population"]).astype({"population": "Int64"})


def enrolment_table(wb: pd.DataFrame) -> pd.DataFrame:
    """National enrolment in pre-primary and primary, both sexes (the by-sex series have gaps)."""
    parts = [series(wb, code).rename("enrolled").reset_index().assign(level=level)
             for level, code in ENROLMENT_SERIES.items()]
    frame = pd.concat(parts).astype({"enrolled": "int64"})
    return frame[["year", "level", "enrolled"]].sort_values(["year", "level"]).reset_index(drop=True)


def teachers_table(wb: pd.DataFrame) -> pd.DataFrame:
    """National primary teachers, both sexes (headcount)."""
    frame = series(wb, TEACHER_SERIES).rename("teachers").reset_index().assign(level="primary")
    return frame[["year", "level", "teachers"]].astype({"teachers": "int64"}).reset_index(drop=True)


def published_rows(frame: pd.DataFrame, mapping: dict, source: str | None = None) -> pd.DataFrame:
    """One `indicator_values` row per published figure of a mapped series; `source` or the row's own release."""
    rows = []
    for code, (indicator, sex, note) in mapping.items():
        selected = frame[(frame["indicator_code"] == code) & (frame["year"] >= FIRST_YEAR)].sort_values("year")
        for row in selected.itertuples():
            rows.append({"indicator_id": indicator, "year": int(row.year), "value": float(row.value),
                         "source": source if source is not None else row.source, "sex": sex,
                         "note": f"{code}. {note}".strip()})
    return pd.DataFrame(rows, columns=["indicator_id", "year", "value", "source", "sex", "note"])


# ---------------------------------------------------------------- reading the layouts


def _wide_to_long(frame: pd.DataFrame, code_column: str) -> pd.DataFrame:
    years = {c: int(_YEAR_COLUMN.match(c).group(1)) for c in frame.columns if _YEAR_COLUMN.match(c)}
    country = next((c for c in COUNTRY_COLUMNS if c in frame.columns), None)
    keep = [code_column] + ([country] if country else [])
    long = frame.melt(id_vars=keep, value_vars=list(years), var_name="year", value_name="value")
    long["year"] = long["year"].map(years)
    return long.rename(columns={code_column: "indicator_code", **({country: "country"} if country else {})})


def _databank(text: str) -> tuple[pd.DataFrame, str | None]:
    """A DataBank export: the table stops at the first blank line; the footer names the database and its date."""
    rows = list(csv.reader(io.StringIO(text)))
    header = [c.strip().lower() for c in rows[0]]
    body, footer = [], {}
    for row in rows[1:]:
        if not any(cell.strip() for cell in row):
            break
        body.append(row[:len(header)])
    for row in rows[len(body) + 1:]:
        if row and ":" in row[0]:
            key, _, value = row[0].partition(":")
            footer[key.strip().lower()] = value.strip()
    release = None
    if "data from database" in footer:
        release = footer["data from database"]
        if "last updated" in footer:
            release += f", last updated {footer['last updated']}"
    return pd.DataFrame(body, columns=header, dtype=str), release


def read_long(path: Path) -> tuple[pd.DataFrame, str | None]:
    """Any accepted layout → (long frame with indicator_code, year, value[, country][, source], release name)."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFailed("unreadable", file=path.name, detail=str(exc)[:200]) from exc
    if not text.strip():
        raise ImportFailed("unreadable", file=path.name, detail="empty file")
    header = [c.strip().lower() for c in next(csv.reader([text.splitlines()[0]]))]
    release = None
    if {"series code", "country code"} <= set(header) or "series" in header:
        frame, release = _databank(text)
        code_column = "series code" if "series code" in frame.columns else "series"
        frame = _wide_to_long(frame, code_column)
    else:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
        frame.columns = [c.strip().lower() for c in frame.columns]
        if {"indicator_code", "year", "value"} <= set(frame.columns):
            frame = frame.rename(columns={c: "country" for c in COUNTRY_COLUMNS if c in frame.columns})
        elif "indicator code" in frame.columns:
            frame = _wide_to_long(frame, "indicator code")
        elif "time" in frame.columns and len(frame.columns) == 3 and {"geo", "country"} & set(frame.columns):
            value = next(c for c in frame.columns if c not in ("time", "geo", "country"))
            geo = "geo" if "geo" in frame.columns else "country"
            frame = pd.DataFrame({"indicator_code": value.upper().replace("_", "."), "year": frame["time"],
                                  "value": frame[value], "country": frame[geo]})
        else:
            raise ImportFailed("wrong_kind", file=path.name, kind="worldbank",
                               expected="indicator_code, year, value | Country Code, Series Code, 1990 [YR1990]…",
                               found=", ".join(header[:15]))
    return frame, release


# ---------------------------------------------------------------- the importer


def import_files(paths: list[Path], country: str = "PER", source: str | None = None) -> ImportResult:
    result = ImportResult("worldbank")
    parts = []
    releases = []
    for path in paths:
        frame, release = read_long(path)
        release = source or release or f"World Bank / UIS: {path.name}"
        releases.append(release)
        if "country" in frame.columns:
            mine = frame["country"].str.strip().str.upper() == country.upper()
            if not mine.any():
                raise ImportFailed("no_country", file=path.name, country=country,
                                   found=", ".join(sorted(frame["country"].dropna().unique())[:10]))
            result.drop("indicator_values", "other_country", int((~mine).sum()))
            frame = frame[mine]
        else:
            result.note("indicator_values", "single_country", country=country)
        if "source" not in frame.columns or source:
            frame = frame.assign(source=release)
        parts.append(frame[["indicator_code", "year", "value", "source"]])
    long = pd.concat(parts, ignore_index=True)
    long["indicator_code"] = long["indicator_code"].str.strip()
    long["year"] = pd.to_numeric(long["year"], errors="coerce")
    value_text = long["value"].astype("string").str.strip()
    missing = value_text.isna() | value_text.isin(["", ".."])
    long["value"] = pd.to_numeric(value_text.where(~missing), errors="coerce")
    result.drop("indicator_values", "missing_value", int(missing.sum()))
    bad = ~missing & long["value"].isna()
    if bad.any():
        result.drop("indicator_values", "not_a_number", int(bad.sum()), column="value",
                    values=", ".join(value_text[bad].unique()[:5]))
    long = long[long["value"].notna() & long["year"].notna()]
    long["year"] = long["year"].astype(int)
    early = long["year"] < FIRST_YEAR
    result.drop("indicator_values", "before_1990", int(early.sum()))
    long = long[~early]

    known = set(PUBLISHED_SERIES) | COUNT_SERIES
    is_population = long["indicator_code"].str.match(POPULATION_SERIES.pattern)
    result.skipped_series = sorted(set(long.loc[~long["indicator_code"].isin(known) & ~is_population,
                                                "indicator_code"]))
    values = published_rows(long, PUBLISHED_SERIES)
    if len(values):
        result.tables["indicator_values"] = values.reindex(columns=VALUE_COLUMNS)
    if is_population.any():
        zeros = int(((long["value"] == 0) & is_population).sum())
        result.drop("population", "zero_population", zeros)
        result.tables["population"] = population_table(long)
    if long["indicator_code"].isin(ENROLMENT_SERIES.values()).any():
        result.tables["enrolment"] = enrolment_table(long)
    if (long["indicator_code"] == TEACHER_SERIES).any():
        result.tables["teachers"] = teachers_table(long)
    result.source = "; ".join(dict.fromkeys(releases))
    return result
