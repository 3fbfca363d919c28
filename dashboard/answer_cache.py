"""Answers to Dash callback requests, shared by the workers through the shared cache.

Callbacks are pure functions of their inputs and the data in service (per-user state
lives in the URL and dcc.Store), so an answer is keyed by the request's output, inputs,
state and trigger, the data version and when it was switched, and the code version.

What anyone can make the server keep is bounded: an answer larger than
MAX_ENTRY_BYTES is not kept, the answers kept per hour add up to at most
BUDGET_BYTES, and a request that is large or carries an address query that does not
parse is computed but never kept (its answer would only echo the garbage back).
Callbacks that act (an upload, a reset) rather than compute are registered with
`register_action` and never answered from here.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
from functools import lru_cache
from urllib.parse import parse_qsl

from flask import Response, g, request

from dashboard import store
from dashboard.config import PROJECT_ROOT, settings
from dashboard.contract import DataValidationError
from dashboard.shared_cache import cache

log = logging.getLogger(__name__)

RESPONSE_TIMEOUT = 3600
MAX_ENTRY_BYTES = 2 * 1024 * 1024
BUDGET_BYTES = 256 * 1024 * 1024  # kept per hour; entries live one hour, so at most twice this is ever held
MAX_REQUEST_BYTES = 64 * 1024  # a view's request is a few KB; larger ones are computed, never kept
MAX_SEARCH_CHARS = 2048
CACHE_HEADER = "X-Callback-Cache"

_actions: set[str] = set()


def register_action(component_id: str) -> None:
    """Declare an output whose callback acts (uploads, resets): never answered from the cache."""
    _actions.add(component_id)


def output_ids(output: str) -> list[str]:
    """The component ids of a callback's `output` field ('a.children' or '..a.children...b.figure..')."""
    parts = output[2:-2].split("...") if output.startswith("..") else [output]
    return [part.rsplit(".", 1)[0] for part in parts]


def is_action(output: object) -> bool:
    """Whether a callback request's `output` names a registered action."""
    return isinstance(output, str) and any(part in _actions for part in output_ids(output))


def install(server, app) -> None:
    """Answer repeated callback requests from the shared cache (off with DASHBOARD_CALLBACK_CACHE=0)."""
    if not settings().callback_cache:
        return
    dispatch = app.config.requests_pathname_prefix + "_dash-update-component"

    @server.before_request
    def _answer_from_cache():
        if request.path != dispatch or request.method != "POST":
            return None
        if (request.content_length or 0) > MAX_REQUEST_BYTES:
            return None
        key = response_key(request.get_json(silent=True))
        if key is None:
            return None
        g.callback_cache_key = key
        body = cache.get(key)  # the shared cache answers a miss when it is down or frozen
        if body is None:
            return None
        return Response(body, mimetype="application/json", headers={CACHE_HEADER: "hit"})

    @server.after_request
    def _remember_answer(response):
        key = g.pop("callback_cache_key", None)
        if key is None or response.headers.get(CACHE_HEADER) == "hit":
            return response
        if (response.status_code == 200 and response.mimetype == "application/json" and
                not response.direct_passthrough):
            body = response.get_data()
            if len(body) <= MAX_ENTRY_BYTES and _within_budget(len(body)):
                cache.set(key, body, timeout=RESPONSE_TIMEOUT)
        response.headers[CACHE_HEADER] = "miss"
        return response


def _within_budget(size: int) -> bool:
    """Count `size` against this hour's budget, shared by the workers; False once it is spent (or unknown)."""
    window = int(time.time() // RESPONSE_TIMEOUT)
    total = cache.cache.inc(f"answer-bytes:{window}", size)  # the backend: flask-caching does not wrap inc
    if total is None:
        return False  # the cache is down: nothing to keep anyway
    if total > BUDGET_BYTES:
        if total - size <= BUDGET_BYTES:  # the first refusal of this window
            log.warning("Answer cache budget of %d MB spent for this hour; new answers are computed, not kept",
                        BUDGET_BYTES // 1_048_576)
        return False
    return True


def parsable_search(value: object) -> bool:
    """Whether an address query is one a page could have written: short and well-formed."""
    if not isinstance(value, str) or not value:
        return True
    if len(value) > MAX_SEARCH_CHARS:
        return False
    try:
        parse_qsl(value.removeprefix("?"), strict_parsing=True, max_num_fields=50)
    except ValueError:
        return False
    return True


def response_key(body: object) -> str | None:
    """The cache key of a callback request, or None when it must be computed (an action, unreadable data)."""
    if not isinstance(body, dict) or not isinstance(body.get("output"), str) or is_action(body["output"]):
        return None
    values = [item for group in ("inputs", "state") for item in (body.get(group) or []) if isinstance(item, dict)]
    if any(item.get("property") == "search" and not parsable_search(item.get("value")) for item in values):
        return None
    try:
        data = store.dataset()
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
