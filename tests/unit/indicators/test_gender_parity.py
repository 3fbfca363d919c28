"""Gender parity index, UNESCO's adjusted GPI and the 0.97-1.03 parity band."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.indicators import (
    PARITY_LOWER,
    PARITY_UPPER,
    adjusted_gender_parity_index,
    gender_parity_index,
    is_at_parity,
)
from dashboard.indicators.parity import gender_parity_table


def test_parity_band_constants():
    assert (PARITY_LOWER, PARITY_UPPER) == (0.97, 1.03)


def test_plain_gpi():
    assert gender_parity_index(45.0, 50.0) == pytest.approx(0.9)  # 45 / 50
    assert gender_parity_index(60.0, 50.0) == pytest.approx(1.2)  # 60 / 50
    assert np.isnan(gender_parity_index(10.0, 0.0))  # no male value to compare with
    assert gender_parity_index(np.array([1.0, 2.0]), np.array([2.0, 1.0])) == pytest.approx([0.5, 2.0])


def test_adjusted_gpi():
    # females behind: unchanged, 45 / 50 = 0.9
    assert adjusted_gender_parity_index(45.0, 50.0) == pytest.approx(0.9)
    # females ahead: 2 - 50 / 60 = 1.1667 instead of 1.2
    assert adjusted_gender_parity_index(60.0, 50.0) == pytest.approx(2 - 50 / 60)
    # the same gap either way lies at the same distance from 1: 50 vs 40 -> 1.2 and 0.8
    assert adjusted_gender_parity_index(50.0, 40.0) == pytest.approx(2 - 40 / 50)  # 1.2
    assert adjusted_gender_parity_index(40.0, 50.0) == pytest.approx(0.8)
    assert adjusted_gender_parity_index(7.0, 0.0) == pytest.approx(2.0)  # 2 - 0 / 7
    assert np.isnan(adjusted_gender_parity_index(0.0, 0.0))


@given(st.floats(0.1, 200), st.floats(0.1, 200))
def test_adjusted_gpi_is_symmetric_around_parity(female, male):
    # swapping the sexes mirrors the adjusted GPI around 1: F/M + (2 - F/M) = 2
    swapped = adjusted_gender_parity_index(male, female)
    assert adjusted_gender_parity_index(female, male) + swapped == pytest.approx(2.0)


def test_parity_band():
    assert is_at_parity(0.97) and is_at_parity(1.0) and is_at_parity(1.03)
    assert not is_at_parity(0.969) and not is_at_parity(1.031)
    assert not is_at_parity(float("nan"))
    series = pd.Series([0.95, 0.98, 1.02, 1.05])
    assert is_at_parity(series).tolist() == [False, True, True, False]


def test_gpi_table_keeps_the_tidy_shape_and_flags():
    values = pd.DataFrame({
        "year": [2020, 2020, 2021, 2022, 2022],
        "sex": ["F", "M", "F", "F", "M"],
        "value": [90.0, 100.0, 80.0, 50.0, 0.0],
        "flag": ["", "over_100", "", "", ""],
    })
    table = gender_parity_table(values, ["year"], "x_gpi")
    assert list(table.columns) == ["year", "indicator", "value", "numerator", "denominator", "flag"]
    rows = table.set_index("year")
    assert rows.loc[2020, "value"] == pytest.approx(0.9)  # 90 / 100
    assert rows.loc[2020, "flag"] == "over_100"  # the male value's flag carries over
    assert np.isnan(rows.loc[2021, "value"]) and rows.loc[2021, "flag"] == "missing_data"  # no male value
    assert np.isnan(rows.loc[2022, "value"]) and rows.loc[2022, "flag"] == "zero_denominator"
    adjusted = gender_parity_table(values, ["year"], "x_gpi_adjusted", adjusted=True).set_index("year")
    assert adjusted.loc[2022, "value"] == pytest.approx(2.0)  # females ahead of 0: 2 - 0 / 50
    assert adjusted.loc[2022, "flag"] == ""
