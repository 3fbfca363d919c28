"""One look for every figure: the Plotly template, colour-blind-safe palettes, Spanish number formats.

Presentation mode (screen-shared meetings) uses the same template with larger type
and thicker lines, so a figure stays legible at 1280×720.

The colour language, the same on every page:
- Categories (regions, areas, sexes, groups): Okabe & Ito's eight colours, told apart with every common
  colour-vision deficiency; the national line is the dark navy that no category uses.
- Levels (a rate across regions): Viridis, light to dark as the value grows.
- Differences from a reference: one purple–orange diverging scale, white at the reference. It is centred
  on 1 for a parity index (zmid=1, range symmetric around 1) and on 0 for a gap or a gain, so a
  colour's strength always means the same distance. Purple is a gain, an improvement, or a value above
  the reference; orange-brown a loss or a value below it, in bars as in maps (GAIN_COLOUR, LOSS_COLOUR).
- Warnings (flagged values, outliers): vermilion, with a marker shape so colour is never the only cue.
"""
from __future__ import annotations

import textwrap

import plotly.graph_objects as go
import plotly.io as pio
from plotly.colors import get_colorscale

from dashboard.i18n import language, t

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
CATEGORICAL = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
NATIONAL_COLOUR = "#1f2a44"
SERIES_COLOURS = {
    "national": NATIONAL_COLOUR,
    "urban": "#0072B2", "rural": "#E69F00",
    "F": "#CC79A7", "M": "#009E73",
    "public": "#0072B2", "private": "#D55E00",
    "coached": "#D55E00", "non_coached": "#0072B2",
}
SEQUENTIAL = "Viridis"  # perceptually uniform, colour-blind safe
# ColorBrewer's PuOr: orange-brown below the reference (a loss), white at it, purple above (a gain); its two
# sides stay apart for protanopes, deuteranopes and tritanopes. Named, so every builder can read its stops.
DIVERGING = "PuOr"
# Its stops, for figures built without Plotly's validation (see `assembled`): plotly.js knows no "PuOr" by
# name and silently falls back to a one-directional scale.
DIVERGING_STOPS = [list(stop) for stop in get_colorscale(DIVERGING)]
GAIN_COLOUR, LOSS_COLOUR = "#542788", "#B35806"  # PuOr's two sides, for bars beside a diverging map
FLAG_COLOUR = "#D55E00"
PARITY_BAND = (0.97, 1.03)
MILESTONES = ((1990, "milestone.jomtien"), (2000, "milestone.dakar"), (2015, "milestone.incheon"))

FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'

# Plotly's separators: decimal mark then thousands mark. Peru's official style (INEI) writes 1 234,5.
SEPARATORS = {"es": ", ", "en": ".,"}


# plotly_white's look without its defaults for every trace type: a third of the size, and building a figure
# (Plotly validates and copies the template into each one) takes 13 ms instead of 33.
pio.templates["observatory"] = go.layout.Template(layout=pio.templates["plotly_white"].layout)


def _merged(base: dict, extra: dict) -> dict:
    """`extra` laid over `base`, nested dicts merged key by key (so a title text keeps the house title font)."""
    out = dict(base)
    for key, value in extra.items():
        out[key] = _merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def base_layout(lang: str | None, present: bool = False) -> dict:
    """Layout settings shared by every figure."""
    lang = language(lang)
    size = 20 if present else 14
    return {
        "template": "observatory",
        "font": {"family": FONT_FAMILY, "size": size, "color": "#000000" if present else "#1f2a44"},
        "colorway": list(CATEGORICAL),
        "separators": SEPARATORS[lang],
        "margin": {"l": 70, "r": 30, "t": 70 if present else 60, "b": 60},
        "hoverlabel": {"font": {"size": size}},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.02, "xanchor": "left", "x": 0,
                   "font": {"size": size}},
        "title": {"font": {"size": size + 4}, "x": 0, "xanchor": "left"},
    }


def styled(fig: go.Figure, lang: str | None, present: bool = False, **layout) -> go.Figure:
    """The figure in the house style, as a new figure: its traces were checked when added; the style is not."""
    return assembled([trace.to_plotly_json() for trace in fig.data], lang, present,
                     **_merged(fig.layout.to_plotly_json(), layout))


_TEMPLATE_JSON = pio.templates["observatory"].to_plotly_json()
_PRESENT_AXIS = {"tickfont": {"size": 18}, "title": {"font": {"size": 20}}}


def assembled(traces: list[dict], lang: str | None, present: bool = False, **layout) -> go.Figure:
    """A figure from plain trace and layout dicts in the house style, built without Plotly's per-property checks.

    Plotly validates every property of a figure built from objects, which costs more than the rest of a
    callback; the builders that use this are tested against Plotly's validation instead (see tests).
    """
    spec = _merged(base_layout(lang, present), layout)
    spec["template"] = _TEMPLATE_JSON
    if present:
        for axis in ("xaxis", "yaxis"):
            spec[axis] = _merged(_PRESENT_AXIS, spec.get(axis, {}))
        traces = [_merged(trace, {"line": {"width": 4}}) if trace.get("type") == "scatter"
                  and "lines" in str(trace.get("mode", "lines")) else trace for trace in traces]
    return go.Figure({"data": traces, "layout": spec}, _validate=False)


def empty_figure(message: str, lang: str | None, present: bool = False) -> go.Figure:
    """A figure that says plainly why there is nothing to draw (never an empty chart that looks broken)."""
    # a long reason is wrapped, never cut at the figure's edges (Plotly does not wrap annotation text)
    message = "<br>".join(textwrap.wrap(message, 60 if present else 80)) if "<br>" not in message else message
    note = {"text": message, "x": 0.5, "y": 0.5, "xref": "paper", "yref": "paper", "showarrow": False,
            "font": {"size": 22 if present else 16}, "align": "center"}
    return assembled([], lang, present, annotations=[note], xaxis={"visible": False}, yaxis={"visible": False})


def milestone_marks(lang: str | None, first_year: int, last_year: int, present: bool = False) -> tuple[list, list]:
    """Shapes and labels marking Jomtien (1990), Dakar (2000) and Incheon (2015) inside the drawn years."""
    shapes, labels = [], []
    for year, key in MILESTONES:
        if first_year <= year <= last_year:
            shapes.append({"type": "line", "x0": year, "x1": year, "y0": 0, "y1": 1, "xref": "x", "yref": "paper",
                           "line": {"color": "#8a8f98", "dash": "dot", "width": 1}})
            labels.append({"x": year, "y": 1, "xref": "x", "yref": "paper", "text": t(key, lang), "showarrow": False,
                           "yanchor": "bottom", "xanchor": "left", "xshift": 3,
                           "font": {"size": 15 if present else 11, "color": "#5a606b"}})
    return shapes, labels


# Plotly's own interface words (modebar, hints) and date names in Spanish, passed through the graph config.
SPANISH_LOCALE = {
    "dictionary": {
        "Autoscale": "Autoescalar",
        "Box Select": "Seleccionar con caja",
        "Click to enter Colorscale title": "Clic para escribir el título de la escala",
        "Click to enter Component A title": "Clic para escribir el título del componente A",
        "Click to enter Plot title": "Clic para escribir el título del gráfico",
        "Click to enter X axis title": "Clic para escribir el título del eje X",
        "Click to enter Y axis title": "Clic para escribir el título del eje Y",
        "Compare data on hover": "Comparar datos al pasar el cursor",
        "Double-click on legend to isolate one trace": "Doble clic en la leyenda para aislar una serie",
        "Double-click to zoom back out": "Doble clic para volver a alejar",
        "Download plot": "Descargar gráfico",
        "Download plot as a png": "Descargar gráfico como PNG",
        "Lasso Select": "Seleccionar con lazo",
        "Orbital rotation": "Rotación orbital",
        "Pan": "Desplazar",
        "Produced with Plotly.js": "Hecho con Plotly.js",
        "Reset": "Restablecer",
        "Reset axes": "Restablecer ejes",
        "Reset view": "Restablecer vista",
        "Reset views": "Restablecer vistas",
        "Show closest data on hover": "Mostrar el dato más cercano",
        "Snapshot succeeded": "Imagen guardada",
        "Sorry, there was a problem downloading your snapshot!": "No se pudo descargar la imagen.",
        "Taking snapshot - this may take a few seconds": "Guardando la imagen; puede tardar unos segundos",
        "Toggle Spike Lines": "Mostrar u ocultar líneas guía",
        "Zoom": "Zoom",
        "Zoom in": "Acercar",
        "Zoom out": "Alejar",
        "close:": "cierre:",
        "high:": "máximo:",
        "low:": "mínimo:",
        "open:": "apertura:",
        "trace": "serie",
    },
    "format": {
        "days": ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
        "shortDays": ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"],
        "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                   "octubre", "noviembre", "diciembre"],
        "shortMonths": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
        "date": "%d/%m/%Y",
        "decimal": ",",
        "thousands": " ",
    },
}


def graph_locale_config(lang: str | None) -> dict:
    """The `locale`/`locales` part of a dcc.Graph config for `lang`."""
    lang = language(lang)
    if lang == "es":
        return {"locale": "es", "locales": {"es": SPANISH_LOCALE}}
    return {"locale": "en"}
