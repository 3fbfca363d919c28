"""Choropleth maps of Peru's 25 regions, animated through the years, and the profile of one region.

The region shapes are not inside the figure: every map trace names them by URL
(`REGIONS_URL`, served by the app), so the browser fetches them once and keeps them for
every map, view and year; Plotly.js loads a GeoJSON given as a URL by itself. The figure
then holds only values: one year in its traces and each year as an animation frame that
updates only the values, the hover texts and which regions have no data. Regions without a
value are drawn by a separate grey trace (Callao in the rural and gap maps, which has no
rural area), never as zero.
"""
from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.colors import get_colorscale

from dashboard.figures.theme import DIVERGING, SEQUENTIAL, base_layout
from dashboard.figures.trends import flag_text, trend_chart
from dashboard.geo import map_view, peru_bounds
from dashboard.i18n import t
from dashboard.regions import REGION_CODES, region_name

REGIONS_URL = "/geo/peru_regions.geojson"  # where the app serves dashboard.geo's GeoJSON (feature id = region code)
NO_DATA_COLOUR = "#a3a3a3"  # neutral grey, darker than the pale middle of the diverging scale
BORDER_COLOUR = "#6b6f76"  # dark grey: pale regions (no gap, top of Viridis) keep their outline on white
REGION_INDEX = {code: index for index, code in enumerate(REGION_CODES)}
HIGHLIGHT_COLOUR = "#111111"  # near black: stands out on every colour of both scales
TRANSPARENT = "rgba(0,0,0,0)"
YEAR_COLOUR = "#4f555d"  # the page's secondary text grey: 7.4:1 on white
FIT_PADDING = 0.03  # share of each side of a map left around Peru when the page fits it
# Pixel size of one map panel in each layout, for the zoom the figure opens with (and exports with, where no page
# fits it): the page refits Peru to the map's real size as soon as it is drawn.
PANEL_PX = {
    (1, False): (760, 560), (2, False): (400, 540),
    (1, True): (1200, 300), (2, True): (600, 300),
}


@dataclass(frozen=True)
class MapPanel:
    """One map of a figure: its title ('' for a lone map) and a frame of year, region_code, value, flag."""

    title: str
    values: pd.DataFrame


def _wrapped(text: str, width: int = 60) -> str:
    return "<br>".join(textwrap.wrap(text, width)) if text else ""


def _flag_lines(flags: Sequence[str], lang: str) -> list[str]:
    """Hover lines for flagged values ('' for the others): the rules broken, in words."""
    return [f"<br>⚠ {_wrapped(flag_text(flag, lang))}" if flag else "" for flag in flags]


def colour_range(panels: Sequence[MapPanel], diverging: bool) -> tuple[float, float]:
    """One colour scale for every panel and year, so colours compare across maps and over time.

    The scale spans the values shown, but a value far from the others (beyond Tukey's fences, 1.5 times the
    interquartile range past the quartiles) does not stretch it: it takes the end colour, and the other
    regions keep distinct colours. A diverging scale is symmetric around 0, so its middle means no gap.
    """
    values = np.concatenate([panel.values["value"].to_numpy(dtype="float64") for panel in panels])
    values = values[np.isfinite(values)]
    if values.size == 0:
        return (-1.0, 1.0) if diverging else (0.0, 1.0)
    if diverging:
        size = np.abs(values)
        reach = min(float(size.max()), _upper_fence(size)) or 1.0
        return -reach, reach
    low, high = max(float(values.min()), _lower_fence(values)), min(float(values.max()), _upper_fence(values))
    if low >= high:  # most values equal (no spread to judge outliers by): span them all
        low, high = float(values.min()), float(values.max())
    if low == high:
        return low - 1.0, high + 1.0
    return low, high


def _quartiles(values: np.ndarray) -> tuple[float, float]:
    first, third = np.percentile(values, [25, 75])
    return float(first), float(third)


def _upper_fence(values: np.ndarray) -> float:
    first, third = _quartiles(values)
    return third + 1.5 * (third - first)


def _lower_fence(values: np.ndarray) -> float:
    first, third = _quartiles(values)
    return first - 1.5 * (third - first)


def highlight_trace(region: str, subplot: str, shapes: str, meta: dict | None = None) -> dict:
    """The chosen region's thick dark outline over `subplot` (no region: an empty trace the page can fill).

    Transparent inside, so the region keeps its colour; left out of hovers and clicks, which go to the map below.
    """
    locations = [region] if region else []
    return go.Choroplethmap(
        geojson=shapes, featureidkey="id", subplot=subplot, locations=locations, z=[1] * len(locations),
        colorscale=[[0, TRANSPARENT], [1, TRANSPARENT]], showscale=False, hoverinfo="skip", name="highlight",
        marker={"line": {"color": HIGHLIGHT_COLOUR, "width": 4}}, meta=meta).to_plotly_json()


class _PanelYears:
    """A panel's values, flags and no-data regions for each year, in REGION_CODES order."""

    def __init__(self, panel: MapPanel, years: Sequence[int], lang: str, hover: str, grey_hover: str):
        self.years = {year: index for index, year in enumerate(years)}
        table = panel.values
        # Placed by position (a region × year grid) rather than pivoted: a few thousand cells, read once.
        rows = table["region_code"].map(REGION_INDEX).to_numpy()
        columns = table["year"].map(self.years).to_numpy()
        known = ~(pd.isna(rows) | pd.isna(columns))
        rows, columns = rows[known].astype(int), columns[known].astype(int)
        self.values = np.full((len(REGION_CODES), len(years)), np.nan)
        self.values[rows, columns] = table["value"].to_numpy(dtype="float64")[known]
        flags = np.full(self.values.shape, "", dtype=object)
        flags[rows, columns] = table["flag"].fillna("").to_numpy(dtype=object)[known]
        self.flagged = bool((flags != "").any())
        self.hover_flags = np.array([_flag_lines(column, lang) for column in flags.T], dtype=object).T \
            if self.flagged else flags
        self.missing = np.isnan(self.values)
        self.ever_missing = [code for code, row in zip(REGION_CODES, self.missing, strict=True) if row.any()]
        # Hover templates with a {year} slot: the year is written in once, not repeated for each region.
        self.hover = hover + ("%{{customdata}}<extra></extra>" if self.flagged else "<extra></extra>")
        self.grey_hover = grey_hover

    def value_update(self, year: int) -> dict:
        """The value trace of `year`: values (NaN where missing: Plotly leaves those regions out) and flags.

        Values go as a NumPy array, which Plotly checks and sends whole (base64) instead of number by number;
        the flag texts only when some value of the panel is flagged.
        """
        column = self.years[year]
        update = {"z": self.values[:, column].round(4), "hovertemplate": self.hover.format(year=year)}
        if self.flagged:
            update["customdata"] = list(self.hover_flags[:, column])
        return update

    def no_data_update(self, year: int) -> dict:
        """The grey trace of `year`: the regions without a value that year, named in the hover."""
        column = self.years[year]
        codes = [code for code, missing in zip(REGION_CODES, self.missing[:, column], strict=True) if missing]
        return {"locations": codes, "z": [0] * len(codes), "text": [region_name(code) for code in codes],
                "hovertemplate": self.grey_hover.format(year=year)}


def choropleth_figure(panels: Sequence[MapPanel], *, year: int, unit: str, lang: str, present: bool = False,
                      diverging: bool = False, value_format: str = ".1f", value_suffix: str = "",
                      shapes: str = REGIONS_URL, region: str = "") -> go.Figure:
    """Side-by-side maps sharing one colour scale, showing `year`, with a frame for each year and `region` outlined.

    `unit` titles the colour bar; `value_suffix` follows values in the hover (' %'); `shapes` is the
    URL of the regions' GeoJSON (the app's prefix included).
    """
    years = sorted({int(y) for panel in panels for y in panel.values["year"].unique()})
    if year not in years:
        year = max(years)
    low, high = colour_range(panels, diverging)
    view = map_view(*PANEL_PX[(min(len(panels), 2), present)])
    gap = 0.02
    width = (1 - gap * (len(panels) - 1)) / len(panels)
    font = 18 if present else 13
    no_data_word = t("maps.no_data", lang)
    names = [region_name(code) for code in REGION_CODES]
    traces, updates, annotations, highlights = [], [], [], []
    layout: dict = {}
    for index, panel in enumerate(panels):
        subplot = "map" if index == 0 else f"map{index + 1}"
        left = index * (width + gap)
        layout[subplot] = {"style": "white-bg", **view, "domain": {"x": [left, left + width], "y": [0, 1]}}
        prefix = f"{panel.title} · " if panel.title else ""
        # Doubled braces survive the year's .format(); Plotly's own %{...} slots stay for the browser.
        data = _PanelYears(panel, years, lang,
                           f"<b>%{{{{text}}}}</b><br>{prefix}{{year}}: %{{{{z:{value_format}}}}}{value_suffix}",
                           f"<b>%{{{{text}}}}</b><br>{prefix}{{year}}: {no_data_word}<extra></extra>")
        if data.ever_missing:
            traces.append(go.Choroplethmap(
                geojson=shapes, featureidkey="id", subplot=subplot, name=no_data_word, showscale=False,
                colorscale=[[0, NO_DATA_COLOUR], [1, NO_DATA_COLOUR]], marker={"line": {"color": BORDER_COLOUR,
                                                                                         "width": 0.6}},
                **data.no_data_update(year)))
            updates.append(data.no_data_update)
        traces.append(go.Choroplethmap(
            geojson=shapes, featureidkey="id", locations=list(REGION_CODES), text=names, subplot=subplot,
            coloraxis="coloraxis", name=panel.title or unit, marker={"line": {"color": BORDER_COLOUR, "width": 0.6}},
            **data.value_update(year)))
        updates.append(data.value_update)
        highlights.append(highlight_trace(region, subplot, shapes, meta={
            "fit": {"bounds": list(peru_bounds()), "padding": FIT_PADDING}, "year": year, "years": years}))
        if panel.title:
            annotations.append({"text": f"<b>{panel.title}</b>", "x": left + width / 2, "y": 1.0, "xref": "paper",
                                "yref": "paper", "xanchor": "center", "yanchor": "bottom", "showarrow": False,
                                "font": {"size": 22 if present else 16}})
    if len(updates) > len(panels):  # some region lacks a value in some year: say what grey means
        annotations.append({"text": f"<span style='color:{NO_DATA_COLOUR}'>■</span> {no_data_word}", "x": 0,
                            "y": 1, "xref": "paper", "yref": "paper", "xanchor": "left", "yanchor": "top",
                            "showarrow": False, "bgcolor": "rgba(255,255,255,0.8)", "font": {"size": font}})
    layout.update(
        coloraxis={
            "colorscale": get_colorscale(DIVERGING if diverging else SEQUENTIAL), "cmin": low, "cmax": high,
            **({"cmid": 0.0} if diverging else {}),
            "colorbar": {"title": {"text": unit, "side": "top"}, "thickness": 22 if present else 16, "len": 0.8,
                         "tickfont": {"size": font}, "x": 1.0, "xanchor": "left", "outlinewidth": 0},
        },
        annotations=[*annotations, year_label(year, present)],
        margin={"l": 10, "r": 10, "t": 40 if any(p.title for p in panels) else 10, "b": 10},
        uirevision=f"{len(panels)}-{present}",  # keep a user's zoom while the values change
        showlegend=False, dragmode="pan",
    )
    # The frames name only the value and no-data traces: the outlines after them stay as they are.
    frames = [{"name": str(y), "traces": list(range(len(traces))),
               "data": [{"type": "choroplethmap", **update(y)} for update in updates]}
              for y in (years if len(years) > 1 else [])]
    return _assembled([*(trace.to_plotly_json() for trace in traces), *highlights], layout, frames, lang, present)


def year_label(year: int, present: bool) -> dict:
    """The year shown, large in the map's lower right corner (over the ocean), so every view and export says it.

    The page's script rewrites its text when it shows another year (a frame's layout would repeat every
    annotation in every year).
    """
    return {"name": "year", "text": str(year), "x": 1.0, "y": 0.0, "xref": "paper", "yref": "paper",
            "xanchor": "right", "yanchor": "bottom", "showarrow": False,
            "font": {"size": 44 if present else 32, "color": YEAR_COLOUR}}


@lru_cache(maxsize=4)
def _template(name: str) -> dict:
    """A Plotly template resolved once to the plain JSON it stands for."""
    return pio.templates[name].to_plotly_json()


def _assembled(traces: list[dict], layout: dict, frames: list[dict], lang: str, present: bool) -> go.Figure:
    """The figure in the house style, built from plain values without Plotly's property-by-property check.

    That check, mostly of the house template, took two thirds of a map callback's time (about 80 ms);
    the traces above are checked when made, and the unit tests re-check whole figures, so here the
    layout goes in as it is, with the theme's template resolved once to JSON.
    """
    house = base_layout(lang, present)
    spec_layout = {**house, **layout, "template": _template(house["template"])}
    return go.Figure({"data": traces, "layout": spec_layout, "frames": frames}, _validate=False)


def region_profile(frame: pd.DataFrame, *, region: str, year: int, y_title: str, lang: str, present: bool = False,
                   value_format: str = ",.1f") -> go.Figure:
    """A region's trend against the national line, with the year the map shows marked."""
    years = (int(frame["year"].min()), int(frame["year"].max())) if not frame.empty else (year, year)
    fig = trend_chart(frame, title="", y_title=y_title, lang=lang, present=present, years=years,
                      value_format=value_format, milestones=False)
    if frame.empty or frame["value"].notna().sum() == 0:
        return fig
    fig.add_vline(x=year, line={"color": "#8a8f98", "dash": "dot", "width": 1.5})
    # Room above the plot for the legend under the modebar (a narrow card has no space beside it).
    fig.update_layout(margin={"l": 55, "r": 15, "t": 85, "b": 40}, legend={"y": 1.0, "yanchor": "bottom"})
    fig.update_xaxes(dtick=10 if years[1] - years[0] > 20 else 5)
    return fig
