"""The coaching page: the appraisal's analysis for the chosen universe, as figures, the paper's tables and a verdict.

Each universe is drawn from the dataset's school grid (dashboard.engines.school_grid, built once per worker), so
a choice never made before takes a few tens of milliseconds at national scale. The view stays pure: whoever calls
it may pass `memo`, which is asked for each result by a key naming the data version and the parameters.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard import viewstate
from dashboard.contract import Dataset
from dashboard.engines import school_grid
from dashboard.figures.coaching import before_after_chart, distribution_chart, regional_gain_bars, regional_gain_map
from dashboard.figures.theme import empty_figure
from dashboard.i18n import t
from dashboard.regions import REGION_CODES, region_name
from dashboard.stats.tables import coaching_tables
from dashboard.views.selection import origin_words
from dashboard.views.view import View, synthetic_note
from dashboard.vocabulary import POVERTY_QUINTILES, SCHOOL_TYPES, SUBJECTS, TEACHING_LANGUAGES

MEASURES = ("mean_score", "pct_proficient")
UNIT = {"mean_score": ("stats.unit.points", 1.0), "pct_proficient": ("stats.unit.percentage_points", 100.0)}
FIGURES = ("before_after", "distribution", "regional_bars", "regional_map")
Memo = Callable[[str, Callable[[], object]], object]


def score_bound(raw: str) -> float | None:
    """A score cut-off typed in the address: a plain number between 0 and 2000."""
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if 0 <= value <= 2000 else None


PARTS = ("impact",)  # besides the appraisal (''), the part of the page a presenter can put on screen


@dataclass(frozen=True)
class CoachingState(viewstate.PageState):
    subject: str = "reading"
    measure: str = "mean_score"
    baseline: int = 2010
    endline: int = 2013
    region: str = ""
    quintiles: tuple[int, ...] = (1, 2, 3)
    school_type: str = ""
    language: str = ""  # language of instruction ('' = the subject's own rule)
    floor: float | None = None  # None = the subject's plausible-score rule
    ceiling: float | None = None
    min_schools: int = 10  # regions with fewer coached or comparison schools are not shown
    part: str = ""  # presenting: '' shows the appraisal's analysis, 'impact' the impact estimate, one screen each

    PARAMS = (
        viewstate.Param("subject", "reading", viewstate.choice(SUBJECTS)),
        viewstate.Param("measure", "mean_score", viewstate.choice(MEASURES)),
        viewstate.Param("baseline", 2010, viewstate.int_in(2000, 2100)),
        viewstate.Param("endline", 2013, viewstate.int_in(2000, 2100)),
        viewstate.Param("region", "", viewstate.choice(REGION_CODES)),
        viewstate.Param("quintiles", (1, 2, 3), viewstate.int_list(POVERTY_QUINTILES), viewstate.write_ints),
        viewstate.Param("school_type", "", viewstate.choice(SCHOOL_TYPES)),
        viewstate.Param("language", "", viewstate.choice(TEACHING_LANGUAGES)),
        viewstate.Param("floor", None, score_bound, lambda v: f"{v:g}"),
        viewstate.Param("ceiling", None, score_bound, lambda v: f"{v:g}"),
        viewstate.Param("min_schools", 10, viewstate.int_in(3, 500)),
        viewstate.Param("part", "", viewstate.choice(PARTS)),
    )

    @classmethod
    def from_controls(cls, raw: Mapping[str, object], context: Mapping[str, object]) -> CoachingState:
        def bound(value: object) -> float | None:
            return float(value) if value not in (None, "") else None

        return cls(**cls.shared(context), subject=raw["subject"], measure=raw["measure"], baseline=int(raw["baseline"]),
                   endline=int(raw["endline"]), region=raw["region"] or "",
                   quintiles=tuple(sorted(raw["quintiles"] or ())), school_type=raw["school_type"] or "",
                   language=raw["language"] or "", floor=bound(raw["floor"]), ceiling=bound(raw["ceiling"]),
                   min_schools=max(3, int(raw["min_schools"] or 10)), part=context.get("part", ""))

    def analysis_params(self):
        """The analysis parameters the view asks for (None: the subject's default)."""
        from dashboard.stats import CoachingParams

        return CoachingParams(
            subject=self.subject, measure=self.measure, baseline=self.baseline, endline=self.endline,
            poverty_quintiles=self.quintiles, region_code=self.region or None,
            school_type=self.school_type or None, language=self.language or None,
            score_floor=self.floor, score_ceiling=self.ceiling,
        )


@dataclass
class CoachingView(View):
    verdict: str = ""
    verdict_statistics: str = ""  # the tests behind the verdict, shown smaller under it
    error: str = ""  # why there is no analysis, in words ('' when there is one)
    regional_note: str = ""


def computed(_key: str, compute: Callable[[], object]) -> object:
    """The memo of a caller that keeps nothing: compute every time."""
    return compute()


def memo_key(data: Dataset, kind: str, params, extra: object = None) -> str:
    """The key of one result: the data version, which result, and every parameter it depends on."""
    text = json.dumps([data.fingerprint, kind, params.to_dict(), extra], sort_keys=True, default=str)
    return "coaching:" + hashlib.sha256(text.encode()).hexdigest()[:32]


def appraisal(data: Dataset, params, memo: Memo = computed):
    """The paper's analysis for `params` (universe, ANOVA, checks, verdict): the page's first section draws it and
    the impact section sets its ANOVA beside the event study, so both ask `memo` for it under one key."""
    from dashboard.stats import universe_impact

    return memo(memo_key(data, "appraisal", params), lambda: universe_impact(school_grid(data).universe(params)))


def missing_tables(data: Dataset, lang: str | None) -> str:
    """Why the page's analyses cannot run on this data, in words: no ECE school panel or no coaching roster."""
    missing = [name for name in ("assessment", "coaching") if not data.has(name)]
    return t("notice.table_missing", lang, tables=", ".join(missing)) if missing else ""


def coaching_view(data: Dataset, state: CoachingState, memo: Memo = computed) -> CoachingView:
    """Every figure and table of the coaching page, or the reason it cannot be drawn."""
    from dashboard.stats import CoachingAnalysisError, every_region, regional_gains
    from dashboard.stats.verdict import verdict_parts

    lang, present = state.lang, state.present
    words = {"regional_note": t("coaching.regional_note", lang, min=state.min_schools), "synthetic": data.is_demo,
             "provenance": _about(data, state), "title": t("coaching.title", lang),
             "subtitle": coaching_selection(data, state)}
    if missing := missing_tables(data, lang):
        return _failed(missing, state, words)
    try:
        params = state.analysis_params()
        result = appraisal(data, params, memo)
        regional = memo(memo_key(data, "regions", params, state.min_schools),
                        lambda: regional_gains(school_grid(data).universe(every_region(params)), state.min_schools))
    except CoachingAnalysisError as error:
        return _failed(error.message(lang), state, words)
    unit_key, scale = UNIT[params.measure]
    unit = t(unit_key, lang)
    axis = t("stats.measure.pct_proficient", lang) + " (%)" if scale == 100 else t("stats.measure.mean_score", lang)
    descriptives = pd.DataFrame([d.__dict__ for d in result.descriptives])
    years = (params.baseline, params.endline)
    figures = {
        "before_after": before_after_chart(descriptives, scale=scale, unit=axis, lang=lang, present=present),
        "distribution": distribution_chart(result.universe.scores, years=years, scale=scale, unit=axis, lang=lang,
                                           present=present),
        "regional_bars": regional_gain_bars(regional, unit=unit, lang=lang, present=present),
        "regional_map": regional_gain_map(regional, unit=unit, lang=lang, present=present),
    }
    csv = {"before_after": descriptives,
           "regional_bars": regional.assign(region_name=[region_name(c) for c in regional["region_code"]])}
    verdict, statistics = verdict_parts(result.verdict, lang)
    return CoachingView(figures, tables=coaching_tables(result, lang), csv=csv, verdict=verdict,
                        verdict_statistics=statistics, **words)


def coaching_selection(data: Dataset, state: CoachingState) -> str:
    """What the comparison covers, in words: region, subject, years, school type, then the data's origin."""
    lang = state.lang
    parts = [region_name(state.region) if state.region else t("cohort.region_national", lang),
             t(f"stats.subject.{state.subject}", lang).capitalize(), f"{state.baseline}–{state.endline}"]
    if state.school_type:
        parts.append(t(f"stats.value.{state.school_type}", lang))
    return " · ".join([*parts, origin_words(data, lang)])


def _about(data: Dataset, state: CoachingState) -> dict[str, str]:
    lang = state.lang
    return synthetic_note(data, lang, {
        t("download.source", lang): t("source.assessment", lang) + "; " + t("source.coaching", lang),
        t("download.view", lang): state.query()})


def _failed(message: str, state: CoachingState, words: dict) -> CoachingView:
    empty = empty_figure(message, state.lang, state.present)
    return CoachingView(dict.fromkeys(FIGURES, empty), error=message, **words)
