"""The catalogue: 18 EFA indicators (7a and 7b), their words in Spanish and English, their splits."""
from __future__ import annotations

import pytest

from dashboard.config import OfficialAges
from dashboard.i18n import CATALOGUE as MESSAGES
from dashboard.indicators import CATALOGUE, FLAG_RULES, available_splits, indicator_spec, indicator_text
from dashboard.indicators.catalogue import CONTRACT_KEYS, splits_available

EXPECTED = {
    "1": "ecd_ger", "2": "new_entrants_with_ecd_pct", "3": "apparent_intake_rate", "4": "net_intake_rate",
    "5": "gross_enrolment_ratio", "6": "net_enrolment_ratio", "7a": "primary_current_expenditure_pct_gnp",
    "7b": "primary_current_expenditure_per_pupil_pct_gnp_per_capita", "8": "primary_share_of_education_expenditure",
    "9": "qualified_teachers_pct", "10": "certified_teachers_pct", "11": "pupil_teacher_ratio",
    "12": "repetition_rate", "13": "survival_rate_grade5", "14": "coefficient_of_efficiency",
    "15": "pct_mastering_competencies", "16": "literacy_rate_15_24", "17": "adult_literacy_rate",
    "18": "literacy_gpi",
}


def test_the_eighteen_indicators_with_their_numbers():
    assert {spec.number: spec.id for spec in CATALOGUE.values()} == EXPECTED
    assert sorted({spec.efa_number for spec in CATALOGUE.values()}) == list(range(1, 19))
    assert indicator_spec("primary_current_expenditure_per_pupil_pct_gnp_per_capita").efa_number == 7


def test_units_and_direction():
    assert CATALOGUE["pupil_teacher_ratio"].unit == "ratio" and CATALOGUE["pupil_teacher_ratio"].scale == 1
    assert CATALOGUE["literacy_gpi"].unit == "index" and CATALOGUE["literacy_gpi"].higher_is_better is None
    assert CATALOGUE["repetition_rate"].higher_is_better is False
    percent = [spec.id for spec in CATALOGUE.values() if spec.unit == "percent"]
    assert len(percent) == 17 and all(CATALOGUE[i].scale == 100 for i in percent)
    # the gross ratios may pass 100 %; the guidelines cap the net ones, the shares and the cohort figures
    uncapped = {spec.id for spec in CATALOGUE.values() if spec.unit == "percent" and spec.max_value is None}
    assert uncapped == {"ecd_ger", "apparent_intake_rate", "gross_enrolment_ratio",
                        "primary_current_expenditure_per_pupil_pct_gnp_per_capita"}


def test_every_indicator_has_its_words_in_both_languages():
    for indicator_id in CATALOGUE:
        for part in ("name", "short", "definition", "formula"):
            texts = MESSAGES[f"indicator.{indicator_id}.{part}"]
            assert texts["es"] and texts["en"]
    for rule in FLAG_RULES:
        assert MESSAGES[f"flag.{rule}"]["es"]
    assert indicator_text("gross_enrolment_ratio", "name", "es") == "Tasa bruta de matrícula en primaria"
    assert indicator_text("repetition_rate", "name", "es") == "Tasa de repetición"
    assert indicator_text("literacy_gpi", "name", "en") == "Literacy gender parity index"


def test_texts_quote_the_official_ages_in_force():
    assert "6 a 11 años" in indicator_text("gross_enrolment_ratio", "formula", "es")
    later_entry = OfficialAges(primary_entry=7)
    assert "7-12" in indicator_text("net_enrolment_ratio", "formula", "en", later_entry).replace("–", "-")


def test_splits_follow_the_contract_tables():
    for spec in CATALOGUE.values():
        for key in spec.splits:
            if key in dict(spec.optional_columns):
                continue
            assert all(key in CONTRACT_KEYS[table] for table in spec.tables), (spec.id, key)
    assert CATALOGUE["primary_current_expenditure_pct_gnp"].splits == ("year",)
    assert "management" not in CATALOGUE["gross_enrolment_ratio"].splits  # population has no management
    assert "sex" not in CATALOGUE["pupil_teacher_ratio"].splits  # teachers' sex is not the pupils'
    assert CATALOGUE["repetition_rate"].splits[-1] == "grade"


def test_splits_available_from_the_tables_present():
    assert splits_available(["finance"]) == {
        "primary_current_expenditure_pct_gnp": ("year",),
        "primary_share_of_education_expenditure": ("year",),
    }
    census = splits_available(["enrolment", "population", "finance"])
    assert census["primary_current_expenditure_per_pupil_pct_gnp_per_capita"] == ("year",)
    assert census["gross_enrolment_ratio"] == ("year", "region_code", "area", "sex")
    assert "pupil_teacher_ratio" not in census  # needs the teachers table
    # by names alone the optional per-sex assessment columns are unknown, so no sex split is promised
    assert splits_available(["assessment"]) == {
        "pct_mastering_competencies": ("year", "region_code", "area", "management")
    }


def test_assessment_sex_split_follows_its_optional_columns(tiny):
    spec = CATALOGUE["pct_mastering_competencies"]
    assert available_splits(spec, tiny) == ("year", "region_code", "area", "sex", "management")
    without = dict(tiny, assessment=tiny["assessment"].drop(columns="pct_proficient_male"))
    assert available_splits(spec, without) == ("year", "region_code", "area", "management")


def test_unknown_indicator():
    with pytest.raises(ValueError, match="There is no indicator 'ger'"):
        indicator_spec("ger")
