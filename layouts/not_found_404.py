"""The page for an address that is no page of the observatory (Dash pages uses a module of this name)."""
from __future__ import annotations

import dash
from dash import ctx, html
from dash.exceptions import MissingCallbackContextException

from dashboard.i18n import t
from dashboard.viewstate import PageState
from layouts._components import page_shell

dash.register_page(__name__, path="/404", title=lambda **q: t("notfound.title", q.get("lang")), name="not_found")


def layout(**query):
    state, notices = PageState.from_query(query)
    lang = state.lang
    path = _requested_path()
    body = [
        html.H1(t("notfound.title", lang), className="h3 mt-2"),
        html.P(t("notfound.text", lang, path=path), className="lead not-found"),
        html.A(t("notfound.home", lang), href="/" + state.query(), className="btn btn-primary"),
    ]
    return page_shell("", state, body, notices)


def _requested_path() -> str:
    """The address the user asked for, as the pages callback received it (shown as text, never as markup)."""
    try:
        return str(ctx.inputs.get("_pages_location.pathname") or "")[:200]
    except MissingCallbackContextException:  # outside a callback (a test calling layout() directly)
        return ""
