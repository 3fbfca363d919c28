"""Which impact estimate the verdict trusts, its words in both languages, and the `impact` command end to end."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pandas as pd
import pytest

from dashboard.cli import main
from dashboard.stats.impact import Estimate
from dashboard.stats.impact_report import impact_verdict

ESTIMATE = Estimate(estimate=15.6, se=1.5, ci_low=12.6, ci_high=18.7, p=1e-10, observations=100, schools=20,
                    clusters=20)


def fake_result(pretrend_p, matched_p, last=(21.1, 15.3, 26.8), pre_equal_p=None):
    rows = pd.DataFrame({"relative_year": [-2, -1, 0, 1, 2], "year": [2009, 2010, 2011, 2012, 2013],
                         "estimate": [1.0, 0.0, 6.0, 10.0, last[0]], "ci_low": [-2, None, 1, 5, last[1]],
                         "ci_high": [4, None, 11, 15, last[2]]})
    return SimpleNamespace(event_study=SimpleNamespace(rows=rows, pretrend_p=pretrend_p, pre_equal_p=pre_equal_p),
                           matching=SimpleNamespace(pretrend_p=matched_p), panel=SimpleNamespace(end=2013),
                           did=ESTIMATE, did_without_baseline=ESTIMATE)


def fake_anova(effect, baseline_p=0.5):
    return SimpleNamespace(verdict=SimpleNamespace(effect=effect, baseline_difference_p=baseline_p))


@pytest.mark.parametrize(("pretrend_p", "pre_equal_p", "matched_p", "trusted", "pretrends"), [
    (0.17, 0.5, 0.40, "did", "parallel"),  # parallel before coaching: the fixed-effects DiD
    (None, None, None, "did", "untestable"),  # nothing to test: the DiD, and the words say so
    (0.001, 0.6, 0.01, "did_without_baseline", "dip"),  # off only in the year before: leave that year out
    (0.001, 0.01, 0.30, "matched", "differ"),  # trends differ but not among matched schools: the matched one
    (0.001, None, 0.01, "none", "differ"),  # they differ even among matched schools: neither
])
def test_verdict_trusts_the_estimate_whose_assumptions_hold(pretrend_p, pre_equal_p, matched_p, trusted, pretrends):
    verdict = impact_verdict(fake_result(pretrend_p, matched_p, pre_equal_p=pre_equal_p), fake_anova(20.9))
    assert (verdict.trusted, verdict.pretrends) == (trusted, pretrends)


def test_anova_is_set_beside_the_event_study_of_the_same_year():
    assert impact_verdict(fake_result(0.2, 0.2), fake_anova(20.9)).anova_agrees  # 15.3 <= 20.9 <= 26.8
    assert not impact_verdict(fake_result(0.2, 0.2), fake_anova(30.0)).anova_agrees
    assert impact_verdict(fake_result(0.2, 0.2), None).anova_agrees is None


def write_tiny_directory(directory):
    """The hand-computed panel of test_impact (A, B coached in 2011; C, D never), 500 points higher."""
    values = {"A": (9, 12, 20), "B": (14, 16, 26), "C": (8, 10, 13), "D": (12, 14, 15)}
    rows = [{"year": year, "school_id": f"000000{i}", "region_code": "05", "area": "rural", "management": "public",
             "school_type": "multigrade", "language": "spanish", "poverty_quintile": 1, "grade": 2,
             "subject": "reading", "students_assessed": 12, "mean_score": 500.0 + y, "pct_proficient": 0.2}
            for i, ys in enumerate(values.values()) for year, y in zip((2009, 2010, 2011), ys, strict=True)]
    pd.DataFrame(rows).to_csv(directory / "assessment.csv", index=False)
    pd.DataFrame({"school_id": ["0000000", "0000001"], "year": 2011, "coached": True}).to_csv(
        directory / "coaching.csv", index=False)
    return directory


def test_command_prints_the_documented_json_with_hand_computed_numbers(tmp_path, capsys):
    directory = write_tiny_directory(tmp_path)
    code = main(["impact", str(directory), "--start", "2011", "--end", "2011", "--format", "json", "--lang", "en"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(out) == {"params", "unit", "panel", "did", "did_region_clusters", "did_without_baseline",
                        "event_study", "matching", "heterogeneity", "cost_effectiveness", "paper_anova", "verdict"}
    assert out["did"]["estimate"] == pytest.approx(7.25)  # see test_did_on_a_balanced_panel_...
    coefficients = {row["year"]: row["estimate"] for row in out["event_study"]["coefficients"]}
    assert coefficients == pytest.approx({2009: -0.5, 2010: 0.0, 2011: 7.0})
    assert out["panel"]["coached"] == 2 and out["panel"]["comparison"] == 2
    assert out["cost_effectiveness"] is None  # no programme table in the directory
    assert out["paper_anova"] is None  # two schools a group are too few for the appraisal's checks
    assert "Without the programme's regional spending table" in out["verdict"]["text"]
    assert {row["status"] for row in out["heterogeneity"]} == {"too_few"}


def test_command_text_is_spanish_by_default_and_errors_are_plain(tmp_path, capsys):
    directory = write_tiny_directory(tmp_path)
    assert main(["impact", str(directory), "--start", "2011", "--end", "2011"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Más allá del balance: estimación de impacto")
    assert "7,25" in text  # the DiD, with the Spanish decimal comma
    assert main(["impact", str(directory), "--start", "2013", "--end", "2011"]) == 1
    assert "El primer año del periodo (2013) no puede ser posterior al último (2011)." in capsys.readouterr().err


def test_help_documents_every_json_key(capsys):
    with pytest.raises(SystemExit):
        main(["impact", "--help"])
    text = capsys.readouterr().out
    for key in ("params", "unit", "panel", "did", "did_region_clusters", "did_without_baseline", "event_study",
                "matching",
                "heterogeneity", "cost_effectiveness", "paper_anova", "verdict"):
        assert f"\n  {key} " in text
