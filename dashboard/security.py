"""HTTP hardening of the server, and the locally served Bootstrap theme (no CDN: the app runs offline).

Limits on what a request can make the server do: a small body limit on every route
(only the upload callback, with the right token, may send more, and the token is
found in the raw body before any JSON is decoded), token guesses throttled per client
address, server faults answered 5xx and client faults 4xx, no traceback or server
path in an answer.
"""
from __future__ import annotations

import json
import logging
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import dash
import flask_bootstrap
from dash import html
from flask import g, has_request_context, jsonify, request
from flask_limiter import Limiter
from plotly.utils import PlotlyJSONEncoder
from werkzeug.exceptions import HTTPException

from dashboard import answer_cache
from dashboard.config import settings
from dashboard.i18n import language, t

log = logging.getLogger(__name__)

MIN_TOKEN_LENGTH = 16
TOKEN_GUESSES = "5 per minute"  # wrong administrator tokens accepted per client address
SMALL_BODY_BYTES = 2 * 1024 * 1024  # every request but an administrator's upload
PEEK_BYTES = 64 * 1024  # the start of a callback request, where its `output` is named
CHUNK_BYTES = 1024 * 1024
TOKEN_REFUSED = "token_refused"  # flask.g flag set by uploads when a token was wrong: counts as a guess

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
        # No camera, microphone, location or payment: the dashboard needs none of them.
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), "
                                                          "usb=(), interest-cohort=()")
        return response


# Errors that mean the server could not do its job (disk, memory, a dependency), whatever the request was.
SERVER_FAULTS = (OSError, MemoryError)


def add_error_handlers(server, app) -> None:
    """Malformed requests get a 4xx, server faults a 5xx (never a traceback); unknown pages get a 404 status."""
    dispatch_path = app.config.requests_pathname_prefix + "_dash-update-component"
    suites_path = app.config.requests_pathname_prefix + "_dash-component-suites/"
    catchall_endpoint = app.config.routes_pathname_prefix + "<path:path>"

    @server.errorhandler(Exception)
    def _answer_error(error: Exception):
        if isinstance(error, HTTPException):
            return error  # Flask's own answer (400 bad JSON, 404, 405, 413 too large...) is already right
        if isinstance(error, SERVER_FAULTS):
            log.error("Server fault on %s", request.path, exc_info=error)
            return jsonify({"error": "the server could not answer; try again later"}), 503
        if request.path.startswith(suites_path):
            # A file Dash does not serve ('..' in the path, an unregistered package): not found, not a fault.
            log.warning("Refused component file %s from %s (%s)", request.path, client_address(), error)
            return jsonify({"error": "not found"}), 404
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


# ---------------------------------------------------------------- administrator token


def client_address() -> str:
    """The address the request came from, as the server saw it (a proxy in front must be trusted explicitly)."""
    return request.remote_addr or "unknown"


def check_admin_token() -> None:
    """Refuse to start with an administrator token short enough to guess."""
    token = settings().admin_token
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise SystemExit(f"DASHBOARD_ADMIN_TOKEN is {len(token)} characters long; use at least {MIN_TOKEN_LENGTH} "
                         "random characters (for example: python -c 'import secrets; print(secrets.token_urlsafe())')")


def note_refused_token() -> None:
    """An upload or reset came with a wrong token: log who sent it, and count it against their address."""
    if not has_request_context():  # a command-line or test caller: no client to count
        log.warning("Data change refused: wrong administrator token")
        return
    log.warning("Data change refused: wrong administrator token from %s", client_address())
    g.setdefault(TOKEN_REFUSED, True)


def throttle_token_guesses(server, app) -> Limiter:
    """Flask-Limiter on the callback that changes data: wrong tokens are counted per client address.

    The counters live where the shared cache lives (Redis), or in each worker's memory with the
    filesystem cache; if Redis fails, Flask-Limiter falls back to memory and never fails a request.
    """
    redis_url = settings().redis_url
    limiter = Limiter(
        key_func=client_address,
        app=server,
        storage_uri=redis_url or "memory://",
        storage_options={"socket_connect_timeout": 0.25, "socket_timeout": 0.5} if redis_url else {},
        strategy="fixed-window",
        key_prefix="observatory-limits",
        in_memory_fallback_enabled=True,
        swallow_errors=True,
    )
    endpoint = app.config.routes_pathname_prefix + "_dash-update-component"
    view = server.view_functions[endpoint]
    server.view_functions[endpoint] = limiter.limit(
        TOKEN_GUESSES,
        exempt_when=lambda: not answer_cache.is_action((request.get_json(silent=True) or {}).get("output")),
        deduct_when=lambda _response: bool(g.get(TOKEN_REFUSED, False)),
    )(view)
    return limiter


# ---------------------------------------------------------------- request bodies


class BodyGate:
    """WSGI middleware: bodies over SMALL_BODY_BYTES are refused, except an upload carrying the right token.

    A large body is spooled to a temporary file (never held in memory) while the raw bytes are
    searched for the administrator token; only then is it handed on, to be decoded. A refused
    upload is answered in the upload report's own words (a Dash answer naming the callback's
    output), so the administrator sees what happened; any other large body gets 413.
    """

    def __init__(self, wsgi_app, dispatch_path: str):
        self.wsgi_app = wsgi_app
        self.dispatch_path = dispatch_path

    def __call__(self, environ, start_response):
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        if length <= SMALL_BODY_BYTES and not chunked:
            return self.wsgi_app(environ, start_response)
        address = environ.get("REMOTE_ADDR", "unknown")
        if environ.get("PATH_INFO") != self.dispatch_path:
            log.warning("Refused a %d-byte body on %s from %s", length, environ.get("PATH_INFO"), address)
            return self._answer(start_response, "413 Request Entity Too Large", {"error": "request too large"})
        stream = environ["wsgi.input"]
        head = stream.read(min(PEEK_BYTES, length) if length else PEEK_BYTES)
        output = _named_output(head)
        limit = upload_body_limit()
        spool, size, authorised = self._spool(stream, head, length, limit)
        if size > limit:
            spool.close()
            log.warning("Refused a %d-byte upload from %s (limit %d)", size, address, limit)
            return self._refuse(environ, start_response, output, "service.too_large",
                                {"size": f"{size / 1_048_576:.0f}", "limit": f"{limit / 1_048_576:.0f}"})
        if not authorised:
            spool.close()
            log.warning("Data change refused: wrong administrator token from %s (%d-byte body not decoded)",
                        address, size)
            return self._refuse(environ, start_response, output, "contract.not_administrator", {})
        spool.seek(0)
        environ["wsgi.input"] = spool
        environ["CONTENT_LENGTH"] = str(size)
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        environ["wsgi.input_terminated"] = False
        try:
            return self.wsgi_app(environ, start_response)
        finally:
            spool.close()  # the app has read the whole body by the time it answers

    def _spool(self, stream, head: bytes, length: int, limit: int):
        """Copy the body to a temporary file; (file, size, whether the admin token occurs in it)."""
        token = settings().admin_token
        needle = json.dumps(token, ensure_ascii=False)[1:-1].encode() if token else None
        spool = tempfile.TemporaryFile()  # noqa: SIM115  (handed on to the app, closed by the caller)
        spool.write(head)
        size, found, tail = len(head), bool(needle) and needle in head, head[-256:]
        while length == 0 or size < length:
            chunk = stream.read(CHUNK_BYTES if length == 0 else min(CHUNK_BYTES, length - size))
            if not chunk:
                break
            size += len(chunk)
            if size > limit:  # stop copying; the rest is read and thrown away so the client gets the answer
                while stream.read(CHUNK_BYTES) and (length == 0 or size < length):
                    pass
                break
            spool.write(chunk)
            found = found or (needle is not None and needle in tail + chunk)
            tail = chunk[-256:]
        return spool, size, found

    def _refuse(self, environ, start_response, output: str | None, key: str, values: dict):
        lang = _referrer_language(environ)
        if output is None or not answer_cache.is_action(output):
            return self._answer(start_response, "413 Request Entity Too Large", {"error": t(key, lang, **values)})
        # A Dash answer that fills the report: the renderer only shows answers with status 200.
        report = html.Div(t(key, lang, **values), className="alert alert-danger upload-refused", role="alert")
        first = answer_cache.output_ids(output)[0]
        return self._answer(start_response, "200 OK", {"multi": True, "response": {first: {"children": report}}})

    @staticmethod
    def _answer(start_response, status: str, body: dict):
        data = json.dumps(body, cls=PlotlyJSONEncoder).encode()
        start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data))),
                                ("Connection", "close")])
        return [data]


def upload_body_limit() -> int:
    """The largest body an administrator's upload may have: base64 makes it 4/3 of the files, plus the request."""
    return settings().max_upload_mb * 1024 * 1024 * 4 // 3 + 16 * 1024 * 1024


def _named_output(head: bytes) -> str | None:
    """The `output` a Dash callback request names in its first bytes (the renderer writes it first)."""
    match = re.match(rb'\s*\{\s*"output"\s*:\s*"((?:[^"\\]|\\.){1,2000})"', head)
    if match is None:
        return None
    try:
        return json.loads(b'"' + match.group(1) + b'"')
    except ValueError:
        return None


def _referrer_language(environ) -> str:
    query = urlsplit(environ.get("HTTP_REFERER", "")).query
    return language(parse_qs(query).get("lang", [None])[0])
