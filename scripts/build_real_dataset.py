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
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.importers.worldbank import (  # noqa: E402  (needs the sys.path line above)
    EDSTATS_SERIES,
    FIRST_YEAR,
    UIS_2019_SERIES,
    UIS_2024_SERIES,
    VALUE_COLUMNS,
    enrolment_table,
    population_table,
    published_rows,
    teachers_table,
)

SOURCES = ROOT / "data" / "sources"
REFERENCE = ROOT / "data" / "reference"

WB_2019 = "World Bank EdStats, 2019 release"
UIS_2019 = "UIS Education dataset, February 2019 release"
UIS_2024 = "UIS SDG 4 data, 2024 release"
ECE = "MINEDU-UMC, ECE results as reported by the press"

RELEASE_MARKERS = {UIS_2019: "UIS Education dataset, Feb 2019", UIS_2024: "UIS SDG4 data (2024 release)"}

# ECE strata as printed -> the contract's split column and code.
ECE_STRATA = {
    "Nacional": {}, "Urbano": {"area": "urban"}, "Rural": {"area": "rural"},
    "Estatal": {"management": "public"}, "No estatal": {"management": "private"},
    "Tacna": {"region_code": "23"}, "Moquegua": {"region_code": "18"}, "Ayacucho": {"region_code": "05"},
}
ECE_SUBJECTS = {"lectura": "reading", "matematica": "math"}


def edstats(sources: Path) -> pd.DataFrame:
    frame = pd.read_csv(sources / "worldbank" / "peru_edstats_2019.csv")
    return frame[frame["year"] >= FIRST_YEAR]


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
