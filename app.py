"""The Peru education observatory: builds the Dash app and exposes `server` for gunicorn.

    python app.py [--host 127.0.0.1] [--port 8050] [--data DIR]
    gunicorn app:server -w 4 -b 0.0.0.0:8050
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

import dash
from dash import Dash, dcc, html
from flask import Response, send_file

from dashboard import answer_cache, store, uploads
from dashboard.config import settings
from dashboard.contract import DataValidationError
from dashboard.figures.maps import REGIONS_URL
from dashboard.geo import REGIONS_FILE
from dashboard.http_cache import add_cache_headers
from dashboard.i18n import t
from dashboard.security import (
    BodyGate,
    add_error_handlers,
    add_security_headers,
    bootstrap_stylesheet,
    check_admin_token,
    throttle_token_guesses,
    upload_body_limit,
)
from dashboard.shared_cache import cache, cache_config

app = Dash(
    __name__,
    use_pages=True,
    pages_folder="layouts",
    external_stylesheets=["/vendor/bootstrap.css"],
    suppress_callback_exceptions=True,  # pages build their components on demand
    title=t("app.title"),
    update_title=None,
    serve_locally=True,
    compress=True,  # gzip (or br/zstd) every script, style, callback answer and the GeoJSON: a cold page shrinks ~4x
    meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
)
server = app.server

import callbacks  # noqa: E402, F401  (registers every callback; pages must exist first, hence after Dash())

check_admin_token()
# Uploads arrive base64-encoded inside a JSON callback request; every other request is small (BodyGate).
server.config["MAX_CONTENT_LENGTH"] = upload_body_limit()
server.wsgi_app = BodyGate(server.wsgi_app, app.config.requests_pathname_prefix + "_dash-update-component")
server.add_url_rule("/vendor/bootstrap.css", "bootstrap_css",
                    lambda: Response(bootstrap_stylesheet(), mimetype="text/css"))
# Map figures name this file instead of each carrying 100 KB of region shapes; the browser caches it.
server.add_url_rule(REGIONS_URL, "regions_geojson",
                    lambda: send_file(REGIONS_FILE, mimetype="application/json", max_age=86400, conditional=True))
cache.init_app(server, config=cache_config())
add_error_handlers(server, app)
answer_cache.install(server, app)  # repeated views are answered from the shared cache
throttle_token_guesses(server, app)
add_security_headers(server, app)
add_cache_headers(server, app)  # fingerprinted scripts and styles: cached for a year, never asked for again
app.layout = html.Div([dcc.Location(id="url", refresh="callback-nav"), dash.page_container])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run the Peru education observatory on one machine.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8050, help="port to listen on (default 8050)")
    parser.add_argument("--data", type=Path, help="data directory to serve (default: DASHBOARD_DATA_DIR, else peru)")
    args = parser.parse_args(argv)
    if args.data is not None:
        os.environ["DASHBOARD_DATA_DIR"] = str(args.data.resolve())
    uploads.clean_interrupted_uploads()
    try:
        # Fail fast, before serving, if the data is bad. An explicit --data wins over an earlier upload.
        loaded = store.activate(store.default_directory()) if args.data else store.dataset()
    except DataValidationError as error:
        message = f"The data directory does not follow the data contract; nothing served.\n{error.report()}"
        raise SystemExit(message) from None  # the report says everything; a traceback would only hide it
    kind = "synthetic demo data" if loaded.is_demo else "data"
    print(f"Serving {kind} from {loaded.source_dir} at http://{args.host}:{args.port}/")
    app.run(host=args.host, port=args.port, debug=settings().debug)


if __name__ == "__main__":
    main()
