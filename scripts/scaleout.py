"""Two instances of the site behind a round-robin client, as two hosts would run it; an upload midway.

    python scripts/scaleout.py                              # 20 users, 1 s think time, 40 s
    python scripts/scaleout.py --users 50 --duration 60

On loopback only: it starts a private Redis (no persistence) and two gunicorn servers
(`gunicorn app:server`, 2 workers each) on two ports, sharing that Redis
(DASHBOARD_REDIS_URL) and one state directory (DASHBOARD_STATE_DIR) and nothing else,
then runs scripts/loadtest.py against both URLs in turn with an upload of a new
`finance` table on the first one halfway through. It passes when no request fails, no
answer mixes two data versions, no request started after the switch gets the old data
and both instances answer with the uploaded version.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import loadtest  # noqa: E402
from bench_callbacks import free_port, start_server  # noqa: E402

from dashboard.demo import write_demo  # noqa: E402

TOKEN = "scale-out-test-token"


def start_redis(workdir: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen(["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                               "--appendonly", "no", "--dir", str(workdir)], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    deadline = time.monotonic() + 20
    while True:
        try:
            redis.Redis.from_url(url).ping()
            return server, url
        except redis.ConnectionError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.terminate()
                raise SystemExit("redis-server did not start") from None
            time.sleep(0.2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=float, default=40)
    parser.add_argument("--think", type=float, default=1.0)
    parser.add_argument("--json", type=Path, help="also write the load test's summary here")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="scaleout-") as folder:
        workdir = Path(folder)
        data_dir = write_demo(workdir / "data", scale="demo", fmt="parquet")
        upload = workdir / "upload"
        upload.mkdir()
        table = next(data_dir.glob("finance.*"))
        shutil.copy(table, upload / table.name)  # a new version of one table; the others are carried over
        redis_server, redis_url = start_redis(workdir)
        servers = []
        try:
            env = {"DASHBOARD_REDIS_URL": redis_url, "DASHBOARD_ADMIN_TOKEN": TOKEN, "DASHBOARD_CALLBACK_CACHE": "1",
                   "WEB_CONCURRENCY": "2", "GUNICORN_THREADS": "4"}
            ports = [free_port(), free_port()]
            for port in ports:
                servers.append(start_server(data_dir, workdir / "state", port, env=env))
            urls = [f"http://127.0.0.1:{port}" for port in ports]
            print(f"two instances at {' and '.join(urls)}, Redis at {redis_url}, state in {workdir / 'state'}",
                  flush=True)
            arguments = ["--url", *urls, "--users", str(options.users), "--duration", str(options.duration),
                         "--think", str(options.think), "--upload", str(upload), "--token", TOKEN]
            if options.json:
                arguments += ["--json", str(options.json)]
            return loadtest.main(arguments)
        finally:
            for server in servers:
                server.terminate()
            for server in servers:
                server.wait(timeout=30)
            redis_server.terminate()
            redis_server.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
