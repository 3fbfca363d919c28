"""Line charts of an indicator over the years, with flagged values drawn apart and gaps left as gaps."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.explorer import series_label
from dashboard.figures.theme import (
    CATEGORICAL,
    FLAG_COLOUR,
    NATIONAL_COLOUR,
    PARITY_BAND,
    SERIES_COLOURS,
    assembled,
    empty_figure,
    milestone_marks,
)
from dashboard.i18n import t
from dashboard.indicators.quality import split_flags

FLAG_MARKER = {"symbol": "diamond-open", "size": 13, "color": FLAG_COLOUR, "line": {"width": 2.5}}


def flag_text(flag: str, lang: str) -> str:
    """The rules a value breaks, in words ('' when it breaks none)."""
    return "; ".join(t(f"flag.{rule}", lang) for rule in split_flags(flag))


def _colour(series: str, index: int) -> str:
    return SERIES_COLOURS.get(series, CATEGORICAL[index % len(CATEGORICAL)])


def _values(series: pd.Series) -> np.ndarray:
    """Values as a float array; NaN is sent as null, so Plotly leaves a gap."""
    return series.to_numpy(dtype="float64")


def series_traces(frame: pd.DataFrame, lang: str, value_format: str,
                  published: pd.DataFrame | None = None, unit: str = "") -> list[dict]:
    """One line per series (national first, thicker), plus warning markers over flagged values.

    The hover is read with every series at once (one box per year), so each line's entry gives its name,
    its value and the unit, and a flagged value's warning; the warning markers add no second entry.

    published: the publishers' values of the same cells (columns series, year,
    published, published_source), drawn as a dashed reference line per series.
    """
    traces = []
    present_series = list(dict.fromkeys(frame["series"]))
    order = ["national"] * ("national" in present_series) + [s for s in present_series if s != "national"]
    for index, series in enumerate(order):
        rows = frame[frame["series"] == series].sort_values("year")
        national = series == "national"
        name = series_label(series, lang)
        flags = [flag_text(f, lang) for f in rows["flag"]]
        traces.append({
            "type": "scatter", "x": rows["year"].to_numpy(), "y": _values(rows["value"]), "name": name,
            "mode": "lines+markers", "connectgaps": False,  # a year without data is a gap, never bridged or zero
            "line": {"color": NATIONAL_COLOUR if national else _colour(series, index), "width": 3 if national else 2},
            "marker": {"size": 5},
            "customdata": [[f"<br>⚠ {text}" if text else ""] for text in flags],
            "hovertemplate": f"{name}: <b>%{{y:{value_format}}}{unit}</b>%{{customdata[0]}}<extra></extra>",
        })
        flagged = rows[(rows["flag"] != "") & rows["value"].notna()]
        if not flagged.empty:
            traces.append({
                "type": "scatter", "x": flagged["year"].to_numpy(), "y": _values(flagged["value"]), "name": name,
                "mode": "markers", "showlegend": False, "marker": FLAG_MARKER, "hoverinfo": "skip",
            })
    if published is not None and not published.empty:
        traces += published_traces(frame, published, order, lang, value_format, unit)
    if any(trace["mode"] == "markers" for trace in traces):  # explain the warning markers in the legend
        traces.append({"type": "scatter", "x": [None], "y": [None], "mode": "markers", "marker": FLAG_MARKER,
                       "name": t("trends.flagged", lang), "hoverinfo": "skip"})
    return traces


def published_traces(frame: pd.DataFrame, published: pd.DataFrame, order: list[str], lang: str,
                     value_format: str, unit: str = "") -> list[dict]:
    """A dashed line per series for the published values, in the series' colour; the hover gives the source
    and the difference computed − published where both exist."""
    traces = []
    computed = (frame[["series", "year", "value"]] if {"series", "year", "value"} <= set(frame.columns)
                else pd.DataFrame(columns=["series", "year", "value"])).rename(columns={"value": "computed"})
    joined = published.merge(computed, on=["series", "year"], how="left")
    for index, series in enumerate([s for s in order if s in set(joined["series"])] or list(
            dict.fromkeys(joined["series"]))):
        rows = joined[joined["series"] == series].sort_values("year")
        if rows["published"].notna().sum() == 0:
            continue
        name = t("trends.published_series", lang, series=series_label(series, lang))
        difference = rows["computed"] - rows["published"]
        details = [
            t("trends.published_source", lang, source=source)
            + (t("trends.published_difference", lang, difference=f"{gap:+{value_format.lstrip(',')}}")
               if pd.notna(gap) else "")
            for source, gap in zip(rows["published_source"], difference, strict=True)
        ]
        colour = NATIONAL_COLOUR if series == "national" else _colour(series, index)
        traces.append({
            "type": "scatter", "x": rows["year"].to_numpy(), "y": _values(rows["published"]), "name": name,
            "mode": "lines+markers", "connectgaps": False,
            "line": {"color": colour, "width": 2, "dash": "dash"},
            "marker": {"size": 4, "symbol": "circle-open"},
            "customdata": [[detail] for detail in details],
            "hovertemplate": f"{name}: <b>%{{y:{value_format}}}{unit}</b><br>%{{customdata[0]}}<extra></extra>",
        })
    return traces


def trend_chart(frame: pd.DataFrame, *, title: str, y_title: str, lang: str, present: bool = False,
                years: tuple[int, int], value_format: str = ",.1f", reference_line: float | None = None,
                milestones: bool = True, extra_traces: list[dict] | None = None, shapes: list[dict] | None = None,
                annotations: list[dict] | None = None, yaxis: dict | None = None,
                published: pd.DataFrame | None = None, unit: str = "") -> go.Figure:
    """One line per series over the years; hollow warning markers where a value is flagged.

    unit: what follows each value in the hover ('\u00a0%', ' alumnos por docente'); the hover shows every
    series at the year under the pointer, so lines can be compared without chasing each one.

    published (optional): the published values of the same series (columns series, year,
    published, published_source), drawn dashed as a reference with the difference in the hover.
    """
    has_published = published is not None and published["published"].notna().any()
    if (frame.empty or frame["value"].notna().sum() == 0) and not has_published:
        return empty_figure(t("notice.no_data", lang), lang, present)
    shapes, annotations = list(shapes or []), list(annotations or [])
    legend = {}
    if milestones:
        marks, labels = milestone_marks(lang, years[0], years[1], present)
        shapes, annotations = shapes + marks, annotations + labels
        if labels:  # the milestone names sit on the plot's top edge, where the legend would be: it goes under
            legend = {"yanchor": "top", "y": -0.12}
    if reference_line is not None:
        shapes.append({"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": reference_line,
                       "y1": reference_line, "line": {"color": "#8a8f98", "width": 1}})
    traces = series_traces(frame, lang, value_format, published, unit) + list(extra_traces or [])
    axis_format = value_format.replace(".1f", ".0f") if present else None
    return assembled(
        traces, lang, present, title={"text": title}, hovermode="x unified", shapes=shapes, annotations=annotations,
        **({"legend": legend} if legend else {}),
        xaxis={"range": [years[0] - 0.5, years[1] + 0.5], "dtick": 5 if years[1] - years[0] > 12 else 1,
               "tickformat": "d", "showgrid": False},
        yaxis={"title": {"text": y_title}, **({"tickformat": axis_format} if axis_format else {}), **(yaxis or {})},
    )


def parity_chart(frame: pd.DataFrame, *, title: str, lang: str, present: bool, years: tuple[int, int],
                 comparison: pd.DataFrame | None = None, name: str | None = None,
                 comparison_name: str | None = None) -> go.Figure:
    """GPI over the years with the 0.97–1.03 parity band shaded; optionally the other GPI variant dashed."""
    if frame.empty or frame["value"].notna().sum() == 0:
        return empty_figure(t("notice.no_data", lang), lang, present)
    frame = frame.assign(series=name) if name else frame
    band = {"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "y0": PARITY_BAND[0], "y1": PARITY_BAND[1],
            "fillcolor": "#009E73", "opacity": 0.15, "line": {"width": 0}, "layer": "below"}
    label = {"x": years[1], "y": PARITY_BAND[1], "xref": "x", "yref": "y", "text": t("parity.band", lang),
             "showarrow": False, "xanchor": "right", "yanchor": "bottom", "font": {"size": 12, "color": "#006b4f"}}
    other = []
    if comparison is not None and comparison["value"].notna().any():
        rows = comparison.sort_values("year")
        named = comparison_name or t("parity.other_variant", lang)
        other.append({"type": "scatter", "x": rows["year"].to_numpy(), "y": _values(rows["value"]),
                      "name": named, "mode": "lines", "line": {"color": "#5a606b", "dash": "dash", "width": 2},
                      "hovertemplate": f"{named}: <b>%{{y:.3f}}</b><extra></extra>"})
    values = np.concatenate([_values(frame["value"]), PARITY_BAND])
    low, high = np.nanmin(values), np.nanmax(values)
    pad = max(0.02, (high - low) * 0.1)
    return trend_chart(frame, title=title, y_title=t("parity.gpi_axis", lang), lang=lang, present=present,
                       years=years, value_format=".3f", reference_line=1.0, extra_traces=other, shapes=[band],
                       annotations=[label], yaxis={"range": [low - pad, high + pad], "tickformat": ".2f"})
