"""Every EFA indicator on the tiny hand-made dataset (see conftest.py), worked out by hand.

Reminders used throughout (2020, national):
- each sex carries its enrolment pattern 5 times (multipliers 2 + 1 + 1 + 1), so
  national counts are 10 x a pattern shared by both sexes, or 5 x F + 5 x M;
- population of 6-11 = 6 ages x (300 + 300 + 110 + 90 + 100 + 100) = 6 x 1000 = 6000;
  aged 3-5 = 3000; aged 6 = 1000; all ages = 11 x 1000 + 2 x (2000 + 500 + 700) = 17400.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from dashboard.indicators import (
    IndicatorEngine,
    adult_literacy_rate,
    gross_enrolment_ratio,
    literacy_gpi,
    repetition_rate,
)


def one(frame: pd.DataFrame, **keys) -> pd.Series:
    """The single row of `frame` with these key values."""
    mask = np.ones(len(frame), dtype=bool)
    for key, value in keys.items():
        mask &= (frame[key] == value).to_numpy()
    rows = frame[mask]
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.fixture
def engine(tiny):
    return IndicatorEngine(tiny)


def test_ecd_gross_enrolment_ratio(engine):
    result = engine.compute("ecd_ger", ("year",))
    row = one(result, year=2020)
    # preschool: girls 90 x 5 + boys 80 x 5 = 850; population aged 3-5 = 3 x 1000 = 3000
    assert row.numerator == 850 and row.denominator == 3000
    assert row.value == pytest.approx(850 / 3000 * 100)  # 28.333 %
    by_sex = engine.compute("ecd_ger", ("year", "sex"), years=(2020, 2020))
    # girls: 450 / (3 x (300 + 110 + 100)) = 450 / 1530; boys: 400 / (3 x (300 + 90 + 100)) = 400 / 1470
    assert one(by_sex, sex="F").value == pytest.approx(450 / 1530 * 100)  # 29.412 %
    assert one(by_sex, sex="M").value == pytest.approx(400 / 1470 * 100)  # 27.211 %


def test_new_entrants_with_ecd(engine):
    result = engine.compute("new_entrants_with_ecd_pct", ("year", "sex"), years=(2020, 2020))
    # girls: (42 + 2) x 5 = 220 of (70 + 10) x 5 = 400 new entrants; boys: (36 + 4) x 5 = 200 of 400
    assert one(result, sex="F").value == pytest.approx(55.0)
    assert one(result, sex="M").value == pytest.approx(50.0)
    national = engine.compute("new_entrants_with_ecd_pct", ())
    # both years alike: 2 x 420 / 2 x 800 = 52.5 %
    assert one(national).value == pytest.approx(52.5)
    assert one(national).numerator == 840 and one(national).denominator == 1600


def test_intake_rates(engine):
    air = one(engine.compute("apparent_intake_rate"), year=2020)
    nir = one(engine.compute("net_intake_rate"), year=2020)
    # new entrants 80 x 10 = 800 (aged 6: 70 x 10 = 700) over population aged 6 = 1000
    assert (air.value, air.numerator, air.denominator) == pytest.approx((80.0, 800, 1000))
    assert (nir.value, nir.numerator, nir.denominator) == pytest.approx((70.0, 700, 1000))


def test_gross_and_net_enrolment_ratios(engine):
    ger = gross_enrolment_ratio(engine.tables, ("year", "sex"), years=(2020, 2020))
    # girls: 600 x 5 = 3000 pupils; girls aged 6-11: 6 x (300 + 110 + 100) = 3060
    assert one(ger, sex="F").value == pytest.approx(3000 / 3060 * 100)  # 98.039 %
    # boys: 3000 pupils over 6 x (300 + 90 + 100) = 2940
    assert one(ger, sex="M").value == pytest.approx(3000 / 2940 * 100)  # 102.041 %
    ner = engine.compute("net_enrolment_ratio", ("year",))
    # the 20 pupils aged 12 in grade 6 are outside 6-11: (600 - 20) x 10 = 5800 of 6000
    assert one(ner, year=2020).value == pytest.approx(5800 / 6000 * 100)  # 96.667 %
    # 2021 enrolment: girls 100+82+91+90+90+110 = 563, boys 100+74+91+90+90+100 = 545; (563 + 545) x 5 = 5540
    assert one(engine.compute("gross_enrolment_ratio"), year=2021).value == pytest.approx(5540 / 6000 * 100)


def test_expenditure_indicators(engine):
    pct_gnp = engine.compute("primary_current_expenditure_pct_gnp")
    assert one(pct_gnp, year=2020).value == pytest.approx(15_000 / 1_000_000 * 100)  # 1.5 %
    assert one(pct_gnp, year=2021).value == pytest.approx(16_500 / 1_100_000 * 100)  # 1.5 %
    share = engine.compute("primary_share_of_education_expenditure")
    assert one(share, year=2020).value == pytest.approx(16_000 / 40_000 * 100)  # 40 %
    per_pupil = engine.compute("primary_current_expenditure_per_pupil_pct_gnp_per_capita")
    row = one(per_pupil, year=2020)
    # per pupil 15 000 / 6000 = 2.5 soles; GNP per head 1 000 000 / 17 400 = 57.47; 2.5 / 57.47 = 4.35 %
    assert row.numerator == pytest.approx(2.5)
    assert row.denominator == pytest.approx(1_000_000 / 17_400)
    assert row.value == pytest.approx(4.35)
    # 2021: (16 500 / 5540) / (1 100 000 / 17 400) x 100 = 4.7112 %
    assert one(per_pupil, year=2021).value == pytest.approx(16_500 * 17_400 / (5540 * 1_100_000) * 100)


def test_teacher_indicators(engine):
    qualified = one(engine.compute("qualified_teachers_pct"), year=2020)
    certified = one(engine.compute("certified_teachers_pct"), year=2020)
    # primary teachers 60+20+30+10+20+15+25+5 = 185 (the 40 preschool teachers are left out)
    # qualified 54+16+24+10+12+9+25+5 = 155; certified 48+12+15+5+10+6+20+5 = 121
    assert (qualified.numerator, qualified.denominator) == (155, 185)
    assert qualified.value == pytest.approx(155 / 185 * 100)  # 83.784 %
    assert certified.value == pytest.approx(121 / 185 * 100)  # 65.405 %
    ptr = engine.compute("pupil_teacher_ratio", ("year", "management"), years=(2020, 2020))
    # public: pupils (2 + 1 + 1) x 600 x 2 sexes = 4800; teachers 60+20+20+15+25+5 = 145
    assert one(ptr, management="public").value == pytest.approx(4800 / 145)  # 33.10
    # private: 600 x 2 = 1200 pupils, 30 + 10 = 40 teachers
    assert one(ptr, management="private").value == pytest.approx(30.0)
    assert one(engine.compute("pupil_teacher_ratio"), year=2020).value == pytest.approx(6000 / 185)  # 32.43


def test_repetition_rate_by_grade(engine):
    result = repetition_rate(engine.tables)
    # repeaters in 2021 / enrolment in 2020, each grade: 20/100, 10/100, 10/100, 0, 0, 10/100 in every cell
    rates = one(result, year=2020, grade=1)
    assert (rates.numerator, rates.denominator) == (200, 1000)  # 20 x 10 and 100 x 10
    assert list(result["value"]) == pytest.approx([20.0, 10.0, 10.0, 0.0, 0.0, 10.0])
    # 2021 has no 2022 to compare with: it is left out, not flagged
    assert set(result["year"]) == {2020}
    overall = one(engine.compute("repetition_rate"), year=2020)
    assert overall.value == pytest.approx(50 / 600 * 100)  # all grades: 50 repeaters per 600 pupils


# Cohort hand calculations. Girls: p = (72, 81, 90, 90, 100, 81) %, boys: p = (64, 81, 90, 90, 90, 81) %,
# both: r = (20, 10, 10, 0, 0, 10) %. Nationally both sexes weigh the same (100 pupils a grade each),
# so the national promotion rates are the averages: (68, 81, 90, 90, 95, 81) %.
GIRLS_MOVING_ON = (0.72 / 0.8, 0.81 / 0.9, 0.9 / 0.9, 0.9 / 1, 1.0 / 1, 0.81 / 0.9)  # p / (1 - r)
NATIONAL_MOVING_ON = (0.68 / 0.8, 0.81 / 0.9, 0.9 / 0.9, 0.9 / 1, 0.95 / 1, 0.81 / 0.9)
YEARS_IN_GRADE = (1 / 0.8, 1 / 0.9, 1 / 0.9, 1.0, 1.0, 1 / 0.9)  # 1 / (1 - r)


def test_survival_rate_grade5(engine):
    result = engine.compute("survival_rate_grade5", ("year", "sex"))
    # girls reach grades 1..5: 1000, 900, 810, 810, 729 -> 72.9 %; boys: 1000, 800, 720, 720, 648 -> 64.8 %
    assert one(result, sex="F").value == pytest.approx(72.9)
    assert one(result, sex="M").value == pytest.approx(64.8)
    national = one(engine.compute("survival_rate_grade5"), year=2020)
    # 1000 x 0.85 x 0.9 x 1 x 0.9 = 688.5 of 1000
    assert (national.numerator, national.denominator) == pytest.approx((688.5, 1000))
    assert national.value == pytest.approx(68.85)
    # one cohort per year needs year t+1: 2021 is left out
    assert set(result["year"]) == {2020}


def test_coefficient_of_efficiency(engine):
    girls = one(engine.compute("coefficient_of_efficiency", ("sex",)), sex="F")
    # reached 1000, 900, 810, 810, 729, 729; graduates 729 x 0.9 = 656.1
    # pupil-years 1000/0.8 + 900/0.9 + 810/0.9 + 810 + 729 + 729/0.9 = 1250+1000+900+810+729+810 = 5499
    assert girls.numerator == pytest.approx(656.1 * 6)
    assert girls.denominator == pytest.approx(5499)
    assert girls.value == pytest.approx(656.1 * 6 / 5499 * 100)  # 71.588 %
    national = one(engine.compute("coefficient_of_efficiency"), year=2020)
    reached = [1000 * math.prod(NATIONAL_MOVING_ON[:k]) for k in range(6)]  # 1000, 850, 765, 765, 688.5, 654.075
    graduates = reached[5] * 0.9  # 588.6675
    pupil_years = sum(n * y for n, y in zip(reached, YEARS_IN_GRADE, strict=True))  # 5224.694
    assert pupil_years == pytest.approx(1250 + 850 / 0.9 + 765 / 0.9 + 765 + 688.5 + 654.075 / 0.9)
    assert national.value == pytest.approx(graduates * 6 / pupil_years * 100)  # 67.602 %


def test_cohort_with_no_repetition_allowed(engine):
    capped = one(engine.compute("survival_rate_grade5", (), max_repetitions=0))
    # those who would repeat drop out: reach grade 5 = 1000 x 0.68 x 0.81 x 0.9 x 0.9 = 446.148
    assert capped.value == pytest.approx(1000 * 0.68 * 0.81 * 0.9 * 0.9 / 10)
    efficiency = one(engine.compute("coefficient_of_efficiency", (), max_repetitions=0))
    # everybody spends one year per grade reached: 1000 + 680 + 550.8 + 495.72 + 446.148 + 423.8406 = 3596.5086
    reached = [1000, 680, 550.8, 495.72, 446.148, 423.8406]
    graduates = 423.8406 * 0.81  # 343.3109
    assert efficiency.value == pytest.approx(graduates * 6 / sum(reached) * 100)  # 57.27 %


def test_cohort_of_one_group(engine):
    result = engine.cohort(2020, filters={"sex": "F"})
    assert [result.survival_rate(grade) for grade in range(1, 7)] == pytest.approx([100, 90, 81, 81, 72.9, 72.9])
    assert result.graduates == pytest.approx(656.1)
    assert result.pupil_years == pytest.approx(5499)
    assert result.years_per_graduate == pytest.approx(5499 / 656.1)  # 8.38 years per graduate
    rates = result.rates()
    # girls' counts: 5 x 100 pupils per grade in 2020; 5 x 20 grade-1 repeaters in 2021
    assert list(rates["enrolled"]) == [500.0] * 6
    assert list(rates["repeaters_next"]) == [100.0, 50.0, 50.0, 0.0, 0.0, 50.0]
    assert list(rates["dropout_rate"]) == pytest.approx([8.0, 9.0, 0.0, 10.0, 0.0, 9.0])  # 100 - p - r
    assert result.flags == ()


def test_mastering_competencies(engine):
    result = engine.compute("pct_mastering_competencies", ("year",))
    # 2020 reading, pupils x share: 40 x 0.5 + 20 x 0.8 + 10 x 0.2 + 30 x 0.4 = 20 + 16 + 2 + 12 = 50 of 100
    row = one(result, year=2020)
    assert (row.numerator, row.denominator) == pytest.approx((50, 100))
    assert row.value == pytest.approx(50.0)
    # 2021: every share 0.05 higher: 50 + 100 x 0.05 = 55 of 100
    assert one(result, year=2021).value == pytest.approx(55.0)
    by_area = engine.compute("pct_mastering_competencies", ("area",), years=(2020, 2020))
    assert one(by_area, area="rural").value == pytest.approx(20.0)  # 2 of 10
    assert one(by_area, area="urban").value == pytest.approx(48 / 90 * 100)  # (20 + 16 + 12) of 90
    math_result = engine.compute("pct_mastering_competencies", (), years=(2020, 2020), subject="math")
    # 40 x 0.3 + 20 x 0.6 + 10 x 0.1 + 30 x 0.2 = 12 + 12 + 1 + 6 = 31 of 100
    assert one(math_result).value == pytest.approx(31.0)
    by_sex = engine.compute("pct_mastering_competencies", ("sex",), years=(2020, 2020))
    # girls 40 x 0.6 + 20 x 0.85 + 10 x 0.3 + 30 x 0.5 = 24 + 17 + 3 + 15 = 59; boys 16 + 15 + 1 + 9 = 41
    assert one(by_sex, sex="F").value == pytest.approx(59.0)
    assert one(by_sex, sex="M").value == pytest.approx(41.0)


def test_literacy_rates(engine):
    youth = one(engine.compute("literacy_rate_15_24"), year=2020)
    # 990 + 995 + 360 + 380 + 297 + 298 = 3320 literate of 1000 + 1000 + 400 + 400 + 300 + 300 = 3400
    assert (youth.numerator, youth.denominator) == (3320, 3400)
    adult = adult_literacy_rate(engine.tables, ("year", "sex"), years=(2020, 2020))
    # girls: 990+2850+400 + 360+800+100 + 297+760+90 = 6647 of 4500 + 1600 + 1200 = 7300
    assert one(adult, sex="F").value == pytest.approx(6647 / 7300 * 100)  # 91.055 %
    # boys: 995+2940+475 + 380+900+150 + 298+780+95 = 7013 of 7300
    assert one(adult, sex="M").value == pytest.approx(7013 / 7300 * 100)  # 96.068 %


def test_literacy_gender_parity_index(engine):
    gpi = one(literacy_gpi(engine.tables), year=2020)
    # (6647 / 7300) / (7013 / 7300) = 6647 / 7013 = 0.9478: below the parity band
    assert gpi.value == pytest.approx(6647 / 7013)
    assert gpi.numerator == pytest.approx(6647 / 7300 * 100) and gpi.denominator == pytest.approx(7013 / 7300 * 100)
    assert gpi.indicator == "literacy_gpi"
    by_region = engine.compute("literacy_gpi", ("region_code",), years=(2020, 2020))
    # region 02: girls (1260 + 1147) / 2800, boys (1430 + 1173) / 2800 -> 2407 / 2603
    assert one(by_region, region_code="02").value == pytest.approx(2407 / 2603)
    adjusted = one(engine.compute("literacy_gpi", years=(2020, 2020), adjusted=True))
    # females behind: the adjusted GPI is the plain one
    assert adjusted.value == pytest.approx(6647 / 7013)
    assert adjusted.indicator == "literacy_gpi_adjusted"


def test_gender_parity_index_of_indicators(engine):
    ger = one(engine.compute("gross_enrolment_ratio", gpi=True), year=2020)
    # (3000 / 3060) / (3000 / 2940) = 2940 / 3060 = 0.9608
    assert ger.value == pytest.approx(2940 / 3060)
    assert ger.indicator == "gross_enrolment_ratio_gpi"
    ecd_share = one(engine.compute("new_entrants_with_ecd_pct", gpi=True), year=2020)
    assert ecd_share.value == pytest.approx(55 / 50)  # 1.1
    ecd_adjusted = one(engine.compute("new_entrants_with_ecd_pct", gpi=True, adjusted=True), year=2020)
    assert ecd_adjusted.value == pytest.approx(2 - 50 / 55)  # females ahead: 2 - M/F = 1.0909
    survival = one(engine.compute("survival_rate_grade5", gpi=True))
    assert survival.value == pytest.approx(72.9 / 64.8)  # 1.125
    assert one(engine.compute("survival_rate_grade5", gpi=True, adjusted=True)).value == pytest.approx(
        2 - 64.8 / 72.9  # 1.1111
    )
    qualified = one(engine.compute("qualified_teachers_pct", gpi=True, adjusted=True), year=2020)
    # female teachers 115 / 135 = 85.19 % qualified, male 40 / 50 = 80 %: 2 - 80 / 85.19 = 1.0609
    assert qualified.value == pytest.approx(2 - 80 / (115 / 135 * 100))
    reading = one(engine.compute("pct_mastering_competencies", gpi=True), year=2020)
    assert reading.value == pytest.approx(59 / 41)  # 1.439

