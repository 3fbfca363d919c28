"""gunicorn settings of the observatory; `gunicorn app:server` reads this file from the working directory.

    gunicorn app:server                              # 0.0.0.0:8050, WEB_CONCURRENCY workers (default 2)
    WEB_CONCURRENCY=4 PORT=8080 gunicorn app:server
    GUNICORN_BIND=127.0.0.1:8050 gunicorn app:server

Workers share which data is in service through the state directory and the shared
cache (DASHBOARD_REDIS_URL for Redis), never through memory, so any number works.
"""
from __future__ import annotations

import os

import gunicorn.http.wsgi

# Responses name no server software or version (gunicorn writes this header itself).
gunicorn.http.wsgi.SERVER = "observatory"

bind = [os.environ["GUNICORN_BIND"]] if os.environ.get("GUNICORN_BIND") else [
    f"0.0.0.0:{os.environ.get('PORT', '8050')}"]
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Threads keep a worker answering page requests while one of its threads validates an upload.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# An upload near the size limit is decoded, checked and validated twice (its table, then the whole version).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "180"))
graceful_timeout = 30
keepalive = 5
# The app (and the data in service) is loaded once in the master; workers inherit it when they fork,
# so the demo data is generated once and a new worker answers its first request without a cold load.
preload_app = True

accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None  # "-" writes the access log to stdout
errorlog = "-"
# gunicorn's control socket has one default path per user: two instances (a test run beside the site) would
# fight over it. Off unless the operator names a socket for `gunicornc`.
control_socket_disable = not os.environ.get("GUNICORN_CONTROL_SOCKET")
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The app's own loggers (data switches, refused uploads) go to stderr beside gunicorn's.
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"level": "INFO", "handlers": ["error_console"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["error_console"], "propagate": False,
                           "qualname": "gunicorn.error"},
        # With a logging config gunicorn always emits access lines: keep them only when asked for.
        "gunicorn.access": {"level": "INFO" if accesslog else "WARNING", "handlers": ["console"],
                            "propagate": False, "qualname": "gunicorn.access"},
    },
}


def when_ready(server) -> None:
    """In the master, after the app is preloaded: load the data in service and draw every page once, before forking.

    The workers inherit the loaded tables and whatever the pages built from them (indicator
    engines), and every module a request imports lazily is already imported: plotly's JSON
    encoder peeks at sys.modules, and a module half-imported by another thread made it fail.
    """
    if os.environ.get("DASHBOARD_DEBUG", "").strip() == "1":
        server.log.warning("DASHBOARD_DEBUG=1 is ignored under gunicorn: debug tools are for `python app.py` only")
    from dashboard import store, uploads
    from dashboard.contract import DataValidationError

    uploads.clean_interrupted_uploads()  # before any worker exists, so no upload can be running here
    try:
        data = store.dataset()
    except DataValidationError as error:
        # Serve anyway: the pages say what is wrong and the data page can reset or replace the data.
        server.log.error("The data in service does not follow the data contract:\n%s", error.report())
        return
    kind = "synthetic demo data" if data.is_demo else "data"
    server.log.info("Serving %s from %s (version %s)", kind, data.source_dir, data.fingerprint)
    if os.environ.get("GUNICORN_WARM_UP", "1") != "0":
        import_every_module(server)
        draw_every_page(server)


def import_every_module(server) -> None:
    """Import the whole `dashboard` package now, so no request thread imports a module while another one runs."""
    import importlib
    import pkgutil

    import dashboard

    for module in pkgutil.walk_packages(dashboard.__path__, "dashboard."):
        if module.name.endswith(("__main__", ".cli", "commands")):
            continue  # command-line entry points: not used by the server
        try:
            importlib.import_module(module.name)
        except ImportError as error:  # logged, not fatal: the server imports what it needs again on demand
            server.log.warning("Warm-up: could not import %s (%s)", module.name, error)


def draw_every_page(server) -> None:
    """Ask the app for each registered page in both languages, as a browser's first visit does."""
    import time

    import dash

    started = time.monotonic()
    client = server.app.wsgi().test_client()
    dependencies = client.get("/_dash-dependencies").get_json()
    pages = next(d for d in dependencies if any(i["id"] == "_pages_location" for i in d["inputs"]))
    outputs = [{"id": part.rsplit(".", 1)[0], "property": part.rsplit(".", 1)[1]}
               for part in pages["output"][2:-2].split("...")]
    for page in dash.page_registry.values():
        for search in ("", "?lang=en"):
            answer = client.post("/_dash-update-component", json={
                "output": pages["output"], "outputs": outputs, "state": [], "changedPropIds": [],
                "inputs": [{"id": "_pages_location", "property": "pathname", "value": page["path"]},
                           {"id": "_pages_location", "property": "search", "value": search}],
            })
            if answer.status_code != 200:
                server.log.warning("Warm-up: %s%s answered %s", page["path"], search, answer.status_code)
    server.log.info("Warm-up: drew %d pages in %.1f s", len(dash.page_registry), time.monotonic() - started)
