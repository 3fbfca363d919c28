"""The indicator engine that belongs to a dataset, built once per worker and dataset."""
from __future__ import annotations

from dashboard import store
from dashboard.contract import Dataset
from dashboard.indicators.engine import IndicatorEngine


def engine_for(data: Dataset) -> IndicatorEngine:
    """The indicator engine of a dataset (its grouped sums are reused by every page)."""
    return store.derived(data, "indicator-engine", lambda d: IndicatorEngine(d.tables))
