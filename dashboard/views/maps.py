"""The maps page: every region's value in every year, urban–rural gaps, the map of a view and a region's profile.

The map animates through the years on the browser side, so it needs all the years at
once; the engine answers that with one grouped sum, which is as fast as a single year.
Every region is present in every year of the result (NaN where it has no value), so a
region without data is drawn as such and never as zero.
"""
from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from dashboard import explorer, viewstate
from dashboard.contract import Dataset
from dashboard.engines import engine_for
from dashboard.explorer import Availability, indicator_options
from dashboard.figures.maps import REGIONS_URL, MapPanel, choropleth_figure, region_profile
from dashboard.figures.theme import empty_figure
from dashboard.figures.trends import flag_text
from dashboard.i18n import t
from dashboard.indicators.catalogue import CATALOGUE, INDICATOR_IDS, indicator_text
from dashboard.indicators.engine import IndicatorEngine
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.indicators.quality import merge_flags
from dashboard.regions import REGION_CODES, region_name
from dashboard.views.selection import subtitle
from dashboard.views.trends import FIRST_YEAR, LAST_YEAR, TrendsState
from dashboard.views.view import View, indicator_provenance
from dashboard.vocabulary import AREAS, MANAGEMENTS, PRIMARY_GRADES, SEXES, SUBJECTS

MAP_VIEWS = ("map", "urban_rural", "gap")
VALUE_COLUMNS = ("value", "numerator", "denominator", "flag")
FILTERS = ("sex", "management", "area", "grade", "subject")  # the controls under the map, in order


@dataclass(frozen=True)
class MapsState(viewstate.PageState):
    indicator: str = "net_enrolment_ratio"
    year: int | None = None  # the year the map shows (None: the latest with data)
    view: str = "map"
    region: str = ""  # the region profiled beside the map
    sex: str = ""
    management: str = ""
    area: str = ""
    grade: int = 0
    subject: str = "reading"

    PARAMS = (
        viewstate.Param("indicator", "net_enrolment_ratio", viewstate.choice(INDICATOR_IDS)),
        viewstate.Param("year", None, viewstate.int_in(FIRST_YEAR, LAST_YEAR)),
        viewstate.Param("view", "map", viewstate.choice(MAP_VIEWS)),
        viewstate.Param("region", "", viewstate.choice(REGION_CODES)),
        viewstate.Param("sex", "", viewstate.choice(SEXES)),
        viewstate.Param("management", "", viewstate.choice(MANAGEMENTS)),
        viewstate.Param("area", "", viewstate.choice(AREAS)),
        viewstate.Param("grade", 0, viewstate.int_in(min(PRIMARY_GRADES), max(PRIMARY_GRADES))),
        viewstate.Param("subject", "reading", viewstate.choice(SUBJECTS)),
    )

    @classmethod
    def from_controls(cls, raw: Mapping[str, object], context: Mapping[str, object]) -> MapsState:
        return cls(**cls.shared(context), indicator=raw["indicator"], view=raw["view"] or "map", sex=raw["sex"] or "",
                   management=raw["management"] or "", area=raw["area"] or "", grade=int(raw["grade"] or 0),
                   subject=raw["subject"] or "reading", year=raw.get("year"), region=raw.get("region") or "")


def regional_values(engine: IndicatorEngine, indicator_id: str, filters: Mapping[str, str], *, by_area: bool = False,
                    grade: int | None = None, subject: str = "reading") -> pd.DataFrame:
    """Each region's value in every year the indicator has (per area when `by_area`), NaN where there is none."""
    spec = CATALOGUE[indicator_id]
    active: dict[str, object] = {k: v for k, v in filters.items() if v and not (by_area and k == "area")}
    if spec.id == "repetition_rate" and grade:
        active["grade"] = grade
    keys = ("year", "region_code", "area") if by_area else ("year", "region_code")
    frame = engine.compute(indicator_id, by=keys, filters=active or None, **indicator_options(spec, grade, subject))
    return complete_regions(frame, AREAS if by_area else None)


def complete_regions(frame: pd.DataFrame, areas: Sequence[str] | None = None) -> pd.DataFrame:
    """All 25 regions (× areas) in each year of `frame`; the ones the engine did not return get NaN and no flag."""
    keys = ["year", "region_code", *(["area"] if areas else [])]
    columns = [*keys, *VALUE_COLUMNS]
    if frame.empty:
        return pd.DataFrame({column: pd.Series(dtype="object" if column in ("region_code", "area", "flag")
                                               else "float64") for column in columns})
    levels = [sorted(frame["year"].unique()), REGION_CODES, *([list(areas)] if areas else [])]
    full = pd.MultiIndex.from_product(levels, names=keys)
    out = frame.set_index(keys)[list(VALUE_COLUMNS)].reindex(full).reset_index()
    out["flag"] = out["flag"].fillna("")
    out["year"] = out["year"].astype(int)
    return out


def area_gaps(frame: pd.DataFrame) -> pd.DataFrame:
    """Urban minus rural value per region and year; NaN where either is missing (Callao has no rural area)."""
    if frame.empty:
        return complete_regions(frame)
    by_area = frame.set_index(["year", "region_code", "area"])[["value", "flag"]].unstack("area")
    value = by_area["value"].reindex(columns=list(AREAS))
    flags = by_area["flag"].reindex(columns=list(AREAS)).fillna("")
    out = pd.DataFrame({
        "value": (value["urban"] - value["rural"]).astype("float64"),
        "numerator": float("nan"),
        "denominator": float("nan"),
        "flag": [merge_flags(u, r) if u or r else "" for u, r in zip(flags["urban"], flags["rural"], strict=True)],
    }, index=value.index).reset_index()
    out["year"] = out["year"].astype(int)
    return complete_regions(out)


def nearest_year(years: Sequence[int], wanted: int | None) -> int | None:
    """The year to show: `wanted` when the indicator has it, else the closest one (the latest on a tie or None)."""
    if not years:
        return None
    if wanted is None:
        return max(years)
    return min(sorted(years, reverse=True), key=lambda year: abs(year - wanted))


def resolve_map(avail: Availability, state: Mapping[str, object], lang: str) -> tuple[dict, list[str]]:
    """The map that can actually be drawn, with a plain-words hint for every choice set aside.

    The urban and rural views need the area split; the area filter only applies to the single map
    (the other views already split by area); grade and subject only apply to indicators 12 and 15.
    """
    view = dict(state)
    hints = []
    if view["view"] != "map" and "area" not in avail.allowed:
        hints.append(t("maps.hint_view", lang, view=t(f"maps.view.{view['view']}", lang),
                       reason=avail.reasons.get("area", "")))
        view["view"] = "map"
    hints += explorer.set_aside_filters(avail, view, ("sex", "management", "area"), lang)
    if view["view"] != "map":
        view["area"] = ""
    if view["indicator"] != "repetition_rate":
        view["grade"] = 0
    return view, hints


def filter_reasons(avail: Availability, indicator_id: str, view: str, lang: str) -> dict[str, str]:
    """Why each filter of the maps page is disabled for this indicator and view ('' when it is enabled)."""
    reasons = {split: avail.reasons.get(split, "") if split not in avail.allowed else ""
               for split in ("sex", "management", "area")}
    if view != "map" and not reasons["area"]:
        reasons["area"] = t("maps.reason_area_view", lang)
    reasons["grade"] = "" if indicator_id == "repetition_rate" else t("trends.hint_grade", lang)
    reasons["subject"] = "" if indicator_id == "pct_mastering_competencies" else t("trends.hint_subject", lang)
    return reasons


@dataclass
class MapView(View):
    """The map of a view state: besides a view's parts, the year it opens on and the data of each map."""

    year: int | None = None
    years: tuple[int, ...] = ()  # every year the map can show (its frames)
    panels: tuple[MapPanel, ...] = ()
    view: Mapping[str, object] = field(default_factory=dict)  # the view actually drawn, choices set aside

    @property
    def figure(self) -> go.Figure:
        return self.figures["map"]


@dataclass
class ProfileView(View):
    """The profile beside the map, and the link to the trends page comparing that region with the nation."""

    link: str = "/trends"
    link_text: str = ""


def value_format(indicator_id: str, lang: str = "es") -> tuple[str, str]:
    """(d3 format, suffix) of the indicator's values in hovers: '93,4 %' (Spanish), '93.4%' (English), '0,98'."""
    unit = CATALOGUE[indicator_id].unit
    suffix = ("%" if lang == "en" else " %") if unit == "percent" else ""
    return (".2f" if unit == "index" else ".1f"), suffix


def colour_bar_title(indicator_id: str, lang: str, gap: bool) -> str:
    """The colour bar's title: the indicator's unit, or the unit of an urban − rural difference."""
    unit = CATALOGUE[indicator_id].unit
    words = t("unit.pp", lang).strip() if gap and unit == "percent" else t(f"unit.{unit}", lang)
    words = "<br>".join(textwrap.wrap(words, 12))
    return t("maps.gap_unit", lang, unit=words).replace(" (", "<br>(") if gap else words


def map_panels(engine: IndicatorEngine, view: Mapping[str, object], lang: str) -> tuple[MapPanel, ...]:
    """The data of each map of a (resolved) view: one map, the urban and rural maps, or their gap."""
    filters = {split: view[split] for split in ("sex", "management", "area")}
    options = {"grade": view["grade"] or None, "subject": view["subject"]}
    if view["view"] == "map":
        return (MapPanel("", regional_values(engine, view["indicator"], filters, **options)),)
    by_area = regional_values(engine, view["indicator"], filters, by_area=True, **options)
    if view["view"] == "gap":
        return (MapPanel("", area_gaps(by_area)),)
    return tuple(MapPanel(t(f"area.{area}", lang), by_area[by_area["area"] == area].drop(columns="area"))
                 for area in AREAS)


def map_data(engine: IndicatorEngine, tables: Mapping[str, pd.DataFrame], state: Mapping[str, object],
             lang: str) -> tuple[dict, tuple[MapPanel, ...], list[str], str]:
    """(resolved view, map panels, hints, refusal): the data of a maps view, or in words why there is none."""
    indicator = state["indicator"]
    avail = explorer.availability(tables, indicator, lang)
    if avail.missing or "region_code" not in avail.allowed:
        refusal = t("maps.not_regional", lang, number=CATALOGUE[indicator].number,
                    reason=avail.reasons.get("region_code", ""))
        return dict(state), (), [], refusal
    view, hints = resolve_map(avail, state, lang)
    try:
        panels = map_panels(engine, view, lang)
    except IndicatorUnavailable as refusal:
        return view, (), hints, refusal.plain(lang)
    if all(panel.values["value"].isna().all() for panel in panels):
        return view, panels, hints, t("notice.no_data", lang)
    return view, panels, hints, ""


def map_view_of(engine: IndicatorEngine, tables: Mapping[str, pd.DataFrame], state: Mapping[str, object],
                lang: str, present: bool = False, shapes: str = REGIONS_URL) -> MapView:
    """The maps page's figure for a view state; every refusal becomes a figure that says why."""
    indicator = state["indicator"]
    name = indicator_text(indicator, "name", lang)
    view, panels, hints, refusal = map_data(engine, tables, state, lang)
    if refusal:
        return MapView({"map": empty_figure(_wrap_message(refusal), lang, present)}, name,
                       hints=[*hints, refusal], panels=panels, view=view)
    years = sorted({int(y) for panel in panels for y in panel.values["year"]})
    year = nearest_year(years, state.get("year"))
    number_format, suffix = value_format(indicator, lang)
    gap = view["view"] == "gap"
    if gap and suffix:
        suffix = t("unit.pp", lang)
    figure = choropleth_figure(panels, year=year, unit=colour_bar_title(indicator, lang, gap), lang=lang,
                               present=present, diverging=gap, value_format=number_format, value_suffix=suffix,
                               shapes=shapes, region=str(state.get("region") or ""))
    title_key = {"map": "maps.title", "urban_rural": "maps.title_areas", "gap": "maps.title_gap"}[view["view"]]
    return MapView({"map": figure}, t(title_key, lang, indicator=name), hints=hints, year=year, years=tuple(years),
                   panels=panels, view=view)


def year_marks(years: Sequence[int]) -> dict[int, str]:
    """The year slider's marks: a tick at every year the map has, labelled the first, the last and each fifth between.

    The slider moves a year at a time; the page's script skips the years without a tick (without data).
    """
    if not years:
        return {}
    first, last = min(years), max(years)
    return {year: str(year) if year in (first, last) or (year % 5 == 0 and min(year - first, last - year) >= 3)
            else "" for year in years}


def _wrap_message(text: str) -> str:
    return "<br>".join(textwrap.wrap(text, 70))


def map_table(panels: Sequence[MapPanel], lang: str) -> pd.DataFrame:
    """The numbers behind a map figure, every year, for the CSV: one row per map, year and region."""
    frames = []
    for panel in panels:
        frame = panel.values.copy()
        frame.insert(0, "map", panel.title or "")
        frames.append(frame)
    # No map (national data, say): an empty table with the same columns, so its CSV still has a header.
    table = (pd.concat(frames, ignore_index=True) if frames
             else pd.DataFrame(columns=["map", "year", "region_code", *VALUE_COLUMNS]))
    table.insert(3, "region_name", [region_name(code) for code in table["region_code"]])
    table["flag_text"] = [flag_text(flag, lang) for flag in table["flag"]]
    if len(panels) == 1:  # a lone map has no name: no empty first column in the CSV
        table = table.drop(columns="map")
    return table  # maps in panel order (urban before rural), each by year and region


def rows_of_year(table: pd.DataFrame, year: int | None) -> pd.DataFrame:
    """The rows of the year a map shows (its latest when that year is not in the table), for the on-screen table."""
    if "year" not in table or table.empty:
        return table
    shown = year if year in set(table["year"]) else table["year"].max()
    return table[table["year"] == shown]


def region_profile_of(engine: IndicatorEngine, tables: Mapping[str, pd.DataFrame], state: Mapping[str, object],
                      lang: str) -> go.Figure:
    """The profile of the view's region: its trend against the national line, or a figure that says why not."""
    avail = explorer.availability(tables, state["indicator"], lang)
    if avail.missing or "region_code" not in avail.allowed:
        reason = avail.reasons.get("region_code", t("notice.no_data", lang))
        return empty_figure("<br>".join(textwrap.wrap(reason, 40)), lang)
    view, _ = resolve_map(avail, state, lang)
    years = explorer.indicator_years(engine, view["indicator"], view["subject"])
    if not years:
        return empty_figure(t("notice.no_data", lang), lang)
    try:
        frame = explorer.trend_series(
            engine, view["indicator"], "region_code", [view["region"]],
            {split: view[split] for split in ("area", "sex", "management")}, (min(years), max(years)),
            grade=view["grade"] or None, subject=view["subject"])
    except IndicatorUnavailable as refusal:
        return empty_figure("<br>".join(textwrap.wrap(refusal.plain(lang), 40)), lang)
    number_format, _ = value_format(view["indicator"], lang)
    return region_profile(frame, region=view["region"], year=view.get("year") or max(years), lang=lang,
                          y_title=explorer.unit_label(view["indicator"], lang), value_format=f",{number_format}")


def maps_view(data: Dataset, state: MapsState, shapes: str = REGIONS_URL) -> MapView:
    """The maps page's figure, title and hints for a view state, and every year and region behind it (the CSV)."""
    shown = map_view_of(engine_for(data), data.tables, state.values(), state.lang, state.present, shapes=shapes)
    drawn = state.but(**{k: shown.view[k] for k in FILTERS if k in shown.view}, region="")
    shown.subtitle = subtitle(drawn, data, state.lang)
    shown.provenance = indicator_provenance(data, state.indicator, state.lang, state.but(region="").query())
    shown.csv = {"map": map_table(shown.panels, state.lang)}
    shown.synthetic = data.is_demo
    return shown


def profile_view(data: Dataset, state: MapsState) -> ProfileView:
    """The profiled region's trend against the national line, or a hint to pick a region."""
    lang = state.lang
    if not state.region:
        hint = "<br>".join(textwrap.wrap(t("maps.click_hint", lang), 40))
        return ProfileView({"profile": empty_figure(hint, lang)}, t("maps.profile", lang), synthetic=data.is_demo)
    figure = region_profile_of(engine_for(data), data.tables, state.values(), lang)
    name = region_name(state.region)
    return ProfileView({"profile": figure}, t("maps.profile_title", lang, region=name), synthetic=data.is_demo,
                       link=trends_link(state, state.region), link_text=t("maps.profile_link", lang, region=name))


def trends_link(state: MapsState, region: str) -> str:
    """The trends page comparing `region` with the nation, for the same indicator and filters."""
    return "/trends" + TrendsState(
        lang=state.lang, present=state.present, data=state.data, indicator=state.indicator, compare="region_code",
        regions=(region,), sex=state.sex, management=state.management, area=state.area, grade=state.grade,
        subject=state.subject).query()


def map_years(data: Dataset, state: MapsState) -> list[int]:
    """The years the indicator has: the year slider's stops before the map is drawn."""
    return explorer.indicator_years(engine_for(data), state.indicator, state.subject)


def opening_year(data: Dataset, state: MapsState) -> int | None:
    """The year the map opens on: the one asked for when the indicator has it, else the nearest."""
    return nearest_year(map_years(data, state), state.year)


def unmappable(tables: Mapping[str, pd.DataFrame], lang: str) -> dict[str, str]:
    """Indicators that have no values by region with these tables, and why (their options are disabled)."""
    reasons = {}
    for indicator in INDICATOR_IDS:
        avail = explorer.availability(tables, indicator, lang)
        if "region_code" not in avail.allowed:
            reasons[indicator] = avail.reasons.get("region_code", "")
    return reasons
