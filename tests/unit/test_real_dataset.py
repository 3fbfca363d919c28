"""The bundled real dataset (data/peru) against the figures its publishers print, read from the raw files."""
from __future__ import annotations

import filecmp
import importlib.util
import io
from pathlib import Path

import pandas as pd
import pytest

from dashboard.cli import main
from dashboard.contract import load_directory, table_grain

ROOT = Path(__file__).resolve().parents[2]
PERU = ROOT / "data" / "peru"
EDSTATS = ROOT / "data" / "sources" / "worldbank" / "peru_edstats_2019.csv"


@pytest.fixture(scope="module")
def edstats() -> pd.DataFrame:
    return pd.read_csv(EDSTATS)


def published(edstats: pd.DataFrame, code: str) -> pd.Series:
    return edstats[edstats["indicator_code"] == code].set_index("year")["value"]


def cli_csv(capsys, *argv: str) -> pd.DataFrame:
    assert main(["indicators", str(PERU), *argv, "--format", "csv"]) == 0
    return pd.read_csv(io.StringIO(capsys.readouterr().out))


def test_the_real_dataset_validates_at_national_grain():
    data = load_directory(PERU)
    assert not data.is_demo
    assert set(data.tables) == {"population", "enrolment", "teachers", "indicator_values", "program_national",
                                "results_framework"}
    assert table_grain("population", data.table("population"), "es") == "nacional × sexo × edad simple, 1990–2015"
    assert table_grain("enrolment", data.table("enrolment"), "en") == "national × level, 1990–2015"


def test_missing_population_is_empty_never_zero():
    population = load_directory(PERU).table("population")
    assert not (population["population"] == 0).any()
    girls_2014 = population[(population["year"] == 2014) & (population["sex"] == "F")]
    assert len(girls_2014) == 26 and girls_2014["population"].isna().all()  # not published: empty, not 0
    assert 2016 not in set(population["year"])


def test_pupil_teacher_ratio_is_computed_and_matches_the_world_bank(capsys, edstats):
    table = cli_csv(capsys, "--indicator", "pupil_teacher_ratio", "--by", "year")
    computed = table[table["origin"] == "computed"]
    assert list(computed["year"]) == list(range(1990, 2016))  # every year the counts cover
    assert set(table.loc[table["year"] > 2015, "origin"]) == {"published"}  # UIS's later years
    reference = published(edstats, "SE.PRM.ENRL.TC.ZS")
    both = computed.set_index("year")["value"].to_frame().join(reference.rename("wb"), how="inner")
    assert len(both) == 26  # 1990-2015
    assert (both["value"] - both["wb"]).abs().max() < 0.01


def test_gross_enrolment_ratio_rows_carry_computed_published_and_difference(capsys, edstats):
    table = cli_csv(capsys, "--indicator", "gross_enrolment_ratio", "--by", "year").set_index("year")
    computed = table[table["origin"] == "computed"]
    # 1990-2015 from the counts, except 2014: the UN series has no girls by age that year
    assert list(computed.index) == [year for year in range(1990, 2016) if year != 2014]
    # 1990 by hand from the published counts: 3,855,282 pupils / 3,242,028 children aged 6-11
    assert computed.loc[1990, "value"] == pytest.approx(3_855_282 / 3_242_028 * 100)
    ger = published(edstats, "SE.PRM.ENRR")
    assert computed["published"].to_numpy() == pytest.approx(ger.loc[computed.index].to_numpy())
    assert computed["difference"].to_numpy() == pytest.approx((computed["value"] - computed["published"]).to_numpy())
    assert table.loc[2014, "origin"] == "published" and table.loc[2014, "value"] == pytest.approx(ger[2014])
    assert table.loc[2018, "published_source"] == "UIS Education dataset, February 2019 release"


def test_net_enrolment_is_published_only_with_the_reason_computing_it_is_impossible(capsys, edstats):
    table = cli_csv(capsys, "--indicator", "net_enrolment_ratio", "--by", "year").set_index("year")
    assert set(table["origin"]) == {"published"}
    assert table.loc[2010, "value"] == pytest.approx(published(edstats, "SE.PRM.NENR")[2010])


def test_ece_results_keep_their_url():
    values = load_directory(PERU).table("indicator_values")
    ece = values[(values["indicator_id"] == "pct_mastering_competencies") & values["region_code"].isna()
                 & values["area"].isna() & values["management"].isna()]
    reading = ece[ece["subject"] == "reading"].set_index("year")["value"]
    assert reading.to_dict() == {2007: 15.9, 2011: 29.8, 2013: 33.0, 2014: 43.5, 2015: 49.8, 2016: 46.4}
    assert ece["note"].str.startswith("http").all()


def test_the_committed_dataset_is_what_the_build_script_makes(tmp_path):
    spec = importlib.util.spec_from_file_location("build_real_dataset", ROOT / "scripts" / "build_real_dataset.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(tmp_path / "peru")
    names = sorted(path.name for path in PERU.iterdir() if path.suffix in (".csv", ".json"))
    assert names == sorted(path.name for path in (tmp_path / "peru").iterdir())
    _, mismatch, errors = filecmp.cmpfiles(PERU, tmp_path / "peru", names, shallow=False)
    assert (mismatch, errors) == ([], [])
