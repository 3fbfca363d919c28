"""The trends page: any EFA indicator over the years, national or compared across regions, areas, sexes, management."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dashboard import explorer, viewstate
from dashboard.contract import Dataset
from dashboard.engines import engine_for
from dashboard.figures.theme import empty_figure
from dashboard.figures.trends import trend_chart
from dashboard.i18n import t
from dashboard.indicators.catalogue import INDICATOR_IDS, indicator_text
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.regions import REGION_CODES
from dashboard.views.selection import subtitle
from dashboard.views.view import View, indicator_provenance
from dashboard.vocabulary import AREAS, MANAGEMENTS, PRIMARY_GRADES, SEXES, SUBJECTS

FIRST_YEAR, LAST_YEAR = 1990, 2100
DEFAULT_REGIONS = ("06", "09", "15", "21")  # Cajamarca, Huancavelica, Lima, Puno: the range of Peru's regions
CENSUS_TABLES = ("population", "enrolment")


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
                   since=int(raw["since"]) if raw["since_on"] and raw["since"] is not None else None)


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
    if avail.missing:
        message = t("notice.table_missing", lang, tables=", ".join(avail.missing))
        return _refused(message, name, state, about, data)
    view, hints = explorer.resolve_trends(avail, state.values(), lang)
    try:
        frame = explorer.trend_series(
            engine_for(data), indicator, view["compare"], view["regions"],
            {"area": view["area"], "sex": view["sex"], "management": view["management"]}, years,
            grade=view["grade"] or None, subject=view["subject"])
    except IndicatorUnavailable as refusal:
        return _refused(refusal.plain(lang), name, state, about, data)
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
    drawn = state.but(**{k: view[k] for k in ("compare", "area", "sex", "management", "grade")})
    words = subtitle(drawn, data, lang, years=years if since is not None else None)
    unit = explorer.unit_label(indicator, lang, change=since is not None)
    figure = trend_chart(frame, title="", y_title=unit if since is None else t("trends.axis_change", lang, unit=unit),
                         lang=lang, present=present, years=years,
                         value_format=".3f" if unit == t("unit.index", lang) else ",.1f",
                         reference_line=0.0 if since is not None else None)
    columns = ["series", "series_name", "year", "value", "numerator", "denominator", "flag"]
    columns += [c for c in ("change_since", "since_year") if c in table]
    return View({"trends": figure}, title, words, hints=hints, provenance=about, csv={"trends": table[columns]},
                synthetic=data.is_demo)


def _refused(message: str, title: str, state: TrendsState, about: dict[str, str], data: Dataset) -> View:
    return View({"trends": empty_figure(message, state.lang, state.present)}, title,
                subtitle(state, data, state.lang), hints=[message],
                provenance=about, synthetic=data.is_demo)
