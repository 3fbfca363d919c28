"""The programme's committed reference tables (data/reference/, sources in its README), read once each."""
from __future__ import annotations

import math
from functools import cache

import pandas as pd

from dashboard.config import REFERENCE_DIR

# The committed tables, by name (the file is NAME.csv).
REFERENCE_TABLES = (
    "program_national",
    "exchange_rates",
    "focalisation",
    "teacher_views",
    "program_regions_demo",
    "results_framework",
    "results_framework_indicators",
    "disbursement_schedule",
    "disbursement_estimates",
    "project_budget",
)

# Column types that reading alone would get wrong: codes are text (leading zeros kept, "1.1" is not a number), the
# results framework's cells hold numbers, YES/NO and sentences, and a DLI number may be missing.
_DTYPES = {
    "program_regions_demo": {"region_code": str},
    "teacher_views": {"question_code": str, "group_code": str, "answer_code": str},
    "results_framework": {"baseline": str, "target": str, "actual": str},
    "results_framework_indicators": {"dli": "Int64", "end_target": str},
    "disbursement_schedule": {"baseline": str, "target_note": str},
    "project_budget": {"component_code": str, "activity_code": str, "budget_activity_code": str},
}
# Results-framework cells that are numbers when they parse as one (a unit of Number or Percentage).
_MIXED_COLUMNS = {
    "results_framework": ("baseline", "target", "actual"),
    "results_framework_indicators": ("end_target",),
}

def _cell(text: object) -> object:
    """A results-framework cell as the reader wants it: a number if it is one, else the text; None when empty."""
    if text is None or (isinstance(text, float) and math.isnan(text)) or text == "":
        return None
    value = str(text)
    try:
        number = float(value)
    except ValueError:
        return value
    return int(number) if number.is_integer() else number


@cache
def _read(name: str) -> pd.DataFrame:
    if name not in REFERENCE_TABLES:
        raise KeyError(f"no reference table {name!r}; the tables are: {', '.join(REFERENCE_TABLES)}")
    frame = pd.read_csv(REFERENCE_DIR / f"{name}.csv", dtype=_DTYPES.get(name), keep_default_na=False,
                        na_values=[""])
    for column in _MIXED_COLUMNS.get(name, ()):
        frame[column] = pd.Series([_cell(v) for v in frame[column]], index=frame.index, dtype=object)
    return frame


def load_reference(name: str) -> pd.DataFrame:
    """One committed reference table by name (e.g. "program_national"), read once and cached.

    Callers get their own shallow copy: with pandas' copy-on-write, changing it never changes the cache.
    """
    return _read(name).copy(deep=False)
