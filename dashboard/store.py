"""The one registry of the data in service: which directory is live, its loaded tables and derived engines.

The server is stateless per user; what every worker shares is *which* data
directory is in service. That pointer lives in a small file under the state
directory (durable, switched atomically with os.replace) and is mirrored in the
shared flask-caching cache so that all workers, even on several hosts with Redis,
agree on it after an upload. Each worker keeps the loaded Dataset of a directory
in memory; directories in service are never modified, only replaced, so a request
that took a Dataset keeps a consistent snapshot even if an upload lands meanwhile.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from flask import has_app_context
from flask_caching import Cache

from dashboard.config import DEMO_DIR, settings
from dashboard.contract import Dataset, load_directory

POINTER_KEY = "data-in-service"
POINTER_FILE = "current.json"
VERSIONS_DIR = "versions"
KEEP_VERSIONS = 3  # uploaded versions kept on disk (the one in service and the previous ones)
MEMORY_SLOTS = 2  # datasets kept in a worker's memory: the live one and the one it replaced

cache = Cache()  # configured by app.py: filesystem by default, Redis when DASHBOARD_REDIS_URL is set

_lock = threading.Lock()
_datasets: OrderedDict[str, Dataset] = OrderedDict()
_derived: dict[tuple[str, str], object] = {}


def cache_config() -> dict[str, object]:
    """flask-caching settings shared by every worker."""
    config = settings()
    if config.redis_url:
        return {"CACHE_TYPE": "RedisCache", "CACHE_REDIS_URL": config.redis_url, "CACHE_DEFAULT_TIMEOUT": 3600,
                "CACHE_KEY_PREFIX": "observatory:"}
    config.cache_dir.mkdir(parents=True, exist_ok=True)
    return {"CACHE_TYPE": "FileSystemCache", "CACHE_DIR": str(config.cache_dir), "CACHE_DEFAULT_TIMEOUT": 3600,
            "CACHE_THRESHOLD": 2000}


# ---------------------------------------------------------------- where the data in service is


def default_directory() -> Path:
    """The operator's directory (--data or DASHBOARD_DATA_DIR), else the bundled demo, made on first use."""
    configured = settings().data_dir
    if configured is not None:
        return configured
    ensure_demo_directory()
    return DEMO_DIR


def ensure_demo_directory() -> Path:
    """Generate the bundled demo data once; a file lock keeps concurrent workers from racing."""
    if (DEMO_DIR / "dataset.json").exists():
        return DEMO_DIR
    DEMO_DIR.parent.mkdir(parents=True, exist_ok=True)
    with open(DEMO_DIR.parent / ".demo.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (DEMO_DIR / "dataset.json").exists():
            from dashboard.demo import write_demo

            write_demo(DEMO_DIR, scale="demo", fmt="parquet")
    return DEMO_DIR


def _pointer_path() -> Path:
    return settings().state_dir / POINTER_FILE


def _read_pointer_file() -> str | None:
    try:
        return json.loads(_pointer_path().read_text(encoding="utf-8"))["directory"]
    except FileNotFoundError:
        return None


def directory_in_service() -> Path:
    """The data directory every worker serves now."""
    pointer = cache.get(POINTER_KEY) if has_app_context() else None
    if pointer is None:
        pointer = _read_pointer_file()
        if pointer is not None and has_app_context():
            cache.set(POINTER_KEY, pointer, timeout=0)
    return Path(pointer) if pointer else default_directory()


def dataset() -> Dataset:
    """The Dataset in service (loaded once per worker and directory; read-only)."""
    return dataset_at(directory_in_service())


def dataset_at(directory: Path) -> Dataset:
    key = str(directory.resolve())
    with _lock:
        if key in _datasets:
            _datasets.move_to_end(key)
            return _datasets[key]
    loaded = load_directory(directory)  # outside the lock: other requests keep being served meanwhile
    with _lock:
        _datasets[key] = loaded
        while len(_datasets) > MEMORY_SLOTS:
            evicted_key, evicted = _datasets.popitem(last=False)
            for derived_key in [k for k in _derived if k[0] == evicted.fingerprint]:
                del _derived[derived_key]
    return loaded


def derived(data: Dataset, name: str, build: Callable[[Dataset], object]) -> object:
    """A structure computed once per dataset and worker (an indicator engine, say), kept while the data lives."""
    key = (data.fingerprint, name)
    with _lock:
        if key in _derived:
            return _derived[key]
    value = build(data)
    with _lock:
        return _derived.setdefault(key, value)


# ---------------------------------------------------------------- switching the data in service


def activate(directory: Path) -> Dataset:
    """Validate `directory` fully, then make it the data in service; on any failure nothing changes."""
    loaded = dataset_at(directory)  # raises DataValidationError before anything is switched
    state_dir = settings().state_dir
    state_dir.mkdir(parents=True, exist_ok=True)
    staging = state_dir / f".{POINTER_FILE}.{uuid.uuid4().hex}"
    staging.write_text(json.dumps({"directory": str(directory.resolve()), "since": time.time()}), encoding="utf-8")
    os.replace(staging, _pointer_path())  # atomic: readers see the old pointer or the new one
    if has_app_context():
        cache.set(POINTER_KEY, str(directory.resolve()), timeout=0)
    _prune_versions(keep=directory.resolve())
    return loaded


def reset_to_default() -> Dataset:
    """Serve the operator's default directory (the demo data unless --data was given) again."""
    return activate(default_directory())


def new_version_directory() -> Path:
    """A fresh, empty directory for an upload; it only goes into service through `activate`."""
    versions = settings().state_dir / VERSIONS_DIR
    versions.mkdir(parents=True, exist_ok=True)
    path = versions / f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
    path.mkdir()
    return path


def _prune_versions(keep: Path) -> None:
    """Delete old uploaded versions, keeping the newest few (a worker may still be reading the previous one)."""
    versions = settings().state_dir / VERSIONS_DIR
    if not versions.exists():
        return
    old = sorted((p for p in versions.iterdir() if p.is_dir() and p.resolve() != keep), key=lambda p: p.name)
    for path in old[: max(0, len(old) - (KEEP_VERSIONS - 1))]:
        shutil.rmtree(path, ignore_errors=True)
