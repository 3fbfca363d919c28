"""Gender parity index (female value / male value), UNESCO's adjusted GPI, and the parity band.

The adjusted GPI (UIS, 2010 onward) keeps F/M when females are behind and uses
2 − M/F when they are ahead, so that a gap of the same size either way sits at
the same distance from 1 (0.8 and 1.2 rather than 0.8 and 1.25).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from dashboard.indicators.quality import MISSING_DATA, ZERO_DENOMINATOR, bits_of, flag_bits, flag_text
from dashboard.vocabulary import SEXES

# UNESCO's convention: a GPI between these bounds counts as gender parity.
PARITY_LOWER = 0.97
PARITY_UPPER = 1.03

FEMALE, MALE = SEXES


def gender_parity_index(female: float | np.ndarray, male: float | np.ndarray) -> np.ndarray:
    """F / M; NaN where the male value is zero or either value is missing."""
    female, male = np.asarray(female, dtype="float64"), np.asarray(male, dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(male == 0, np.nan, female / male)


def adjusted_gender_parity_index(female: float | np.ndarray, male: float | np.ndarray) -> np.ndarray:
    """UNESCO's adjusted GPI: F / M when F ≤ M, else 2 − M / F (so it stays within 0–2)."""
    female, male = np.asarray(female, dtype="float64"), np.asarray(male, dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        behind = np.where(male == 0, np.nan, female / male)
        ahead = 2.0 - male / female
    return np.where(female <= male, behind, np.where(female > male, ahead, np.nan))


def is_at_parity(gpi: float | np.ndarray | pd.Series) -> bool | np.ndarray | pd.Series:
    """True where a GPI lies in the parity band 0.97–1.03 (NaN is never at parity)."""
    return (gpi >= PARITY_LOWER) & (gpi <= PARITY_UPPER)


def gender_parity_table(
    frame: pd.DataFrame, by: Sequence[str], indicator: str, *, adjusted: bool = False
) -> pd.DataFrame:
    """The GPI of a tidy indicator table that has a `sex` column, for each group of `by`.

    The result keeps the tidy shape: numerator = female value, denominator = male
    value; the flags of the female and male values carry over to their GPI.
    """
    by = list(by)
    parent = np.zeros(len(frame), dtype=np.int64)  # the group of each row once sex is left out
    for key in by:
        codes, uniques = pd.factorize(frame[key], sort=True)
        parent = parent * len(uniques) + codes
    _, first_row, group_of_row = np.unique(parent, return_index=True, return_inverse=True)
    size = len(first_row)
    sex = frame["sex"].to_numpy(dtype=object)
    values = frame["value"].to_numpy(dtype="float64")
    bits = bits_of(frame["flag"].to_numpy(dtype=object))
    f, m = np.full(size, np.nan), np.full(size, np.nan)
    inherited = np.zeros(size, dtype=np.int64)
    for side, code in ((f, FEMALE), (m, MALE)):  # at most one row per group and sex
        rows = sex == code
        side[group_of_row[rows]] = values[rows]
        inherited[group_of_row[rows]] |= bits[rows]
    value = adjusted_gender_parity_index(f, m) if adjusted else gender_parity_index(f, m)
    missing = np.isnan(f) | np.isnan(m)
    zero = ~missing & (m == 0)
    if adjusted:
        zero &= f <= m  # females ahead of a zero male value give 2 − 0/F = 2, which is defined
    flags = flag_text(flag_bits([(MISSING_DATA, missing), (ZERO_DENOMINATOR, zero)], size) | inherited)
    keys = frame[by].iloc[first_row].reset_index(drop=True) if by else pd.DataFrame(index=range(size))
    return keys.assign(indicator=indicator, value=value, numerator=f, denominator=m, flag=flags)
