"""Structures that belong to a dataset, built once per worker and dataset."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from dashboard import store
from dashboard.contract import Dataset
from dashboard.indicators.engine import IndicatorEngine
from dashboard.stats.universe import SchoolGrid

T = TypeVar("T")


def engine_for(data: Dataset) -> IndicatorEngine:
    """The indicator engine of a dataset (its grouped sums are reused by every page)."""
    return store.derived(data, "indicator-engine", lambda d: IndicatorEngine(d.tables))


def per_dataset(data: Dataset, name: str, build: Callable[[Dataset], T]) -> T:
    """What a view computes from the data alone (the home page's headline figures), once per dataset and worker."""
    return store.derived(data, name, build)


def school_grid(data: Dataset) -> SchoolGrid:
    """The coaching page's assessment and roster laid out per school (each new universe is then a few masks)."""
    return store.derived(data, "coaching-school-grid",
                         lambda d: SchoolGrid.from_tables(d.table("assessment"), d.table("coaching")))
