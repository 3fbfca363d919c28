"""World Bank / UIS: long bulk rows and the DataBank wide export, checked against the published values."""
import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard.cli import main
from dashboard.contract import load_directory
from dashboard.importers import run_import
from dashboard.importers.common import ImportFailed

ROOT = Path(__file__).resolve().parents[3]


def test_long_rows_become_published_values_and_national_counts(fixtures):
    result = run_import("worldbank", [fixtures / "worldbank_edstats_2019_rows.csv"])
    values = result.tables["indicator_values"]
    ger = values[(values["indicator_id"] == "gross_enrolment_ratio") & values["sex"].isna()]
    assert ger.set_index("year")["value"].to_dict() == {1990: 117.770606994629, 1991: 117.224731445313}
    girls = values[values["sex"] == "F"]
    assert girls[["year", "value"]].values.tolist() == [[1991, 115.549980163574]]
    enrolment = result.tables["enrolment"]
    assert enrolment[enrolment["level"] == "primary"].set_index("year")["enrolled"].to_dict() == {
        1990: 3855282, 1991: 3857465}
    assert result.tables["teachers"].set_index("year")["teachers"].to_dict() == {1990: 132556, 1991: 134687}
    population = result.tables["population"].set_index(["year", "sex", "age"])["population"]
    assert population[(1990, "F", 6)] == 271634 and population[(1991, "M", 6)] == 282510
    assert pd.isna(population[(1990, "F", 7)])  # not in the file: not reported, never 0
    # 1989 rows of 6 series are left out by name; secondary enrolment is listed as skipped
    reasons = {d.reason: d.count for d in result.dropped}
    assert reasons["before_1990"] == 4
    assert result.skipped_series == ["SE.SEC.ENRL"]


def test_databank_wide_export_with_bom_dots_and_footer(fixtures):
    result = run_import("worldbank", [fixtures / "worldbank_databank_wide.csv"])
    values = result.tables["indicator_values"]
    assert set(values["source"]) == {"Education Statistics - All Indicators, last updated 03/01/2019"}
    ger = values[(values["indicator_id"] == "gross_enrolment_ratio") & values["sex"].isna()]
    assert ger.set_index("year")["value"].to_dict() == {1990: 117.770606994629, 1991: 117.224731445313}
    assert values[values["sex"] == "F"]["value"].tolist() == [115.549980163574]
    reasons = {d.reason: d.count for d in result.dropped}
    assert reasons["other_country"] == 3  # Chile's row, three years
    assert reasons["missing_value"] == 2  # '..' for girls in 1989 and 1990
    assert result.tables["enrolment"]["enrolled"].tolist() == [3855282, 3857465]


def test_country_absent_is_said(fixtures):
    with pytest.raises(ImportFailed) as error:
        run_import("worldbank", [fixtures / "worldbank_databank_wide.csv"], country="BOL")
    assert "BOL" in error.value.message("es") and "CHL" in error.value.message("es")


def test_import_of_the_bundled_file_gives_the_tables_of_data_peru(tmp_path, capsys):
    out = tmp_path / "wb"
    source = ROOT / "data" / "sources" / "worldbank" / "peru_edstats_2019.csv"
    assert main(["import", "worldbank", str(source), "--out", str(out)]) == 0
    assert main(["validate", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "population: 1,352 rows; national × sex × single age, 1990–2015" in printed
    imported, bundled = load_directory(out), load_directory(ROOT / "data" / "peru")
    for name in ("population", "enrolment", "teachers"):
        pd.testing.assert_frame_equal(imported.table(name), bundled.table(name))


def test_reimport_replaces_rows_and_keeps_other_tables(tmp_path, fixtures):
    out = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "peru", out)
    before = (out / "program_national.csv").read_bytes()
    assert main(["import", "worldbank", str(fixtures / "worldbank_edstats_2019_rows.csv"), "--out", str(out)]) == 0
    dataset = load_directory(out)
    assert (out / "program_national.csv").read_bytes() == before
    # the 1990 primary enrolment is the same figure: replaced, not doubled
    enrolment = dataset.table("enrolment")
    assert len(enrolment[(enrolment["year"] == 1990) & (enrolment["level"] == "primary")]) == 1
    assert len(enrolment) == len(load_directory(ROOT / "data" / "peru").table("enrolment"))
