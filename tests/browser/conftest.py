"""Browser tests: the real app on a synthetic demo directory, driven in headless Debian Chromium."""
from __future__ import annotations

import os

import pytest

from dashboard.demo import write_demo


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory):
    """A full synthetic demo directory (Parquet), made once for the whole browser session."""
    return write_demo(tmp_path_factory.mktemp("demo") / "data", scale="demo", fmt="parquet")


@pytest.fixture(scope="session")
def observatory(demo_dir, tmp_path_factory):
    """The Dash app serving the demo directory, with its state kept in a temporary directory."""
    os.environ["DASHBOARD_DATA_DIR"] = str(demo_dir)
    os.environ["DASHBOARD_STATE_DIR"] = str(tmp_path_factory.mktemp("state"))
    import app

    return app.app


def console_errors(dash_duo) -> list[dict]:
    """Severe browser console entries (a failed request, a JS error, a CSP violation...)."""
    return [entry for entry in dash_duo.get_logs() or [] if entry.get("level") == "SEVERE"]
