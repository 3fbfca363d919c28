"""Harness of the fault suite: the real thing: gunicorn (2 workers) and redis-server, on loopback ports only.

Every process started here is stopped by its fixture, with bounded waits; nothing listens
beyond 127.0.0.1. Set OBSERVATORY_LOAD_DATA to an existing demo directory to skip
generating one.
"""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

PROJECT = Path(__file__).resolve().parents[2]
TOKEN = "fault-suite-admin-token-0123456789"
MAX_UPLOAD_MB = 8  # small, so that bodies over the limit are quick to send


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Redis:
    """A throw-away redis-server on a loopback port, which the tests stop, freeze and start again."""

    def __init__(self, workdir: Path):
        self.binary = shutil.which("redis-server")
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.workdir = workdir
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not self.ping():
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.1)

    def client(self):
        import redis

        return redis.Redis.from_url(self.url, socket_timeout=2, socket_connect_timeout=2)

    def ping(self) -> bool:
        import redis

        try:
            return bool(self.client().ping())
        except redis.RedisError:
            return False

    def freeze(self) -> None:
        os.kill(self.process.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        os.kill(self.process.pid, signal.SIGCONT)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.thaw()
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def used_memory(self) -> int:
        return int(self.client().info("memory")["used_memory"])


class Gunicorn:
    """`gunicorn app:server` as operators run it (gunicorn.conf.py), with 2 workers and Redis as the cache."""

    def __init__(self, directory: Path, data: Path, redis: Redis, **extra: str):
        self.directory = directory
        self.state = directory / "state"
        self.log_path = directory / "gunicorn.log"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "DASHBOARD_DATA_DIR": str(data), "DASHBOARD_STATE_DIR": str(self.state),
                    "DASHBOARD_ADMIN_TOKEN": TOKEN, "DASHBOARD_REDIS_URL": redis.url,
                    "DASHBOARD_MAX_UPLOAD_MB": str(MAX_UPLOAD_MB), "GUNICORN_BIND": f"127.0.0.1:{self.port}",
                    "WEB_CONCURRENCY": "2", **extra}
        self.process: subprocess.Popen | None = None

    def start(self) -> Gunicorn:
        log = self.log_path.open("a")
        self.process = subprocess.Popen([sys.executable, "-m", "gunicorn", "app:server"], cwd=PROJECT, env=self.env,
                                        stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + 120
        while True:
            assert self.process.poll() is None, self.log()
            try:
                if requests.get(self.url + "/", timeout=30).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, "gunicorn did not answer within 120 s\n" + self.log()
            time.sleep(0.5)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def workers(self) -> list[int]:
        """Process ids of the master's workers."""
        found = []
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
            except OSError:
                continue
            if fields.get("PPid", "").strip() == str(self.process.pid):
                found.append(int(status.parent.name))
        return found

    def peak_memory_mb(self) -> dict[int, float]:
        """Each worker's peak resident memory so far (VmHWM), in MB."""
        peaks = {}
        for pid in self.workers():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks[pid] = int(line.split()[1]) / 1024
        return peaks

    # ------------------------------------------------------------ talking to the app as a browser would

    def dependencies(self) -> list[dict]:
        return requests.get(self.url + "/_dash-dependencies", timeout=30).json()

    def page_request(self, path: str, search: str = "") -> dict:
        return {"output": ".._pages_content.children..._pages_store.data..", "state": [], "changedPropIds": [],
                "outputs": [{"id": "_pages_content", "property": "children"},
                            {"id": "_pages_store", "property": "data"}],
                "inputs": [{"id": "_pages_location", "property": "pathname", "value": path},
                           {"id": "_pages_location", "property": "search", "value": search}]}

    def data_version(self) -> str | None:
        answer = requests.post(self.url + "/_dash-update-component", json=self.page_request("/data"), timeout=30,
                               headers={"Connection": "close"})
        found = set(re.findall(r'"data_version":\s*"(\w+)"', answer.text))
        return found.pop() if len(found) == 1 else None

    def upload_request(self, files: list[tuple[str, bytes]], token: str) -> dict:
        """The data page's upload callback request, built from the app's own dependencies."""
        dep = next(d for d in self.dependencies() if "data-report.children" in d["output"])
        contents = [f"data:application/octet-stream;base64,{base64.b64encode(raw).decode()}" for _, raw in files]
        values = {("data-upload", "contents"): contents, ("data-reset", "submit_n_clicks"): None,
                  ("data-upload", "filename"): [name for name, _ in files], ("data-token", "value"): token,
                  ("data-context", "data"): {"lang": "en"}}
        parts = [p.rsplit(".", 1) for p in dep["output"][2:-2].split("...")]
        return {"output": dep["output"], "outputs": [{"id": i, "property": p} for i, p in parts],
                "inputs": [{**i, "value": values.get((i["id"], i["property"]))} for i in dep["inputs"]],
                "state": [{**s, "value": values.get((s["id"], s["property"]))} for s in dep["state"]],
                "changedPropIds": ["data-upload.contents"]}

    def upload(self, files: list[tuple[str, bytes]], token: str = TOKEN, timeout: float = 120) -> requests.Response:
        body = json.dumps(self.upload_request(files, token))
        return requests.post(self.url + "/_dash-update-component", data=body, timeout=timeout,
                             headers={"Content-Type": "application/json", "Referer": self.url + "/data?lang=en"})
