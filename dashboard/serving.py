"""What serving a page needs besides its pure view: the dataset a view state reads, and the memo of slow analyses."""
from __future__ import annotations

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


def memoised(key: str, compute: Callable[[], object]) -> object:
    """Read-through the shared cache, so every worker reuses a slow result (outside a request, just compute)."""
    from flask import has_app_context

    if not has_app_context():
        return compute()
    found = store.cache.get(key)
    if found is None:
        found = compute()
        store.cache.set(key, found)
    return found


def stamped(view: View, data: Dataset) -> View:
    """Every figure of a view names the data version it was drawn from (browser tests and caches read it)."""
    for figure in view.figures.values():
        meta = figure.layout.meta if isinstance(figure.layout.meta, dict) else {}
        figure.update_layout(meta={**meta, "data_version": data.fingerprint})  # keeps what the view put there
    return view
