"""Findings 1-8 and 11 replayed against gunicorn (2 workers) with Redis as the shared cache.

    python -m pytest tests/faults

One server serves the whole module; the tests run in file order and leave it as they found
it (Redis running, state directory writable). The token-guessing test runs last: it
leaves this client address throttled.
"""
from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import requests

from tests.faults.harness import MAX_UPLOAD_MB, PROJECT, TOKEN, Gunicorn

pytestmark = pytest.mark.faults


@pytest.fixture(scope="module")
def site(demo_data, redis_server, tmp_path_factory):
    server = Gunicorn(tmp_path_factory.mktemp("site"), demo_data, redis_server).start()
    try:
        yield server
    finally:
        server.stop()


def finance_upload(demo_data) -> list[tuple[str, bytes]]:
    table = next(demo_data.glob("finance.*"))
    return [(table.name, table.read_bytes())]


def report_text(answer: requests.Response) -> str:
    return json.dumps(answer.json().get("response", {}).get("data-report", {}), ensure_ascii=False)


def test_finding_1_frozen_redis_under_30_users(site, redis_server, tmp_path):
    """Redis frozen (SIGSTOP) for 10 s under 30 users: nothing fails, no probe waits 2 s.

    The probe asks, every 0.2 s, for pages whose answers go through the pointer and the answer
    cache (the home, data and trends layouts): what Redis would make wait. Heavy views (the
    coaching ANOVA) take their own computing time on a shared machine, frozen cache or not.
    """
    summary_file = tmp_path / "summary.json"
    probes: list[tuple[float, int, float]] = []
    origin = time.monotonic()
    stop = threading.Event()

    def probe() -> None:
        pages = ("/", "/data", "/trends")
        while not stop.is_set():
            request = site.page_request(pages[len(probes) % 3], "?lang=en")
            started = time.monotonic()
            try:
                status = requests.post(site.url + "/_dash-update-component", json=request, timeout=10).status_code
            except requests.RequestException:
                status = 0
            probes.append((time.monotonic() - started, status, started - origin))
            stop.wait(0.2)

    prober = threading.Thread(target=probe, daemon=True)
    freeze = threading.Timer(3, redis_server.freeze)
    thaw = threading.Timer(13, redis_server.thaw)
    prober.start()
    freeze.start()
    thaw.start()
    try:
        run = subprocess.run(
            [sys.executable, "scripts/loadtest.py", "--url", site.url, "--users", "30", "--duration", "16",
             "--think", "5", "--timeout", "20", "--json", str(summary_file)], cwd=PROJECT, capture_output=True,
            text=True, timeout=120)
    finally:
        stop.set()
        freeze.cancel()
        thaw.cancel()
        redis_server.thaw()
        prober.join(timeout=15)
    summary = json.loads(summary_file.read_text())
    report = run.stdout + run.stderr
    assert summary["errors"] == 0, report
    assert summary["requests"] > 100, report
    assert len(probes) > 30 and all(status == 200 for _, status, _ in probes), probes
    assert max(seconds for seconds, *_ in probes) < 2.0, sorted(probes)[-5:]
    # One line per interval, not one per request.
    assert site.log().count("The shared cache failed") <= 4, site.log()[-3000:]
    print(f"frozen Redis: {summary['duration_s']} s, {summary['requests']} requests, {summary['errors']} errors, "
          f"p95 {summary['p95_ms']} ms; {len(probes)} probes, slowest {max(s for s, *_ in probes) * 1000:.0f} ms")


def test_load_with_an_upload_midway_through_redis(site, demo_data, tmp_path):
    """20 users and an administrator's upload midway, Redis as the cache: no error, no mixed or stale version."""
    upload = tmp_path / "upload"
    upload.mkdir()
    table = next(demo_data.glob("finance.*"))
    shutil.copy(table, upload / table.name)
    summary_file = tmp_path / "summary.json"
    run = subprocess.run(
        [sys.executable, "scripts/loadtest.py", "--url", site.url, "--users", "20", "--duration", "10", "--think", "2",
         "--timeout", "30", "--upload", str(upload), "--token", TOKEN, "--json", str(summary_file)],
        cwd=PROJECT, capture_output=True, text=True, timeout=120)
    summary = json.loads(summary_file.read_text())
    report = run.stdout + run.stderr
    assert summary["errors"] == 0 and summary["upload"].get("switched"), report
    assert summary["mixed_responses"] == 0 and summary["foreign_versions"] == [], report
    assert summary["stale_after_switch"] == 0 and summary["requests"] > 50, report
    print(f"upload midway: {summary['requests']} requests, {summary['errors']} errors, upload "
          f"{summary['upload']['seconds']} s")


def test_finding_2_redis_down_pages_work_quietly_and_recover(site, redis_server):
    """Redis stopped: the coaching page and every page answer; the log stays short; the cache works again after."""
    lines_before = len(site.log().splitlines())
    redis_server.stop()
    try:
        for path in ("/coaching", "/trends", "/", "/data"):
            for search in ("", "?lang=en"):
                answer = requests.post(site.url + "/_dash-update-component", json=site.page_request(path, search),
                                       timeout=5)
                assert answer.status_code == 200, (path, answer.text[:300])
        coaching = [d for d in site.dependencies() if d["output"].startswith("coaching-") or
                    "coaching-" in d["output"]]
        assert coaching
    finally:
        redis_server.start()
    new_lines = site.log().splitlines()[lines_before:]
    assert not any("Traceback" in line for line in new_lines), "\n".join(new_lines[-40:])
    assert len(new_lines) < 20, "\n".join(new_lines)
    time.sleep(6)  # the backends rest 5 s after a failure, then try again
    request = site.page_request("/parity", "?lang=en")
    headers = []
    for _ in range(6):
        answer = requests.post(site.url + "/_dash-update-component", json=request, timeout=10)
        headers.append(answer.headers.get("X-Callback-Cache"))
    assert "hit" in headers, headers


def test_finding_3_parquet_decompression_bomb_is_refused_from_its_metadata(site, tmp_path):
    """400 rows of a 5 MiB string, zstd: a few KB refused without expanding; no worker grows by 300 MB."""
    table = pa.table({"indicator": pa.DictionaryArray.from_arrays(pa.array([0] * 400, pa.int32()),
                                                                  pa.array(["x" * 5 * 1024 * 1024]))})
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    bomb = buffer.getvalue()
    assert len(bomb) < 20_000
    before = site.peak_memory_mb()
    answer = site.upload([("results_framework.parquet", bomb)])
    after = site.peak_memory_mb()
    assert answer.status_code == 200
    assert "characters long" in report_text(answer), report_text(answer)[:500]
    growth = max(after[pid] - before.get(pid, after[pid]) for pid in after)
    assert growth < 300, (before, after)
    print(f"decompression bomb: {len(bomb)} bytes refused, worker peak grew {growth:.0f} MB")


def test_finding_4_the_answer_cache_cannot_be_filled_by_anyone(site, redis_server):
    """Echoed page parameters: 4 MB ones are refused at the door, 1 MB ones computed but never kept."""
    before = redis_server.used_memory()
    for i in range(60):
        huge = site.page_request("/trends", f"?{i}" + "a" * 4_000_000)
        assert requests.post(site.url + "/_dash-update-component", json=huge, timeout=30).status_code == 413
    for i in range(15):
        large = site.page_request("/trends", f"?{i}=" + "a" * 1_000_000)
        answer = requests.post(site.url + "/_dash-update-component", json=large, timeout=30)
        assert answer.status_code == 200
    grown = redis_server.used_memory() - before
    assert grown < 5 * 1024 * 1024, f"the cache grew by {grown / 1e6:.1f} MB"


def test_finding_7_failures_show_in_the_upload_report(site, demo_data):
    """Unwritable state, a body over the limit: the report says so; server faults are 5xx, client faults 4xx."""
    lock = site.state / ".upload.lock"
    lock.unlink(missing_ok=True)
    lock.mkdir()  # opening the lock file now fails as an unwritable directory does (the tests may run as root)
    try:
        answer = site.upload(finance_upload(demo_data))
    finally:
        lock.rmdir()
    assert answer.status_code == 200
    assert "could not store the upload" in report_text(answer), report_text(answer)[:500]

    too_big = [("finance.csv", b"year,gnp\n" + b"2001,1\n" * (MAX_UPLOAD_MB * 1024 * 1024 // 7 * 3))]
    answer = site.upload(too_big)
    assert answer.status_code == 200
    assert "more than the server accepts" in report_text(answer), report_text(answer)[:500]

    garbage = requests.post(site.url + "/_dash-update-component", data=b"{not json", timeout=10,
                            headers={"Content-Type": "application/json"})
    assert 400 <= garbage.status_code < 500


def test_finding_8_anonymous_huge_bodies_are_not_decoded(site, demo_data):
    """Four concurrent uploads near the body limit with a wrong token: refused, workers barely grow."""
    size = (MAX_UPLOAD_MB * 1024 * 1024 * 4 // 3) + 8 * 1024 * 1024
    body = json.dumps(site.upload_request([("finance.csv", b"0" * (size * 3 // 4))], "wrong-token-guess"))
    before = site.peak_memory_mb()

    def send(_):
        return requests.post(site.url + "/_dash-update-component", data=body, timeout=60,
                             headers={"Content-Type": "application/json", "Referer": site.url + "/data?lang=en"})

    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(send, range(4)))
    after = site.peak_memory_mb()
    for answer in answers:
        assert answer.status_code == 200 and "token is not correct" in report_text(answer), answer.text[:300]
    growth = sum(after[pid] - before.get(pid, after[pid]) for pid in after)
    assert growth < 4 * size / 1_048_576 / 2, (before, after)
    print(f"anonymous bodies: 4 x {size / 1_048_576:.0f} MB refused, workers' peaks grew {growth:.0f} MB in all")
    assert "not decoded" in site.log() and "127.0.0.1" in site.log()


def test_finding_11_http_details(site):
    """Path traversal on component suites is a 404; no server banner; a Permissions-Policy header."""
    answer = requests.get(site.url + "/_dash-component-suites/dash/%2e%2e/%2e%2e/app.py", timeout=10)
    assert answer.status_code == 404 and "Traceback" not in answer.text and "import" not in answer.text
    home = requests.get(site.url + "/", timeout=10)
    assert "gunicorn" not in home.headers.get("Server", "").lower()
    assert "camera=()" in home.headers["Permissions-Policy"]


def test_finding_6_a_corrupted_pointer_and_a_lost_cache_keep_the_uploaded_data(site, redis_server):
    """current.json damaged and Redis flushed: the last-known-good copy is served, and the log says so."""
    uploaded = site.data_version()
    pointer = site.state / "current.json"
    assert pointer.exists(), "the upload of finding 1 wrote the pointer"
    pointer.write_text('{"directory": "/nowhere", "since": 1', encoding="utf-8")
    redis_server.client().flushall()
    versions = {site.data_version() for _ in range(6)}
    assert versions == {uploaded}, versions
    assert "last-known-good copy" in site.log()


def test_finding_5_token_guesses_are_throttled_per_address(site):
    """Wrong tokens: a few are answered, then 429; the log names the client address."""
    request = json.dumps(site.upload_request([("finance.csv", b"year\n")], "guess-0000"))
    statuses = []
    for _ in range(40):
        statuses.append(requests.post(site.url + "/_dash-update-component", data=request, timeout=10,
                                      headers={"Content-Type": "application/json"}).status_code)
    assert statuses.count(429) >= 30, statuses
    assert re.search(r"wrong administrator token from 127\.0\.0\.1", site.log())


def test_finding_5_a_short_token_stops_the_server_at_start_up(tmp_path):
    env = {"DASHBOARD_ADMIN_TOKEN": "short", "DASHBOARD_STATE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-c", "import app"], cwd=PROJECT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode != 0 and "at least 16" in run.stderr
