"""Reliability rules that need no server: the shared cache failing as a miss, the pointer's checksum and
fallbacks, the answer cache's limits, upload details (formulas behind blanks, BOM bytes, paths), error classes."""
from __future__ import annotations

import codecs
import io
import json
import logging
import os
import socket
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from flask import Flask

from dashboard import answer_cache, security, shared_cache, store, uploads
from dashboard.contract import Issue

FINANCE = ("year,gnp,public_expenditure_education,public_expenditure_primary,public_current_expenditure_primary\n"
           "2000,1000000,50000,20000,15000\n2001,1100000,52000,21000,16000\n")


def data_dir(folder: Path, gnp: int) -> Path:
    folder.mkdir(parents=True)
    (folder / "finance.csv").write_text(FINANCE.replace("1000000", str(1_000_000 + gnp)), encoding="utf-8")
    (folder / "dataset.json").write_text('{"synthetic": true}', encoding="utf-8")
    return folder


@pytest.fixture
def state(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir(tmp_path / "default", 1)))
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("DASHBOARD_REDIS_URL", raising=False)
    store._notice.clear()
    store._failed_loads.clear()
    yield tmp_path
    store._notice.clear()


# ---------------------------------------------------------------- the shared cache


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens once the probe is closed


def test_an_unreachable_redis_answers_misses_quickly_and_logs_once(monkeypatch, caplog):
    monkeypatch.setenv("DASHBOARD_REDIS_URL", f"redis://127.0.0.1:{closed_port()}/0")
    app = Flask("worker")
    cache = shared_cache.Cache()
    cache.init_app(app, config=shared_cache.cache_config())
    with app.app_context(), caplog.at_level(logging.ERROR, logger="dashboard.shared_cache"):
        started = time.monotonic()
        results = [cache.get(f"key{i}") for i in range(50)] + [cache.set("key", "value") for _ in range(50)]
        elapsed = time.monotonic() - started
    assert results == [None] * 50 + [False] * 50
    assert elapsed < 1.0  # one failed attempt, then the backend rests instead of waiting 100 times
    assert len([r for r in caplog.records if "shared cache failed" in r.getMessage()]) == 1


# ---------------------------------------------------------------- the pointer


def test_the_pointer_carries_a_checksum_and_a_good_copy(state):
    target = data_dir(state / "v1", 2)
    store.activate(target)
    record = json.loads((state / "state" / store.POINTER_FILE).read_text())
    assert record["directory"] == str(target.resolve()) and len(record["checksum"]) == 64
    assert json.loads((state / "state" / store.GOOD_COPY_FILE).read_text()) == record
    edited = {**record, "directory": str(state / "default")}  # a hand edit that keeps the old checksum
    assert store._valid_record(edited) is None


def test_a_damaged_pointer_falls_back_to_its_good_copy_with_a_notice(state, caplog):
    store.activate(data_dir(state / "v1", 2))
    (state / "state" / store.POINTER_FILE).write_text('{"directory": "/tmp", "sin', encoding="utf-8")
    assert store.service_notice("en") is None
    with caplog.at_level(logging.ERROR, logger="dashboard.store"):
        assert store.directory_in_service() == (state / "v1").resolve()
    assert "last good copy" in store.service_notice("en") and "última copia buena" in store.service_notice("es")
    assert "last-known-good" in caplog.text


def test_a_vanished_version_falls_back_to_the_previous_one(state):
    first, second = data_dir(state / "v1", 2), data_dir(state / "v2", 3)
    store.activate(first)
    store.activate(second)
    fingerprint_first = store.dataset_at(first).fingerprint
    for path in second.iterdir():
        path.unlink()
    second.rmdir()
    assert store.dataset().fingerprint == fingerprint_first
    assert "v2" in store.service_notice("en") and "v1" in store.service_notice("en")
    store.activate(data_dir(state / "v3", 4))  # a new upload clears the notice
    assert store.service_notice("en") is None


def test_a_version_that_no_longer_loads_falls_back_too(state):
    first, second = data_dir(state / "v1", 2), data_dir(state / "v2", 3)
    store.activate(first)
    store.activate(second)
    store._datasets.clear()  # a fresh worker
    (second / "finance.csv").write_text("not,a\nfinance,table\n", encoding="utf-8")
    assert store.dataset().source_dir == first


def test_leftovers_of_interrupted_uploads_are_removed_at_start_with_a_notice(state):
    versions = state / "state" / store.VERSIONS_DIR
    leftover = versions / f"{store.INCOMING}20261204-101500-abcdef12"
    leftover.mkdir(parents=True)
    (leftover / "finance.csv").write_text(FINANCE, encoding="utf-8")
    kept = data_dir(versions / "20261201-090000-12345678", 5)
    assert uploads.clean_interrupted_uploads() == 1
    assert not leftover.exists() and kept.exists()
    assert "2026-12-04 10:15" in store.service_notice("en")


# ---------------------------------------------------------------- the answer cache


@pytest.mark.parametrize("search, kept", [("", True), ("?lang=en&indicator=gross_enrolment_ratio", True),
                                          ("?" + "a" * 3000, False), ("?a=1&&b", False), ("?lang", False)])
def test_answers_to_queries_that_do_not_parse_are_not_kept(search, kept):
    assert answer_cache.parsable_search(search) is kept


def test_actions_are_registered_explicitly():
    answer_cache.register_action("some-report")
    assert answer_cache.is_action("..some-report.children...other.children..")
    assert not answer_cache.is_action("other.children") and not answer_cache.is_action(None)


# ---------------------------------------------------------------- uploads


@pytest.mark.parametrize("cell", [" =HYPERLINK(\"http://x\")", "\u00a0=1+1", "\u202f@SUM(A1)", "\ufeff+cmd"])
def test_formulas_behind_blanks_are_refused(cell):
    cells = pd.DataFrame({"indicator_id": ["PDO1", cell], "indicator": ["a", "b"]})
    issues = uploads.unsafe_text_issues("results_framework", cells, "results_framework.csv", "csv")
    assert [i.rule for i in issues] == ["formula_cell"] and issues[0].rows == (3,)


def test_a_bom_file_names_the_byte_that_is_really_wrong():
    content = codecs.BOM_UTF8 + b"year,gnp\n2000,caf\xe9\n"
    problem = uploads.encoding_problem(uploads.ReceivedFile("finance.csv", "finance", "csv", content))
    assert problem.params == {"byte": "0xe9", "line": 2}


def test_reader_messages_do_not_name_server_folders(tmp_path):
    issue = Issue("unreadable_parquet", file="x.parquet", params={"detail": f"cannot open {tmp_path}/x.parquet"})
    cleaned = uploads.without_paths(issue, tmp_path, "x.parquet")
    assert str(tmp_path) not in cleaned.message("en") and "x.parquet" in cleaned.message("en")


def test_parquet_that_would_expand_too_far_is_refused_from_metadata(tmp_path):
    repeated = pa.DictionaryArray.from_arrays(pa.array([0] * 50, pa.int32()), pa.array(["y" * 20_000]))
    path = tmp_path / "results_framework.parquet"
    pq.write_table(pa.table({"indicator": repeated}), path, compression="zstd")
    issue = uploads.parquet_problem(path, "results_framework.parquet", 1000, 10 * 1_048_576)
    assert issue.rule == "text_too_long" and issue.params["length"] == "20,000"
    many = pa.DictionaryArray.from_arrays(pa.array(list(range(3000)), pa.int32()),
                                          pa.array([f"{i:05d}" + "z" * 9000 for i in range(3000)]))
    buffer = io.BytesIO()
    pq.write_table(pa.table({"indicator": many}), buffer, compression="zstd")
    path.write_bytes(buffer.getvalue())
    issue = uploads.parquet_problem(path, "results_framework.parquet", 10_000, 1_048_576)
    assert issue.rule == "parquet_expanded"


# ---------------------------------------------------------------- errors and tokens


def test_server_faults_are_5xx_and_client_faults_4xx():
    from dash import Dash

    app = Dash(__name__, pages_folder="")
    server = app.server

    @server.route("/disk")
    def disk():
        raise OSError(28, "No space left on device")

    @server.route("/bug")
    def bug():
        raise KeyError("missing")

    security.add_error_handlers(server, app)
    client = server.test_client()
    assert client.get("/disk").status_code == 503
    assert client.get("/bug").status_code == 500
    assert "No space" not in client.get("/disk").get_data(as_text=True)
    assert client.get("/_dash-component-suites/dash/%2e%2e/%2e%2e/app.py").status_code == 404


def test_a_short_admin_token_refuses_to_start(monkeypatch):
    monkeypatch.setenv("DASHBOARD_ADMIN_TOKEN", "x" * (security.MIN_TOKEN_LENGTH - 1))
    with pytest.raises(SystemExit, match="at least"):
        security.check_admin_token()
    monkeypatch.setenv("DASHBOARD_ADMIN_TOKEN", "x" * security.MIN_TOKEN_LENGTH)
    security.check_admin_token()


def test_the_cache_directory_is_trimmed_to_its_size_oldest_first(tmp_path, monkeypatch):
    monkeypatch.delenv("DASHBOARD_REDIS_URL", raising=False)
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(shared_cache, "MAX_FILES", 5)
    monkeypatch.setattr(shared_cache, "TRIM_SECONDS", 0.0)
    app = Flask("worker")
    cache = shared_cache.Cache()
    cache.init_app(app, config=shared_cache.cache_config())
    directory = tmp_path / "state" / "cache"
    with app.app_context():
        for i in range(12):
            before = set(directory.iterdir())
            assert cache.set(f"key{i}", i)
            (written,) = set(directory.iterdir()) - before
            os.utime(written, (1_000_000 + i, 1_000_000 + i))  # written one second apart, in order
        kept = [i for i in range(12) if cache.get(f"key{i}") is not None]
    # Each write trims first: before the last one, key0-key10 were cut to the newest five (key6-key10).
    assert kept == [6, 7, 8, 9, 10, 11]
