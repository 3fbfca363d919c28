"""Quality flags: the rule of the guidelines a value breaks, shown next to it, never clipped or dropped.

A flag is "" or the names of the broken rules joined by ";" (each has a text
`flag.<rule>` in the message catalogue).
"""
from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

import numpy as np
import pandas as pd

MISSING_DATA = "missing_data"  # a cell the value needs is NaN (not reported)
ZERO_DENOMINATOR = "zero_denominator"
OVER_100 = "over_100"  # NER, NIR, ECD share, qualified/certified %, literacy, survival... cannot exceed 100
NEGATIVE_DROPOUT = "negative_dropout"  # promotion + repetition above 1 in some grade
REPETITION_100 = "repetition_100"  # uncapped cohort model undefined: pupils would never leave the grade
FLAG_RULES = (MISSING_DATA, ZERO_DENOMINATOR, OVER_100, NEGATIVE_DROPOUT, REPETITION_100)
FLAG_SEPARATOR = ";"

# Values equal on paper can differ in the last bits after summing; this is not a breach.
ROUNDING_TOLERANCE = 1e-9


# Each rule is a bit, so flags combine with | and turn into text through one lookup (5 rules: 32 texts).
_BIT = MappingProxyType({rule: 1 << position for position, rule in enumerate(FLAG_RULES)})
_TEXT = np.array(
    [FLAG_SEPARATOR.join(rule for rule in FLAG_RULES if bits & _BIT[rule]) for bits in range(1 << len(FLAG_RULES))],
    dtype=object,
)


def flag_bits(rules: Sequence[tuple[str, np.ndarray]], size: int) -> np.ndarray:
    """The flags of each row as bits, from (rule, broken-mask) pairs."""
    bits = np.zeros(size, dtype=np.int64)
    for rule, broken in rules:
        bits |= np.where(broken, _BIT[rule], 0)
    return bits


def bits_of(flags: Sequence[str] | np.ndarray) -> np.ndarray:
    """Flag texts back to bits (a table has few distinct flag texts, so each is parsed once)."""
    codes, texts = pd.factorize(np.asarray(flags, dtype=object))
    parsed = np.array([sum(_BIT[rule] for rule in split_flags(text)) for text in texts], dtype=np.int64)
    return parsed[codes] if len(codes) else np.zeros(0, dtype=np.int64)


def flag_text(bits: np.ndarray) -> np.ndarray:
    """Bits to flag texts, rules in canonical order, joined by ";"."""
    return _TEXT[bits]


def flag_column(rules: Sequence[tuple[str, np.ndarray]], size: int) -> np.ndarray:
    """One flag text per row from (rule, broken-mask) pairs."""
    return flag_text(flag_bits(rules, size))


def merge_flags(*flag_texts: str) -> str:
    """The union of several flag texts, each rule once, in canonical order."""
    bits = 0
    for text in flag_texts:
        for rule in split_flags(text):
            bits |= _BIT[rule]
    return _TEXT[bits]


def split_flags(flag: str) -> tuple[str, ...]:
    return tuple(rule for rule in flag.split(FLAG_SEPARATOR) if rule)


def ratio_with_flags(
    numerator: np.ndarray,
    denominator: np.ndarray,
    *,
    scale: float,
    max_value: float | None,
    zero: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """numerator / denominator × scale, NaN where undefined, and the flag of each value.

    `zero` marks rows where an inner denominator (e.g. enrolment in a per-pupil cost)
    was zero, so that the value is undefined for that reason rather than missing data.
    """
    numerator = np.asarray(numerator, dtype="float64")
    denominator = np.asarray(denominator, dtype="float64")
    zero_denominator = denominator == 0
    if zero is not None:
        zero_denominator = zero_denominator | zero
    missing = np.isnan(numerator) | np.isnan(denominator)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(zero_denominator | missing, np.nan, numerator / denominator * scale)
    rules = [(MISSING_DATA, missing), (ZERO_DENOMINATOR, zero_denominator)]
    if max_value is not None:
        rules.append((OVER_100, value > max_value + ROUNDING_TOLERANCE))
    return value, flag_column(rules, len(value))
