"""The impact estimate in words and numbers: which estimate to trust and why, its JSON form and a text report."""
from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass

import pandas as pd

from dashboard.i18n import number, t
from dashboard.regions import REGION_NAMES
from dashboard.stats.analysis import CoachingImpact, _plain, coaching_impact
from dashboard.stats.impact import MIN_SCHOOLS, Estimate, ImpactEstimate, cost_effectiveness, impact_estimate
from dashboard.stats.params import CoachingAnalysisError, CoachingParams
from dashboard.stats.tables import StatTable, as_text
from dashboard.stats.universe import SchoolGrid
from dashboard.stats.verdict import _p, _signed


def run_impact_analysis(dataset, params: CoachingParams, min_schools: int = MIN_SCHOOLS,
                        appraisal: Callable[[], CoachingImpact] | None = None, grid: SchoolGrid | None = None
                        ) -> tuple[ImpactEstimate, CoachingImpact | None, ImpactVerdict, CoachingAnalysisError | None]:
    """The impact estimate and the appraisal's ANOVA on the same window, from a loaded `Dataset`, and the verdict.

    `appraisal` gives the paper's analysis for `params` (the page passes the one it has drawn already); by default
    it is computed from the tables. `grid` is the tables laid out per school, when the caller keeps one. The ANOVA
    may be impossible where the impact estimate is not (a group too small for Box's M, say): then it is None and
    the last item says why (in any language: nothing here depends on the reader's, so one result serves every
    language).
    """
    assessment = dataset.table("assessment")
    coaching = dataset.table("coaching")
    program_regions = dataset.table("program_regions") if dataset.has("program_regions") else None
    result = impact_estimate(assessment, coaching, params, program_regions, min_schools, grid)
    try:
        anova, refusal = (appraisal or (lambda: coaching_impact(assessment, coaching, params)))(), None
    except CoachingAnalysisError as error:
        anova, refusal = None, error
    verdict = impact_verdict(result, anova, params.alpha)
    trusted = {"did_without_baseline": result.did_without_baseline,
               "matched": result.matching.estimate}.get(verdict.trusted)
    if trusted is not None and result.cost is not None:
        # The cost per point divides the estimate the verdict trusts, not one it warns against.
        result = dataclasses.replace(result, cost=cost_effectiveness(
            program_regions, result.panel, trusted, result.heterogeneity, verdict.trusted))
    return result, anova, verdict, refusal


@dataclass(frozen=True)
class ImpactVerdict:
    """Which estimate a reader should trust ("did", "matched" or "none") and the findings behind that choice."""

    trusted: str  # did, did_without_baseline, matched or none
    pretrends: str  # parallel, dip (they differ only in the year before the window), differ or untestable
    matched_pretrends_parallel: bool | None
    anova_effect: float | None  # the appraisal's interaction, coached gain minus comparison gain
    anova_agrees: bool | None  # the ANOVA's effect lies inside the event study's CI for the window's last year
    baseline_difference_p: float | None
    alpha: float


def impact_verdict(result: ImpactEstimate, anova: CoachingImpact | None, alpha: float = 0.05) -> ImpactVerdict:
    """Trust the fixed-effects DiD when the pre-coaching trends are parallel; when they differ only in the year
    before the window (a dip: schools chosen after a bad year), the DiD without that year; else the matched
    comparison when its own trends are parallel; else none. The ANOVA is set beside the event study's last year,
    which measures the same change (baseline to endline)."""
    study = result.event_study
    p = study.pretrend_p
    pretrends = "untestable" if p is None else ("parallel" if p >= alpha else "differ")
    if pretrends == "differ" and study.pre_equal_p is not None and study.pre_equal_p >= alpha:
        pretrends = "dip"
    matched_p = result.matching.pretrend_p
    matched_parallel = None if matched_p is None else matched_p >= alpha
    if pretrends in ("parallel", "untestable"):
        trusted = "did"
    elif pretrends == "dip" and result.did_without_baseline is not None:
        trusted = "did_without_baseline"
    elif matched_parallel:
        trusted = "matched"
    else:
        trusted = "none"
    last = _last_year(result)
    anova_effect = None if anova is None else anova.verdict.effect
    agrees = None if anova is None else bool(last["ci_low"] <= anova_effect <= last["ci_high"])
    return ImpactVerdict(
        trusted=trusted, pretrends=pretrends, matched_pretrends_parallel=matched_parallel,
        anova_effect=anova_effect, anova_agrees=agrees,
        baseline_difference_p=None if anova is None else anova.verdict.baseline_difference_p, alpha=alpha,
    )


def _last_year(result: ImpactEstimate) -> pd.Series:
    rows = result.event_study.rows
    return rows.loc[rows["year"] == result.panel.end].iloc[0]


def _n(value: float, lang: str | None, decimals: int = 1) -> str:
    return number(value, lang, decimals)


def _interval(estimate: Estimate | pd.Series, lang: str | None) -> dict[str, str]:
    get = estimate.get if isinstance(estimate, pd.Series) else lambda name: getattr(estimate, name)
    return {"effect": _signed(get("estimate"), lang), "low": _n(get("ci_low"), lang), "high": _n(get("ci_high"), lang)}


def render_impact_verdict(result: ImpactEstimate, verdict: ImpactVerdict, lang: str | None = "es",
                          anova_error: str = "") -> str:
    """The verdict paragraph: DiD, the ANOVA beside the event study, pre-trends, baseline gap, matching, trust, cost."""
    params, panel = result.panel.params, result.panel
    unit = t(f"stats.unit.{result.unit}", lang)
    coached = int(panel.schools["treated"].sum())
    sentences = [t("impact.verdict.did", lang, first=panel.years[0], start=panel.start, end=panel.end, unit=unit,
                   measure=t(f"stats.measure.{params.measure}", lang),
                   subject=t(f"stats.subject.{params.subject}", lang),
                   coached=number(coached, lang, 0), comparison=number(len(panel.schools) - coached, lang, 0),
                   **_interval(result.did, lang))]
    last = _last_year(result)
    if verdict.anova_effect is None:
        sentences.append(t("impact.verdict.no_anova", lang, reason=anova_error))
    else:
        agreement = t("impact.verdict.agree" if verdict.anova_agrees else "impact.verdict.disagree", lang)
        sentences.append(t("impact.verdict.endline", lang, baseline=params.baseline, end=panel.end, unit=unit,
                           anova=_signed(verdict.anova_effect, lang), last=_signed(last["estimate"], lang),
                           low=_n(last["ci_low"], lang), high=_n(last["ci_high"], lang), agreement=agreement))
    study = result.event_study
    if verdict.pretrends == "untestable":
        sentences.append(t("impact.verdict.pretrend_untestable", lang, baseline=params.baseline))
    else:
        sentences.append(t(f"impact.verdict.pretrends_{verdict.pretrends}", lang, df=study.pretrend_df,
                           p=_p(study.pretrend_p, lang), baseline=params.baseline,
                           equal_p="" if study.pre_equal_p is None else _p(study.pre_equal_p, lang)))
    if verdict.baseline_difference_p is not None and verdict.baseline_difference_p < verdict.alpha:
        sentences.append(t("impact.verdict.baseline_gap", lang, baseline=params.baseline,
                           p=_p(verdict.baseline_difference_p, lang)))
    matching = result.matching
    if matching.estimate is not None:
        balance = matching.balance
        sentences.append(t("impact.verdict.matched", lang, matched=number(matching.coached_matched, lang, 0),
                           coached=number(matching.coached, lang, 0), unit=unit,
                           before=_n(balance["smd_before"].abs().max(), lang, 2),
                           after=_n(balance["smd_after"].abs().max(), lang, 2), **_interval(matching.estimate, lang)))
    if verdict.trusted == "matched":
        sentences.append(t("impact.verdict.trust_matched", lang, p=_p(matching.pretrend_p, lang)))
    elif verdict.trusted == "did_without_baseline":
        sentences.append(t("impact.verdict.trust_did_without_baseline", lang, baseline=params.baseline, unit=unit,
                           **_interval(result.did_without_baseline, lang)))
    else:
        sentences.append(t(f"impact.verdict.trust_{verdict.trusted}", lang))
    sentences.append(_cost_sentence(result, lang, unit))
    return " ".join(sentences)


def _cost_sentence(result: ImpactEstimate, lang: str | None, unit: str) -> str:
    if result.cost is None:
        return t("impact.verdict.no_cost", lang)
    national = result.cost.rows.set_index("region_code").loc["national"]
    return t("impact.verdict.cost", lang, cost=_n(national["cost_per_student"], lang, 0), unit=unit,
             years=", ".join(map(str, result.cost.cost_years)), points=_n(national["points_per_1000"], lang),
             low=_n(national["points_per_1000_low"], lang), high=_n(national["points_per_1000_high"], lang))


def impact_notes(result: ImpactEstimate, anova: CoachingImpact | None, lang: str | None = "es") -> list[str]:
    """What the data cover and leave out, in plain words, with the demo's or user's numbers beside the paper's."""
    panel, notes = result.panel, []
    coached = int(panel.schools["treated"].sum())
    by_region = result.did_by_region_clusters
    if by_region is None:
        notes.append(t("impact.note.window_one_region", lang, end=panel.end))
    else:
        notes.append(t("impact.note.window", lang, end=panel.end, regions=by_region.clusters,
                       low=_n(by_region.ci_low, lang), high=_n(by_region.ci_high, lang)))
    if panel.coached_before:
        notes.append(t("impact.note.coached_before", lang, count=number(panel.coached_before, lang, 0),
                       coached=number(coached, lang, 0), start=panel.start))
    cost = result.cost
    if cost is not None:
        if cost.window_years_without_cost:
            notes.append(t("impact.note.cost_years", lang, missing=", ".join(map(str, cost.window_years_without_cost)),
                           used=", ".join(map(str, cost.cost_years))))
        if cost.regions_without_cost:
            names = ", ".join(REGION_NAMES.get(code, code) for code in cost.regions_without_cost)
            notes.append(t("impact.note.cost_regions", lang, regions=names))
        notes.append(t("impact.note.cost_scope", lang))
        if cost.national_estimate != "did":
            notes.append(t("impact.note.cost_estimate", lang,
                           estimate=t(f"impact.estimate.{cost.national_estimate}", lang,
                                      baseline=panel.params.baseline)))
    if anova is not None and panel.params.measure == "mean_score" and panel.params.subject == "reading":
        means = {(d.year, d.group): d for d in anova.descriptives}
        base, end = panel.params.baseline, panel.end
        notes.append(t("impact.note.paper", lang, c0=_n(means[(base, "coached")].mean, lang),
                       c1=_n(means[(end, "coached")].mean, lang), nc=number(means[(base, "coached")].n, lang, 0),
                       n0=_n(means[(base, "comparison")].mean, lang), n1=_n(means[(end, "comparison")].mean, lang),
                       nn=number(means[(base, "comparison")].n, lang, 0), anova=_n(anova.verdict.effect, lang)))
    return notes


def impact_to_dict(result: ImpactEstimate, anova: CoachingImpact | None, verdict: ImpactVerdict,
                   lang: str | None = "es", anova_error: str = "") -> dict[str, object]:
    """Plain JSON values under the keys the `impact` command documents (NaN and infinities become None)."""
    panel, cost, study = result.panel, result.cost, result.event_study
    return _json({
        "params": {**panel.params.to_dict(), "start": panel.start, "end": panel.end, "min_schools": result.min_schools},
        "unit": result.unit,
        "panel": {"years": list(panel.years), "coached": int(panel.schools["treated"].sum()),
                  "comparison": int((~panel.schools["treated"]).sum()), "coached_before_start": panel.coached_before,
                  "exclusions": dict(panel.exclusions)},
        "did": asdict(result.did),
        "did_region_clusters": None if result.did_by_region_clusters is None
        else asdict(result.did_by_region_clusters),
        "did_without_baseline": None if result.did_without_baseline is None else asdict(result.did_without_baseline),
        "event_study": {"coefficients": study.rows.to_dict("records"),
                        "pretrend_test": {"chi2": study.pretrend_chi2, "df": study.pretrend_df, "p": study.pretrend_p},
                        "pre_equal_p": study.pre_equal_p},
        "matching": {"coached": result.matching.coached, "coached_matched": result.matching.coached_matched,
                     "comparison_used": result.matching.comparison_used,
                     "estimate": None if result.matching.estimate is None else asdict(result.matching.estimate),
                     "pretrend_p": result.matching.pretrend_p,
                     "balance": result.matching.balance.to_dict("records")},
        "heterogeneity": result.heterogeneity.to_dict("records"),
        "cost_effectiveness": None if cost is None else {
            "rows": cost.rows.to_dict("records"), "cost_years": list(cost.cost_years),
            "window_years_without_cost": list(cost.window_years_without_cost),
            "regions_without_cost": list(cost.regions_without_cost), "national_estimate": cost.national_estimate},
        "paper_anova": None if anova is None else {
            "effect": anova.verdict.effect, "interaction_p": anova.verdict.interaction_p,
            "baseline_difference_p": anova.verdict.baseline_difference_p,
            "coached": anova.universe.size("coached"), "comparison": anova.universe.size("comparison")},
        "verdict": {**asdict(verdict), "text": render_impact_verdict(result, verdict, lang, anova_error),
                    "notes": impact_notes(result, anova, lang)},
    })


def _json(value: object) -> object:
    """Dicts and lists of JSON-ready values all the way down (numpy numbers as Python ones, NaN as None)."""
    if isinstance(value, dict):
        return {str(key): _json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json(item) for item in value]
    return _plain(value)


def _row(label: str, estimate: Estimate | None, lang: str | None) -> list[str]:
    if estimate is None:
        return [label, "", "", "", ""]
    return [label, _n(estimate.estimate, lang, 2), _n(estimate.se, lang, 2),
            f"{_n(estimate.ci_low, lang, 2)} – {_n(estimate.ci_high, lang, 2)}", _p(estimate.p, lang)]


def level_label(dimension: str, level: str, lang: str | None) -> str:
    """A group's level in words: "05 Ayacucho", "Quintil 1", "rural"."""
    if dimension == "region_code":
        return f"{level} {REGION_NAMES.get(level, '')}".strip()
    if dimension == "poverty_quintile":
        return t("impact.quintile", lang, level=level)
    return t(f"stats.value.{level}", lang)


def _table(title: str, headers: list[str], rows: list[list[str]], labels: int = 1) -> str:
    """One block of the text report, laid out like the coaching tables."""
    return as_text(StatTable(title, headers, rows, labels))


def render_impact_text(result: ImpactEstimate, anova: CoachingImpact | None, verdict: ImpactVerdict,
                       lang: str | None = "es", anova_error: str = "") -> str:
    """The command's text report: estimates, event study, balance, heterogeneity, cost, verdict and notes."""
    c = lambda key: t(f"impact.column.{key}", lang)  # noqa: E731 - a short alias keeps the headers readable
    panel = result.panel
    blocks = [t("impact.title", lang)]
    blocks.append(_table(t("impact.table.exclusions", lang), [c("rule"), c("removed")],
                         [[t(f"impact.exclusion.{rule}", lang), number(count, lang, 0)]
                          for rule, count in panel.exclusions]))
    estimates = [_row(t("impact.row.did_school", lang), result.did, lang),
                 _row(t("impact.row.did_region", lang), result.did_by_region_clusters, lang),
                 _row(t("impact.row.did_without_baseline", lang, baseline=panel.params.baseline),
                      result.did_without_baseline, lang),
                 _row(t("impact.row.matched", lang), result.matching.estimate, lang)]
    if anova is not None:
        estimates.append([t("impact.row.anova", lang, baseline=panel.params.baseline, end=panel.end),
                          _n(anova.verdict.effect, lang, 2), "", "", _p(anova.verdict.interaction_p, lang)])
    blocks.append(_table(t("impact.table.did", lang), ["", c("estimate"), c("se"), c("ci"), c("p")], estimates))
    study = result.event_study
    blocks.append(_table(t("impact.table.event_study", lang), [c("year"), c("relative_year"), c("estimate"), c("se"),
                                                                c("ci")],
                         [[str(r["year"]), str(r["relative_year"]), _n(r["estimate"], lang, 2), _n(r["se"], lang, 2),
                           "" if math.isnan(r["ci_low"]) else _span(r["ci_low"], r["ci_high"], lang, 2)]
                          for r in study.rows.to_dict("records")], labels=2))
    balance = result.matching.balance
    blocks.append(_table(t("impact.table.balance", lang), [c("variable"), c("smd_before"), c("smd_after")],
                         [[balance_label(r["variable"], r["level"], lang), _n(r["smd_before"], lang, 3),
                           _n(r["smd_after"], lang, 3)] for r in balance.to_dict("records")]))
    blocks.append(_table(t("impact.table.heterogeneity", lang), [c("group"), c("coached"), c("comparison"),
                                                                 c("estimate"), c("ci")],
                         [[level_label(r["dimension"], r["level"], lang), number(r["coached_schools"], lang, 0),
                           number(r["comparison_schools"], lang, 0), _n(r["estimate"], lang, 2),
                           t("impact.status.too_few", lang, min=result.min_schools) if r["status"] != "ok"
                           else f"{_n(r['ci_low'], lang, 2)} – {_n(r['ci_high'], lang, 2)}"]
                          for r in result.heterogeneity.to_dict("records")]))
    if result.cost is not None:
        blocks.append(_table(t("impact.table.cost", lang), [c("region"), c("cost_per_student"), c("points_per_1000"),
                                                            c("ci")],
                             [[t("impact.national", lang) if r["region_code"] == "national"
                               else level_label("region_code", r["region_code"], lang),
                               _n(r["cost_per_student"], lang, 0), _n(r["points_per_1000"], lang, 1),
                               t(f"impact.status.{r['status']}", lang, min=result.min_schools) if r["status"] != "ok"
                               else _span(r["points_per_1000_low"], r["points_per_1000_high"], lang, 1)]
                              for r in result.cost.rows.to_dict("records")]))
    blocks.append(render_impact_verdict(result, verdict, lang, anova_error))
    blocks.extend(impact_notes(result, anova, lang))
    return "\n\n".join(blocks) + "\n"


def _span(low: float, high: float, lang: str | None, decimals: int) -> str:
    return f"{_n(low, lang, decimals)} – {_n(high, lang, decimals)}"


def balance_label(variable: str, level: str, lang: str | None) -> str:
    """A balance row in words: "Puntaje previo" or "Área: rural"."""
    if variable == "baseline_score":
        return t("impact.variable.baseline_score", lang)
    return f"{t(f'impact.dimension.{variable}', lang)}: {level_label(variable, level, lang)}"
