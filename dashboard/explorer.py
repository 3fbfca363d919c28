"""What the explorer pages (trends, parity, maps) ask of the indicator engine, as pure functions.

Each returns a tidy frame ready for a figure builder, with a `series` column
naming the line or area it belongs to (a region code, 'urban', 'F', 'national'...).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from dashboard.contract import ASSESSED_GRADE
from dashboard.i18n import t
from dashboard.indicators.catalogue import (
    CATALOGUE,
    IndicatorSpec,
    available_splits,
    check_request,
    missing_tables,
)
from dashboard.indicators.engine import IndicatorEngine
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.regions import region_name
from dashboard.vocabulary import SPLIT_VALUES

SPLITS = ("region_code", "area", "sex", "management")
COMPARE_CHOICES = ("national", *SPLITS)


@dataclass(frozen=True)
class Availability:
    """Which splits an indicator allows with the loaded tables, and why the others are not."""

    allowed: tuple[str, ...]
    reasons: Mapping[str, str]  # split -> plain-words reason it cannot be used
    missing: tuple[str, ...]  # tables the indicator needs that are not loaded


def availability(tables: Mapping[str, pd.DataFrame], indicator_id: str, lang: str) -> Availability:
    spec = CATALOGUE[indicator_id]
    missing = missing_tables(spec, tables)
    if missing:
        reason = t("notice.table_missing", lang, tables=", ".join(missing))
        return Availability((), {split: reason for split in SPLITS}, missing)
    allowed = available_splits(spec, tables)
    reasons = {}
    for split in SPLITS:
        if split not in allowed:
            try:
                check_request(spec, {"year", split}, tables)
            except IndicatorUnavailable as refusal:  # the engine's own words for why
                reasons[split] = refusal.plain(lang)
    return Availability(tuple(s for s in SPLITS if s in allowed), reasons, ())


def indicator_options(spec: IndicatorSpec, grade: int | None, subject: str) -> dict:
    """Engine options for indicators that need an extra choice (grade of repetition, ECE subject)."""
    if spec.id == "pct_mastering_competencies":
        return {"subject": subject, "assessment_grade": ASSESSED_GRADE[subject]}
    return {}


def trend_series(engine: IndicatorEngine, indicator_id: str, compare: str, regions: Sequence[str],
                 filters: Mapping[str, str], years: tuple[int, int], *, grade: int | None = None,
                 subject: str = "reading") -> pd.DataFrame:
    """Lines of one indicator over the years: national, or one line per region / area / sex / management.

    Comparing regions also returns the national line, the reference everything is read against.
    Every year of the range is present in every series (NaN where there is no value) so lines break
    at gaps instead of bridging them.
    """
    spec = CATALOGUE[indicator_id]
    options = indicator_options(spec, grade, subject)
    active = {k: v for k, v in filters.items() if v and k != compare}
    if spec.id == "repetition_rate" and grade:
        active["grade"] = grade
    frames = []
    if compare == "national" or compare == "region_code":
        national = engine.compute(indicator_id, by=("year",), filters=active or None, years=years, **options)
        frames.append(national.assign(series="national"))
    if compare == "region_code":
        chosen = {**active, "region_code": list(regions)}
        by_region = engine.compute(indicator_id, by=("year", "region_code"), filters=chosen, years=years, **options)
        frames.append(by_region.rename(columns={"region_code": "series"}))
    elif compare in SPLIT_VALUES:
        split = engine.compute(indicator_id, by=("year", compare), filters=active or None, years=years, **options)
        frames.append(split.rename(columns={compare: "series"}))
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return complete_years(frame, years)


def complete_years(frame: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Every (series, year) of the range present, missing ones as NaN: gaps stay gaps, never zeros."""
    if frame.empty:
        return pd.DataFrame(columns=["series", "year", "value", "numerator", "denominator", "flag"])
    full = pd.MultiIndex.from_product([frame["series"].unique(), range(years[0], years[1] + 1)],
                                      names=["series", "year"])
    frame = frame.set_index(["series", "year"]).reindex(full).reset_index()
    frame["flag"] = frame["flag"].fillna("")
    return frame


def change_since(frame: pd.DataFrame, base_year: int) -> pd.DataFrame:
    """Each series' values minus its own value in `base_year` (NaN for a series without that year)."""
    base = frame[frame["year"] == base_year].set_index("series")["value"]
    out = frame.copy()
    out["value"] = out["value"] - out["series"].map(base)
    return out


def series_label(series: str, lang: str) -> str:
    """How a series is named on a legend: region name, 'Urbana', 'Mujeres', 'Nacional'..."""
    if series == "national":
        return t("filter.national", lang)
    for split, values in SPLIT_VALUES.items():
        if series in values:
            return t(f"{split}.{series}", lang)
    return region_name(series)


def parity_series(engine: IndicatorEngine, indicator_id: str, filters: Mapping[str, str], years: tuple[int, int],
                  *, adjusted: bool, subject: str = "reading") -> pd.DataFrame:
    """National GPI over the years, unadjusted or UNESCO-adjusted, after the filters."""
    spec = CATALOGUE[indicator_id]
    options = indicator_options(spec, None, subject)
    active = {k: v for k, v in filters.items() if v}
    frame = engine.compute(indicator_id, by=("year",), filters=active or None, years=years, gpi=True,
                           adjusted=adjusted, **options)
    return complete_years(frame.assign(series="national"), years)


def parity_by_region(engine: IndicatorEngine, indicator_id: str, filters: Mapping[str, str],
                     years: tuple[int, int], *, adjusted: bool, subject: str = "reading") -> pd.DataFrame:
    """GPI for every region × year (the heat map)."""
    spec = CATALOGUE[indicator_id]
    options = indicator_options(spec, None, subject)
    active = {k: v for k, v in filters.items() if v}
    return engine.compute(indicator_id, by=("year", "region_code"), filters=active or None, years=years, gpi=True,
                          adjusted=adjusted, **options)


def indicator_years(engine: IndicatorEngine, indicator_id: str, subject: str = "reading") -> tuple[int, ...]:
    """The years an indicator has data for (empty if its tables are missing)."""
    spec = CATALOGUE[indicator_id]
    try:
        return engine.years(indicator_id, **indicator_options(spec, None, subject))
    except IndicatorUnavailable:
        return ()


def resolve_trends(avail: Availability, state: Mapping[str, object], lang: str) -> tuple[dict, list[str]]:
    """The view that can actually be drawn, and plain-words hints for every choice that had to be set aside.

    A comparison or filter the indicator cannot take falls back to 'national' / 'all' with a hint, so
    switching indicator never leaves an impossible view on screen.
    """
    view = dict(state)
    hints = []
    compare = view["compare"]
    if compare != "national" and compare not in avail.allowed:
        hints.append(t("trends.hint_compare", lang, split=t(f"split.{compare}", lang),
                       reason=avail.reasons.get(compare, "")))
        view["compare"] = "national"
    hints += set_aside_filters(avail, view, ("area", "sex", "management"), lang)
    compared = view["compare"]
    if compared in ("area", "sex", "management") and view.get(compared):
        # comparing the areas draws every area: a filter on one of them cannot also hold
        hints.append(t("trends.hint_compare_filter", lang, split=t(f"split.{compared}", lang),
                       value=t(f"{compared}.{view[compared]}", lang)))
        view[compared] = ""
    if view["compare"] == "region_code" and not view.get("regions"):
        hints.append(t("trends.hint_regions", lang))
        view["compare"] = "national"
    indicator = view["indicator"]
    if view.get("grade") and indicator != "repetition_rate":
        view["grade"] = 0
    return view, hints


def set_aside_filters(avail: Availability, view: dict, splits: Sequence[str], lang: str) -> list[str]:
    """Clear, in `view`, each filter the indicator cannot take, and say why in one hint per filter."""
    hints = []
    for split in splits:
        if view.get(split) and split not in avail.allowed:
            hints.append(t("trends.hint_filter", lang, split=t(f"split.{split}", lang),
                           reason=avail.reasons.get(split, "")))
            view[split] = ""
    return hints


def unit_label(indicator_id: str, lang: str, change: bool = False) -> str:
    unit = CATALOGUE[indicator_id].unit
    if change and unit == "percent":
        return t("unit.percent_points", lang)
    return t(f"unit.{unit}", lang)
