"""Finding 9 (and the interrupted upload of finding 7) replayed across a restart of gunicorn with Redis."""
from __future__ import annotations

import shutil
import time

import pytest

from tests.faults.harness import Gunicorn

pytestmark = pytest.mark.faults


def test_finding_9_a_lost_version_directory_falls_back_to_the_previous_version(demo_data, redis_server, tmp_path):
    """Delete the active version and restart: the previous version is served, with a log line; leftovers go."""
    redis_server.client().flushall()  # counters of the other module's token guesses
    table = next(demo_data.glob("finance.*"))
    first = Gunicorn(tmp_path, demo_data, redis_server).start()
    try:
        # Over the 2 MB every anonymous request is held to: it passes the door because it carries the token.
        large = demo_data / "enrolment.parquet"
        assert large.stat().st_size * 4 / 3 > 2 * 1024 * 1024
        assert "switched" in first.upload([(large.name, large.read_bytes())]).text
        older = first.data_version()
        time.sleep(1.1)  # the next version's metadata carries another upload time, hence another fingerprint
        assert "switched" in first.upload([(table.name, table.read_bytes())]).text
        newer = first.data_version()
    finally:
        first.stop()
    assert older != newer
    versions = first.state / "versions"
    kept = sorted(p for p in versions.iterdir())
    assert len(kept) == 2
    # The newest version vanishes; a worker killed mid-upload left its staging directory behind.
    shutil.rmtree(kept[-1])
    leftover = versions / ".incoming-20261204-101500-abcdef12"
    leftover.mkdir()
    (leftover / "finance.csv").write_text("year,gnp\n2001,1\n", encoding="utf-8")
    redis_server.client().flushall()

    second = Gunicorn(tmp_path, demo_data, redis_server)
    second.start()
    try:
        assert {second.data_version() for _ in range(6)} == {older}
        log = second.log()
        assert "is missing or unreadable; serving" in log
        assert "interrupted upload" in log
        assert not leftover.exists() and kept[0].exists()
    finally:
        second.stop()
