"""The pure calculations of the programme page, as the coaching appraisal paper makes them.

The ratios follow the paper (Sempé, Tables 17, 22 and 23): per region, teachers and students per coach, coaches per
staff, and expenditure per teacher, student and coach, summarised as SPSS does (N, minimum, maximum, mean, sample SD).
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

STAFF_COLUMNS = ("staff_regional_officer", "staff_monitoring_officer", "staff_local_officer", "staff_local_monitor")
RATIO_COLUMNS = (
    "teachers_per_coach",
    "students_per_coach",
    "coaches_per_staff",
    "cost_per_teacher",
    "cost_per_student",
    "cost_per_coach",
    "students_per_school",
)
SUMMARY_COLUMNS = ("n", "minimum", "maximum", "mean", "sd")
CALLAO = "07"


def history_in_usd(program_national: pd.DataFrame, exchange_rates: pd.DataFrame) -> pd.DataFrame:
    """Table 1 with `expenditure_usd` added: soles divided by that year's soles per dollar (NaN without a rate)."""
    rates = exchange_rates[["year", "pen_per_usd"]]
    out = program_national.merge(rates, on="year", how="left", validate="one_to_one")
    out["expenditure_usd"] = out["expenditure"] / out["pen_per_usd"]
    return out.drop(columns="pen_per_usd")


def _per(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    """numerator / denominator, NaN where the denominator is zero or missing (a ratio that cannot be formed)."""
    return numerator.astype(float) / denominator.astype(float).where(denominator > 0)


def regional_ratios(
    program_regions: pd.DataFrame, year: int = 2013, exclude: Iterable[str] = (CALLAO,)
) -> pd.DataFrame:
    """One row per region for `year` with the paper's ratios; Callao is left out by default, as in Tables 17 and 22.

    Coaches per staff is NaN for a region without staff (La Libertad in 2013), so it drops out of that ratio's N.
    """
    rows = program_regions[(program_regions["year"] == year) & ~program_regions["region_code"].isin(tuple(exclude))]
    staff = rows[list(STAFF_COLUMNS)].sum(axis=1, min_count=1)
    out = pd.DataFrame({
        "year": rows["year"],
        "region_code": rows["region_code"],
        "staff": staff,
        "teachers_per_coach": _per(rows["coached_teachers"], rows["coaches"]),
        "students_per_coach": _per(rows["students"], rows["coaches"]),
        "coaches_per_staff": _per(rows["coaches"], staff),
        "cost_per_teacher": _per(rows["expenditure"], rows["coached_teachers"]),
        "cost_per_student": _per(rows["expenditure"], rows["students"]),
        "cost_per_coach": _per(rows["expenditure"], rows["coaches"]),
        "students_per_school": _per(rows["students"], rows["schools"]),
    })
    return out.sort_values("region_code").reset_index(drop=True)


def ratio_summary(ratios: pd.DataFrame, columns: Iterable[str] = RATIO_COLUMNS) -> pd.DataFrame:
    """N, minimum, maximum, mean and sample SD (n - 1, as SPSS) of each ratio, ignoring NaN; one row per ratio."""
    rows = {}
    for column in columns:
        values = ratios[column].astype(float).dropna()
        rows[column] = {
            "n": len(values),
            "minimum": values.min() if len(values) else np.nan,
            "maximum": values.max() if len(values) else np.nan,
            "mean": values.mean() if len(values) else np.nan,
            "sd": values.std(ddof=1) if len(values) > 1 else np.nan,
        }
    summary = pd.DataFrame.from_dict(rows, orient="index", columns=list(SUMMARY_COLUMNS))
    summary["n"] = summary["n"].astype(int)
    return summary


def staff_summary(program_regions: pd.DataFrame, year: int = 2013, exclude: Iterable[str] = ()) -> pd.DataFrame:
    """Table 23: N, minimum, maximum, mean and sample SD of each staff type and of total staff, over all regions
    (the paper's means are whole counts over 25, so Callao is in)."""
    rows = program_regions[(program_regions["year"] == year) & ~program_regions["region_code"].isin(tuple(exclude))]
    staff = rows[list(STAFF_COLUMNS)].copy()
    staff["staff_total"] = staff.sum(axis=1, min_count=1)
    return ratio_summary(staff, (*STAFF_COLUMNS, "staff_total"))


def outliers(ratios: pd.DataFrame, column: str, k: float = 3.0, leave_one_out: bool = True) -> pd.DataFrame:
    """Each region's value of `column`, its distance from the mean in SDs, and whether it lies more than `k` SDs away.

    `z` measures against the mean and SD of all regions; `z_loo` against the mean and SD of the *other* regions. By
    default the flag uses `z_loo`: an extreme value inflates the SD it is measured with (no value can lie more than
    (n - 1) / sqrt(n) SDs, 4.7 for n = 24, from a mean that includes it), so a clear outlier partly hides itself.
    This is how the paper's Cajamarca, at 7431.05 soles per teacher, is "over 3 SD" from the rest (3.8), though it
    is only 2.9 SDs from the mean and SD printed in Table 22.
    """
    frame = ratios[["region_code", column]].copy()
    values = frame[column].astype(float)
    valid = values.notna()
    mean, sd = values[valid].mean(), values[valid].std(ddof=1)
    frame["z"] = (values - mean) / sd
    z_loo = pd.Series(np.nan, index=frame.index)
    present = values[valid].to_numpy()
    if len(present) > 2:  # the others need two values for an SD
        others = np.broadcast_to(present, (len(present),) * 2)[~np.eye(len(present), dtype=bool)]
        others = others.reshape(len(present), -1)  # row i: every value but the i-th
        z_loo[valid] = (present - others.mean(axis=1)) / others.std(axis=1, ddof=1)
    frame["z_loo"] = z_loo
    frame["outlier"] = (frame["z_loo"] if leave_one_out else frame["z"]).abs() > k
    return frame
