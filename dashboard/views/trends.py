"""The trends page: any EFA indicator over the years, national or compared across regions, areas, sexes, management."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard import explorer, viewstate
from dashboard.contract import Dataset
from dashboard.engines import engine_for
from dashboard.figures.theme import empty_figure
from dashboard.figures.trends import trend_chart
from dashboard.i18n import t
from dashboard.indicators.catalogue import INDICATOR_IDS, indicator_text
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.indicators.published import published_series
from dashboard.regions import REGION_CODES
from dashboard.views.provenance import origin_line
from dashboard.views.selection import origin_words, selection_words
from dashboard.views.view import View, indicator_provenance
from dashboard.vocabulary import AREAS, MANAGEMENTS, PRIMARY_GRADES, SEXES, SUBJECTS

FIRST_YEAR, LAST_YEAR = 1990, 2100
DEFAULT_REGIONS = ("06", "09", "15", "21")  # Cajamarca, Huancavelica, Lima, Puno: the range of Peru's regions
CENSUS_TABLES = ("population", "enrolment")
CHANGES = ("points", "relative")
SCALES = ("", "log")
# A log scale shows equal ratios as equal steps: meaningful for pupils per teacher, not for a percentage
# bounded by 0 and 100 nor for a parity index read as a distance from 1.
LOG_UNITS = ("ratio",)


@dataclass(frozen=True)
class TrendsState(viewstate.PageState):
    indicator: str = "net_enrolment_ratio"
    compare: str = "national"
    regions: tuple[str, ...] = DEFAULT_REGIONS
    area: str = ""
    sex: str = ""
    management: str = ""
    grade: int = 0
    subject: str = "reading"
    years: tuple[int, int] | None = None  # None: every year loaded
    since: int | None = None  # show each line's change since this year
    change: str = "points"  # that change in the indicator's own unit, or "relative" (% of the base year's value)
    scale: str = ""  # "log" draws the value axis on a log scale (where the indicator allows it)

    PARAMS = (
        viewstate.Param("indicator", "net_enrolment_ratio", viewstate.choice(INDICATOR_IDS)),
        viewstate.Param("compare", "national", viewstate.choice(explorer.COMPARE_CHOICES)),
        viewstate.Param("regions", DEFAULT_REGIONS, viewstate.code_list(REGION_CODES), viewstate.write_list),
        viewstate.Param("area", "", viewstate.choice(AREAS)),
        viewstate.Param("sex", "", viewstate.choice(SEXES)),
        viewstate.Param("management", "", viewstate.choice(MANAGEMENTS)),
        viewstate.Param("grade", 0, viewstate.int_in(min(PRIMARY_GRADES), max(PRIMARY_GRADES))),
        viewstate.Param("subject", "reading", viewstate.choice(SUBJECTS)),
        viewstate.Param("years", None, viewstate.year_range(FIRST_YEAR, LAST_YEAR), viewstate.write_range),
        viewstate.Param("since", None, viewstate.int_in(FIRST_YEAR, LAST_YEAR)),
        viewstate.Param("change", "points", viewstate.choice(CHANGES)),
        viewstate.Param("scale", "", viewstate.choice(SCALES)),
    )

    @classmethod
    def from_controls(cls, raw: Mapping[str, object], context: Mapping[str, object]) -> TrendsState:
        """The page's controls (None where cleared) and its context -> the view; the whole range reads as None."""
        loaded = (context["first"], context["last"])
        years = tuple(int(y) for y in raw["years"]) if raw["years"] else loaded
        return cls(**cls.shared(context),
                   indicator=raw["indicator"], compare=raw["compare"], regions=tuple(raw["regions"] or ()),
                   area=raw["area"] or "", sex=raw["sex"] or "", management=raw["management"] or "",
                   grade=int(raw["grade"] or 0), subject=raw["subject"] or "reading",
                   years=None if years == loaded else years,
                   since=int(raw["since"]) if raw["since_on"] and raw["since"] is not None else None,
                   change=raw["change"] or "points", scale="log" if raw["scale"] else "")


def data_years(data: Dataset) -> tuple[int, int]:
    """The census years loaded (the year sliders' bounds); 1990–2025 when no census table is there."""
    frames = [frame["year"] for name, frame in data.tables.items() if name in CENSUS_TABLES]
    return (min(int(y.min()) for y in frames), max(int(y.max()) for y in frames)) if frames else (1990, 2025)


def fitted_years(chosen: tuple[int, int] | None, loaded: tuple[int, int]) -> tuple[int, int] | None:
    """The chosen years clipped to the loaded ones; None when they do not overlap (the page then shows them all)."""
    if chosen is None:
        return loaded
    start, end = max(loaded[0], chosen[0]), min(loaded[1], chosen[1])
    return (start, end) if start <= end else None


def shown_years(data: Dataset, chosen: tuple[int, int] | None) -> tuple[int, int]:
    """The years a view covers: the chosen range, or every census year loaded."""
    return chosen or data_years(data)


def trends_view(data: Dataset, state: TrendsState) -> View:
    """The trends chart for a view state; every refusal becomes a figure that says why."""
    lang, present, years = state.lang, state.present, shown_years(data, state.years)
    indicator = state.indicator
    name = indicator_text(indicator, "name", lang)
    about = indicator_provenance(data, indicator, lang, state.query())
    avail = explorer.availability(data.tables, indicator, lang)
    view, hints = explorer.resolve_trends(avail, state.values(), lang)
    published = national_published(data, indicator, view, years)
    if avail.missing:
        message = missing_words(indicator, avail.missing, lang)
        return _refused(message, name, state, about, data, published, years)
    try:
        frame = explorer.trend_series(
            engine_for(data), indicator, view["compare"], view["regions"],
            {"area": view["area"], "sex": view["sex"], "management": view["management"]}, years,
            grade=view["grade"] or None, subject=view["subject"])
    except IndicatorUnavailable as refusal:
        return _refused(refusal.plain(lang), name, state, about, data, published, years)
    table = frame.assign(series_name=[explorer.series_label(s, lang) for s in frame["series"]])
    since = view["since"]
    if since is not None:
        published = None  # a change since a year is the observatory's own reading; no publisher gives it
    if since is not None and not frame.loc[frame["year"] == since, "value"].notna().any():
        hints.append(t("trends.hint_since", lang, since=since))
        since = None
    relative = since is not None and state.change == "relative"
    if since is not None:
        frame = relative_change_since(frame, since) if relative else explorer.change_since(frame, since)
        table = table.assign(**{"relative_change" if relative else "change_since": frame["value"].to_numpy()},
                             since_year=since)
    log = state.scale == "log"
    if log and (since is not None or not log_allowed(indicator)):
        hints.append(t("trends.hint_log", lang))
        log = False
    title = (t("trends.title_relative" if relative else "trends.title_since", lang, indicator=name, since=since)
             if since is not None else t("trends.title", lang, indicator=name, first=years[0], last=years[1]))
    drawn = state.but(**{k: view[k] for k in ("compare", "area", "sex", "management", "grade")})
    selection = selection_words(drawn, lang, years=years if since is not None else None)
    unit = (t("trends.relative_unit", lang) if relative
            else explorer.unit_label(indicator, lang, change=since is not None))
    figure = trend_chart(frame, title="", y_title=unit if since is None else t("trends.axis_change", lang, unit=unit),
                         lang=lang, present=present, years=years,  # a change carries its sign: +2.8 p. p.
                         value_format=("+" if since is not None else "")
                         + (".3f" if unit == t("unit.index", lang) else ",.1f"),
                         reference_line=0.0 if since is not None else None, published=published,
                         unit=hover_unit(indicator, lang, "relative" if relative else since is not None),
                         yaxis={"type": "log"} if log else None)
    columns = ["series", "series_name", "year", "value", "numerator", "denominator", "flag"]
    columns += [c for c in ("change_since", "relative_change", "since_year") if c in table]
    table = table[columns]
    if published is not None and not published.empty:
        table = beside_published(table, published)
    origin = origin_line(data, indicator, lang, computed=True, published=published)
    return View({"trends": figure}, title, subtitle=joined(selection, origin), hints=hints,
                provenance={**about, t("download.origin", lang): origin}, csv={"trends": table},
                synthetic=data.is_demo)


def missing_words(indicator: str, missing: tuple[str, ...], lang: str) -> str:
    """What the indicator lacks, in the domain's words ('la alfabetización cargada'), and what to do instead."""
    from dashboard.indicators.catalogue import CATALOGUE

    needs = [t(f"indicator.loaded_table.{name}", lang) for name in missing]
    listed = t("selection.and", lang, first=", ".join(needs[:-1]), last=needs[-1]) if len(needs) > 1 else needs[0]
    return t("trends.data_missing", lang, number=CATALOGUE[indicator].number,
             indicator=indicator_text(indicator, "name", lang), needs=listed)


def relative_change_since(frame: pd.DataFrame, base_year: int) -> pd.DataFrame:
    """Each series' change since `base_year` as a percentage of its value then (80 -> 90 is +12.5 %).

    A series without that year, or whose value then is zero, has no relative change (NaN, a gap).
    """
    base = frame[frame["year"] == base_year].set_index("series")["value"]
    base = base.where(base != 0)
    out = frame.copy()
    out["value"] = (out["value"] / out["series"].map(base) - 1.0) * 100.0
    return out


def change_options(lang: str, shown: bool) -> list[dict]:
    """The ways to express the change since a year; offered only while that change is shown."""
    return [{"label": t(f"trends.change_{c}", lang), "value": c, "disabled": not shown} for c in CHANGES]


def log_allowed(indicator: str) -> bool:
    """Whether a log scale means something for this indicator (see LOG_UNITS)."""
    from dashboard.indicators.catalogue import CATALOGUE

    return CATALOGUE[indicator].unit in LOG_UNITS


def hover_unit(indicator: str, lang: str, change: bool | str = False) -> str:
    """What follows a value in the hover: '%', ' alumnos por docente', ' p. p.' for a change in points.

    `change` is False (levels), True (change in the indicator's unit) or "relative" (change in percent);
    a parity index has no unit, so nothing follows it.
    """
    from dashboard.indicators.catalogue import CATALOGUE

    unit = CATALOGUE[indicator].unit
    if change == "relative":
        return t("unit.hover_percent", lang)
    if unit == "percent":
        return t("unit.pp", lang) if change else t("unit.hover_percent", lang)
    return f" {t('unit.ratio', lang)}" if unit == "ratio" else ""


def national_published(data: Dataset, indicator: str, view: Mapping[str, object],
                       years: tuple[int, int]) -> pd.DataFrame | None:
    """The published values of the national line (with the view's filters), as a 'national' series; None if none.

    Not beside the synthetic demo's lines: a difference between invented and published figures means nothing.
    """
    if data.is_demo or view["compare"] not in ("national", "region_code"):
        return None
    filters = {split: view[split] for split in ("area", "sex", "management") if view[split]}
    if indicator == "repetition_rate" and view["grade"]:
        filters["grade"] = view["grade"]
    found = published_series(data.tables, indicator, ("year",), filters=filters, years=years,
                             subject=view["subject"] or "reading")
    return found.assign(series="national") if not found.empty else None


def beside_published(table: pd.DataFrame, published: pd.DataFrame) -> pd.DataFrame:
    """The CSV rows with the published value of each cell, the difference computed − published and its source."""
    merged = table.merge(published[["series", "year", "published", "published_source"]], on=["series", "year"],
                         how="left")
    return merged.assign(difference=merged["value"] - merged["published"]).rename(
        columns={"published_source": "source_published"})[
        [*table.columns, "published", "difference", "source_published"]]


def _refused(message: str, title: str, state: TrendsState, about: dict[str, str], data: Dataset,
             published: pd.DataFrame | None = None, years: tuple[int, int] | None = None) -> View:
    """The reason nothing can be computed; where a publisher gives the same cell, its values drawn as published."""
    lang, present = state.lang, state.present
    if published is None or published.empty or years is None:
        return View({"trends": empty_figure(message, lang, present)}, title,
                    joined(selection_words(state, lang), origin_words(data, lang)), hints=[message],
                    provenance=about, synthetic=data.is_demo)
    unit = explorer.unit_label(state.indicator, lang)
    empty = pd.DataFrame({"series": pd.Series(dtype=str), "year": pd.Series(dtype="int64"),
                          "value": pd.Series(dtype="float64"), "flag": pd.Series(dtype=str)})
    figure = trend_chart(empty, title="", y_title=unit, lang=lang, present=present, years=years,
                         value_format=".3f" if unit == t("unit.index", lang) else ",.1f", published=published)
    origin = origin_line(data, state.indicator, lang, computed=False, published=published)
    table = published.assign(series_name=[t("trends.published_series", lang, series=explorer.series_label(s, lang))
                                          for s in published["series"]], origin="published")
    table = table[["series", "series_name", "year", "published", "published_source", "origin"]].rename(
        columns={"published": "value", "published_source": "source_published"})
    return View({"trends": figure}, t("trends.title", lang, indicator=title, first=years[0], last=years[1]),
                subtitle=joined(selection_words(state, lang), origin), hints=[message],
                provenance={**about, t("download.origin", lang): origin},
                csv={"trends": table}, synthetic=data.is_demo)


def joined(*parts: str) -> str:
    """The line under the title: the selection, then where the numbers come from."""
    return " · ".join(part for part in parts if part)
