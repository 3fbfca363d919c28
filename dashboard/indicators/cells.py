"""Counts per key cell with the keys stored as integer codes, so a request is a few numpy passes.

An indicator's base (its counts at the finest key grain, a few thousand cells) is
built once with pandas; requests then filter and sum it many times. Grouping by
codes with numpy costs a few milliseconds where a pandas group-by on text keys
costs tens, which is what keeps every request far below the 100 ms budget.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Selection:
    """The filters of a request: allowed values per key, and an inclusive year range."""

    values: Mapping[str, tuple[object, ...]]
    years: tuple[int, int] | None = None

    @property
    def keys(self) -> set[str]:
        return set(self.values) | ({"year"} if self.years else set())


@dataclass(frozen=True)
class Groups:
    """The groups of a request: their key values (a frame) and each selected cell's group number."""

    keys: pd.DataFrame
    rows: np.ndarray  # positions of the selected cells
    group_of_row: np.ndarray  # group number of each selected cell

    def __len__(self) -> int:
        return len(self.keys)


@dataclass(frozen=True)
class CellTable:
    """Counts per key cell: `levels[key]` holds the sorted values of a key, `codes[key]` each cell's position in it."""

    levels: Mapping[str, pd.Index]
    codes: Mapping[str, np.ndarray]
    counts: Mapping[str, np.ndarray]

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, keys: Sequence[str]) -> CellTable:
        levels, codes = {}, {}
        for key in keys:
            codes[key], levels[key] = pd.factorize(frame[key], sort=True)
        counts = {name: frame[name].to_numpy(dtype="float64") for name in frame.columns if name not in keys}
        return cls(MappingProxyType(levels), MappingProxyType(codes), MappingProxyType(counts))

    def select(self, selection: Selection) -> np.ndarray:
        """Positions of the cells the filters keep."""
        size = len(next(iter(self.counts.values())))
        keep = np.ones(size, dtype=bool)
        for key, allowed in selection.values.items():
            wanted = self.levels[key].get_indexer(pd.Index(list(allowed)))
            keep &= np.isin(self.codes[key], wanted[wanted >= 0])
        if selection.years:
            first, last = selection.years
            years = self.levels["year"]
            keep &= np.isin(self.codes["year"], np.flatnonzero((years >= first) & (years <= last)))
        return np.flatnonzero(keep)

    def groups(self, by: Sequence[str], rows: np.ndarray) -> Groups:
        """Group the selected cells by `by` (every cell in one group when `by` is empty), groups sorted by key."""
        combined = np.zeros(len(rows), dtype="int64")
        for key in by:
            combined = combined * len(self.levels[key]) + self.codes[key][rows]
        group_ids, group_of_row = np.unique(combined, return_inverse=True)
        columns = {}
        for key in reversed(by):
            size = len(self.levels[key])
            columns[key] = self.levels[key].take(group_ids % size)
            group_ids = group_ids // size
        keys = pd.DataFrame({key: columns[key] for key in by}) if by else pd.DataFrame(index=range(len(group_ids)))
        return Groups(keys, rows, group_of_row)

    def sum(self, name: str, groups: Groups) -> np.ndarray:
        """Count `name` summed per group; a NaN cell makes its group's sum NaN."""
        return np.bincount(groups.group_of_row, weights=self.counts[name][groups.rows], minlength=len(groups))

    def sum_by_grade(self, name: str, groups: Groups, grades: int) -> np.ndarray:
        """Count `name` per group and grade 1..grades, as a (groups, grades) array; absent cells count 0."""
        grade = self.levels["grade"].to_numpy()[self.codes["grade"][groups.rows]]
        inside = (grade >= 1) & (grade <= grades)
        cell = groups.group_of_row[inside] * grades + (grade[inside] - 1)
        weights = self.counts[name][groups.rows][inside]
        return np.bincount(cell, weights=weights, minlength=len(groups) * grades).reshape(len(groups), grades)

    def year_values(self) -> np.ndarray:
        return self.levels["year"].to_numpy()
