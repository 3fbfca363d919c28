"""impact_section: what the page section shows, in both languages, from a data directory."""
from __future__ import annotations

import pandas as pd
import pytest
from test_impact import assessment_from, attributes_for, simulated

from dashboard.contract import load_directory
from dashboard.stats.params import CoachingParams
from dashboard.views.coaching_impact import impact_section


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    directory = tmp_path_factory.mktemp("impact")
    panel = simulated(n_schools=400, effect=5.0, seed=21)
    assessment, coaching = assessment_from(panel, attributes_for(panel, seed=4))
    assessment.to_csv(directory / "assessment.csv", index=False)
    coaching.to_csv(directory / "coaching.csv", index=False)
    # Spending for two of the twenty regions, and for 2013 only.
    pd.DataFrame({"year": 2013, "region_code": ["01", "02"], "coaches": 10, "coached_teachers": 70,
                  "schools": 30, "students": [1000, 1500], "expenditure": [400000.0, 300000.0],
                  "staff_regional_officer": 1, "staff_monitoring_officer": 1, "staff_local_officer": 0,
                  "staff_local_monitor": 0}).to_csv(directory / "program_regions.csv", index=False)
    return load_directory(directory)


@pytest.mark.parametrize(("lang", "words"), [
    ("es", ("Con efectos fijos de escuela", "S/ 1 000", "se supone igual al de 2013", "Sin datos de gasto")),
    ("en", ("With school and year fixed effects", "S/ 1,000", "taken to equal that of 2013", "No spending data")),
])
def test_section_has_verdict_figures_tables_and_coverage_notes(dataset, lang, words):
    section = impact_section(dataset, CoachingParams(baseline=2010, endline=2013), lang, min_schools=5)
    assert section.error == ""
    headline, per_thousand, cost_years, cost_regions = words
    assert section.verdict.startswith(headline) and per_thousand in section.verdict
    notes = " ".join(section.notes)
    assert cost_years in notes and cost_regions in notes
    assert set(section.tables) == {"estimates", "event_study", "balance", "heterogeneity", "cost", "exclusions"}
    assert len(section.tables["event_study"]) == 7  # 2007-2013
    assert section.event_study.data and section.forest.data and section.balance.data
    cost = section.tables["cost"]
    # National: 700,000 soles for 2,500 pupils, 280 a pupil a year.
    assert cost.iloc[0, 1] == pytest.approx(280.0)


def test_section_explains_missing_tables(tmp_path):
    simulated_panel = simulated(n_schools=20)
    assessment, _ = assessment_from(simulated_panel, attributes_for(simulated_panel))
    assessment.to_csv(tmp_path / "assessment.csv", index=False)
    section = impact_section(load_directory(tmp_path), CoachingParams(), "es")
    assert section.error == "Faltan las tablas coaching."
    assert section.event_study.layout.annotations[0].text == section.error


def test_cost_per_point_divides_the_estimate_the_verdict_trusts(tmp_path):
    from dashboard.stats.impact_report import run_impact_analysis

    panel = simulated(n_schools=1000, effect=5.0, seed=8)
    panel.loc[panel["treated"] & (panel["year"] == 2010), "y"] -= 12.0  # chosen after a bad year
    assessment, coaching = assessment_from(panel, attributes_for(panel, seed=3))
    assessment.to_csv(tmp_path / "assessment.csv", index=False)
    coaching.to_csv(tmp_path / "coaching.csv", index=False)
    pd.DataFrame({"year": 2013, "region_code": ["01"], "coaches": 10, "coached_teachers": 70, "schools": 30,
                  "students": [1000], "expenditure": [400000.0], "staff_regional_officer": 1,
                  "staff_monitoring_officer": 1, "staff_local_officer": 0, "staff_local_monitor": 0}).to_csv(
        tmp_path / "program_regions.csv", index=False)
    result, _, verdict, _ = run_impact_analysis(load_directory(tmp_path), CoachingParams())
    assert (verdict.trusted, verdict.pretrends) == ("did_without_baseline", "dip")
    national = result.cost.rows.set_index("region_code").loc["national"]
    assert national["effect"] == result.did_without_baseline.estimate != result.did.estimate
    assert national["points_per_1000"] == pytest.approx(result.did_without_baseline.estimate / 400 * 1000)
    assert result.cost.national_estimate == "did_without_baseline"


def test_a_refused_anova_travels_through_the_shared_cache_with_its_words():
    import pickle

    from dashboard.stats.params import CoachingAnalysisError

    refusal = CoachingAnalysisError("missing_tables", tables="coaching")
    copy = pickle.loads(pickle.dumps(refusal))
    assert copy.message("es") == refusal.message("es") and copy.message("en") == refusal.message("en")
