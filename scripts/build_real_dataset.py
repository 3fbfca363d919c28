"""Build `data/peru/`, the bundled real dataset, from the raw published files in `data/sources/`.

Run `python scripts/build_real_dataset.py` (default paths) to rebuild it; the output
is deterministic, so a rebuild that changes nothing shows no diff. What each table
holds, and from which series, is in `data/CONTRACT.md` and `data/SOURCES.md`; the
raw files and their provenance are described in `data/sources/README.md`.

Rules kept throughout: a published 0 that stands for "missing" (the UN single-age
population of girls in 2014) is written empty, never as 0 people; nothing is
interpolated or estimated; every published figure keeps its publisher and release.
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "sources"
REFERENCE = ROOT / "data" / "reference"
FIRST_YEAR = 1990  # the contract's first year
AGES = range(0, 26)  # the UN single-age series the World Bank publishes: ages 0-25

WB_2019 = "World Bank EdStats, 2019 release"
UIS_2019 = "UIS Education dataset, February 2019 release"
UIS_2024 = "UIS SDG 4 data, 2024 release"
ECE = "MINEDU-UMC, ECE results as reported by the press"

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
    "SE.PRM.REPT.ZS": ("repetition_rate", None, "Published as repeaters in year t as % of enrolment in t, all grades."),
    "SE.PRM.REPT.FE.ZS": ("repetition_rate", "F", "Published as repeaters in year t as % of enrolment in t, all "
                                                  "grades."),
    "SE.PRM.REPT.MA.ZS": ("repetition_rate", "M", "Published as repeaters in year t as % of enrolment in t, all "
                                                  "grades."),
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
    "UIS.REPP_1": ("repetition_rate", None, "Published as repeaters in year t as % of enrolment in t, all grades."),
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
RELEASE_MARKERS = {UIS_2019: "UIS Education dataset, Feb 2019", UIS_2024: "UIS SDG4 data (2024 release)"}

# ECE strata as printed -> the contract's split column and code.
ECE_STRATA = {
    "Nacional": {}, "Urbano": {"area": "urban"}, "Rural": {"area": "rural"},
    "Estatal": {"management": "public"}, "No estatal": {"management": "private"},
    "Tacna": {"region_code": "23"}, "Moquegua": {"region_code": "18"}, "Ayacucho": {"region_code": "05"},
}
ECE_SUBJECTS = {"lectura": "reading", "matematica": "math"}
VALUE_COLUMNS = ["indicator_id", "year", "value", "source", "region_code", "area", "sex", "management", "grade",
                 "subject", "note"]


def edstats(sources: Path) -> pd.DataFrame:
    frame = pd.read_csv(sources / "worldbank" / "peru_edstats_2019.csv")
    return frame[frame["year"] >= FIRST_YEAR]


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
            for year in years for sex in ("F", "M") for age in AGES]
    return pd.DataFrame(rows).astype({"population": "Int64"})


def enrolment_table(wb: pd.DataFrame) -> pd.DataFrame:
    """National enrolment in pre-primary and primary, both sexes (the by-sex series have gaps: see SOURCES)."""
    parts = [series(wb, code).rename("enrolled").reset_index().assign(level=level)
             for level, code in (("preschool", "SE.PRE.ENRL"), ("primary", "SE.PRM.ENRL"))]
    frame = pd.concat(parts).astype({"enrolled": "int64"})
    return frame[["year", "level", "enrolled"]].sort_values(["year", "level"]).reset_index(drop=True)


def teachers_table(wb: pd.DataFrame) -> pd.DataFrame:
    """National primary teachers, both sexes (headcount)."""
    frame = series(wb, "SE.PRM.TCHR").rename("teachers").reset_index().assign(level="primary")
    return frame[["year", "level", "teachers"]].astype({"teachers": "int64"}).reset_index(drop=True)


def published_rows(frame: pd.DataFrame, mapping: dict, source: str) -> pd.DataFrame:
    rows = []
    for code, (indicator, sex, note) in mapping.items():
        for year, value in series(frame, code).items():
            if year < FIRST_YEAR:
                continue
            rows.append({"indicator_id": indicator, "year": int(year), "value": float(value), "source": source,
                         "sex": sex, "note": f"{code}. {note}".strip()})
    return pd.DataFrame(rows)


def ece_rows(sources: Path) -> pd.DataFrame:
    """2nd-grade primary ECE results at the satisfactory level (indicator 15), with the URL that quotes them."""
    ece = pd.read_csv(sources / "ece" / "ece_published_results.csv", dtype=str)
    ece = ece[(ece["grade"] == "2P") & (ece["achievement_level"] == "Satisfactorio")]
    rows = []
    for row in ece.itertuples():
        rows.append({"indicator_id": "pct_mastering_competencies", "year": int(row.year), "value": float(row.percent),
                     "source": ECE, "grade": 2, "subject": ECE_SUBJECTS[row.subject], **ECE_STRATA[row.stratum],
                     "note": f"{row.source_url} «{row.quote_or_note}»"})
    return pd.DataFrame(rows)


def indicator_values_table(wb: pd.DataFrame, sources: Path) -> pd.DataFrame:
    """Every published series matching a catalogue indicator; the World Bank 2019 release is listed first."""
    later = pd.read_csv(sources / "worldbank" / "peru_uis_gapminder_vintages.csv")
    parts = [published_rows(wb, EDSTATS_SERIES, WB_2019)]
    for source, mapping in ((UIS_2019, UIS_2019_SERIES), (UIS_2024, UIS_2024_SERIES)):
        release = later[later["source"].str.startswith(RELEASE_MARKERS[source])]
        parts.append(published_rows(release, mapping, source))
    parts.append(ece_rows(sources))
    frame = pd.concat(parts, ignore_index=True).reindex(columns=VALUE_COLUMNS)
    frame["grade"] = frame["grade"].astype("Int64")
    return frame


def build(out: Path, sources: Path = SOURCES) -> dict[str, pd.DataFrame]:
    wb = edstats(sources)
    tables = {
        "population": population_table(wb),
        "enrolment": enrolment_table(wb),
        "teachers": teachers_table(wb),
        "indicator_values": indicator_values_table(wb, sources),
        "program_national": pd.read_csv(REFERENCE / "program_national.csv"),
        "results_framework": pd.read_csv(REFERENCE / "results_framework.csv", dtype=str),
    }
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, frame in tables.items():
        if name in ("program_national", "results_framework"):  # committed clean copies: copied byte for byte
            shutil.copyfile(REFERENCE / f"{name}.csv", out / f"{name}.csv")
        else:
            frame.to_csv(out / f"{name}.csv", index=False, lineterminator="\n", float_format=lambda v: f"{v:.10g}")
    metadata = {
        "synthetic": False,
        "description": "Peru's published national education figures: World Bank EdStats (2019 release, with the UN "
                       "population by single age), UNESCO Institute for Statistics (2019 and 2024 releases), ECE "
                       "results (MINEDU-UMC), the coaching strategy's history and the Basic Education Project's "
                       "results framework. Built by scripts/build_real_dataset.py; sources in data/SOURCES.md.",
        "tables": {
            "population": {"origin": "published", "source": "UN World Population Prospects via World Bank EdStats "
                                                             "2019 (SP.POP.AGnn)"},
            "enrolment": {"origin": "published", "source": f"{WB_2019} (SE.PRE.ENRL, SE.PRM.ENRL)"},
            "teachers": {"origin": "published", "source": f"{WB_2019} (SE.PRM.TCHR)"},
            "indicator_values": {"origin": "published", "source": f"{WB_2019}; {UIS_2019}; {UIS_2024}; {ECE}"},
            "program_national": {"origin": "published", "source": "Sempé, Appraisal of a Learning Coaching "
                                                                   "Strategy in Rural Areas of Peru, Table 1"},
            "results_framework": {"origin": "published", "source": "World Bank, Restructuring Paper RES13494 "
                                                                    "(2015), Annex 1"},
        },
    }
    (out / "dataset.json").write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return tables


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "peru")
    parser.add_argument("--sources", type=Path, default=SOURCES)
    args = parser.parse_args()
    tables = build(args.out, args.sources)
    for name, frame in tables.items():
        print(f"{name:<18} {len(frame):>6} rows")


if __name__ == "__main__":
    main()
