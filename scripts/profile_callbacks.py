"""Where a page callback's time goes: cProfile of chosen callbacks while one simulated user works their pages.

    python scripts/profile_callbacks.py                                  # coaching and programme, demo scale
    python scripts/profile_callbacks.py --pages /maps --callbacks draw_map --scale national --seconds 60

Serves the app in this process (werkzeug, answer cache off, so every answer is computed),
drives it with one user of scripts/loadtest.py on the given pages, and profiles only the
chosen callbacks (Dash's wrapper included: argument handling and JSON serialisation of
the answer). Prints, per callback, the calls, total time and the functions with the most
cumulative time.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import threading
from functools import wraps
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import loadtest  # noqa: E402
from bench_callbacks import free_port  # noqa: E402

from dashboard.demo import write_demo  # noqa: E402


def profiled(function, profile: cProfile.Profile, calls: list):
    @wraps(function)
    def run(*args, **kwargs):
        calls.append(1)
        profile.enable()
        try:
            return function(*args, **kwargs)
        finally:
            profile.disable()
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", nargs="+", default=["/coaching", "/programme"])
    parser.add_argument("--callbacks", nargs="+", default=["draw_coaching", "draw_programme"],
                        help="names of the callback functions to profile, or their beginnings")
    parser.add_argument("--scale", choices=("demo", "national"), default="demo")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--top", type=int, default=25, help="functions listed per callback")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="profile-callbacks-") as workdir:
        os.environ.update({"DASHBOARD_DATA_DIR": str(write_demo(Path(workdir) / "data", scale=options.scale,
                                                                 fmt="parquet")),
                           "DASHBOARD_STATE_DIR": str(Path(workdir) / "state"), "DASHBOARD_CALLBACK_CACHE": "0"})
        os.environ.pop("DASHBOARD_REDIS_URL", None)
        import dash
        from werkzeug.serving import make_server

        import app

        profiles: dict[str, tuple[cProfile.Profile, list]] = {}
        for entry in dash._callback.GLOBAL_CALLBACK_MAP.values():  # copied into the app at its first request
            # Dash keeps its wrapper, which copied the name before the page spec renamed the function itself.
            wrapped = entry.get("callback")
            name = getattr(getattr(wrapped, "__wrapped__", wrapped), "__name__", "")
            # Draw callbacks are named after their page and figures (draw_coaching_before_after_...): a prefix.
            if any(name.startswith(wanted) for wanted in options.callbacks):
                profiles.setdefault(name, (cProfile.Profile(), []))
                entry["callback"] = profiled(entry["callback"], *profiles[name])
        missing = {wanted for wanted in options.callbacks if not any(name.startswith(wanted) for name in profiles)}
        if missing:
            raise SystemExit(f"no callback named {', '.join(sorted(missing))}")
        port = free_port()
        server = make_server("127.0.0.1", port, app.server, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            loadtest.run(loadtest.parse_args(["--url", f"http://127.0.0.1:{port}", "--users", "1", "--think", "0",
                                              "--duration", str(options.seconds), "--pages", *options.pages]))
        finally:
            server.shutdown()
    for name, (profile, calls) in profiles.items():
        text = io.StringIO()
        stats = pstats.Stats(profile, stream=text)
        print(f"== {name}: {len(calls)} calls, {stats.total_tt * 1000 / max(len(calls), 1):.1f} ms per call "
              "(under the profiler, which slows Python code down)")
        stats.sort_stats("cumulative").print_stats(options.top)
        print("\n".join(line for line in text.getvalue().splitlines()[6:] if line.strip()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
