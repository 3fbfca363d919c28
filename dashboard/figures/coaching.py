"""Figures of the coaching comparison: before/after means with 95 % CIs, distributions, regional gains.

No figure shows or ranks individual schools (the ECE rules forbid using results to rank schools):
distributions are drawn as boxes without points, regional figures aggregate schools.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.maps import REGIONS_URL
from dashboard.figures.theme import (
    DIVERGING_STOPS,
    GAIN_COLOUR,
    LOSS_COLOUR,
    SERIES_COLOURS,
    assembled,
    empty_figure,
)
from dashboard.geo import map_view
from dashboard.i18n import number, t
from dashboard.regions import REGIONS, region_name

GROUP_ORDER = ("comparison", "coached")
GROUP_COLOUR = {"comparison": SERIES_COLOURS["non_coached"], "coached": SERIES_COLOURS["coached"]}


def confidence_interval(mean: float, sd: float, n: int, level: float = 0.95) -> tuple[float, float]:
    """Student-t interval of a group mean (the paper's Figures 4–5 draw the means of school results)."""
    from scipy import stats  # imported on first use: scipy.stats costs most of a second at start-up

    if n < 2:
        return (np.nan, np.nan)
    half = stats.t.ppf(0.5 + level / 2, n - 1) * sd / np.sqrt(n)
    return (mean - half, mean + half)


def before_after_chart(descriptives: pd.DataFrame, *, scale: float, unit: str, lang: str, present: bool,
                       title: str = "") -> go.Figure:
    """Coached and non-coached means at baseline and endline, with 95 % confidence intervals."""
    traces = []
    for group in GROUP_ORDER:
        rows = descriptives[descriptives["group"] == group].sort_values("year")
        if rows.empty:
            continue
        low, high = (np.array(bound) * scale for bound in zip(
            *(confidence_interval(m, s, n) for m, s, n in rows[["mean", "sd", "n"]].to_numpy()), strict=True))
        means = rows["mean"].to_numpy() * scale
        name = t(f"stats.group.{group}", lang)
        traces.append({
            "type": "scatter", "x": [str(y) for y in rows["year"]], "y": means,
            "name": f"{name} (N = {number(int(rows['n'].iloc[0]), lang, 0)})", "mode": "lines+markers",
            "line": {"color": GROUP_COLOUR[group], "width": 3}, "marker": {"size": 10},
            "error_y": {"type": "data", "symmetric": False, "array": high - means,
                        "arrayminus": means - low, "thickness": 2, "width": 8},
            "customdata": np.column_stack([low, high]),
            "hovertemplate": (f"<b>{name}</b> %{{x}}: %{{y:,.1f}}<br>IC 95 %: %{{customdata[0]:,.1f}}–"
                              f"%{{customdata[1]:,.1f}}<extra></extra>"),
        })
    return assembled(traces, lang, present, title={"text": title}, xaxis={"type": "category"},
                     yaxis={"title": {"text": unit}})


def box_summary(values: pd.Series) -> dict[str, float]:
    """Quartiles, mean and Tukey whiskers (the furthest results within 1.5 IQR) of the schools' results."""
    values = values.dropna().to_numpy(dtype=float)
    if len(values) == 0:
        return {}
    q1, median, q3 = np.percentile(values, [25, 50, 75])
    reach = 1.5 * (q3 - q1)
    inside = values[(values >= q1 - reach) & (values <= q3 + reach)]
    return {"q1": q1, "median": median, "q3": q3, "mean": values.mean(), "lowerfence": inside.min(),
            "upperfence": inside.max()}


def distribution_chart(scores: pd.DataFrame, *, years: tuple[int, int], scale: float, unit: str, lang: str,
                       present: bool) -> go.Figure:
    """School results per group and year as boxes drawn from their summary statistics.

    Only quartiles, mean and whiskers reach the browser, never a school's own result, so no school can be
    singled out (and the figure stays small).
    """
    if scores.empty:
        return empty_figure(t("notice.no_data", lang), lang, present)
    traces = []
    for group in GROUP_ORDER:
        rows = scores[scores["group"] == group]
        stats_by_year = [box_summary(rows[column] * scale) for column in ("baseline", "endline")]
        if not all(stats_by_year):
            continue
        traces.append({
            "type": "box", "name": t(f"stats.group.{group}", lang), "x": [str(years[0]), str(years[1])],
            **{key: [summary[key] for summary in stats_by_year] for key in stats_by_year[0]},
            "marker": {"color": GROUP_COLOUR[group]}, "boxpoints": False, "offsetgroup": group,
            "hoverinfo": "y+name",
        })
    return assembled(traces, lang, present, boxmode="group", xaxis={"type": "category"},
                     yaxis={"title": {"text": unit}})


def regional_gain_bars(table: pd.DataFrame, *, unit: str, lang: str, present: bool) -> go.Figure:
    """Coached-minus-comparison gain per region, sorted; regions with too few schools listed apart, in grey."""
    ok = table[table["status"] == "ok"].sort_values("gain_difference")
    few = table[table["status"] != "ok"]
    labels_ok = [region_name(c) for c in ok["region_code"]]
    labels_few = [region_name(c) for c in few["region_code"]]
    gains = ok["gain_difference"].to_numpy(dtype=float)
    sizes = [t("coaching.group_sizes", lang, coached=int(a), comparison=int(b))
             for a, b in zip(ok["coached_schools"], ok["comparison_schools"], strict=True)]
    traces = [{
        "type": "bar", "x": gains, "y": labels_ok, "orientation": "h",
        "name": t("coaching.gain_difference", lang),
        "marker": {"color": np.where(gains >= 0, GAIN_COLOUR, LOSS_COLOUR).tolist()},  # as on the map beside it
        "text": [("+" if v > 0 else "") + number(v, lang, 1) for v in gains], "textposition": "auto",
        "cliponaxis": False, "customdata": sizes,
        "hovertemplate": "<b>%{y}</b>: %{text}<br>%{customdata}<extra></extra>",
    }]
    if len(few):
        traces.append({
            "type": "scatter", "x": [0] * len(few), "y": labels_few, "mode": "markers+text",
            "name": t("coaching.too_few_legend", lang),
            "marker": {"symbol": "line-ew-open", "color": "#8a8f98", "size": 10},
            "text": [t("coaching.too_few", lang, coached=int(a), comparison=int(b))
                     for a, b in zip(few["coached_schools"], few["comparison_schools"], strict=True)],
            "textposition": "middle right", "textfont": {"color": "#5a606b"}, "cliponaxis": False,
            "hovertemplate": "<b>%{y}</b>: %{text}<extra></extra>",
        })
    return assembled(traces, lang, present, showlegend=False, margin={"l": 130, "r": 60, "t": 20, "b": 50},
                     xaxis={"title": {"text": unit}, "zeroline": True, "zerolinecolor": "#5a606b"},
                     yaxis={"categoryorder": "array", "categoryarray": labels_few + labels_ok,
                            "tickfont": {"size": 12}})


def regional_gain_map(table: pd.DataFrame, *, unit: str, lang: str, present: bool) -> go.Figure:
    """The same gains on the map: a grey base layer under every region, coloured where both groups are large enough."""
    codes = [r.code for r in REGIONS]
    rows = table.set_index("region_code").reindex(codes)
    values = rows["gain_difference"].to_numpy(dtype=float)
    hover = []
    for code, row in zip(codes, rows.itertuples(), strict=True):
        sizes = t("coaching.group_sizes", lang, coached=int(row.coached_schools or 0),
                  comparison=int(row.comparison_schools or 0))
        value = (f"{number(row.gain_difference, lang, 1)} {unit}" if row.status == "ok"
                 else t("coaching.too_few_short", lang))
        hover.append(f"<b>{region_name(code)}</b><br>{value}<br>{sizes}")
    spread = float(np.nanmax(np.abs(values))) if np.isfinite(values).any() else 1.0
    finite = np.isfinite(values)
    shaded = [i for i, f in enumerate(finite) if f]
    outline = {"line": {"color": "white", "width": 1}}
    traces = [
        {"type": "choroplethmap", "geojson": REGIONS_URL, "locations": codes, "z": np.zeros(len(codes)),
         "featureidkey": "id", "colorscale": [[0, "#d9dce1"], [1, "#d9dce1"]], "showscale": False,
         "marker": outline, "text": hover, "hovertemplate": "%{text}<extra></extra>"},
        {"type": "choroplethmap", "geojson": REGIONS_URL, "locations": [codes[i] for i in shaded],
         "z": values[finite], "featureidkey": "id", "colorscale": DIVERGING_STOPS, "zmid": 0,
         "zmin": -spread, "zmax": spread, "marker": outline, "text": [hover[i] for i in shaded],
         "hovertemplate": "%{text}<extra></extra>", "colorbar": {"title": {"text": unit}}},
    ]
    view = map_view()
    return assembled(traces, lang, present, margin={"l": 0, "r": 0, "t": 10, "b": 0},
                     map={"style": "white-bg", "center": view["center"], "zoom": view["zoom"]})
