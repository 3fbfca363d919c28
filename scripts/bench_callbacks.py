"""Benchmark of the page callbacks, server-side: p50/p95 per callback at demo and national scale, and x floor.

    python scripts/bench_callbacks.py                       # both scales, 45 s each
    python scripts/bench_callbacks.py --scales demo --seconds 20
    python scripts/bench_callbacks.py --app-dir /tmp/older-checkout   # the same measurement of another checkout
    python scripts/bench_callbacks.py --pages /programme /trends      # only these pages

For each scale it writes a synthetic demo directory, starts gunicorn on 127.0.0.1 with one
worker and one thread (so each answer's time is the server's work, never a queue) and the
shared answer cache off (so every answer is computed), and drives the callbacks with one
simulated user of scripts/loadtest.py, which changes filters on every page as a browser
would. Times are measured at the client on loopback: they include Dash's serialisation and
a fraction of a millisecond of HTTP.

The floor: in the same run, under the same gunicorn settings, scripts/floor_app.py (one Dash
callback returning a 5-trace figure, nothing of the observatory) is driven the same way;
each page callback's p95 is also reported as a multiple of the floor's p95, which keeps
the figures comparable between machines and between runs on a busy machine.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import loadtest  # noqa: E402

from dashboard.demo import write_demo  # noqa: E402

TARGETS_MS = {"demo": 150, "national": 300}  # p95 the explorer pages' callbacks must stay under
TARGET_RATIO = 10  # p95 at most this many times the floor's (the goal beyond that: 5)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(data_dir: Path, state_dir: Path, port: int, app_dir: Path = ROOT, env: dict | None = None,
                 app: str = "app:server") -> subprocess.Popen:
    """gunicorn serving `app` from `app_dir` (its gunicorn.conf.py) on 127.0.0.1:port, once it answers `/`."""
    env = {**os.environ, "DASHBOARD_DATA_DIR": str(data_dir), "DASHBOARD_STATE_DIR": str(state_dir),
           "DASHBOARD_CALLBACK_CACHE": "0", "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1",
           "GUNICORN_THREADS": "1", **(env or {})}
    # A file, not a pipe: an unread pipe would block a talkative server. It lives as long as the server.
    log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", app], cwd=app_dir, env=env,
                              stdout=subprocess.DEVNULL, stderr=log, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)
            raise SystemExit(f"gunicorn stopped:\n{log.read()[-2000:]}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200:
                return server
        except requests.RequestException:  # not listening yet, or still drawing every page once (warm-up)
            time.sleep(1)
    server.terminate()
    raise SystemExit("gunicorn did not answer within 5 minutes")


def floor(data_dir: Path, state_dir: Path, seconds: float) -> dict:
    """p50/p95 of the trivial callback, asked for back to back by one client like the page callbacks."""
    port = free_port()
    server = start_server(data_dir, state_dir, port, app="floor_app:server",
                          env={"PYTHONPATH": str(ROOT / "scripts"), "GUNICORN_WARM_UP": "0"})
    payload = {"output": "floor-graph.figure", "outputs": {"id": "floor-graph", "property": "figure"},
               "inputs": [{"id": "floor-input", "property": "value", "value": 0}],
               "changedPropIds": ["floor-input.value"], "state": []}
    times = []
    try:
        with requests.Session() as session:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                payload["inputs"][0]["value"] = len(times) % 100
                started = time.perf_counter()
                answer = session.post(f"http://127.0.0.1:{port}/_dash-update-component", json=payload, timeout=30)
                times.append((time.perf_counter() - started) * 1000)
                answer.raise_for_status()
    finally:
        server.terminate()
        server.wait(timeout=30)
    times = times[len(times) // 10:]  # the first answers warm the worker's imports and caches
    return {"n": len(times), "p50_ms": round(loadtest.percentile(sorted(times), 50), 2),
            "p95_ms": round(loadtest.percentile(sorted(times), 95), 2)}


def bench(scale: str, seconds: float, workdir: Path, app_dir: Path, pages: list[str] | None = None) -> dict:
    started = time.monotonic()
    data_dir = write_demo(workdir / f"{scale}-data", scale=scale, fmt="parquet")
    print(f"== {scale}: demo data written in {time.monotonic() - started:.0f} s", flush=True)
    floor_figures = floor(data_dir, workdir / f"{scale}-floor-state", min(seconds, 20))
    port = free_port()
    server = start_server(data_dir, workdir / f"{scale}-state", port, app_dir=app_dir)
    try:
        options = loadtest.parse_args(["--url", f"http://127.0.0.1:{port}", "--users", "1", "--think", "0",
                                       "--duration", str(seconds), *(["--pages", *pages] if pages else [])])
        return {**loadtest.run(options), "floor": floor_figures}
    finally:
        server.terminate()
        server.wait(timeout=30)


def report(scale: str, summary: dict) -> None:
    target, base = TARGETS_MS[scale], summary["floor"]
    print(f"{summary['requests']} requests in {summary['duration_s']} s, {summary['errors']} errors")
    for example in summary["error_examples"]:
        print(f"error: {example}")
    print(f"floor (one callback, 5-trace figure, {base['n']} requests): p50 {base['p50_ms']} ms, "
          f"p95 {base['p95_ms']} ms")
    print(f"{'callback':<46}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'p95/floor':>11}")
    for name, line in summary["per_callback"].items():
        if not name.startswith("GET"):
            ratio = line["p95_ms"] / base["p95_ms"]
            mark = "  over target" if line["p95_ms"] > target or ratio > TARGET_RATIO else ""
            print(f"{name[:45]:<46}{line['n']:>5}{line['p50_ms']:>9}{line['p95_ms']:>9}{line['max_ms']:>9}"
                  f"{ratio:>10.1f}x{mark}")
    print(f"(targets at {scale} scale: p95 under {target} ms and at most {TARGET_RATIO}x the floor)\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", nargs="+", choices=tuple(TARGETS_MS), default=list(TARGETS_MS))
    parser.add_argument("--seconds", type=float, default=45, help="seconds of callbacks per scale")
    # One user reaches few pages in a short run when a slow page holds it: --pages measures the others too.
    parser.add_argument("--pages", nargs="+", help="pages the user works on (default: every page)")
    parser.add_argument("--app-dir", type=Path, default=ROOT, help="checkout of the app to serve (default: this one)")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-callbacks-") as workdir:
        for scale in options.scales:
            report(scale, bench(scale, options.seconds, Path(workdir), options.app_dir.resolve(),
                                       options.pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
