"""HTTP hardening of the server, and the locally served Bootstrap theme (no CDN: the app runs offline)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import flask_bootstrap

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
