"""The gender parity page: the GPI over the years (chosen variant solid, the other dashed) and by region × year."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard import explorer, viewstate
from dashboard.contract import Dataset
from dashboard.engines import engine_for
from dashboard.figures.parity import gpi_heatmap
from dashboard.figures.theme import empty_figure
from dashboard.figures.trends import parity_chart
from dashboard.i18n import t
from dashboard.indicators.catalogue import CATALOGUE, indicator_text
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.indicators.published import published_series
from dashboard.regions import region_name
from dashboard.views.provenance import lacking, origin_line
from dashboard.views.selection import selection_words, subtitle
from dashboard.views.trends import FIRST_YEAR, LAST_YEAR, shown_years
from dashboard.views.view import View, indicator_provenance
from dashboard.vocabulary import AREAS, MANAGEMENTS

PARITY_IDS = tuple(spec.id for spec in CATALOGUE.values() if spec.has_sex_split)


@dataclass(frozen=True)
class ParityState(viewstate.PageState):
    indicator: str = "net_enrolment_ratio"
    adjusted: bool = False  # UNESCO's adjusted GPI instead of the plain ratio
    area: str = ""
    management: str = ""
    years: tuple[int, int] | None = None

    PARAMS = (
        viewstate.Param("indicator", "net_enrolment_ratio", viewstate.choice(PARITY_IDS)),
        viewstate.Param("adjusted", False, viewstate.flag, viewstate.write_flag),
        viewstate.Param("area", "", viewstate.choice(AREAS)),
        viewstate.Param("management", "", viewstate.choice(MANAGEMENTS)),
        viewstate.Param("years", None, viewstate.year_range(FIRST_YEAR, LAST_YEAR), viewstate.write_range),
    )

    @classmethod
    def from_controls(cls, raw: Mapping[str, object], context: Mapping[str, object]) -> ParityState:
        loaded = (context["first"], context["last"])
        years = tuple(int(y) for y in raw["years"]) if raw["years"] else loaded
        return cls(**cls.shared(context),
                   indicator=raw["indicator"], adjusted=bool(raw["adjusted"]), area=raw["area"] or "",
                   management=raw["management"] or "", years=None if years == loaded else years)


@dataclass
class ParityView(View):
    management_allowed: bool = True  # the indicator can be filtered by management with the loaded tables


def unavailable_indicators(data: Dataset, lang: str) -> dict[str, str]:
    """Indicators with a sex split in principle that the loaded tables cannot split by sex, and why.

    An indicator whose parity index is published stays available: the page shows the published one.
    """
    reasons = {}
    for indicator_id in PARITY_IDS:
        avail = explorer.availability(data.tables, indicator_id, lang)
        if "sex" not in avail.allowed and published_series(data.tables, indicator_id, gpi=True).empty:
            reasons[indicator_id] = avail.reasons.get("sex") or t("parity.no_sex", lang)
    return reasons


def parity_view(data: Dataset, state: ParityState) -> ParityView:
    """The GPI line with its parity band and the regional heat map; a refusal is a figure that says why."""
    lang, present, years = state.lang, state.present, shown_years(data, state.years)
    indicator = state.indicator
    title = t("parity.title", lang, indicator=indicator_text(indicator, "name", lang))
    about = indicator_provenance(data, indicator, lang, state.query())
    avail = explorer.availability(data.tables, indicator, lang)
    management_allowed = "management" in avail.allowed
    shown = state.but(area=state.area if "area" in avail.allowed else "",
                      management=state.management if management_allowed else "")
    refused = {"title": title, "subtitle": subtitle(shown, data, lang, years=years), "provenance": about,
               "synthetic": data.is_demo,
               "management_allowed": management_allowed}
    if "sex" not in avail.allowed:
        message = avail.reasons.get("sex") or t("parity.no_sex", lang)
        published = published_series(data.tables, indicator, ("year",), gpi=True, years=years)
        if published.empty:
            return ParityView(_empty(message, state), hints=[message], **refused)
        return published_parity(data, state, published, years, message, refused)
    hints = []
    filters = {"area": state.area if "area" in avail.allowed else "",
               "management": state.management if management_allowed else ""}
    if state.management and not management_allowed:
        hints.append(t("trends.hint_filter", lang, split=t("split.management", lang),
                       reason=avail.reasons.get("management", "")))
    engine = engine_for(data)
    try:
        chosen = explorer.parity_series(engine, indicator, filters, years, adjusted=state.adjusted)
        other = explorer.parity_series(engine, indicator, filters, years, adjusted=not state.adjusted)
        regional = explorer.parity_by_region(engine, indicator, filters, years, adjusted=state.adjusted)
    except IndicatorUnavailable as refusal:
        return ParityView(_empty(refusal.plain(lang), state), hints=[refusal.plain(lang)], **refused)
    line = parity_chart(chosen, title="", lang=lang, present=present, years=years, comparison=other,
                        name=t("parity.adjusted" if state.adjusted else "parity.unadjusted", lang),
                        comparison_name=t("parity.unadjusted" if state.adjusted else "parity.adjusted", lang))
    heatmap = gpi_heatmap(regional, lang=lang, present=present, title=t("parity.heatmap_title", lang))
    csv = {"parity": chosen.drop(columns=["series"]).assign(adjusted=state.adjusted),
           "heatmap": regional.assign(region_name=[region_name(c) for c in regional["region_code"]],
                                      adjusted=state.adjusted)}
    return ParityView({"parity": line, "heatmap": heatmap}, hints=hints, csv=csv, **refused)


def published_parity(data: Dataset, state: ParityState, published: pd.DataFrame, years: tuple[int, int],
                     message: str, refused: dict) -> ParityView:
    """The publisher's GPI where the loaded counts cannot give one, labelled as published (no regional map)."""
    lang = state.lang
    words = origin_line(data, state.indicator, lang, computed=False, published=published)
    name = t("parity.published_gpi", lang)
    line = parity_chart(published.rename(columns={"published": "value"}).assign(flag=""), title="", lang=lang,
                        present=state.present, years=years, name=name)
    regions = lacking("parity", data, lang)[-1:] or [message]
    csv = published.rename(columns={"published": "value", "published_source": "source_published"}).assign(
        origin="published")[["year", "value", "origin", "source_published", "published_note"]]
    shown = " · ".join(part for part in (selection_words(state, lang, years=years),
                                         t("provenance.gpi_published", lang, words=words.rstrip("."))) if part)
    return ParityView({"parity": line, "heatmap": empty_figure(regions[0], lang, state.present)},
                      hints=[message] + ([t("parity.published_plain", lang)] if state.adjusted else []),
                      csv={"parity": csv},
                      **{**refused, "subtitle": shown,
                         "provenance": {**refused["provenance"], t("download.origin", lang): words}})


def _empty(message: str, state: ParityState) -> dict:
    return {"parity": empty_figure(message, state.lang, state.present),
            "heatmap": empty_figure(message, state.lang, state.present)}
