"""Short load test in CI: gunicorn with 2 workers, 10 users for 10 s, one upload midway; no request may fail.

    python -m pytest -m load tests/load

Set OBSERVATORY_LOAD_DATA to an existing demo directory to skip generating one (about 30 s).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

PROJECT = Path(__file__).resolve().parents[2]
TOKEN = "load-test-token-0123456789"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory) -> Path:
    given = os.environ.get("OBSERVATORY_LOAD_DATA")
    if given:
        return Path(given)
    from dashboard.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("load") / "demo", scale="demo", fmt="parquet")


@pytest.fixture
def gunicorn(demo_data, tmp_path):
    """`gunicorn app:server` with 2 workers on a free port, as the README tells operators to run it."""
    port = free_port()
    env = {**os.environ, "DASHBOARD_DATA_DIR": str(demo_data), "DASHBOARD_STATE_DIR": str(tmp_path / "state"),
           "DASHBOARD_ADMIN_TOKEN": TOKEN, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "2"}
    env.pop("DASHBOARD_REDIS_URL", None)
    log = (tmp_path / "gunicorn.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "app:server"], cwd=PROJECT, env=env,
                              stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert server.poll() is None, (tmp_path / "gunicorn.log").read_text()
            try:  # the socket is open while the master preloads the app: a first request may wait for a worker
                if requests.get(url + "/", timeout=30).status_code == 200:
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, "gunicorn did not answer within 90 s"
            time.sleep(0.5)
        yield url, tmp_path / "gunicorn.log"
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


@pytest.mark.load
def test_two_workers_serve_ten_users_and_an_upload_without_a_failure(gunicorn, demo_data, tmp_path):
    url, log = gunicorn
    upload = tmp_path / "upload"
    upload.mkdir()
    table = next(demo_data.glob("finance.*"))
    shutil.copy(table, upload / table.name)  # a new version of one table; the others are carried over
    summary_file = tmp_path / "summary.json"
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "scripts/loadtest.py", "--url", url, "--users", "10", "--duration", "10", "--think", "0.5",
         "--upload", str(upload), "--token", TOKEN, "--json", str(summary_file)],
        cwd=PROJECT, capture_output=True, text=True, timeout=240)
    summary = json.loads(summary_file.read_text())
    report = run.stdout + run.stderr + log.read_text()
    assert summary["errors"] == 0, report
    assert summary["upload"]["switched"], report
    assert summary["mixed_responses"] == 0 and summary["foreign_versions"] == [], report
    assert summary["stale_after_switch"] == 0, report
    assert summary["requests"] > 50 and run.returncode == 0, report
    assert time.monotonic() - started < 120
    # Afterwards every worker serves the uploaded version (fresh connections spread over both workers).
    new = summary["upload"]["version"]
    layout = {"output": ".._pages_content.children..._pages_store.data..", "state": [], "changedPropIds": [],
              "outputs": [{"id": "_pages_content", "property": "children"}, {"id": "_pages_store", "property": "data"}],
              "inputs": [{"id": "_pages_location", "property": "pathname", "value": "/data"},
                         {"id": "_pages_location", "property": "search", "value": ""}]}
    for _ in range(12):
        answer = requests.post(url + "/_dash-update-component", json=layout, timeout=30,
                               headers={"Connection": "close"})
        assert set(re.findall(r'"data_version":\s*"(\w+)"', answer.text)) == {new}


def load_script():
    """scripts/loadtest.py as a module (scripts/ is not a package)."""
    import importlib.util

    if "loadtest" not in sys.modules:
        spec = importlib.util.spec_from_file_location("loadtest", PROJECT / "scripts" / "loadtest.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["loadtest"] = module  # dataclasses look their module up while the file runs
        spec.loader.exec_module(module)
    return sys.modules["loadtest"]


@pytest.mark.parametrize("url", ["http://example.org:8050", "https://127.0.0.1:8050", "http://10.0.0.5:8050",
                                 "http://127.0.0.1.example.org/", "http://localhost@evil.org/"])
def test_the_load_test_only_targets_this_machine(url):
    with pytest.raises(SystemExit):
        load_script().check_local(url)
    assert load_script().check_local("http://127.0.0.1:8050") == "http://127.0.0.1:8050"


def test_the_load_test_is_bounded():
    script = load_script()
    for arguments in (["--duration", "0"], ["--duration", "100000"], ["--users", "0"], ["--users", "100000"],
                      ["--upload", "/tmp"]):
        with pytest.raises(SystemExit):
            script.parse_args(arguments)


def test_payloads_follow_the_dependencies():
    script = load_script()
    callbacks = script.server_callbacks([
        {"output": "..a.children...b.figure..", "inputs": [{"id": "c", "property": "value"}],
         "state": [{"id": '{"graph":["MATCH"],"type":"x"}', "property": "id"}], "prevent_initial_call": False},
        {"output": "d.children", "inputs": [{"id": "e", "property": "value"}], "state": [],
         "clientside_function": {"namespace": "n", "function_name": "f"}},
    ])
    assert len(callbacks) == 1 and callbacks[0].multi and callbacks[0].outputs == (("a", "children"), ("b", "figure"))
    assert callbacks[0].state[0][0] == {"graph": ["MATCH"], "type": "x"}
    assert script.matches({"graph": ["MATCH"], "type": "x"}, {"graph": "g1", "type": "x"})
    assert not script.matches({"graph": ["MATCH"], "type": "x"}, {"graph": "g1", "type": "y"})
