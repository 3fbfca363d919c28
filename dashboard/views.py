"""Page views as pure functions: a view state (the URL's parameters) and the data in, figures and tables out.

Callbacks only translate control values into a view state and hand the result to
Dash; everything worth testing happens here, without a server.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from dashboard import explorer
from dashboard.contract import Dataset
from dashboard.figures.parity import gpi_heatmap
from dashboard.figures.theme import empty_figure
from dashboard.figures.trends import parity_chart, trend_chart
from dashboard.home import engine_for
from dashboard.i18n import t
from dashboard.indicators.catalogue import indicator_text
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.regions import region_name


@dataclass
class View:
    """What a page shows for one view state."""

    figure: go.Figure
    title: str
    hints: list[str] = field(default_factory=list)
    table: pd.DataFrame = field(default_factory=pd.DataFrame)  # the numbers behind the main figure
    about: dict[str, str] = field(default_factory=dict)  # provenance lines for the CSV download


def provenance(data: Dataset, indicator_id: str, lang: str, query: str) -> dict[str, str]:
    """What a downloaded table is: indicator, definition, formula, sources, the view, and the synthetic notice."""
    about = {
        t("filter.indicator", lang): indicator_text(indicator_id, "name", lang),
        t("download.definition", lang): indicator_text(indicator_id, "definition", lang),
        t("definitions.formula", lang): indicator_text(indicator_id, "formula", lang),
        t("download.source", lang): t("footer.source", lang),
        t("download.view", lang): query,
    }
    if data.is_demo:
        about[t("notice.synthetic_short", lang)] = t("notice.synthetic", lang)
    return about


# ---------------------------------------------------------------- trends


def trends_view(data: Dataset, state: dict, query: str = "") -> View:
    """The trends chart for a view state; every refusal becomes a figure that says why."""
    lang, present, years = state["lang"], state["present"], state["_years"]
    indicator = state["indicator"]
    name = indicator_text(indicator, "name", lang)
    avail = explorer.availability(data.tables, indicator, lang)
    if avail.missing:
        message = t("notice.table_missing", lang, tables=", ".join(avail.missing))
        return View(empty_figure(message, lang, present), name, [message])
    view, hints = explorer.resolve_trends(avail, state, lang)
    try:
        frame = explorer.trend_series(
            engine_for(data), indicator, view["compare"], view["regions"],
            {"area": view["area"], "sex": view["sex"], "management": view["management"]}, years,
            grade=view["grade"] or None, subject=view["subject"])
    except IndicatorUnavailable as refusal:
        return View(empty_figure(refusal.text(lang), lang, present), name, [refusal.text(lang)])
    table = frame.assign(series_name=[explorer.series_label(s, lang) for s in frame["series"]])
    since = view["since"]
    if since is not None and not frame.loc[frame["year"] == since, "value"].notna().any():
        hints.append(t("trends.hint_since", lang, since=since))
        since = None
    if since is not None:
        frame = explorer.change_since(frame, since)
        table = table.assign(change_since=frame["value"].to_numpy(), since_year=since)
    title = (t("trends.title_since", lang, indicator=name, since=since) if since is not None
             else t("trends.title", lang, indicator=name, first=years[0], last=years[1]))
    unit = explorer.unit_label(indicator, lang, change=since is not None)
    figure = trend_chart(frame, title="", y_title=unit if since is None else t("trends.axis_change", lang, unit=unit),
                         lang=lang, present=present, years=years,
                         value_format=".3f" if unit == t("unit.index", lang) else ",.1f",
                         reference_line=0.0 if since is not None else None)
    columns = ["series", "series_name", "year", "value", "numerator", "denominator", "flag"]
    columns += [c for c in ("change_since", "since_year") if c in table]
    return View(figure, title, hints, table[columns], provenance(data, indicator, lang, query))


# ---------------------------------------------------------------- gender parity


@dataclass
class ParityView(View):
    heatmap: go.Figure = field(default_factory=go.Figure)
    regional_table: pd.DataFrame = field(default_factory=pd.DataFrame)
    management_allowed: bool = True

    @property
    def line(self) -> go.Figure:
        return self.figure


def parity_view(data: Dataset, state: dict, query: str = "") -> ParityView:
    """GPI over the years (chosen variant solid, the other dashed) and the region × year heat map."""
    lang, present, years = state["lang"], state["present"], state["_years"]
    indicator = state["indicator"]
    name = indicator_text(indicator, "name", lang)
    title = t("parity.title", lang, indicator=name)
    avail = explorer.availability(data.tables, indicator, lang)
    management_allowed = "management" in avail.allowed
    if "sex" not in avail.allowed:
        message = avail.reasons.get("sex") or t("parity.no_sex", lang)
        empty = empty_figure(message, lang, present)
        return ParityView(empty, title, [message], heatmap=empty_figure(message, lang, present),
                          management_allowed=management_allowed)
    hints = []
    filters = {"area": state["area"] if "area" in avail.allowed else "",
               "management": state["management"] if management_allowed else ""}
    if state["management"] and not management_allowed:
        hints.append(t("trends.hint_filter", lang, split=t("split.management", lang),
                       reason=avail.reasons.get("management", "")))
    engine = engine_for(data)
    try:
        chosen = explorer.parity_series(engine, indicator, filters, years, adjusted=state["adjusted"])
        other = explorer.parity_series(engine, indicator, filters, years, adjusted=not state["adjusted"])
        regional = explorer.parity_by_region(engine, indicator, filters, years, adjusted=state["adjusted"])
    except IndicatorUnavailable as refusal:
        empty = empty_figure(refusal.text(lang), lang, present)
        return ParityView(empty, title, [refusal.text(lang)], heatmap=empty,
                          management_allowed=management_allowed)
    line = parity_chart(chosen, title="", lang=lang, present=present, years=years, comparison=other,
                        name=t("parity.adjusted" if state["adjusted"] else "parity.unadjusted", lang))
    heatmap = gpi_heatmap(regional, lang=lang, present=present, title=t("parity.heatmap_title", lang))
    table = chosen.drop(columns=["series"]).assign(adjusted=state["adjusted"])
    regional_table = regional.assign(region_name=[region_name(c) for c in regional["region_code"]],
                                     adjusted=state["adjusted"])
    return ParityView(line, title, hints, table, provenance(data, indicator, lang, query), heatmap=heatmap,
                      regional_table=regional_table, management_allowed=management_allowed)
