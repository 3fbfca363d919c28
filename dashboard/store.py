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

The pointer cannot go wrong silently: it carries a checksum and the versions it
replaced, and a last-known-good copy is written beside it. A damaged or missing
pointer, or a version directory that vanished or no longer loads, makes the worker
serve the previous good version, log it and show a notice to administrators
(`service_notice`). The HTTP answer cache lives in `answer_cache`, the shared
cache's backends in `shared_cache`.
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
from pathlib import Path

from flask import g, has_app_context

from dashboard.config import DEMO_DIR, PERU_DIR, settings
from dashboard.contract import Dataset, DataValidationError, load_directory
from dashboard.i18n import t
from dashboard.shared_cache import cache

POINTER_KEY = "data-in-service"
POINTER_FILE = "current.json"
GOOD_COPY_FILE = "current.good.json"  # the last-known-good copy of the pointer
INCOMING = ".incoming-"  # prefix of an upload's staging directory
VERSIONS_DIR = "versions"
KEEP_VERSIONS = 3  # uploaded versions kept on disk (the one in service and the previous ones)
MEMORY_SLOTS = 2  # datasets kept in a worker's memory: the live one and the one it replaced

POINTER_LOCK = ".pointer.lock"
REQUEST_PIN = "data_in_service"  # flask.g attribute: the directory this request reads

log = logging.getLogger(__name__)

_lock = threading.Lock()
_datasets: OrderedDict[str, Dataset] = OrderedDict()
_loading: dict[str, threading.Lock] = {}  # one lock per directory being loaded: concurrent requests wait for one load
_derived: dict[tuple[str, str], object] = {}
_load_hooks: list[Callable[[Dataset], object]] = []  # told of each dataset this worker loads (warm-up)


def on_load(hook: Callable[[Dataset], object]) -> None:
    """Call `hook(dataset)` after each dataset this worker loads, outside every lock (it must return quickly)."""
    _load_hooks.append(hook)


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


def _good_copy_path() -> Path:
    return settings().state_dir / GOOD_COPY_FILE


def pointer_key() -> str:
    """The shared-cache key of the pointer, one per state directory: two sites sharing a Redis never mix.

    Workers on several hosts must mount the (shared) state directory at the same path.
    """
    state = str(settings().state_dir.resolve())
    return f"{POINTER_KEY}:{hashlib.sha256(state.encode()).hexdigest()[:12]}"


def _checksum(record: dict) -> str:
    body = {k: v for k, v in record.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _valid_record(record: object) -> dict | None:
    """A pointer record {'directory', 'since', 'previous', 'checksum'}, or None for anything else.

    A record without a checksum is accepted (written before checksums existed); one whose checksum
    does not match its content (a torn write, a flipped bit, a hand edit) is not.
    """
    if not (isinstance(record, dict) and isinstance(record.get("directory"), str) and
            isinstance(record.get("since"), int | float)):
        return None
    if "checksum" in record and record["checksum"] != _checksum(record):
        return None
    previous = record.get("previous", [])
    if not isinstance(previous, list) or not all(isinstance(p, str) for p in previous):
        return None
    return record


def _read_record(path: Path) -> tuple[dict | None, bool]:
    """(record, damaged): the record in `path`; damaged when the file exists but is not a valid record."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, False
    except (OSError, UnicodeDecodeError) as error:
        log.error("Cannot read the data-in-service pointer %s: %s", path, error)
        return None, True
    try:
        record = _valid_record(json.loads(text))
    except json.JSONDecodeError:
        record = None
    return record, record is None


def _read_pointer_file() -> dict | None:
    """The durable pointer; a damaged or missing one is replaced by its last-known-good copy, never silently."""
    record, damaged = _read_record(_pointer_path())
    if record is not None:
        return record
    good, _ = _read_record(_good_copy_path())
    if good is not None:
        _note_fallback("pointer_restored", f"{_pointer_path()} is {'damaged' if damaged else 'missing'}; "
                       f"using its last-known-good copy", since=_when(good["since"]))
        return good
    if damaged:
        newest = _newest_version()
        _note_fallback("pointer_lost", f"{_pointer_path()} and its copy are damaged; serving the newest "
                       f"readable version {newest or 'default'}", version=newest.name if newest else "–")
        if newest is not None:
            return {"directory": str(newest.resolve()), "since": 0.0, "previous": []}
    return None


def _newest_version() -> Path | None:
    """The most recent uploaded version on disk that can be read (when every pointer record is lost)."""
    versions = settings().state_dir / VERSIONS_DIR
    if not versions.is_dir():
        return None
    for path in sorted((p for p in versions.iterdir() if p.is_dir() and not p.name.startswith(".")),
                       key=lambda p: p.name, reverse=True):
        try:
            dataset_at(path)
        except DataValidationError:
            continue
        return path
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
        if "checksum" in durable:
            _write_pointer_cache(durable)
        return durable
    return cached


# ---------------------------------------------------------------- notices for administrators

_notice: dict[str, object] = {}  # this worker's latest fallback: message key and values, empty when all is well
_failed_loads: dict[str, float] = {}  # directory -> when it last failed to load (retried after FAILED_LOAD_RETRY)
FAILED_LOAD_RETRY = 30.0


def _note_fallback(key: str, detail: str, **values: object) -> None:
    """Record (and log, once per change) that this worker serves something else than the pointer says."""
    notice = {"key": key, "values": values}
    if _notice != notice:
        log.error("Data in service: %s", detail)
        _notice.clear()
        _notice.update(notice)


def service_notice(lang: str | None = None) -> str | None:
    """What administrators must know about the data in service (a fallback, an interrupted upload), or None."""
    if not _notice:
        return None
    return t(f"service.{_notice['key']}", lang, **_notice["values"])


def _when(since: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(since)) if since else "–"


def _candidates(record: dict | None) -> list[Path]:
    """Where the data in service may be, in order: the pointer's directory, then the versions it replaced."""
    if record is None:
        return [default_directory()]
    return [Path(record["directory"]), *(Path(p) for p in record.get("previous", []))]


def directory_in_service() -> Path:
    """The data directory every worker serves now (read once per request, so a response never mixes versions).

    When the pointer's directory is missing or failed to load, the newest previous version that
    is still on disk is served instead, with a notice for administrators and a log line.
    """
    if has_app_context() and hasattr(g, REQUEST_PIN):
        return getattr(g, REQUEST_PIN)
    record = pointer_record()
    candidates = _candidates(record)
    directory = candidates[0]
    now = time.monotonic()
    usable = [c for c in candidates if c.is_dir() and now - _failed_loads.get(str(c), -FAILED_LOAD_RETRY)
              >= FAILED_LOAD_RETRY]
    if usable and usable[0] != directory:
        _note_fallback("version_fallback", f"{directory} is missing or unreadable; serving {usable[0]}",
                       wanted=directory.name, served=usable[0].name)
        directory = usable[0]
    elif usable and _notice.get("key") == "version_fallback":
        _notice.clear()  # the version in service is readable again
    if has_app_context():
        setattr(g, REQUEST_PIN, directory)
        g.data_switched_at = record["since"] if record else 0.0
    return directory


def dataset() -> Dataset:
    """The Dataset in service (loaded once per worker and directory; read-only)."""
    directory = directory_in_service()
    try:
        return dataset_at(directory)
    except DataValidationError:
        record = pointer_record()
        if record is None or len(_candidates(record)) < 2:
            raise  # nothing to fall back on: the pages say why the data cannot be read
        _failed_loads[str(directory)] = time.monotonic()
        if has_app_context():
            delattr(g, REQUEST_PIN)
        fallback = directory_in_service()
        if fallback == directory:
            raise
        return dataset_at(fallback)


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
    for hook in _load_hooks:
        hook(loaded)
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
        before = _read_pointer_file()
        target = str(directory.resolve())
        previous = [p for p in ([before["directory"], *before.get("previous", [])] if before else [])
                    if p != target][: KEEP_VERSIONS - 1]
        record = {"directory": target, "since": max(time.time(), _last_switch() + 1e-6), "previous": previous}
        record["checksum"] = _checksum(record)
        _write_atomically(_pointer_path(), record)
        _write_atomically(_good_copy_path(), record)  # written after the pointer, so one of them is always whole
        _write_pointer_cache(record)
    _notice.clear()
    _failed_loads.pop(target, None)
    if has_app_context():
        setattr(g, REQUEST_PIN, directory.resolve())  # the rest of this request sees what it just switched to
        g.data_switched_at = record["since"]
    log.info("Data in service is now %s (fingerprint %s)", directory.resolve(), loaded.fingerprint)
    _prune_versions(keep=directory.resolve())
    return loaded


def _write_atomically(path: Path, record: dict) -> None:
    """Write a pointer record through a fsynced staging file and os.replace: readers see the old or the new one."""
    staging = path.parent / f".{path.name}.{uuid.uuid4().hex}"
    with open(staging, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(record))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(staging, path)


def _last_switch() -> float:
    """When the pointer last changed (0 if never): the next record must be newer even if clocks step back."""
    record = _read_pointer_file()
    return float(record["since"]) if record else 0.0


def reset_to_default() -> Dataset:
    """Serve the operator's default directory (data/peru unless --data was given) again."""
    return activate(default_directory())


def new_version_directory() -> Path:
    """A fresh, empty staging directory for an upload; `commit_version` names it, `activate` puts it in service.

    Its name starts with INCOMING, so a directory left by a worker killed mid-upload is recognised as
    such: it never takes a slot kept for previous versions and is deleted at the next start.
    """
    versions = settings().state_dir / VERSIONS_DIR
    versions.mkdir(parents=True, exist_ok=True)
    path = versions / f"{INCOMING}{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
    path.mkdir()
    return path


def committed_name(staging: Path) -> Path:
    """The version name a staging directory takes once fully written."""
    return staging.with_name(staging.name.removeprefix(INCOMING))


def commit_version(staging: Path) -> Path:
    """Give a fully written staging directory its version name (the step before `activate`)."""
    final = committed_name(staging)
    os.replace(staging, final)
    return final


def interrupted_uploads() -> list[Path]:
    """Staging directories of uploads that never finished (their worker was killed or the server stopped)."""
    versions = settings().state_dir / VERSIONS_DIR
    if not versions.is_dir():
        return []
    return sorted(p for p in versions.iterdir() if p.is_dir() and p.name.startswith(INCOMING))


def note_interrupted_upload(path: Path) -> None:
    """Tell administrators (data page, log) that an upload was cut off and its leftovers deleted."""
    stamp = path.name.removeprefix(INCOMING)[:15]
    when = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}" if len(stamp) == 15 else "–"
    _note_fallback("upload_interrupted", f"removed the leftovers of an interrupted upload, {path.name}", when=when)


def _prune_versions(keep: Path) -> None:
    """Delete old uploaded versions, keeping the newest few (a worker may still be reading the previous one)."""
    versions = settings().state_dir / VERSIONS_DIR
    if not versions.exists():
        return
    old = sorted((p for p in versions.iterdir() if p.is_dir() and not p.name.startswith(INCOMING) and
                  p.resolve() != keep), key=lambda p: p.name)
    for path in old[: max(0, len(old) - (KEEP_VERSIONS - 1))]:
        remove_directory(path)


def remove_directory(path: Path) -> None:
    """Delete a data version directory; a failure is logged (it only costs disk space), never raised."""

    def report(_function, target, error_info) -> None:
        log.warning("Could not delete %s: %s", target, error_info[1])

    shutil.rmtree(path, onerror=report)


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
