"""A figure as it leaves the screen for a slide: titled, with its selection, source, origin and no controls.

On screen the title and selection sit in the page above the chart; a PNG or SVG on a slide has no page
around it, so the exported figure carries them itself. The browser draws the export from the figure on
screen with these layout changes (kept in the figure's `meta.export`), so what is saved is what is shown.
"""
from __future__ import annotations

import textwrap
from html import escape

import plotly.graph_objects as go

EXPORT_SIZE = (1600, 900)  # 16:9, a slide's full width
MARK_COLOUR = "rgba(213, 94, 0, 0.16)"  # the synthetic mark: Okabe–Ito vermilion, faint enough to read through


def _lines(text: str, width: int) -> str:
    """Plain text wrapped into Plotly's <br>-separated lines, escaped (titles and sources are never markup)."""
    return "<br>".join(escape(line) for line in textwrap.wrap(text, width))


def export_layout(figure: go.Figure, *, title: str, subtitle: str, source: str, synthetic_mark: str = "") -> dict:
    """The layout changes that turn an on-screen figure into a slide figure.

    Adds the title and the selection line on top, the source line at the bottom, a large faint mark across
    the plot when the data is synthetic; removes the animation's play buttons and year slider (a still image
    shows one year) and the modebar-only hover settings; keeps the figure's own annotations.
    """
    width, height = EXPORT_SIZE
    annotations = [a.to_plotly_json() for a in (figure.layout.annotations or ())]
    annotations.append({"text": _lines(source, 190), "xref": "paper", "yref": "paper", "x": 0, "y": 0,
                        "xanchor": "left", "yanchor": "top", "yshift": -58, "align": "left", "showarrow": False,
                        "font": {"size": 13, "color": "#333333"}})
    if synthetic_mark:
        annotations.append({"text": escape(synthetic_mark), "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5,
                            "showarrow": False, "textangle": -18, "font": {"size": 96, "color": MARK_COLOUR}})
    margin = figure.layout.margin.to_plotly_json() if figure.layout.margin else {}
    heading = f"<b>{_lines(title, 110)}</b>"
    if subtitle:
        heading += f"<br><span style='font-size:17px'>{_lines(subtitle, 150)}</span>"
    return {
        "width": width, "height": height,
        "title": {"text": heading, "x": 0.01, "xanchor": "left", "y": 0.97, "yanchor": "top",
                  "font": {"size": 24, "color": "#000000"}},
        "margin": {**margin, "t": 130, "b": 130},
        "annotations": annotations,
        "sliders": [], "updatemenus": [],
    }


def export_figure(figure: go.Figure, **words: str) -> go.Figure:
    """The slide version of a figure (what the PNG and SVG buttons save)."""
    exported = go.Figure(figure)
    exported.update_layout(export_layout(figure, **words), overwrite=True)
    return exported
