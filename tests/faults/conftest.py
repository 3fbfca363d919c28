"""Fixtures of the fault suite: a demo data directory and a redis-server on a loopback port (see harness.py)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.faults.harness import Redis


@pytest.fixture(scope="session")
def demo_data(tmp_path_factory) -> Path:
    given = os.environ.get("OBSERVATORY_LOAD_DATA")
    if given:
        return Path(given)
    from dashboard.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("faults") / "demo", scale="demo", fmt="parquet")


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = Redis(tmp_path_factory.mktemp("redis"))
    server.start()
    try:
        yield server
    finally:
        server.stop()
