"""The data contract: a valid directory loads; each kind of bad input is refused with its own clear message."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from dashboard.cli import main
from dashboard.contract import DataValidationError, load_directory

POPULATION = """year,region_code,area,sex,age,population
2010,01,urban,F,6,100
2010,01,urban,M,6,110
2010,15,rural,F,6,50
"""
ENROLMENT = (
    "year,region_code,area,sex,management,level,grade,age,enrolled,repeaters,new_entrants,new_entrants_ecd,graduates\n"
    "2010,01,urban,F,public,primary,1,6,90,5,85,60,0\n"
    "2010,01,urban,F,public,primary,6,11,70,2,0,0,65\n"
    "2010,15,rural,M,private,preschool,0,4,30,0,0,0,0\n"
)
COACHING = """school_id,year,coached
0012345,2011,true
0012345,2012,1
0999999,2011,false
"""


def write_dir(tmp_path: Path, **tables: str) -> Path:
    for name, text in tables.items():
        (tmp_path / f"{name}.csv").write_text(text, encoding="utf-8")
    return tmp_path


def rules(error: DataValidationError) -> set[str]:
    return {issue.rule for issue in error.issues if not issue.warning}


def test_valid_directory_loads_with_codes_as_strings(tmp_path):
    data = load_directory(write_dir(tmp_path, population=POPULATION, enrolment=ENROLMENT, coaching=COACHING))
    assert set(data.tables) == {"population", "enrolment", "coaching"}
    assert list(data.table("population")["region_code"]) == ["01", "01", "15"]
    assert list(data.table("coaching")["school_id"]) == ["0012345", "0012345", "0999999"]
    assert list(data.table("coaching")["coached"]) == [True, True, False]
    assert data.table("enrolment")["enrolled"].sum() == 190
    summary = {line["table"]: line for line in data.summary()}
    assert summary["population"] == {"table": "population", "rows": 3, "first_year": 2010, "last_year": 2010,
                                     "regions": 2}
    assert not data.is_demo


def test_parquet_reads_like_csv_and_numeric_codes_are_refused(tmp_path):
    frame = pd.read_csv(pd.io.common.StringIO(POPULATION), dtype={"region_code": str})
    frame.to_parquet(tmp_path / "population.parquet", index=False)
    assert list(load_directory(tmp_path).table("population")["region_code"]) == ["01", "01", "15"]
    frame.assign(region_code=frame["region_code"].astype(int)).to_parquet(tmp_path / "population.parquet")
    with pytest.raises(DataValidationError) as caught:
        load_directory(tmp_path)
    assert rules(caught.value) == {"region_format"}


@pytest.mark.parametrize(
    ("text", "rule", "words"),
    [
        ("", "file_empty", "is empty"),
        (POPULATION.replace(",", ";"), "wrong_delimiter", "';'"),
        (POPULATION + "2010,01,urban,F,6,100\n", "duplicate_key", "repeat the key"),
        (POPULATION.replace("2010,15,rural,F,6,50", "2010,15,rural,F,6,-50"), "negative", "negative"),
        (POPULATION.replace("2010,15,rural", "2010,1,rural"), "region_format", "'01', not '1'"),
        (POPULATION.replace("2010,15,rural", "2010,26,rural"), "region_unknown", "outside 01–25"),
        (POPULATION.replace(",F,6,100", ",Female,6,100"), "not_allowed", "allowed: F, M"),
        (POPULATION.replace(",urban,F,6,100", ",Urban,F,6,100"), "not_allowed", "'Urban' → 'urban'"),
        (POPULATION.replace("6,100", "six,100"), "not_number", "not numbers"),
        (POPULATION.replace("age,population", "age"), "ragged_row", "expected 5 fields"),
        (POPULATION.replace(",population", ",people"), "missing_columns", "population"),
    ],
)
def test_each_bad_population_file_gets_its_own_message(tmp_path, text, rule, words):
    with pytest.raises(DataValidationError) as caught:
        load_directory(write_dir(tmp_path, population=text))
    assert rule in rules(caught.value)
    message = caught.value.report("en")
    assert "population.csv" in message
    assert words in message


def test_rows_are_named_by_their_line_in_the_file(tmp_path):
    bad = POPULATION.replace("2010,15,rural,F,6,50", "2010,15,rural,F,6,-50")
    with pytest.raises(DataValidationError) as caught:
        load_directory(write_dir(tmp_path, population=bad))
    (issue,) = caught.value.issues
    assert (issue.file, issue.column, issue.rows) == ("population.csv", "population", (4,))  # header is line 1


def test_repeaters_above_enrolled_is_refused(tmp_path):
    bad = ENROLMENT.replace("90,5,85,60,0", "90,95,85,60,0")
    with pytest.raises(DataValidationError) as caught:
        load_directory(write_dir(tmp_path, enrolment=bad))
    (issue,) = caught.value.issues
    assert issue.rule == "not_above" and issue.column == "repeaters" and issue.rows == (2,)
    assert "repeaters is greater than enrolled" in issue.message("en")
    assert "95 > 90" in issue.message("en")


def test_non_utf8_file_names_the_line(tmp_path):
    (tmp_path / "population.csv").write_bytes(POPULATION.replace("urban", "urbána", 1).encode("latin-1"))
    with pytest.raises(DataValidationError) as caught:
        load_directory(tmp_path)
    (issue,) = caught.value.issues
    assert issue.rule == "not_utf8" and "line 2" in issue.message("en") and "0xe1" in issue.message("en")


def test_missing_directory_and_messages_in_spanish(tmp_path):
    with pytest.raises(DataValidationError) as caught:
        load_directory(tmp_path / "nowhere")
    assert rules(caught.value) == {"dir_missing"}
    assert "no existe" in caught.value.report("es")


def test_one_bad_table_means_nothing_is_loaded(tmp_path):
    bad_coaching = COACHING.replace("0012345,2011", "12345,2011")
    with pytest.raises(DataValidationError) as caught:
        load_directory(write_dir(tmp_path, population=POPULATION, coaching=bad_coaching))
    assert rules(caught.value) == {"school_id_format"}


def test_unknown_files_are_warnings_not_errors(tmp_path):
    write_dir(tmp_path, population=POPULATION)
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    data = load_directory(tmp_path)
    assert [w.rule for w in data.warnings] == ["unknown_file"]


def test_metadata_marks_synthetic_data(tmp_path):
    write_dir(tmp_path, population=POPULATION)
    (tmp_path / "dataset.json").write_text(json.dumps({"synthetic": True}), encoding="utf-8")
    assert load_directory(tmp_path).is_demo


def test_validate_command_exit_codes(tmp_path, capsys):
    good = write_dir(tmp_path, population=POPULATION)
    assert main(["validate", str(good)]) == 0
    out = capsys.readouterr().out
    assert "population" in out and "3 rows  2010, 2 regions" in out
    (good / "population.csv").write_text(POPULATION.replace("2010,15", "2010,1"), encoding="utf-8")
    assert main(["validate", str(good)]) == 1
    assert "region code" in capsys.readouterr().err
