"""Structures that belong to a dataset, built once per worker and dataset."""
from __future__ import annotations

from dashboard import store
from dashboard.contract import Dataset
from dashboard.indicators.engine import IndicatorEngine
from dashboard.stats.universe import SchoolGrid


def engine_for(data: Dataset) -> IndicatorEngine:
    """The indicator engine of a dataset (its grouped sums are reused by every page)."""
    return store.derived(data, "indicator-engine", lambda d: IndicatorEngine(d.tables))


def school_grid(data: Dataset) -> SchoolGrid:
    """The coaching page's assessment and roster laid out per school (each new universe is then a few masks)."""
    return store.derived(data, "coaching-school-grid",
                         lambda d: SchoolGrid.from_tables(d.table("assessment"), d.table("coaching")))
