"""The home page: where Peru stands and lags on a few headline indicators.

For each: the latest national value, its change since 2000, its trend, and, when the data carries regions,
the regions furthest behind; each card links to the view that shows it in full.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from dashboard import viewstate
from dashboard.contract import Dataset
from dashboard.engines import engine_for, per_dataset
from dashboard.i18n import t
from dashboard.indicators.catalogue import CATALOGUE, indicator_text, missing_tables
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.indicators.published import published_series, with_published
from dashboard.regions import REGION_NAMES
from dashboard.views.maps import MapsState
from dashboard.views.provenance import headline_origin
from dashboard.views.trends import TrendsState
from dashboard.views.view import View

HEADLINES = ("net_enrolment_ratio", "gross_enrolment_ratio", "survival_rate_grade5", "pct_mastering_competencies",
             "adult_literacy_rate", "literacy_gpi")
BASE_YEAR = 2000  # Dakar: the year the EFA goals were renewed
BEHIND = 3  # regions named as furthest behind: enough to act on, few enough to read aloud
ASSESSMENT = ("reading", 2)  # the ECE result the assessment headline shows (the engine's default)


@dataclass(frozen=True)
class HomeState(viewstate.PageState):
    """The home page has no choices of its own."""


@dataclass
class HomeView(View):
    headlines: list[dict] = field(default_factory=list)  # one per headline indicator, see headline_figures
    loaded: list[dict] = field(default_factory=list)  # one line per table: rows, years, regions
    version: str = ""  # the data version the figures come from


def home_view(data: Dataset, state: HomeState) -> HomeView:
    """The headline figures and the tables loaded, with the data version they come from."""
    figures = per_dataset(data, f"home-headlines-{state.lang}", lambda d: headline_figures(d, state.lang))
    headlines = [{**item, "origin_words": headline_origin(item, data, state.lang), "links": links(item, state)}
                 for item in figures]
    return HomeView(headlines=headlines, loaded=per_dataset(data, "table-summary", Dataset.summary),
                    synthetic=data.is_demo, version=data.fingerprint)


def unit_suffix(indicator_id: str) -> str:
    return " %" if CATALOGUE[indicator_id].unit == "percent" else ""


def change_suffix(indicator_id: str, lang: str) -> str:
    """A change of a percentage is in percentage points, not per cent."""
    return t("unit.pp", lang) if CATALOGUE[indicator_id].unit == "percent" else ""


def headline_figures(data: Dataset, lang: str) -> list[dict]:
    """For each headline indicator: name, latest year and value, change since 2000 (or its first year)."""
    engine = engine_for(data)
    figures = []
    for indicator_id in HEADLINES:
        spec = CATALOGUE[indicator_id]
        item = {"id": indicator_id, "name": indicator_text(indicator_id, "name", lang),
                "unit": unit_suffix(indicator_id),
                "change_unit": change_suffix(indicator_id, lang),
                "decimals": 2 if spec.unit == "index" else 1, "value": None, "year": None, "change": None,
                "base_year": None, "missing": "", "trend": [], "behind": [], "parity": spec.unit == "index",
                "detail": t("home.assessment_detail", lang, grade=ASSESSMENT[1]) if indicator_id ==
                "pct_mastering_competencies" else ""}
        absent = missing_tables(spec, data.tables)
        computed, reason = None, None
        if not absent:
            try:
                computed = engine.compute(indicator_id, by=("year",))
            except IndicatorUnavailable as error:  # e.g. national enrolment without ages: no NER from counts
                reason = error
        # Where the counts give no value, a publisher's figure of the same cell does (marked as published).
        series = with_published(computed, published_series(data.tables, indicator_id, ("year",)), ["year"])
        series = series.dropna(subset=["value"])
        if series.empty:
            item["missing"] = (t("notice.table_missing", lang, tables=", ".join(absent)) if absent
                               else reason.plain(lang) if reason else t("notice.no_data", lang))
            figures.append(item)
            continue
        latest = series.iloc[-1]
        item.update(value=float(latest["value"]), year=int(latest["year"]), origin=latest["origin"],
                    source=latest["published_source"] if latest["origin"] == "published" else "")
        base = _base_value(series[series["origin"] == latest["origin"]])  # never a change across two sources
        if base is not None and int(base["year"]) < item["year"]:
            item.update(change=float(latest["value"] - base["value"]), base_year=int(base["year"]))
        same_origin = series[series["origin"] == latest["origin"]]
        item["trend"] = [(int(y), float(v)) for y, v in zip(same_origin["year"], same_origin["value"], strict=True)]
        if computed is not None:
            item["behind"] = furthest_behind(engine, indicator_id, item["year"])
        figures.append(item)
    return figures


def _base_value(series: pd.DataFrame) -> pd.Series | None:
    """The value of 2000, or of the first year after it when the series starts later (ECE starts in 2007)."""
    later = series[series["year"] >= BASE_YEAR]
    if later.empty or not math.isfinite(later.iloc[0]["value"]):
        return None
    return later.iloc[0]


def furthest_behind(engine, indicator_id: str, year: int) -> list[dict]:
    """The regions furthest behind in `year`: the lowest values, or for a parity index the furthest from 1.

    Empty when the data holds fewer than two regions that year (national data cannot rank regions).
    """
    try:
        regional = engine.compute(indicator_id, by=("year", "region_code"))
    except IndicatorUnavailable:  # the indicator exists nationally but its counts carry no region
        return []
    regional = regional[(regional["year"] == year)].dropna(subset=["value"])
    if regional["region_code"].nunique() < 2:
        return []
    gap = (regional["value"] - 1).abs() if CATALOGUE[indicator_id].unit == "index" else regional["value"]
    ascending = CATALOGUE[indicator_id].unit != "index"
    order = regional.assign(gap=gap).sort_values(["gap", "region_code"], ascending=[ascending, True])
    return [{"code": code, "region": REGION_NAMES[code], "value": float(value)}
            for code, value in zip(order["region_code"].head(BEHIND), order["value"].head(BEHIND), strict=True)]


def links(item: dict, state: HomeState) -> dict[str, str]:
    """Where a card leads: the trend since 1990, and the regional map of its latest year when there are regions."""
    shared = {"lang": state.lang, "present": state.present, "data": state.data}
    found = {"trends": "/trends" + TrendsState(**shared, indicator=item["id"]).query()}
    if item["behind"]:
        found["maps"] = "/maps" + MapsState(**shared, indicator=item["id"], year=item["year"]).query()
    return found


def sparkline_svg(trend: list[tuple[int, float]], width: int = 120, height: int = 32) -> str:
    """A trend as a tiny SVG polyline (no axes): light enough for slow connections, drawn without Plotly."""
    if len(trend) < 2:
        return ""
    years, values = [y for y, _ in trend], [v for _, v in trend]
    span_x, low, span_y = (years[-1] - years[0]) or 1, min(values), (max(values) - min(values)) or 1
    pad = 3  # keeps the line's ends and its last-point dot inside the box

    def point(year: int, value: float) -> str:
        x = pad + (year - years[0]) / span_x * (width - 2 * pad)
        y = height - pad - (value - low) / span_y * (height - 2 * pad)
        return f"{x:.1f},{y:.1f}"

    points = " ".join(point(y, v) for y, v in trend)
    last = point(*trend[-1]).split(",")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}"><polyline fill="none" stroke="#1f4e79" stroke-width="2" '
            f'points="{points}"/><circle cx="{last[0]}" cy="{last[1]}" r="2.5" fill="#1f4e79"/></svg>')
