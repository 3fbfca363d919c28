"""The reconstructed cohort model: the guidelines' hand check, the cap, the flow table, flags."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from dashboard.config import OfficialAges
from dashboard.indicators import IndicatorEngine, IndicatorUnavailable, reconstructed_cohort
from dashboard.indicators.cohort import capped_form, closed_form, simulate

P, R = (0.8, 0.9), (0.1, 0.05)  # INDICATORS.md: two grades, no cap


def test_hand_check_without_cap():
    result = reconstructed_cohort(P, R)
    # survival to grade 2 = 100 x p1 / (1 - r1) = 100 x 0.8 / 0.9 = 88.889 %
    assert result.survival_rate(2) == pytest.approx(88.889, abs=1e-3)
    # graduates = 1000 x (0.8 / 0.9) x (0.9 / 0.95) = 842.105
    assert result.graduates == pytest.approx(842.105, abs=1e-3)
    # pupil-years = 1000 / 0.9 + 888.889 / 0.95 = 1111.111 + 935.673 = 2046.784
    assert result.pupil_years == pytest.approx(2046.784, abs=1e-3)
    # coefficient of efficiency = 842.105 x 2 / 2046.784 = 82.286 %
    assert result.coefficient_of_efficiency == pytest.approx(82.286, abs=1e-3)
    assert result.years_per_graduate == pytest.approx(2046.784 / 842.105, abs=1e-5)  # 2.43 years per graduate
    assert result.flags == ()


def test_hand_check_with_no_repetition_allowed():
    result = reconstructed_cohort(P, R, max_repetitions=0)
    # the 100 would-be repeaters of grade 1 drop out: 800 reach grade 2 (80 %); 800 x 0.9 = 720 graduate
    assert result.survival_rate(2) == pytest.approx(80.0)
    assert result.graduates == pytest.approx(720.0)
    # 1000 + 800 pupil-years; 720 x 2 / 1800 = 80 %
    assert result.pupil_years == pytest.approx(1800.0)
    assert result.coefficient_of_efficiency == pytest.approx(80.0)


def test_hand_check_with_one_repetition_allowed():
    result = reconstructed_cohort(P, R, max_repetitions=1)
    # grade 1: 1000 first-timers, 100 repeaters (their 10 would-be second repeaters leave); 800 + 80 move on
    # grade 2: 800 without a repetition, 80 with one, plus 0.05 x 800 = 40 repeating: 800 + 120 presences;
    #          0.9 x 800 + 0.9 x 120 = 720 + 108 = 828 graduate
    assert result.survival_rate(2) == pytest.approx(88.0)
    assert result.graduates == pytest.approx(828.0)
    assert result.pupil_years == pytest.approx(1000 + 100 + 800 + 120)
    assert result.coefficient_of_efficiency == pytest.approx(828 * 2 / 2020 * 100)  # 81.98 %


def test_flow_table_by_hand():
    flow = reconstructed_cohort(P, R).flow
    first_years = flow[flow["cohort_year"] <= 2].set_index(["cohort_year", "grade"])
    # year 1: 1000 in grade 1 -> 800 promoted, 100 repeat, 100 drop out
    assert tuple(first_years.loc[(1, 1)]) == pytest.approx((1000, 800, 100, 100, 0))
    # year 2: 100 repeaters in grade 1 (80 / 10 / 10), 800 in grade 2 (720 graduate, 40 repeat, 40 leave)
    assert tuple(first_years.loc[(2, 1)]) == pytest.approx((100, 80, 10, 10, 0))
    assert tuple(first_years.loc[(2, 2)]) == pytest.approx((800, 0, 40, 40, 720))
    assert list(flow.columns) == ["cohort_year", "grade", "enrolled", "promoted", "repeated", "dropped_out",
                                  "graduated"]


def test_flow_table_agrees_with_closed_form():
    result = reconstructed_cohort(P, R)
    flow = result.flow
    assert flow["graduated"].sum() == pytest.approx(842.105263, abs=1e-6)
    assert flow["enrolled"].sum() == pytest.approx(2046.783626, abs=1e-6)
    # everybody who entered either graduated or dropped out (the rest is below the 1e-9 tolerance)
    assert flow["graduated"].sum() + flow["dropped_out"].sum() == pytest.approx(1000, abs=1e-6)
    assert result.unfinished < 1e-9
    # pupils reaching grade 2 = all promotions out of grade 1
    assert flow.loc[flow["grade"] == 1, "promoted"].sum() == pytest.approx(888.888889, abs=1e-6)


def test_capped_flow_table_stops_when_the_cap_is_reached():
    flow = reconstructed_cohort(P, R, max_repetitions=1).flow
    # two grades plus one repetition: nobody is in school after year 3
    assert flow["cohort_year"].max() == 3
    assert flow["graduated"].sum() == pytest.approx(828.0)


rates = arrays(np.float64, (4, 6), elements=st.floats(0.0, 0.45))


@settings(max_examples=40, deadline=None)
@given(promotion=rates, repetition=rates)
def test_closed_form_equals_year_by_year_simulation(promotion, repetition):
    closed = closed_form(promotion, repetition)
    flows = simulate(promotion, repetition)
    assert np.allclose(flows["graduated"].sum(axis=(0, 2)), closed.graduates, atol=1e-6)
    assert np.allclose(flows["enrolled"].sum(axis=(0, 2)), closed.pupil_years, atol=1e-6)
    assert np.allclose(flows["promoted"].sum(axis=0)[:, :-1], closed.reached[:, 1:], atol=1e-6)


@settings(max_examples=40, deadline=None)
@given(promotion=rates, repetition=rates, cap=st.integers(0, 4))
def test_capped_form_equals_year_by_year_simulation(promotion, repetition, cap):
    capped = capped_form(promotion, repetition, cap)
    flows = simulate(promotion, repetition, max_repetitions=cap)
    assert np.allclose(flows["graduated"].sum(axis=(0, 2)), capped.graduates, atol=1e-9)
    assert np.allclose(flows["enrolled"].sum(axis=(0, 2)), capped.pupil_years, atol=1e-9)
    # a generous cap is nearly no cap (repetition below 0.45: 0.45^30 is negligible)
    uncapped = closed_form(promotion, repetition)
    assert np.allclose(capped_form(promotion, repetition, 30).graduates, uncapped.graduates, atol=1e-6)


def test_negative_dropout_is_flagged_not_clipped():
    # p1 + r1 = 0.9 + 0.2 = 1.1: drop-out of -10 % (the two years' data disagree)
    result = reconstructed_cohort((0.9, 0.9), (0.2, 0.0))
    assert "negative_dropout" in result.flags
    assert result.dropout[0] == pytest.approx(-0.1)
    # still computed: 1000 x 0.9 / 0.8 = 1125 reach grade 2, more than the cohort: also flagged
    assert result.survival_rate(2) == pytest.approx(112.5)
    assert "over_100" in result.flags


def test_repetition_of_100_percent_has_no_uncapped_value():
    # everybody repeats grade 1 for ever: no finite answer without a cap
    result = reconstructed_cohort((0.0, 0.9), (1.0, 0.05))
    assert result.flags == ("repetition_100",)
    assert np.isnan(result.graduates)
    capped = reconstructed_cohort((0.0, 0.9), (1.0, 0.05), max_repetitions=2)
    # with a cap of 2 everybody spends 3 years in grade 1 and then leaves: 3000 pupil-years, nobody graduates
    assert capped.flags == ()
    assert capped.pupil_years == pytest.approx(3000.0)
    assert capped.survival_rate(2) == 0.0
    assert capped.coefficient_of_efficiency == 0.0


def test_missing_rate_is_flagged():
    result = reconstructed_cohort((0.8, float("nan")), R)
    assert result.flags == ("missing_data",)
    assert np.isnan(result.coefficient_of_efficiency)
    assert result.flow.empty


def test_a_cap_must_be_a_whole_number():
    with pytest.raises(IndicatorUnavailable, match="whole number"):
        reconstructed_cohort(P, R, max_repetitions=-1)


def two_grade_enrolment() -> pd.DataFrame:
    """Counts that give the guidelines' hand check: E(1,t)=1000, R(1,t+1)=100, E(2,t+1)-R(2,t+1)=800, ..."""
    rows = [  # year, grade, enrolled, repeaters, graduates
        (2020, 1, 1000.0, 0.0, 0.0), (2020, 2, 1000.0, 0.0, 900.0),
        (2021, 1, 1000.0, 100.0, 0.0), (2021, 2, 850.0, 50.0, 700.0),
    ]
    return pd.DataFrame([
        dict(year=year, region_code="01", area="urban", sex="F", management="public", level="primary", grade=grade,
             age=5 + grade, enrolled=enrolled, repeaters=repeaters, new_entrants=0.0, new_entrants_ecd=0.0,
             graduates=graduates)
        for year, grade, enrolled, repeaters, graduates in rows
    ]).astype({"region_code": "str", "area": "str", "sex": "str", "management": "str", "level": "str"})


def test_engine_cohort_reproduces_the_hand_check():
    # p1 = (850 - 50) / 1000 = 0.8; r1 = 100 / 1000 = 0.1; p2 = 900 / 1000 = 0.9; r2 = 50 / 1000 = 0.05
    two_grades = OfficialAges(primary_grades=2, survival_grade=2)
    engine = IndicatorEngine({"enrolment": two_grade_enrolment()}, two_grades)
    survival = engine.compute("survival_rate_grade5", ("year",))
    assert survival["value"].tolist() == pytest.approx([88.889], abs=1e-3)
    efficiency = engine.compute("coefficient_of_efficiency", ("year",))
    assert efficiency["value"].tolist() == pytest.approx([82.286], abs=1e-3)
    assert efficiency["denominator"].tolist() == pytest.approx([2046.784], abs=1e-3)  # pupil-years
    capped = engine.compute("coefficient_of_efficiency", ("year",), max_repetitions=0)
    assert capped["value"].tolist() == pytest.approx([80.0])
    cohort = engine.cohort(2020)
    assert cohort.promotion == pytest.approx((0.8, 0.9)) and cohort.repetition == pytest.approx((0.1, 0.05))
    with pytest.raises(IndicatorUnavailable, match="2021 and 2022"):
        engine.cohort(2021)
