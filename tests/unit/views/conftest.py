"""Page views on small hand-made datasets: no server, no data directory, numbers worked out by hand."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard.contract import Dataset


def dataset_of(tables: dict[str, pd.DataFrame], version: str, synthetic: bool = False) -> Dataset:
    """A dataset made of these tables; `version` names it (the engine is kept per data version)."""
    return Dataset(tables=tables, source_dir=Path("/nowhere"), metadata={"synthetic": synthetic},
                   fingerprint=f"views-{version}")


@pytest.fixture(scope="module")
def explorer_data() -> Dataset:
    """Callao urban and Puno urban + rural, 2000, 2001 and 2003 (2002 missing): NER 50 % everywhere,
    GER 60 % except Puno's rural girls, 70 % (tests/unit/test_explorer.py works every cell out)."""
    from tests.unit.test_explorer import tables

    return dataset_of(tables(), "explorer")


@pytest.fixture(scope="module")
def tiny_data() -> Dataset:
    """The indicator tests' hand-made dataset (tests/unit/indicators/conftest.py), marked as the synthetic demo."""
    from tests.unit.indicators.conftest import tiny_tables

    return dataset_of(tiny_tables(), "tiny", synthetic=True)
