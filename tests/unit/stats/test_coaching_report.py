"""The result's JSON form, the verdict in words, the SPSS-like text report and the `coaching` command."""
from __future__ import annotations

import argparse
import json

import numpy as np
import pandas as pd
import pytest

from dashboard.stats.analysis import coaching_impact
from dashboard.stats.commands import register
from dashboard.stats.report import render_report
from dashboard.stats.verdict import render_verdict
from tests.unit.stats.conftest import correlated_pair, paper_frames

JSON_KEYS = ["universe", "descriptives", "anova", "simple_effects", "assumptions", "effect_sizes", "verdict"]


def test_to_dict_has_the_documented_keys_and_is_strict_json(reading_means):
    result = reading_means.to_dict()
    assert list(result) == JSON_KEYS
    text = json.dumps(result, allow_nan=False)
    assert "school_id" not in text and "0000001" not in text  # counts only: schools are never listed or ranked
    assert result["universe"]["coached"] == 303 and result["universe"]["comparison"] == 9573
    assert result["universe"]["exclusions"][0] == {"rule": "results_in_both_years", "removed": 0, "remaining": 9876}
    assert [r["source"] for r in result["anova"]["within_subjects"]] == ["time", "time_x_coached", "error_time"]
    assert [r["source"] for r in result["anova"]["between_subjects"]] == ["coached", "error"]
    assert set(result["simple_effects"]) == {"time_within_group", "group_at_year"}
    assert set(result["assumptions"]) == {"normality", "levene", "box_m", "hartley_fmax"}
    assert result["verdict"]["reasons"] == ["covariances_homogeneous", "interaction_significant",
                                            "groups_similar_at_baseline"]


def test_verdict_in_spanish_and_english(reading_means):
    spanish = render_verdict(reading_means.verdict)
    assert "+22,2 puntos" in spanish and "F(1, 9874) = 32,471, p < 0,001" in spanish
    assert "Δ de Glass = 0,34, efecto pequeño" in spanish and "(p = 0,534)" in spanish
    english = render_verdict(reading_means.verdict, "en")
    assert "coaching is associated with a difference of +22.2 points" in english
    assert "Glass's Δ = 0.34, a small effect" in english


def test_verdict_when_box_rejects_equal_covariances(math_proficiency):
    english = render_verdict(math_proficiency.verdict, "en")
    assert english.startswith("The time × coaching interaction cannot be interpreted: Box's test rejects equal "
                              "covariance matrices (p < 0.001).")
    assert "+5.0 percentage points (a statistically significant change)" in english
    assert "puntos porcentuales" in render_verdict(math_proficiency.verdict, "es")


def test_text_report_reads_like_the_paper_tables(reading_means):
    report = render_report(reading_means, "en")
    # Table 9 (390445.082, 175.507, .000, .017) as a published report rounds it: whole sums, F to 2, p below .001
    assert "Time                390,445      1      390,445  175.51  < 0.001         0.017" in report
    assert "Time × coached       72,237      1       72,237   32.47  < 0.001         0.003" in report
    assert "      Coached      491.7            62.2    303" in report  # Table 7: 491.711, 62.228, 303
    assert "0.200*" in report and "* This is a lower bound of the true significance." in report
    assert all(line == line.rstrip() for line in report.splitlines())
    spanish = render_report(reading_means, "es")
    assert "390\u202f445" in spanish and "175,51" in spanish and "< 0,001" in spanish


# ---------------------------------------------------------------- the command line


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """A small contract-valid directory: 40 + 12 schools in Ayacucho (05), 20 + 2 in Cusco (08)."""
    rng = np.random.default_rng(11)
    rows, roster = [], []
    for number, (region, coached) in enumerate([("05", False)] * 40 + [("05", True)] * 12 + [("08", False)] * 20
                                                 + [("08", True)] * 2, start=1):
        school, start = f"{number:07d}", rng.normal(480, 60)
        for year, score in ((2010, start), (2013, start + rng.normal(25 if coached else 10, 30))):
            rows.append({"year": year, "school_id": school, "region_code": region, "area": "rural",
                         "management": "public", "school_type": "multigrade", "language": "spanish",
                         "poverty_quintile": 2, "grade": 2, "subject": "reading", "students_assessed": 9.0,
                         "mean_score": round(score, 3), "pct_proficient": round(float(rng.uniform(0, 0.5)), 3)})
        roster += [(school, year, True) for year in (2011, 2012, 2013) if coached]
    directory = tmp_path_factory.mktemp("coaching_data")
    pd.DataFrame(rows).to_csv(directory / "assessment.csv", index=False)
    pd.DataFrame(roster, columns=["school_id", "year", "coached"]).to_csv(directory / "coaching.csv", index=False)
    return directory


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["coaching", *argv])
    return args.func(args)


def test_command_prints_the_report(data_dir, capsys):
    assert _run(str(data_dir), "--lang", "en") == 0
    out = capsys.readouterr().out
    assert out.startswith("Impact of pedagogical coaching: reading comprehension, mean score, 2010-2013")
    assert "Coached every year 2011-2013: 14; not coached in any of those years: 60." in out


def test_command_prints_json(data_dir, capsys):
    assert _run(str(data_dir), "--format", "json", "--region", "05", "--measure", "pct_proficient") == 0
    result = json.loads(capsys.readouterr().out)
    assert list(result) == JSON_KEYS
    assert result["universe"]["params"]["region_code"] == "05"
    assert (result["universe"]["coached"], result["universe"]["comparison"]) == (12, 40)


@pytest.mark.parametrize(("argv", "message"), [
    (["--region", "08"], "No se puede hacer el análisis: Solo 2 escuelas acompañadas y 20 no acompañadas"),
    (["--baseline", "2013", "--endline", "2010"], "El año base (2013) debe ser anterior"),
    (["--endline", "2015", "--lang", "en"], "has no reading comprehension results for 2015"),
])
def test_command_explains_analysis_problems_without_traceback(data_dir, capsys, argv, message):
    assert _run(str(data_dir), *argv) == 1
    captured = capsys.readouterr()
    assert message in captured.err and "Traceback" not in captured.err and captured.out == ""


def test_command_explains_data_problems(data_dir, tmp_path, capsys):
    (tmp_path / "assessment.csv").write_text((data_dir / "assessment.csv").read_text())
    assert _run(str(tmp_path), "--lang", "en") == 1
    assert "The table 'coaching' is not loaded" in capsys.readouterr().err
    assert _run(str(tmp_path / "absent"), "--lang", "en") == 1
    assert "Could not use the data in" in capsys.readouterr().err


def test_verdict_without_an_effect_and_with_unequal_starting_points():
    # Both groups gain exactly 10 points, and coached schools start 60 points higher.
    groups = {"comparison": correlated_pair(50, (500.0, 60.0), (510.0, 60.0), 40000.0, 21),
              "coached": correlated_pair(20, (560.0, 60.0), (570.0, 60.0), 16000.0, 22)}
    result = coaching_impact(*paper_frames(groups, "reading", "mean_score"))
    assert result.verdict.reasons[1:] == ("interaction_not_significant", "groups_differ_at_baseline")
    english = render_verdict(result.verdict, "en")
    assert "the difference of 0.0 points is not statistically significant (F(1, 68) = 0.000, p = 1.000)" in english
    assert "In 2010 the groups already differed significantly (p < 0.001)" in english


def test_report_names_the_rules_it_applied(math_proficiency, data_dir, capsys):
    assert "Plausible mean score: 220-900" in render_report(math_proficiency, "en")
    assert _run(str(data_dir), "--region", "05", "--lang", "en") == 0
    assert "Region: 05 Ayacucho" in capsys.readouterr().out


def test_command_rejects_malformed_quintiles(data_dir, capsys):
    with pytest.raises(SystemExit) as caught:
        _run(str(data_dir), "--quintiles", "1,two")
    assert caught.value.code == 2
    assert "expected comma-separated quintiles" in capsys.readouterr().err
