"""Published indicator values (the `indicator_values` table) beside the values computed from the counts.

A publisher's figure (the World Bank's GER of 2010, UIS's PTR of 2015) is data too.
`published_series` picks the published values for exactly the cells a request asks
for (same indicator, same split, same filters); `with_published` puts them beside
the computed values, with where each number comes from and the difference.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from dashboard.indicators.catalogue import KEY_ORDER
from dashboard.indicators.engine import DEFAULT_ASSESSMENT_GRADE, DEFAULT_SUBJECT

ASSESSMENT_INDICATOR = "pct_mastering_competencies"

TABLE = "indicator_values"
COMPUTED, PUBLISHED = "computed", "published"
# The disaggregations a published figure may carry; a figure belongs to a request only if it has exactly
# the request's splits (a girls' GER is not the national GER).
PUBLISHED_SPLITS = ("region_code", "area", "sex", "management", "grade")
SERIES_COLUMNS = ("published", "published_source", "published_note")


def published_series(
    tables: Mapping[str, pd.DataFrame],
    indicator_id: str,
    by: Iterable[str] = ("year",),
    *,
    filters: Mapping[str, object] | None = None,
    years: tuple[int, int] | None = None,
    gpi: bool = False,
    subject: str = DEFAULT_SUBJECT,
    assessment_grade: int = DEFAULT_ASSESSMENT_GRADE,
) -> pd.DataFrame:
    """The published values of `indicator_id` (its GPI with gpi=True) for the cells of split `by`.

    For indicator 15, `subject` and `assessment_grade` choose the results, as in the
    engine. One row per cell: the split keys, then `published`, `published_source`,
    `published_note`. Where several releases publish the same cell, the first one
    listed in the table is kept (the dataset lists its reference release first).
    Empty when nothing is published for that split.
    """
    keys = [key for key in KEY_ORDER if key in tuple(by)]
    empty = pd.DataFrame(columns=[*keys, *SERIES_COLUMNS])
    values = tables.get(TABLE)
    if values is None:
        return empty
    wanted = f"{indicator_id}_gpi" if gpi else indicator_id
    rows = values[values["indicator_id"] == wanted]
    splits = PUBLISHED_SPLITS
    if indicator_id == ASSESSMENT_INDICATOR:
        # The assessed subject and grade say what the figure measures (as the engine's options do), not a split.
        for column, wanted_value in (("subject", subject), ("grade", assessment_grade)):
            rows = rows[rows[column] == wanted_value] if column in rows else rows.iloc[:0]
        splits = tuple(split for split in splits if split != "grade")
    if years is not None:
        rows = rows[rows["year"].between(*years)]
    for split in splits:
        column = rows[split] if split in rows else pd.Series(np.nan, index=rows.index)
        wanted_values = (filters or {}).get(split)
        if wanted_values is not None:
            allowed = [wanted_values] if isinstance(wanted_values, str | int) else list(wanted_values)
            rows = rows[column.isin(allowed)]
        elif split in keys:
            rows = rows[column.notna()]
        else:
            rows = rows[column.isna()]
    if rows.empty:
        return empty
    missing = [key for key in keys if key not in rows]
    if missing:  # a split the table has no column for: nothing is published at that grain
        return empty
    note = rows["note"] if "note" in rows else pd.Series("", index=rows.index)
    frame = rows[keys].assign(published=rows["value"].to_numpy(dtype="float64"), published_source=rows["source"],
                              published_note=note.fillna(""))
    if "grade" in keys:
        frame["grade"] = frame["grade"].astype("int64")
    return frame.drop_duplicates(keys, keep="first").sort_values(keys).reset_index(drop=True)


def with_published(computed: pd.DataFrame | None, published: pd.DataFrame, keys: Iterable[str]) -> pd.DataFrame:
    """Computed and published values of the same cells side by side, one row per cell either side has.

    `value` is the computed value where the counts give one, otherwise the published
    one; `origin` says which (computed | published); `published` is the published
    value of the cell (NaN if none) and `difference` computed − published.
    """
    keys = list(keys)
    if published.empty and computed is not None:
        return computed.assign(origin=COMPUTED, published=np.nan, difference=np.nan, published_source="",
                               published_note="")
    if computed is None or computed.empty:
        frame = published.assign(value=published["published"], origin=PUBLISHED)
        frame["difference"] = np.nan
        return frame.reset_index(drop=True)
    merged = computed.merge(published, on=keys, how="outer", sort=True) if keys else computed.assign(
        **{column: (published[column].iloc[0] if len(published) else np.nan) for column in SERIES_COLUMNS})
    value = merged["value"].astype("float64")
    has_computed = value.notna()
    merged["origin"] = np.where(has_computed, COMPUTED, PUBLISHED)
    merged["difference"] = value - merged["published"].astype("float64")
    merged["value"] = value.where(has_computed, merged["published"])
    if "flag" in merged:
        merged["flag"] = merged["flag"].where(has_computed, "").fillna("")
    if "indicator" in merged:
        merged["indicator"] = merged["indicator"].ffill().bfill()
    return merged.reset_index(drop=True)
