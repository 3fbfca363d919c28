"""`python -m dashboard indicators` and `cohort` on the tiny dataset written as CSV files."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from dashboard.cli import main


@pytest.fixture
def data_dir(tmp_path, tiny):
    for name, frame in tiny.items():
        frame.to_csv(tmp_path / f"{name}.csv", index=False)
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_names_every_indicator(capsys):
    code, out, _ = run(capsys, "indicators", "--list")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 19
    assert lines[4].split() == ["5", "gross_enrolment_ratio", "Tasa", "bruta", "de", "matrícula", "en", "primaria"]
    _, english, _ = run(capsys, "indicators", "--list", "--lang", "en")
    assert "Pupil-teacher ratio" in english


def test_csv_table(capsys, data_dir):
    code, out, _ = run(capsys, "indicators", str(data_dir), "--indicator", "gross_enrolment_ratio", "--by",
                       "year,sex", "--years", "2020")
    assert code == 0
    table = pd.read_csv(io.StringIO(out), keep_default_na=False)
    assert list(table.columns) == ["year", "sex", "indicator", "value", "numerator", "denominator", "flag"]
    girls = table[table["sex"] == "F"].iloc[0]
    # 3000 girls enrolled, 3060 girls aged 6-11 (see conftest.py)
    assert (girls["numerator"], girls["denominator"]) == (3000, 3060)
    assert girls["value"] == pytest.approx(3000 / 3060 * 100)


def test_json_gpi(capsys, data_dir):
    code, out, _ = run(capsys, "indicators", str(data_dir), "--indicator", "new_entrants_with_ecd_pct", "--gpi",
                       "--adjusted", "--format", "json", "--lang", "en")
    assert code == 0
    document = json.loads(out)
    assert document["name"].startswith("New entrants to primary grade 1")
    assert [row["year"] for row in document["rows"]] == [2020, 2021]
    assert document["rows"][0]["value"] == pytest.approx(2 - 50 / 55)  # girls 55 %, boys 50 %: 2 - 50/55


def test_plain_errors_exit_1(capsys, data_dir):
    code, out, err = run(capsys, "indicators", str(data_dir), "--indicator", "primary_current_expenditure_pct_gnp",
                         "--by", "year,region_code", "--lang", "en")
    assert (code, out) == (1, "")
    assert err.strip() == (
        "finance has no region_code: indicator 7a (primary_current_expenditure_pct_gnp) is national only."
    )
    code, _, err = run(capsys, "indicators", str(data_dir), "--indicator", "ger")
    assert code == 1 and "No existe el indicador «ger»" in err
    code, _, err = run(capsys, "indicators", str(data_dir), "--indicator", "ecd_ger", "--years", "90s")
    assert code == 1 and "90s" in err
    (data_dir / "population.csv").unlink()
    code, _, err = run(capsys, "indicators", str(data_dir), "--indicator", "ecd_ger", "--lang", "en")
    assert code == 1 and "needs the population table" in err
    assert "Traceback" not in err


def test_invalid_directory_prints_the_contract_report(capsys, data_dir):
    (data_dir / "finance.csv").write_text("year,gnp\nabc,1\n", encoding="utf-8")
    code, out, err = run(capsys, "indicators", str(data_dir), "--indicator", "ecd_ger", "--lang", "en")
    assert code == 1 and out == ""
    assert "finance" in err and "Traceback" not in err


def test_cohort_text_and_json(capsys, data_dir):
    code, out, _ = run(capsys, "cohort", str(data_dir), "--year", "2020", "--sex", "F", "--lang", "en")
    assert code == 0
    assert "Group: sex=F" in out
    # girls: 656.1 graduates, 5499 pupil-years, 656.1 x 6 / 5499 = 71.6 %
    assert "Graduates: 656.1" in out and "Pupil-years of the cohort: 5,499.0" in out
    assert "Coefficient of efficiency: 71.6 %" in out
    code, out, _ = run(capsys, "cohort", str(data_dir), "--year", "2020", "--cap", "0", "--format", "json")
    document = json.loads(out)
    # no repetition allowed: 1000 x 0.68 x 0.81 x 0.9 x 0.9 = 446.148 reach grade 5
    assert document["survival_rate_grade5"] == pytest.approx(44.6148)
    assert document["flow"][0] == {"cohort_year": 1, "grade": 1, "enrolled": 1000.0, "promoted": 680.0,
                                   "repeated": 0.0, "dropped_out": 320.0, "graduated": 0.0}
    code, _, err = run(capsys, "cohort", str(data_dir), "--year", "2021", "--lang", "en")
    assert code == 1 and "2021 and 2022" in err
