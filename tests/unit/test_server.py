"""Serving: security headers, no debug mode, gunicorn settings, and one data version agreed by every worker."""
from __future__ import annotations

import json
import re
import runpy
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from flask import Flask, g

from dashboard import answer_cache, shared_cache, store

PROJECT = Path(__file__).resolve().parents[2]
FINANCE = ("year,gnp,public_expenditure_education,public_expenditure_primary,public_current_expenditure_primary\n"
           "2000,1000000,50000,20000,15000\n")


def data_dir(folder: Path, variant: int = 0, synthetic: bool = True) -> Path:
    """A one-table data directory; each `variant` has a different GNP, so a different fingerprint."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "finance.csv").write_text(FINANCE.replace("1000000", str(1000000 + variant)), encoding="utf-8")
    (folder / "dataset.json").write_text(json.dumps({"synthetic": synthetic}), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    demo = data_dir(tmp_path_factory.mktemp("demo"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DASHBOARD_DATA_DIR", str(demo))
        patch.setenv("DASHBOARD_STATE_DIR", str(tmp_path_factory.mktemp("state")))
        patch.delenv("DASHBOARD_REDIS_URL", raising=False)
        patch.delenv("DASHBOARD_DEBUG", raising=False)
        import app

        store.cache.init_app(app.server, config=shared_cache.cache_config())
        yield app.server.test_client()


@pytest.fixture
def state(tmp_path, monkeypatch):
    """Settings for store tests: a default data directory and a private state directory."""
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(data_dir(tmp_path / "default")))
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("DASHBOARD_REDIS_URL", raising=False)
    return tmp_path


# ---------------------------------------------------------------- headers and debug mode


@pytest.mark.parametrize("path, method", [("/", "GET"), ("/data", "GET"), ("/no-such-page", "GET"),
                                           ("/_dash-layout", "GET"), ("/_dash-update-component", "POST")])
def test_every_response_carries_the_security_headers(client, path, method):
    answer = client.open(path, method=method, json={} if method == "POST" else None)
    policy = answer.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'self'" in policy and "object-src 'none'" in policy
    scripts = re.search(r"script-src ([^;]*)", policy).group(1)
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts and "http" not in policy
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert answer.headers["X-Frame-Options"] == "SAMEORIGIN"


def test_no_debug_mode_outside_a_developers_machine(client):
    import app

    assert not app.server.debug and not app.app._dev_tools.ui and not app.app._dev_tools.hot_reload
    config = re.search(rb'<script id="_dash-config" type="application/json">(.*?)</script>', client.get("/").data)
    assert json.loads(config.group(1))["ui"] is False
    # A failing callback answers without a traceback or the code's paths.
    answer = client.post("/_dash-update-component", json={"output": "data-in-service.children"})
    assert answer.status_code == 400 and b"Traceback" not in answer.data and b"/work" not in answer.data


def test_gunicorn_settings_and_their_environment(monkeypatch):
    for name in ("GUNICORN_BIND", "PORT", "WEB_CONCURRENCY", "GUNICORN_CONTROL_SOCKET"):
        monkeypatch.delenv(name, raising=False)
    defaults = runpy.run_path(str(PROJECT / "gunicorn.conf.py"))
    assert defaults["bind"] == ["0.0.0.0:8050"] and defaults["workers"] == 2 and defaults["preload_app"]
    assert defaults["timeout"] >= 120 and defaults["control_socket_disable"]
    monkeypatch.setenv("PORT", "9000")
    monkeypatch.setenv("WEB_CONCURRENCY", "4")
    assert runpy.run_path(str(PROJECT / "gunicorn.conf.py"))["bind"] == ["0.0.0.0:9000"]
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:8123")
    settings = runpy.run_path(str(PROJECT / "gunicorn.conf.py"))
    assert settings["bind"] == ["127.0.0.1:8123"] and settings["workers"] == 4


# ---------------------------------------------------------------- the pointer to the data in service


def flask_worker(config: dict) -> Flask:
    """A bare Flask app sharing `store.cache` through `config`: stands for one gunicorn worker."""
    worker = Flask(f"worker-{id(config)}-{time.monotonic_ns()}")
    store.cache.init_app(worker, config=config)
    return worker


def test_the_newer_pointer_wins_and_repairs_a_stale_cache(state):
    worker = flask_worker({"CACHE_TYPE": "SimpleCache"})
    first, second = data_dir(state / "v1", 1), data_dir(state / "v2", 2)
    with worker.app_context():
        store.activate(first)
    with worker.app_context():
        store.activate(second)
        # A slow reader puts back the record it read before the switch (the race the old code lost).
        stale = {"directory": str(first.resolve()), "since": store._read_pointer_file()["since"] - 5}
        store.cache.set(store.pointer_key(), stale, timeout=0)
    with worker.app_context():
        assert store.directory_in_service() == second.resolve()
        assert store.cache.get(store.pointer_key())["directory"] == str(second.resolve())  # repaired


def test_garbage_or_an_outage_in_the_cache_falls_back_to_the_pointer_file(state, monkeypatch):
    worker = flask_worker({"CACHE_TYPE": "SimpleCache"})
    target = data_dir(state / "v1")
    with worker.app_context():
        store.activate(target)
        store.cache.set(store.pointer_key(), "an old string format", timeout=0)
    with worker.app_context():
        assert store.directory_in_service() == target.resolve()

    def outage(*_args, **_kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(store.cache, "get", outage)
    monkeypatch.setattr(store.cache, "set", outage)
    with worker.app_context():
        assert store.directory_in_service() == target.resolve()


def test_a_request_reads_the_pointer_once(state):
    worker = flask_worker({"CACHE_TYPE": "SimpleCache"})
    old, new = data_dir(state / "old", 1), data_dir(state / "new", 2)
    with worker.app_context():
        store.activate(old)
    with worker.test_request_context("/"):
        seen = store.dataset()
        other = flask_worker({"CACHE_TYPE": "SimpleCache"})
        with other.app_context():
            store.activate(new)  # another worker switches in the middle of this request
        assert store.dataset() is seen  # this response stays on one version
    with worker.test_request_context("/"):
        assert store.dataset().source_dir == new.resolve()


def test_workers_sharing_a_filesystem_cache_agree_after_a_switch(state):
    config = {"CACHE_TYPE": "FileSystemCache", "CACHE_DIR": str(state / "cache")}
    one, two = flask_worker(config), flask_worker(config)
    target = data_dir(state / "uploaded", 7)
    with two.app_context():
        store.dataset()  # the second worker served the old data first
    with one.app_context():
        store.activate(target)
    with two.app_context():
        assert store.dataset().source_dir == target.resolve()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
                               "no", "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    import redis

    for _ in range(100):
        try:
            redis.Redis.from_url(url).ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield url
    server.terminate()
    server.wait(timeout=10)


def test_with_redis_workers_on_other_hosts_learn_the_switch_from_the_cache(state, redis_url, monkeypatch):
    monkeypatch.setenv("DASHBOARD_REDIS_URL", redis_url)
    config = shared_cache.cache_config()
    assert config["CACHE_TYPE"].endswith("RedisCache")
    here, there = flask_worker(config), flask_worker(config)
    target = data_dir(state / "uploaded", 9)
    with here.app_context():
        store.activate(target)
    # The other host has no copy of this host's pointer file: only Redis tells it.
    (state / "state" / store.POINTER_FILE).unlink()
    with there.app_context():
        assert store.directory_in_service() == target.resolve()


# ---------------------------------------------------------------- answers shared between workers


def test_the_same_view_of_the_same_data_is_computed_once(client, tmp_path):
    layout_request = {
        "output": ".._pages_content.children..._pages_store.data..", "state": [], "changedPropIds": [],
        "outputs": [{"id": "_pages_content", "property": "children"}, {"id": "_pages_store", "property": "data"}],
        "inputs": [{"id": "_pages_location", "property": "pathname", "value": "/data"},
                   {"id": "_pages_location", "property": "search", "value": "?lang=en"}],
    }
    first = client.post("/_dash-update-component", json=layout_request)
    second = client.post("/_dash-update-component", json=layout_request)
    header = answer_cache.CACHE_HEADER
    assert first.headers[header] in ("miss", "hit") and second.headers[header] == "hit"
    assert first.data == second.data
    # Another data version is another answer.
    import app

    with app.server.app_context():
        store.activate(data_dir(tmp_path / "other", 5))
    third = client.post("/_dash-update-component", json=layout_request)
    assert third.headers[answer_cache.CACHE_HEADER] == "miss" and third.data != first.data
    with app.server.app_context():
        store.reset_to_default()


def test_flask_g_pin_is_per_request(client):
    import app

    with app.server.test_request_context("/"):
        store.directory_in_service()
        assert hasattr(g, store.REQUEST_PIN)
    with app.server.test_request_context("/"):
        assert not hasattr(g, store.REQUEST_PIN)
