"""The cache the workers share (Redis or a directory): an accelerator, never a dependency.

Every caller (the data-in-service pointer's mirror, the answer cache, the coaching
page's computed tables) goes through the backends below. A backend error or a
timeout is answered as a miss (or a failed write), so a stopped, frozen or full
Redis slows the site down but never breaks a page. After a failure the backend
rests for a few seconds (answering misses at once instead of each request waiting
for a timeout), and the failure is logged once per interval, not once per request.
"""
from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from typing import Any

from flask_caching import Cache
from flask_caching.backends.filesystemcache import FileSystemCache
from flask_caching.backends.rediscache import RedisCache

from dashboard.config import settings

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 0.25  # seconds: Redis on the same network answers in well under a millisecond
READ_TIMEOUT = 0.5
REST_SECONDS = 5.0  # after a failure, answer misses for this long before trying the backend again
LOG_INTERVAL = 60.0  # one log line per interval while the backend keeps failing
DEFAULT_TIMEOUT = 3600
MAX_FILES = 2000  # entries the cache directory keeps (answers and analyses: a few hundred MB at most)
TRIM_SECONDS = 30.0  # how often one worker trims the directory back to MAX_FILES

cache = Cache()  # configured by app.py through `cache_config()`


class _Tolerant:
    """Mixin for a flask-caching backend: failures become misses, logged once per interval, with a rest period."""

    _state_lock = threading.Lock()

    def _init_tolerance(self) -> None:
        self._resting_until = 0.0
        self._last_logged = -LOG_INTERVAL
        self._unlogged = 0
        self._failing = False

    def _guard(self, operation: str, call, miss: Any) -> Any:
        if time.monotonic() < self._resting_until:
            return miss
        try:
            result = call()
        except Exception as error:  # redis, socket and file errors alike: the cache only costs speed
            self._failed(operation, error)
            return miss
        if self._failing:
            with self._state_lock:
                self._failing = False
            log.warning("The shared cache answers again (%s); %d failures were not logged", type(self).__name__,
                        self._unlogged)
            self._unlogged = 0
        return result

    def _failed(self, operation: str, error: Exception) -> None:
        now = time.monotonic()
        with self._state_lock:
            self._failing = True
            self._resting_until = now + REST_SECONDS
            due = now - self._last_logged >= LOG_INTERVAL
            if due:
                self._last_logged = now
                suppressed, self._unlogged = self._unlogged, 0
            else:
                self._unlogged += 1
        if due:
            log.error("The shared cache failed on %s (%s: %s); serving without it for %.0f s at a time "
                      "(%d failures since the last message)", operation, type(error).__name__, error, REST_SECONDS,
                      suppressed)

    def get(self, *args: Any, **kwargs: Any) -> Any:
        return self._guard("get", lambda: super(_Tolerant, self).get(*args, **kwargs), None)

    def get_many(self, *keys: str) -> list[Any]:
        return self._guard("get_many", lambda: super(_Tolerant, self).get_many(*keys), [None] * len(keys))

    def has(self, *args: Any, **kwargs: Any) -> bool:
        return self._guard("has", lambda: super(_Tolerant, self).has(*args, **kwargs), False)

    def set(self, *args: Any, **kwargs: Any) -> bool:
        return self._guard("set", lambda: super(_Tolerant, self).set(*args, **kwargs), False)

    def add(self, *args: Any, **kwargs: Any) -> bool:
        return self._guard("add", lambda: super(_Tolerant, self).add(*args, **kwargs), False)

    def set_many(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self._guard("set_many", lambda: super(_Tolerant, self).set_many(*args, **kwargs), [])

    def delete(self, *args: Any, **kwargs: Any) -> bool:
        return self._guard("delete", lambda: super(_Tolerant, self).delete(*args, **kwargs), False)

    def delete_many(self, *keys: str) -> list[Any]:
        return self._guard("delete_many", lambda: super(_Tolerant, self).delete_many(*keys), [])

    def inc(self, *args: Any, **kwargs: Any) -> int | None:
        return self._guard("inc", lambda: super(_Tolerant, self).inc(*args, **kwargs), None)

    def clear(self) -> bool:
        return self._guard("clear", lambda: super(_Tolerant, self).clear(), False)


class TolerantRedisCache(_Tolerant, RedisCache):
    """Redis with short socket timeouts; an outage or a freeze is a miss."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._init_tolerance()
        super().__init__(*args, **kwargs)


class TolerantFileSystemCache(_Tolerant, FileSystemCache):
    """A cache directory; an unwritable or vanished directory is a miss.

    Kept to MAX_FILES entries by a trim at most every TRIM_SECONDS per worker (expired entries first, then the
    least recently written), not on every write: cachelib's own threshold reads and rewrites a count file on each
    write and, once past it, reads every entry's header on each write, which took a quarter of the server's time
    under the 50-user load test. The configuration turns that threshold off (CACHE_THRESHOLD 0).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._init_tolerance()
        self._next_trim = 0.0
        self._trim_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def set(self, *args: Any, **kwargs: Any) -> bool:
        self._guard("trim", self._trim, None)
        return super().set(*args, **kwargs)

    def _trim(self) -> None:
        if time.monotonic() < self._next_trim or not self._trim_lock.acquire(blocking=False):
            return
        try:
            self._next_trim = time.monotonic() + TRIM_SECONDS
            if sum(1 for _ in self._list_dir()) <= MAX_FILES:
                return
            self._remove_expired(time.time())
            by_age = sorted(self._list_dir(), key=_written_at)
            for path in by_age[: max(len(by_age) - MAX_FILES, 0)]:
                with contextlib.suppress(FileNotFoundError):  # another worker trimmed it first
                    os.remove(path)
        finally:
            self._trim_lock.release()


def _written_at(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except FileNotFoundError:
        return 0.0


def cache_config() -> dict[str, object]:
    """flask-caching settings shared by every worker."""
    config = settings()
    common = {"CACHE_DEFAULT_TIMEOUT": DEFAULT_TIMEOUT, "CACHE_KEY_PREFIX": "observatory:"}
    if config.redis_url:
        # Without socket timeouts a frozen Redis holds every request thread forever.
        options = {"socket_connect_timeout": CONNECT_TIMEOUT, "socket_timeout": READ_TIMEOUT,
                   "health_check_interval": 30}
        return {**common, "CACHE_TYPE": f"{__name__}.TolerantRedisCache", "CACHE_REDIS_URL": config.redis_url,
                "CACHE_OPTIONS": options}
    try:
        config.cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # the backend answers misses until the directory can be written
        log.error("Cannot create the cache directory %s: %s", config.cache_dir, error)
    return {**common, "CACHE_TYPE": f"{__name__}.TolerantFileSystemCache", "CACHE_DIR": str(config.cache_dir),
            "CACHE_THRESHOLD": 0}  # trimmed by the backend itself (MAX_FILES)
