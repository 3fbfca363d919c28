"""The one registry of the data in service: which directory is live, its loaded tables and derived engines.

The server is stateless per user; what every worker shares is *which* data
directory is in service. That pointer is a small record (directory, switch time)
kept in a file under the state directory (durable, switched atomically with
os.replace) and mirrored in the shared flask-caching cache so that all workers,
even on several hosts with Redis, agree on it after an upload. When the two
disagree the newer record wins, so a lost or stale cache entry can never bring
old data back. Each worker keeps the loaded Dataset of a directory in memory;
directories in service are never modified, only replaced, and a request reads
the pointer once (pinned in `flask.g`), so one response never mixes two versions.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from flask import Response, g, has_app_context, request
from flask_caching import Cache

from dashboard.config import DEMO_DIR, PERU_DIR, PROJECT_ROOT, settings
from dashboard.contract import Dataset, DataValidationError, load_directory

POINTER_KEY = "data-in-service"
POINTER_FILE = "current.json"
VERSIONS_DIR = "versions"
KEEP_VERSIONS = 3  # uploaded versions kept on disk (the one in service and the previous ones)
MEMORY_SLOTS = 2  # datasets kept in a worker's memory: the live one and the one it replaced

cache = Cache()  # configured by app.py: filesystem by default, Redis when DASHBOARD_REDIS_URL is set

POINTER_LOCK = ".pointer.lock"
REQUEST_PIN = "data_in_service"  # flask.g attribute: the directory this request reads

log = logging.getLogger(__name__)

_lock = threading.Lock()
_datasets: OrderedDict[str, Dataset] = OrderedDict()
_loading: dict[str, threading.Lock] = {}  # one lock per directory being loaded: concurrent requests wait for one load
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
    """The operator's directory (--data or DASHBOARD_DATA_DIR), else the bundled real dataset (data/peru)."""
    configured = settings().data_dir
    return configured if configured is not None else PERU_DIR


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


def pointer_key() -> str:
    """The shared-cache key of the pointer, one per state directory: two sites sharing a Redis never mix.

    Workers on several hosts must mount the (shared) state directory at the same path.
    """
    state = str(settings().state_dir.resolve())
    return f"{POINTER_KEY}:{hashlib.sha256(state.encode()).hexdigest()[:12]}"


def _valid_record(record: object) -> dict | None:
    """A pointer record {'directory': str, 'since': float}, or None for anything else (an old format, garbage)."""
    if isinstance(record, dict) and isinstance(record.get("directory"), str) and \
            isinstance(record.get("since"), int | float):
        return record
    return None


def _read_pointer_file() -> dict | None:
    try:
        text = _pointer_path().read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        return _valid_record(json.loads(text))
    except json.JSONDecodeError:
        log.error("The data-in-service pointer %s is not JSON; serving the default data", _pointer_path())
        return None


def _read_pointer_cache() -> dict | None:
    if not has_app_context():
        return None
    try:
        return _valid_record(cache.get(pointer_key()))
    except Exception:  # a Redis outage must not take the site down: the pointer file is the durable copy
        log.exception("Could not read the data-in-service pointer from the shared cache")
        return None


def _write_pointer_cache(record: dict) -> None:
    if not has_app_context():
        return
    try:
        cache.set(pointer_key(), record, timeout=0)
    except Exception:
        log.exception("Could not write the data-in-service pointer to the shared cache")


def pointer_record() -> dict | None:
    """The newest of the shared-cache and file pointer records (None: no upload or reset ever happened)."""
    cached, durable = _read_pointer_cache(), _read_pointer_file()
    if durable is not None and (cached is None or durable["since"] > cached["since"]):
        # The cache lost the entry (eviction, restart) or a slow reader wrote back an older one: repair it.
        _write_pointer_cache(durable)
        return durable
    return cached


def directory_in_service() -> Path:
    """The data directory every worker serves now (read once per request, so a response never mixes versions)."""
    if has_app_context() and hasattr(g, REQUEST_PIN):
        return getattr(g, REQUEST_PIN)
    record = pointer_record()
    directory = Path(record["directory"]) if record else default_directory()
    if has_app_context():
        setattr(g, REQUEST_PIN, directory)
        g.data_switched_at = record["since"] if record else 0.0
    return directory


def dataset() -> Dataset:
    """The Dataset in service (loaded once per worker and directory; read-only)."""
    return dataset_at(directory_in_service())


def dataset_at(directory: Path) -> Dataset:
    """The validated Dataset of `directory`, loaded once per worker; raises DataValidationError."""
    key = str(directory.resolve())
    with _lock:
        if key in _datasets:
            _datasets.move_to_end(key)
            return _datasets[key]
        loading = _loading.setdefault(key, threading.Lock())
    # Outside the registry lock, so requests on the data already loaded keep being served; the per-directory
    # lock makes concurrent requests for a new directory wait for one load instead of each loading it.
    with loading:
        with _lock:
            if key in _datasets:
                return _datasets[key]
        try:
            loaded = load_directory(directory)
        except BaseException:
            with _lock:
                _loading.pop(key, None)
            raise
        with _lock:
            _datasets[key] = loaded
            _loading.pop(key, None)  # in the same step, so no request can start a second load in between
            while len(_datasets) > MEMORY_SLOTS:
                _evicted_key, evicted = _datasets.popitem(last=False)
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
    with open(state_dir / POINTER_LOCK, "w") as lock:
        # Serialised across workers so that two switches cannot interleave their file and cache writes.
        fcntl.flock(lock, fcntl.LOCK_EX)
        record = {"directory": str(directory.resolve()), "since": max(time.time(), _last_switch() + 1e-6)}
        staging = state_dir / f".{POINTER_FILE}.{uuid.uuid4().hex}"
        staging.write_text(json.dumps(record), encoding="utf-8")
        os.replace(staging, _pointer_path())  # atomic: readers see the old pointer or the new one
        _write_pointer_cache(record)
    if has_app_context():
        setattr(g, REQUEST_PIN, directory.resolve())  # the rest of this request sees what it just switched to
        g.data_switched_at = record["since"]
    log.info("Data in service is now %s (fingerprint %s)", directory.resolve(), loaded.fingerprint)
    _prune_versions(keep=directory.resolve())
    return loaded


def _last_switch() -> float:
    """When the pointer last changed (0 if never): the next record must be newer even if clocks step back."""
    record = _read_pointer_file()
    return float(record["since"]) if record else 0.0


def reset_to_default() -> Dataset:
    """Serve the operator's default directory (data/peru unless --data was given) again."""
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
        remove_directory(path)


def remove_directory(path: Path) -> None:
    """Delete a data version directory; a failure is logged (it only costs disk space), never raised."""

    def report(_function, target, error_info) -> None:
        log.warning("Could not delete %s: %s", target, error_info[1])

    shutil.rmtree(path, onerror=report)


# ---------------------------------------------------------------- answers to callbacks, shared by the workers

# Component ids whose callbacks act (upload, reset) instead of computing a view: never answered from the cache.
UNCACHED_OUTPUTS: set[str] = set()
RESPONSE_TIMEOUT = 3600
MAX_CACHED_RESPONSE = 5 * 1024 * 1024
CACHE_HEADER = "X-Callback-Cache"


def cache_callback_responses(server, app) -> None:
    """Answer a callback request from the shared cache when the same view of the same data was computed before.

    Callbacks are pure functions of their inputs and the data in service (per-user state lives in
    the URL and dcc.Store), so the answer is keyed by the request's output, inputs, state and
    trigger, the data version and when it was switched, and the code version. Callbacks that act
    rather than compute declare their output ids in UNCACHED_OUTPUTS.
    """
    if not settings().callback_cache:
        return
    dispatch = app.config.requests_pathname_prefix + "_dash-update-component"

    @server.before_request
    def _answer_from_cache():
        if request.path != dispatch or request.method != "POST":
            return None
        key = _response_key(request.get_json(silent=True))
        if key is None:
            return None
        g.callback_cache_key = key
        try:
            body = cache.get(key)
        except Exception:  # a cache outage only costs speed
            log.exception("Could not read a callback answer from the shared cache")
            return None
        if body is None:
            return None
        return Response(body, mimetype="application/json", headers={CACHE_HEADER: "hit"})

    @server.after_request
    def _remember_answer(response):
        key = g.pop("callback_cache_key", None)
        if key is None or response.headers.get(CACHE_HEADER) == "hit":
            return response
        if response.status_code == 200 and response.mimetype == "application/json" and \
                not response.direct_passthrough:
            body = response.get_data()
            if len(body) <= MAX_CACHED_RESPONSE:
                try:
                    cache.set(key, body, timeout=RESPONSE_TIMEOUT)
                except Exception:
                    log.exception("Could not store a callback answer in the shared cache")
        response.headers[CACHE_HEADER] = "miss"
        return response


def _response_key(body: object) -> str | None:
    """The cache key of a callback request, or None when it must be computed (an action, unreadable data)."""
    if not isinstance(body, dict) or not isinstance(body.get("output"), str):
        return None
    output = body["output"]
    parts = output[2:-2].split("...") if output.startswith("..") else [output]
    if any(part.rsplit(".", 1)[0] in UNCACHED_OUTPUTS for part in parts):
        return None
    try:
        data = dataset()
    except DataValidationError:
        return None
    request_part = {k: body.get(k) for k in ("output", "outputs", "inputs", "state", "changedPropIds")}
    config = settings()
    # Settings that change what a page shows (the upload form, its limits) without changing the data or code.
    shown_settings = [str(config.data_dir), config.admin_token is not None, config.max_upload_mb, config.max_rows]
    try:
        text = json.dumps([code_version(), shown_settings, data.fingerprint, getattr(g, "data_switched_at", 0.0),
                           request_part], sort_keys=True, separators=(",", ":"))
    except (TypeError, ValueError):
        return None
    return "callback:" + hashlib.sha256(text.encode()).hexdigest()


@lru_cache(maxsize=1)
def code_version() -> str:
    """A stamp of the code (names, sizes, times of the Python files): a deploy never serves the old code's answers."""
    digest = hashlib.sha256()
    for folder in ("dashboard", "layouts", "callbacks"):
        for path in sorted((PROJECT_ROOT / folder).rglob("*.py")):
            stat = path.stat()
            digest.update(f"{path.relative_to(PROJECT_ROOT)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    app_file = PROJECT_ROOT / "app.py"
    if app_file.exists():
        digest.update(str(app_file.stat().st_mtime_ns).encode())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------- bundled datasets by name (read-only)

# The committed directories a request may ask for by name (`?data=demo`), whatever is in service.
BUNDLED_DATASETS = {"peru": PERU_DIR, "demo": DEMO_DIR}


def bundled_dataset(name: str) -> Dataset:
    """A bundled dataset by name, read-only: "demo" (synthetic, finest grain) or "peru" (real, published).

    It never changes the data in service; `dataset()` is still what every other request reads.
    """
    if name not in BUNDLED_DATASETS:
        raise KeyError(f"no bundled dataset {name!r}; the bundled ones are: {', '.join(BUNDLED_DATASETS)}")
    if name == "demo":
        ensure_demo_directory()  # committed; rebuilt only if a checkout lacks it
    return dataset_at(BUNDLED_DATASETS[name])

