"""The cohort page: a reconstructed cohort of 1,000 pupils through primary, its big numbers, flags and rates."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from dashboard import explorer, viewstate
from dashboard.contract import Dataset
from dashboard.engines import engine_for
from dashboard.figures.cohort import cohort_flow_figure, cohort_table, flag_sentences, headline_numbers, rates_table
from dashboard.figures.theme import empty_figure
from dashboard.i18n import number, t
from dashboard.indicators.catalogue import indicator_text
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.regions import REGION_CODES, region_name
from dashboard.views.maps import nearest_year
from dashboard.views.trends import FIRST_YEAR, LAST_YEAR
from dashboard.views.view import View, synthetic_note
from dashboard.vocabulary import AREAS, SEXES

CAPS = (0, 1, 2, 3, 4, 5)
NO_CAP = -1  # the cap dropdown's value for "no cap" (None would read as "nothing chosen")


@dataclass(frozen=True)
class CohortState(viewstate.PageState):
    year: int | None = None  # None: the latest year with a cohort
    region: str = ""
    area: str = ""
    sex: str = ""
    cap: int | None = None  # at most this many repetitions per pupil (None: no cap)

    PARAMS = (
        viewstate.Param("year", None, viewstate.int_in(FIRST_YEAR, LAST_YEAR)),
        viewstate.Param("region", "", viewstate.choice(REGION_CODES)),
        viewstate.Param("area", "", viewstate.choice(AREAS)),
        viewstate.Param("sex", "", viewstate.choice(SEXES)),
        viewstate.Param("cap", None, viewstate.int_in(min(CAPS), max(CAPS))),
    )

    @classmethod
    def from_controls(cls, raw: Mapping[str, object], context: Mapping[str, object]) -> CohortState:
        cap = raw["cap"]
        return cls(**cls.shared(context),
                   year=raw["year"], region=raw["region"] or "", area=raw["area"] or "", sex=raw["sex"] or "",
                   cap=None if cap in (None, NO_CAP) else int(cap))


@dataclass
class CohortView(View):
    numbers: list[dict] = field(default_factory=list)  # the big numbers: label, value, unit, note
    flags: list[str] = field(default_factory=list)  # quality flags in words
    rates: pd.DataFrame | None = None  # flow rates by grade, written in the reader's language


def cohort_years(data: Dataset) -> tuple[int, ...]:
    """Years t with a cohort: primary enrolment of t and t+1 loaded."""
    return explorer.indicator_years(engine_for(data), "survival_rate_grade5")


def opening_year(data: Dataset, state: CohortState) -> int | None:
    return nearest_year(cohort_years(data), state.year)


def group_words(state: CohortState, lang: str) -> str:
    """Who the cohort is: 'Puno, rural, mujeres' or 'todo el país'."""
    parts = [region_name(state.region) if state.region else t("indicator.cohort.whole_country", lang)]
    parts += [t(f"{split}.{getattr(state, split)}", lang).lower() for split in ("area", "sex") if getattr(state, split)]
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def cohort_view(data: Dataset, state: CohortState) -> CohortView:
    """The flow of the chosen cohort, its numbers, flags and rates; no cohort is a figure that says why."""
    lang, year = state.lang, state.year
    cap = t("indicator.cohort.no_cap", lang) if state.cap is None else state.cap
    heading = {"title": t("cohort.title", lang, year=year or ""), "synthetic": data.is_demo,
               "subtitle": t("cohort.subtitle", lang, group=group_words(state, lang), year=year or "",
                             next_year=int(year or 0) + 1, cap=t("indicator.cohort.cap", lang, cap=cap))}
    try:
        if year is None:  # no two consecutive years of primary enrolment are loaded
            raise IndicatorUnavailable("table_missing", number="13", indicator="survival_rate_grade5",
                                       table="enrolment")
        filters = {key: getattr(state, key) for key in ("area", "sex") if getattr(state, key)}
        if state.region:
            filters["region_code"] = state.region
        result = engine_for(data).cohort(int(year), filters=filters or None, max_repetitions=state.cap)
    except IndicatorUnavailable as refusal:
        figure = empty_figure(refusal.plain(lang), lang, state.present)
        return CohortView({"cohort": figure}, hints=[refusal.plain(lang)], **heading)
    numbers, flags = headline_numbers(result, lang), flag_sentences(result, lang)
    hints = ([t("cohort.unfinished", lang, pupils=number(result.unfinished, lang, 1))]
             if result.unfinished and result.unfinished >= 0.05 else [])
    about = synthetic_note(data, lang, {
        t("download.definition", lang): indicator_text("survival_rate_grade5", "definition", lang),
        t("cohort.group", lang): group_words(state, lang),
        **{item["label"]: f"{item['value']} {item['unit']}".strip() for item in numbers},
        t("indicator.cohort.flags", lang): "; ".join(flags) or t("indicator.cohort.no_flags", lang),
        t("download.source", lang): t("footer.source", lang),
        t("download.view", lang): state.query(),
    })
    return CohortView({"cohort": cohort_flow_figure(result, lang=lang, present=state.present)}, hints=hints,
                      provenance=about, csv={"cohort": cohort_table(result)}, numbers=numbers, flags=flags,
                      rates=rates_table(result, lang), **heading)
