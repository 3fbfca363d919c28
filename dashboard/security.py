"""HTTP hardening of the server, and the locally served Bootstrap theme (no CDN: the app runs offline)."""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

import dash
import flask_bootstrap
from flask import jsonify, request
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

THEME = "flatly"  # Bootswatch theme shipped by bootstrap-flask; its Google Fonts @import is removed below


@lru_cache(maxsize=1)
def bootstrap_stylesheet() -> str:
    """The Bootswatch theme without its web-font @import, so the page never reaches for the internet."""
    path = Path(flask_bootstrap.__file__).parent / "static/bootstrap5/css/bootswatch" / THEME / "bootstrap.min.css"
    css = path.read_text(encoding="utf-8")
    return re.sub(r"@import url\([^)]*\);", "", css)


def content_security_policy(script_hashes: list[str]) -> str:
    """A CSP that Dash, Plotly and MapLibre work under, with no third-party origin allowed anywhere."""
    scripts = " ".join(script_hashes)  # Dash returns them quoted, ready for the header
    return "; ".join((
        "default-src 'self'",
        f"script-src 'self' {scripts}",
        "style-src 'self' 'unsafe-inline'",  # Plotly and Dash set inline styles on elements
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "worker-src 'self' blob:",  # MapLibre draws maps in a blob: web worker
        "child-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ))


def add_security_headers(server, app) -> None:
    """Attach CSP, nosniff, frame and referrer headers to every response."""

    @lru_cache(maxsize=1)
    def policy() -> str:
        # Hashed at the first response, once every page and inline clientside callback is registered.
        return content_security_policy(app.csp_hashes())

    @server.after_request
    def _headers(response):
        response.headers.setdefault("Content-Security-Policy", policy())
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


def add_error_handlers(server, app) -> None:
    """Malformed callback requests get a 400 (never a 500 or a traceback); unknown pages get a 404 status."""
    dispatch_path = app.config.requests_pathname_prefix + "_dash-update-component"
    catchall_endpoint = app.config.routes_pathname_prefix + "<path:path>"

    @server.errorhandler(Exception)
    def _answer_error(error: Exception):
        if isinstance(error, HTTPException):
            return error  # Flask's own answer (400 bad JSON, 404, 405, 413 too large...) is already right
        if request.path == dispatch_path:
            # Garbage JSON, missing fields or values of the wrong type make the callback machinery raise.
            # Logged in full (a real bug must stay visible) but answered as the client's error.
            log.warning("Callback request refused (%s: %s)", type(error).__name__, error, exc_info=error)
            return jsonify({"error": "bad callback request"}), 400
        log.error("Unhandled error on %s", request.path, exc_info=error)
        return jsonify({"error": "internal error"}), 500

    @server.after_request
    def _not_found_status(response):
        # Dash serves its page shell for every path; the not-found page is drawn in the browser, and this makes
        # the HTTP status honest too (for crawlers, link checkers and monitoring).
        if (request.method in ("GET", "HEAD") and request.url_rule is not None and request.url_rule.endpoint ==
                catchall_endpoint and response.status_code == 200 and not is_page_path(app, request.path)):
            response.status_code = 404
        return response


def is_page_path(app, path: str) -> bool:
    """Whether a URL path is one of the registered pages (a `path_template` matches any value of its variables)."""
    wanted = (app.strip_relative_path(path) or "").strip("/")
    for page in dash.page_registry.values():
        template = page.get("path_template")
        if template:
            pattern = "/".join("[^/]+" if part.startswith("<") and part.endswith(">") else re.escape(part)
                               for part in template.strip("/").split("/"))
            if re.fullmatch(pattern, wanted):
                return True
        if wanted == page["path"].strip("/"):
            return True
    return False
