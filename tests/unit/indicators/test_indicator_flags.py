"""Quality flags (a broken rule is shown, never clipped or dropped) and clear refusals, on the tiny dataset."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.indicators import IndicatorEngine, IndicatorUnavailable, compute_indicator


def one(frame: pd.DataFrame, **keys) -> pd.Series:
    mask = np.ones(len(frame), dtype=bool)
    for key, value in keys.items():
        mask &= (frame[key] == value).to_numpy()
    rows = frame[mask]
    assert len(rows) == 1, rows
    return rows.iloc[0]


CELL = ("year", "region_code", "area", "sex")


def test_net_enrolment_over_100_is_flagged(tiny):
    ner = IndicatorEngine(tiny).compute("net_enrolment_ratio", CELL, years=(2020, 2020))
    rural_boys = one(ner, region_code="02", area="rural", sex="M")
    # 580 boys aged 6-11 enrolled, but only 6 x 90 = 540 boys of those ages live there: 107.4 %
    assert rural_boys.value == pytest.approx(580 / 540 * 100)
    assert rural_boys.flag == "over_100"
    assert one(ner, region_code="02", area="rural", sex="F").flag == ""  # 580 / 660 = 87.9 %
    # the gross ratio may exceed 100 % (over-age pupils): 600 / 540 = 111 % carries no flag
    ger = IndicatorEngine(tiny).compute("gross_enrolment_ratio", CELL, years=(2020, 2020))
    assert one(ger, region_code="02", area="rural", sex="M").flag == ""


def test_share_of_qualified_teachers_over_100_is_flagged(tiny):
    teachers = tiny["teachers"]
    row = (teachers["region_code"] == "02") & (teachers["area"] == "urban") & (teachers["sex"] == "M")
    teachers.loc[row, "qualified"] = 6.0  # 6 qualified of 5 teachers
    result = IndicatorEngine(tiny).compute("qualified_teachers_pct", (*CELL, "management"), years=(2020, 2020))
    assert one(result, region_code="02", area="urban", sex="M").value == pytest.approx(120.0)
    assert one(result, region_code="02", area="urban", sex="M").flag == "over_100"


def test_zero_denominator_is_flagged(tiny):
    population = tiny["population"]
    population.loc[(population["region_code"] == "02") & (population["area"] == "rural")
                   & (population["sex"] == "M"), "population"] = 0.0
    ger = IndicatorEngine(tiny).compute("gross_enrolment_ratio", CELL, years=(2020, 2020))
    rural_boys = one(ger, region_code="02", area="rural", sex="M")
    assert np.isnan(rural_boys.value)
    assert rural_boys.flag == "zero_denominator"
    assert rural_boys.numerator == 600  # the pupils are still shown


def test_missing_cell_makes_its_groups_missing(tiny):
    enrolment = tiny["enrolment"]
    cell = ((enrolment["year"] == 2020) & (enrolment["region_code"] == "02") & (enrolment["area"] == "rural")
            & (enrolment["sex"] == "F") & (enrolment["grade"] == 3))
    enrolment.loc[cell, "enrolled"] = np.nan  # not reported
    engine = IndicatorEngine(tiny)
    ger = engine.compute("gross_enrolment_ratio", ("year", "region_code"))
    # region 02 in 2020 and therefore the nation in 2020 are unknown; region 01 and 2021 are not affected
    assert np.isnan(one(ger, year=2020, region_code="02").value)
    assert one(ger, year=2020, region_code="02").flag == "missing_data"
    assert one(ger, year=2020, region_code="01").value == pytest.approx(3600 / 3600 * 100)
    national = engine.compute("gross_enrolment_ratio")
    assert np.isnan(one(national, year=2020).numerator)  # never read as 0
    assert one(national, year=2020).flag == "missing_data"
    assert one(national, year=2021).flag == ""
    # grade 3's repetition rate needs that cell; grade 2's does not
    repetition = engine.compute("repetition_rate", ("year", "grade"))
    assert one(repetition, grade=3).flag == "missing_data"
    assert one(repetition, grade=2).value == pytest.approx(10.0)
    survival = engine.compute("survival_rate_grade5", ("region_code",))
    assert one(survival, region_code="02").flag == "missing_data"
    assert one(survival, region_code="01").value == pytest.approx(68.85)  # as nationally, both sexes alike


def test_negative_dropout_is_flagged(tiny):
    enrolment = tiny["enrolment"]
    cell = ((enrolment["year"] == 2021) & (enrolment["region_code"] == "02") & (enrolment["area"] == "rural")
            & (enrolment["sex"] == "F") & (enrolment["grade"] == 2))
    enrolment.loc[cell, "enrolled"] = 200.0  # 190 newcomers to grade 2 from 100 pupils in grade 1
    survival = IndicatorEngine(tiny).compute("survival_rate_grade5", CELL)
    row = one(survival, region_code="02", area="rural", sex="F")
    # p1 = (200 - 10) / 100 = 1.9, r1 = 0.2: drop-out 1 - 1.9 - 0.2 = -110 %
    # reaching grade 5: 1000 x (1.9 / 0.8) x 0.9 x 1 x 0.9 = 1923.75, i.e. 192.4 %, shown with both flags
    assert row.value == pytest.approx(192.375)
    assert row.flag == "over_100;negative_dropout"
    assert one(survival, region_code="02", area="rural", sex="M").flag == ""


def test_ecd_share_over_100_is_flagged(tiny):
    enrolment = tiny["enrolment"]
    cell = (enrolment["grade"] == 1) & (enrolment["age"] == 6) & (enrolment["region_code"] == "02")
    enrolment.loc[cell, "new_entrants_ecd"] = 90.0  # more than the 70 new entrants
    result = IndicatorEngine(tiny).compute("new_entrants_with_ecd_pct", ("region_code",))
    # region 02, both years, both sexes, both cells: (90 + 2 or 4) over 80 new entrants per cell
    assert one(result, region_code="02").value == pytest.approx((92 + 94) / 160 * 100)
    assert one(result, region_code="02").flag == "over_100"


def test_missing_table_is_named(tiny):
    del tiny["population"]
    with pytest.raises(IndicatorUnavailable) as error:
        IndicatorEngine(tiny).compute("gross_enrolment_ratio")
    assert str(error.value) == "Indicator 5 (gross_enrolment_ratio) needs the population table, which is not loaded."
    assert "población" not in str(error.value) and "population" in error.value.text("es")


def test_finance_is_national_only(tiny):
    with pytest.raises(IndicatorUnavailable) as error:
        IndicatorEngine(tiny).compute("primary_current_expenditure_pct_gnp", ("year", "region_code"))
    assert str(error.value) == (
        "finance has no region_code: indicator 7a (primary_current_expenditure_pct_gnp) is national only."
    )
    assert "solo nacional" in error.value.text("es")
    with pytest.raises(IndicatorUnavailable, match="national only"):
        IndicatorEngine(tiny).compute("primary_current_expenditure_per_pupil_pct_gnp_per_capita", ("sex",))


def test_ratios_to_population_have_no_management_split(tiny):
    with pytest.raises(IndicatorUnavailable, match="population has no management column: ratios to population"):
        IndicatorEngine(tiny).compute("net_enrolment_ratio", ("year", "management"))
    with pytest.raises(IndicatorUnavailable, match="population has no management"):
        IndicatorEngine(tiny).compute("ecd_ger", filters={"management": "public"})


def test_refused_sex_splits(tiny):
    engine = IndicatorEngine(tiny)
    with pytest.raises(IndicatorUnavailable, match="sex is the teacher's"):
        engine.compute("pupil_teacher_ratio", ("sex",))
    with pytest.raises(IndicatorUnavailable, match="already a female/male ratio"):
        engine.compute("literacy_gpi", ("sex",))
    with pytest.raises(IndicatorUnavailable, match="already a female/male ratio"):
        engine.compute("literacy_gpi", gpi=True)
    with pytest.raises(IndicatorUnavailable, match="no sex split, so it has no gender parity index"):
        engine.compute("primary_share_of_education_expenditure", gpi=True)
    with pytest.raises(IndicatorUnavailable, match="already compares the sexes"):
        engine.compute("gross_enrolment_ratio", ("sex",), gpi=True)


def test_assessment_sex_split_needs_the_optional_columns(tiny):
    tiny["assessment"] = tiny["assessment"].drop(columns=["pct_proficient_female", "pct_proficient_male"])
    engine = IndicatorEngine(tiny)
    with pytest.raises(IndicatorUnavailable, match="no pct_proficient_female and pct_proficient_male columns"):
        engine.compute("pct_mastering_competencies", ("year", "sex"))
    assert "sex" not in engine.splits("pct_mastering_competencies")
    with pytest.raises(IndicatorUnavailable, match="no math results for grade 4"):
        engine.compute("pct_mastering_competencies", subject="math", assessment_grade=4)


def test_other_refusals(tiny):
    engine = IndicatorEngine(tiny)
    with pytest.raises(IndicatorUnavailable, match="There is no indicator 'enrolment_ratio'"):
        engine.compute("enrolment_ratio")
    with pytest.raises(IndicatorUnavailable, match="'province' is not a split"):
        engine.compute("gross_enrolment_ratio", ("year", "province"))
    with pytest.raises(IndicatorUnavailable, match="Only the repetition rate"):
        engine.compute("survival_rate_grade5", ("grade",))
    with pytest.raises(IndicatorUnavailable, match="The filter region_code=1 does not fit"):
        engine.compute("gross_enrolment_ratio", filters={"region_code": 1})
    with pytest.raises(IndicatorUnavailable, match="reversed"):
        engine.compute("gross_enrolment_ratio", years=(2021, 2020))
    tiny["enrolment"] = tiny["enrolment"].drop(columns=["new_entrants_ecd"])
    with pytest.raises(IndicatorUnavailable, match="The enrolment table has no new_entrants_ecd column"):
        compute_indicator(tiny, "new_entrants_with_ecd_pct")


def test_filters_select_before_summing(tiny):
    engine = IndicatorEngine(tiny)
    rural = engine.compute("gross_enrolment_ratio", ("year",), filters={"area": "rural"}, years=(2020, 2020))
    # rural: 600 girls and 600 boys in school over 6 x (110 + 90) = 1200 children aged 6-11
    assert one(rural, year=2020).value == pytest.approx(100.0)
    urban_girls = engine.compute("net_enrolment_ratio", ("region_code",), filters={"area": ["urban"], "sex": "F"},
                                 years=(2020, 2020))
    # region 02 urban girls: 580 of 600; region 01: 3 x 580 = 1740 of 1800
    assert one(urban_girls, region_code="02").value == pytest.approx(580 / 600 * 100)
    assert one(urban_girls, region_code="01").value == pytest.approx(1740 / 1800 * 100)
    nothing = engine.compute("gross_enrolment_ratio", ("year",), filters={"region_code": "25"})
    assert nothing.empty
