"""The two bundled datasets: real published figures served by default, the synthetic demo committed ready to load."""
from __future__ import annotations

import pandas as pd
import pytest

from dashboard import store
from dashboard.config import DEMO_DIR, PERU_DIR
from dashboard.demo import generate_demo

MAX_FILE_BYTES = 5 * 1024 * 1024


def test_with_no_data_directory_the_real_dataset_is_served(monkeypatch, tmp_path):
    monkeypatch.delenv("DASHBOARD_DATA_DIR", raising=False)
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "state"))
    assert store.default_directory() == PERU_DIR
    data = store.dataset()
    assert data.source_dir == PERU_DIR and data.origin == "published" and not data.is_demo


def test_the_demo_is_available_by_name_without_changing_the_data_in_service(monkeypatch, tmp_path):
    monkeypatch.delenv("DASHBOARD_DATA_DIR", raising=False)
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "state"))
    demo = store.bundled_dataset("demo")
    assert demo.is_demo and demo.origin == "synthetic" and demo.source_dir == DEMO_DIR
    assert store.dataset().source_dir == PERU_DIR
    assert store.bundled_dataset("peru").origin == "published"
    with pytest.raises(KeyError, match="the bundled ones are: peru, demo"):
        store.bundled_dataset("national")


def test_committed_files_stay_small():
    sizes = {path.name: path.stat().st_size for directory in (DEMO_DIR, PERU_DIR) for path in directory.iterdir()}
    assert sizes and max(sizes.values()) < MAX_FILE_BYTES, sizes


def test_the_committed_demo_is_what_the_generator_makes():
    """Regenerate with `python -m dashboard demo --out data/demo --format parquet` when the generator changes."""
    def cells(frame: pd.DataFrame) -> pd.DataFrame:  # one missing marker, whatever the column's dtype
        return frame.astype(object).where(frame.notna(), None)

    for name, expected in generate_demo("demo").items():
        committed = pd.read_parquet(DEMO_DIR / f"{name}.parquet")
        pd.testing.assert_frame_equal(cells(committed), cells(expected), check_dtype=False, obj=name)
