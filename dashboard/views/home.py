"""The home page: the latest national value of a few headline indicators and their change since 2000."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from dashboard import viewstate
from dashboard.contract import Dataset
from dashboard.engines import engine_for
from dashboard.i18n import t
from dashboard.indicators.catalogue import CATALOGUE, indicator_text, missing_tables
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.indicators.published import published_series, with_published
from dashboard.views.provenance import headline_origin
from dashboard.views.view import View

HEADLINES = ("net_enrolment_ratio", "gross_enrolment_ratio", "survival_rate_grade5", "pct_mastering_competencies",
             "adult_literacy_rate", "literacy_gpi")
BASE_YEAR = 2000  # Dakar: the year the EFA goals were renewed


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
    headlines = [{**item, "origin_words": headline_origin(item, data, state.lang)}
                 for item in headline_figures(data, state.lang)]
    return HomeView(headlines=headlines, loaded=data.summary(), synthetic=data.is_demo, version=data.fingerprint)


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
                "base_year": None, "missing": ""}
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
        figures.append(item)
    return figures


def _base_value(series: pd.DataFrame) -> pd.Series | None:
    """The value of 2000, or of the first year after it when the series starts later (ECE starts in 2007)."""
    later = series[series["year"] >= BASE_YEAR]
    if later.empty or not math.isfinite(later.iloc[0]["value"]):
        return None
    return later.iloc[0]
