"""How long browsers may keep what the server sends: a year for fingerprinted scripts and styles.

Dash names every script it serves with its version and modification time
(`dash_core_components.v4_4_1m1733....js`) and every file of `assets/` with `?m=<mtime>`:
a new release or an edited file gets a new address, so the old address never changes
meaning and the browser need not even ask again (`immutable`). Anything else keeps
its own answer: the region GeoJSON a day then revalidation (app.py), pages and callbacks none.
"""
from __future__ import annotations

from dash.fingerprint import check_fingerprint
from flask import request

FOREVER = "public, max-age=31536000, immutable"


def is_fingerprinted(path: str, query: dict, prefix: str = "/") -> bool:
    """Whether this request names a file whose content can never change at that address."""
    if path.startswith(f"{prefix}_dash-component-suites/"):
        return check_fingerprint(path)[1]
    return path.startswith(f"{prefix}assets/") and bool(query.get("m"))


def add_cache_headers(server, app) -> None:
    """Mark fingerprinted scripts and styles as cacheable for a year; hand files from disk whole to compression.

    Register after Dash(compress=True): Flask runs the later hook first, so Flask-Compress sees the result.
    """
    prefix = app.config.routes_pathname_prefix
    compressible = set(server.config.get("COMPRESS_MIMETYPES", ()))

    @server.after_request
    def _long_lived(response):
        if response.status_code == 200 and is_fingerprinted(request.path, request.args, prefix):
            response.headers["Cache-Control"] = FOREVER
        if response.direct_passthrough and response.mimetype in compressible:
            # Flask streams files from disk (assets, the GeoJSON); Flask-Compress offers a stream only br/zstd,
            # so a gzip-only client or proxy would get it uncompressed. These text files are small: read them.
            response.direct_passthrough = False
            response.make_sequence()
        return response
