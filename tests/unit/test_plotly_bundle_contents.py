"""The partial plotly.js in assets/ matches the Python plotly in use and holds every trace type the figures draw."""
from __future__ import annotations

import re
from pathlib import Path

import plotly.graph_objects as go
from plotly.basedatatypes import BaseTraceType
from plotly.offline import get_plotlyjs_version

ROOT = Path(__file__).resolve().parents[2]
BANNER = re.compile(r"/\* plotly\.js (?P<version>[\d.]+), traces: (?P<traces>[\w,]+)\.")
TRACE_TYPES = {name.lower() for name in dir(go)
               if isinstance(getattr(go, name), type) and issubclass(getattr(go, name), BaseTraceType)}


def bundle_banner() -> re.Match:
    with (ROOT / "assets/plotly-observatory.min.js").open(encoding="utf-8") as bundle:
        return BANNER.match(bundle.readline())


def traces_drawn() -> set[str]:
    """Trace types named in the figure builders, as `go.Bar(...)` or as a plain `"type": "bar"` dict."""
    used = set()
    for source in (path for folder in ("dashboard", "layouts", "callbacks") for path in (ROOT / folder).rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        used |= {name.lower() for name in re.findall(r"\bgo\.(\w+)\(", text)} & TRACE_TYPES
        used |= set(re.findall(r"""["']type["']\s*:\s*["'](\w+)["']""", text)) & TRACE_TYPES
    return used


def test_the_bundle_is_the_plotly_js_that_plotly_for_python_ships():
    assert bundle_banner()["version"] == get_plotlyjs_version()


def test_every_trace_type_the_figures_draw_is_in_the_bundle():
    drawn = traces_drawn()
    assert {"bar", "choroplethmap", "scatter"} <= drawn  # the scan finds what the pages are known to draw
    assert drawn <= set(bundle_banner()["traces"].split(",")), "rebuild with scripts/build_plotly_bundle.sh"
