"""What serving a page needs besides its pure view: the dataset a view state reads, and the memo of slow analyses."""
from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable

from dashboard import store
from dashboard.contract import Dataset
from dashboard.views.view import View
from dashboard.viewstate import PageState


def dataset_for(state: PageState) -> Dataset:
    """The dataset a view reads: every page asks here, so choosing the data (`?data=`) is decided in one place.

    `data=demo` reads the committed synthetic demo, read-only: uploads and the /data page act only on
    the data in service, whatever the address asks for.
    """
    if state.data == "demo":
        return store.bundled_dataset("demo")
    return store.dataset()


log = logging.getLogger(__name__)

RECENT_RESULTS = 64  # slow results a worker keeps in its own memory (a few MB at national scale)
# Keyed by the memo key, which carries the data version's fingerprint: a new version can never be served an old
# result, and results of versions no longer asked for age out of this bounded list.
_recent: OrderedDict[str, object] = OrderedDict()
_recent_lock = threading.Lock()


_flights: dict[str, threading.Lock] = {}  # one per result being computed: a second asker waits for the first
_MISSING = object()


def _recalled(key: str) -> object:
    with _recent_lock:
        if key in _recent:
            _recent.move_to_end(key)
            return _recent[key]
    return _MISSING


def memoised(key: str, compute: Callable[[], object]) -> object:
    """A slow result from this worker's memory, else the shared cache (so every worker reuses it), else computed.

    A request asking for a result that is being computed (by the warm-up, or another request's thread) waits for
    it rather than computing it a second time on the same cores.
    """
    from flask import has_app_context

    found = _recalled(key)
    if found is not _MISSING:
        return found
    with _recent_lock:
        flight = _flights.setdefault(key, threading.Lock())
    try:
        with flight:
            found = _recalled(key)
            if found is not _MISSING:
                return found
            found = store.cache.get(key) if has_app_context() else None  # outside a request: no shared cache
            if found is None:
                found = compute()
                if has_app_context():
                    store.cache.set(key, found)
            with _recent_lock:
                _recent[key] = found
                while len(_recent) > RECENT_RESULTS:
                    _recent.popitem(last=False)
            return found
    finally:
        with _recent_lock:
            _flights.pop(key, None)


def warm(data: Dataset) -> None:
    """Compute what the first requests on a newly loaded dataset would otherwise wait for.

    The indicator engine's bases for every indicator, and the coaching page's analyses as it first opens (Spanish
    and English share them). Runs in the background of the worker that loaded the data, so start-up and the
    request that loaded it are never delayed; a failure is logged and leaves the work to the first request.
    """
    from dashboard.engines import engine_for
    from dashboard.views.coaching import CoachingState, coaching_view
    from dashboard.views.coaching_impact import coaching_impact_view

    try:
        engine_for(data).prepare()
        if data.has("assessment") and data.has("coaching"):
            coaching_view(data, CoachingState(), memo=memoised)
            coaching_impact_view(data, CoachingState(), memo=memoised)
    except Exception:
        log.exception("warming the dataset %s failed; its first requests will compute what they need",
                      data.fingerprint)


def warm_in_background(data: Dataset) -> threading.Thread | None:
    """`warm` on its own thread (a daemon: a worker that stops does not wait for it), for data a request loaded.

    Only a server warms: commands and tests that read a dataset outside a request must not start analyses.
    """
    from flask import has_request_context

    if not has_request_context():
        return None
    thread = threading.Thread(target=warm, args=(data,), name=f"warm-{data.fingerprint[:8]}", daemon=True)
    thread.start()
    return thread


store.on_load(warm_in_background)


def stamped(view: View, data: Dataset) -> View:
    """Every figure of a view names the data version it was drawn from (browser tests and caches read it)."""
    for figure in view.figures.values():
        meta = figure.layout.meta if isinstance(figure.layout.meta, dict) else {}
        figure.update_layout(meta={**meta, "data_version": data.fingerprint})  # keeps what the view put there
    return view
