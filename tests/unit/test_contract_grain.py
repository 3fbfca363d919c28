"""Coarser grains: absent disaggregation columns mean "all of them"; one grain per table; published figures."""
from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.contract import DataValidationError, load_directory, table_grain

NATIONAL_POPULATION = "year,sex,age,population\n2000,F,6,300\n2000,M,6,310\n2001,F,6,305\n2001,M,6,312\n"
NATIONAL_ENROLMENT = "year,sex,level,enrolled\n2000,F,primary,290\n2000,M,primary,300\n2001,F,primary,291\n"


def write(directory: Path, **tables: str) -> Path:
    for name, text in tables.items():
        (directory / f"{name}.csv").write_text(text, encoding="utf-8")
    return directory


def problems(directory: Path) -> list:
    with pytest.raises(DataValidationError) as caught:
        load_directory(directory)
    return [issue for issue in caught.value.issues if not issue.warning]


def test_national_population_and_enrolment_alone_validate(tmp_path, capsys):
    data = load_directory(write(tmp_path, population=NATIONAL_POPULATION, enrolment=NATIONAL_ENROLMENT))
    assert set(data.tables) == {"population", "enrolment"}
    assert "region_code" not in data.table("population")
    assert table_grain("population", data.table("population"), "es") == "nacional × sexo × edad simple, 2000–2001"
    assert table_grain("enrolment", data.table("enrolment"), "en") == "national × sex × level, 2000–2001"
    assert main(["validate", str(tmp_path), "--lang", "es"]) == 0
    assert "(nacional × sexo × edad simple, 2000–2001)" in capsys.readouterr().out


def test_a_column_empty_on_every_row_is_an_absent_column(tmp_path):
    text = "year,region_code,sex,age,population\n2000,,F,6,300\n2000,,M,6,310\n"
    data = load_directory(write(tmp_path, population=text))
    assert list(data.table("population").columns) == ["year", "sex", "age", "population"]


def test_national_rows_mixed_with_regional_rows_are_refused(tmp_path):
    text = "year,region_code,sex,age,population\n2000,01,F,6,300\n2000,,F,6,9000\n2000,02,F,6,310\n"
    (issue,) = problems(write(tmp_path, population=text))
    assert (issue.rule, issue.file, issue.column, issue.rows) == ("mixed_grain", "population.csv", "region_code", (3,))
    assert "nacionales mezcladas con regionales" in issue.message("es") and "región" in issue.message("es")
    assert "national rows mixed with regional ones" in issue.message("en")


def test_a_total_row_is_refused_with_its_row_and_value(tmp_path):
    text = "year,sex,level,enrolled\n2000,F,primary,290\n2000,M,primary,300\n2000,Total,primary,590\n"
    (issue,) = problems(write(tmp_path, enrolment=text))
    assert (issue.rule, issue.column, issue.rows, issue.values) == ("mixed_grain", "sex", (4,), ("Total",))
    assert "sexo" in issue.message("es") and "sex" in issue.message("en")


def test_enrolment_without_age_but_with_an_age_gap_is_refused(tmp_path):
    text = "year,sex,level,age,enrolled\n2000,F,primary,6,290\n2000,F,primary,,300\n"
    (issue,) = problems(write(tmp_path, enrolment=text))
    assert (issue.rule, issue.column, issue.rows) == ("mixed_grain", "age", (3,))


INDICATOR_VALUES = (
    "indicator_id,year,value,source,sex,note\n"
    "gross_enrolment_ratio,2015,101.5,\"UIS, SDG 4 2024\",,\n"
    "gross_enrolment_ratio,2015,101.2,\"UIS, SDG 4 2024\",F,\n"
    "gross_enrolment_ratio_gpi,2015,0.99,\"UIS, SDG 4 2024\",,\n"
)


def test_published_figures_load_at_mixed_grains(tmp_path):
    data = load_directory(write(tmp_path, indicator_values=INDICATOR_VALUES))
    frame = data.table("indicator_values")
    assert frame["sex"].isna().tolist() == [True, False, True]
    assert frame["value"].tolist() == [101.5, 101.2, 0.99]


def test_unknown_indicator_ids_are_refused(tmp_path):
    text = INDICATOR_VALUES + "gross_enrollment,2015,100,WB,,\n"
    (issue,) = problems(write(tmp_path, indicator_values=text))
    assert (issue.rule, issue.column, issue.rows, issue.values) == (
        "unknown_indicator_id", "indicator_id", (5,), ("gross_enrollment",))
    assert "catálogo" in issue.message("es") and "catalogue" in issue.message("en")
