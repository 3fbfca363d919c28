"""Figures of the impact estimate: the event study, the forest plot of effects by group, the balance (Love) plot.

Every figure aggregates schools; none shows or ranks a single school. Groups are listed in code order, never
sorted by their effect.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.theme import CATEGORICAL, NATIONAL_COLOUR, SERIES_COLOURS, assembled, empty_figure
from dashboard.i18n import t
from dashboard.stats.impact_report import balance_label, level_label

ZERO_LINE = {"color": "#5a606b", "width": 1}
REFERENCE_BAND = 0.1  # |SMD| under 0.1 is the usual reading of "balanced"
# Room for the title above a legend of several entries: the house legend sits just above the plot.
LEGEND_MARGIN = {"t": 120}


def _zero(axis: str) -> dict:
    """A thin line at zero across the plot, on the `axis` ("x" or "y") that carries the effect."""
    if axis == "y":
        return {"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": 0, "y1": 0, "line": ZERO_LINE}
    return {"type": "line", "yref": "paper", "y0": 0, "y1": 1, "xref": "x", "x0": 0, "x1": 0, "line": ZERO_LINE}


def event_study_chart(rows: pd.DataFrame, *, start: int, unit: str, lang: str | None, present: bool = False,
                      title: str = "") -> go.Figure:
    """Effect by year with 95 % CI bars, the reference year (0 by construction) hollow, a line where coaching starts."""
    if rows.empty:
        return empty_figure(t("notice.no_data", lang), lang, present)
    rows = rows.sort_values("year")
    estimated = rows.loc[rows["relative_year"] != -1]
    reference = rows.loc[rows["relative_year"] == -1]
    labels = [f"{year} ({k:+d})" for year, k in zip(rows["year"], rows["relative_year"], strict=True)]
    label_of = dict(zip(rows["year"], labels, strict=True))
    colour = SERIES_COLOURS["coached"]
    traces = [
        {"type": "scatter", "mode": "markers", "name": t("impact.column.estimate", lang),
         "x": [label_of[y] for y in estimated["year"]], "y": estimated["estimate"].tolist(),
         "marker": {"color": colour, "size": 10},
         "error_y": {"type": "data", "symmetric": False, "color": colour, "thickness": 2, "width": 6,
                     "array": (estimated["ci_high"] - estimated["estimate"]).tolist(),
                     "arrayminus": (estimated["estimate"] - estimated["ci_low"]).tolist()},
         "customdata": estimated[["ci_low", "ci_high"]].to_numpy().tolist(),
         "hovertemplate": "%{x}: %{y:,.1f}<br>" + t("impact.column.ci", lang)
                          + ": %{customdata[0]:,.1f} – %{customdata[1]:,.1f}<extra></extra>"},
        {"type": "scatter", "mode": "markers", "name": t("impact.column.year", lang) + " " + str(start - 1),
         "x": [label_of[y] for y in reference["year"]], "y": reference["estimate"].tolist(), "showlegend": False,
         "marker": {"color": colour, "size": 10, "symbol": "circle-open"}, "hoverinfo": "skip"},
    ]
    start_label = label_of.get(start)
    shapes, annotations = [_zero("y")], []
    if start_label is not None:
        # Between the last year before coaching and the first year of it, on a category axis.
        position = labels.index(start_label) - 0.5
        shapes.append({"type": "line", "xref": "x", "x0": position, "x1": position, "yref": "paper", "y0": 0,
                       "y1": 1, "line": {"color": NATIONAL_COLOUR, "dash": "dash", "width": 1.5}})
        annotations.append({"x": position, "y": 1, "xref": "x", "yref": "paper", "showarrow": False,
                            "text": t("impact.figure.start", lang), "xanchor": "left", "yanchor": "bottom",
                            "xshift": 4, "font": {"size": 15 if present else 11, "color": "#5a606b"}})
    return assembled(traces, lang, present, title={"text": title}, shapes=shapes, annotations=annotations,
                     showlegend=False,
                     xaxis={"type": "category", "categoryorder": "array", "categoryarray": labels,
                            "title": {"text": t("impact.figure.year_axis", lang)}},
                     yaxis={"title": {"text": t("impact.figure.effect_axis", lang, unit=unit)}, "zeroline": False})


def forest_chart(table: pd.DataFrame, national: dict, *, unit: str, lang: str | None, present: bool = False,
                 title: str = "") -> go.Figure:
    """The effect in each group with enough schools, as a point and its 95 % CI, beside the all-schools estimate.

    `national` has estimate, ci_low and ci_high; groups below the minimum size are left out of the figure (the
    table beside it lists them and why).
    """
    shown = table.loc[table["status"] == "ok"]
    if shown.empty:
        return empty_figure(t("notice.no_data", lang), lang, present)
    labels = [f"{t(f'impact.dimension.{d}', lang)}: {level_label(d, level, lang)}"
              for d, level in zip(shown["dimension"], shown["level"], strict=True)]
    all_label = t("impact.figure.national", lang)
    colours = {d: CATEGORICAL[i] for i, d in enumerate(dict.fromkeys(table["dimension"]))}
    traces = [{
        "type": "scatter", "mode": "markers", "name": all_label, "y": [all_label], "x": [national["estimate"]],
        "marker": {"color": NATIONAL_COLOUR, "size": 12, "symbol": "diamond"},
        "error_x": {"type": "data", "symmetric": False, "color": NATIONAL_COLOUR, "thickness": 2,
                    "array": [national["ci_high"] - national["estimate"]],
                    "arrayminus": [national["estimate"] - national["ci_low"]]},
        "hovertemplate": "%{y}: %{x:,.1f}<extra></extra>",
    }]
    for dimension, part in shown.groupby("dimension", sort=False):
        part_labels = [label for label, d in zip(labels, shown["dimension"], strict=True) if d == dimension]
        traces.append({
            "type": "scatter", "mode": "markers", "name": t(f"impact.dimension.{dimension}", lang),
            "y": part_labels, "x": part["estimate"].tolist(), "marker": {"color": colours[dimension], "size": 9},
            "error_x": {"type": "data", "symmetric": False, "color": colours[dimension], "thickness": 1.5,
                        "array": (part["ci_high"] - part["estimate"]).tolist(),
                        "arrayminus": (part["estimate"] - part["ci_low"]).tolist()},
            "customdata": part[["ci_low", "ci_high", "coached_schools", "comparison_schools"]].to_numpy().tolist(),
            "hovertemplate": "%{y}: %{x:,.1f} (" + t("impact.column.ci", lang)
                             + " %{customdata[0]:,.1f} – %{customdata[1]:,.1f}; N = %{customdata[2]} / "
                               "%{customdata[3]})<extra></extra>",
        })
    order = [all_label, *labels]
    height = max(320, 28 * len(order) + 140)
    return assembled(traces, lang, present, title={"text": title}, height=height, margin=LEGEND_MARGIN,
                     shapes=[_zero("x"), {"type": "line", "yref": "paper", "y0": 0, "y1": 1, "xref": "x",
                                          "x0": national["estimate"], "x1": national["estimate"],
                                          "line": {"color": NATIONAL_COLOUR, "dash": "dot", "width": 1}}],
                     xaxis={"title": {"text": t("impact.figure.effect_axis", lang, unit=unit)}, "zeroline": False},
                     yaxis={"type": "category", "categoryorder": "array", "categoryarray": order[::-1],
                            "automargin": True, "title": {"text": ""}})


def balance_chart(balance: pd.DataFrame, *, lang: str | None, present: bool = False, title: str = "") -> go.Figure:
    """Love plot: each covariate's standardised mean difference before (hollow) and after (filled) matching."""
    if balance.empty:
        return empty_figure(t("notice.no_data", lang), lang, present)
    labels = [balance_label(v, level, lang) for v, level in zip(balance["variable"], balance["level"], strict=True)]
    traces = []
    for column, key, symbol, colour in (("smd_before", "impact.figure.before", "circle-open", "#8a8f98"),
                                        ("smd_after", "impact.figure.after", "circle", SERIES_COLOURS["coached"])):
        values = balance[column].to_numpy(dtype=float)
        traces.append({"type": "scatter", "mode": "markers", "name": t(key, lang), "y": labels,
                       "x": [None if math.isnan(v) else float(v) for v in values],
                       "marker": {"color": colour, "size": 9, "symbol": symbol, "line": {"width": 2, "color": colour}},
                       "hovertemplate": "%{y}: %{x:,.3f}<extra>" + t(key, lang) + "</extra>"})
    limit = float(np.nanmax(np.abs(balance[["smd_before", "smd_after"]].to_numpy(dtype=float))))
    reach = max(limit * 1.1, 2 * REFERENCE_BAND)
    band = [{"type": "line", "yref": "paper", "y0": 0, "y1": 1, "xref": "x", "x0": x, "x1": x,
             "line": {"color": "#8a8f98", "dash": "dot", "width": 1}} for x in (-REFERENCE_BAND, REFERENCE_BAND)]
    return assembled(traces, lang, present, title={"text": title}, height=max(320, 22 * len(labels) + 160),
                     margin=LEGEND_MARGIN,
                     shapes=[_zero("x"), *band],
                     xaxis={"title": {"text": t("impact.figure.smd_axis", lang)}, "range": [-reach, reach],
                            "zeroline": False},
                     yaxis={"type": "category", "categoryorder": "array", "categoryarray": labels[::-1],
                            "automargin": True, "title": {"text": ""}})
