"""The coaching impact analysis end to end: universe, descriptives, mixed ANOVA, simple effects, checks, verdict."""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.regions import REGION_CODES
from dashboard.stats.anova import (
    YEAR_COLUMNS,
    GroupAtYear,
    MixedAnova,
    TimeWithinGroup,
    group_at_years,
    mixed_anova,
    time_within_groups,
)
from dashboard.stats.assumptions import AssumptionChecks, assumption_checks
from dashboard.stats.effect_sizes import EffectSizes, effect_sizes
from dashboard.stats.params import GROUPS, MIN_GROUP_SIZE, CoachingAnalysisError, CoachingParams
from dashboard.stats.universe import Universe, analysis_universe
from dashboard.stats.verdict import UNIT_SCALE, Verdict, coaching_verdict


@dataclass(frozen=True)
class Descriptive:
    """One line of SPSS's 'Descriptive Statistics' (Tables 7, 11, 13); group is comparison, coached or total."""

    year: int
    group: str
    mean: float
    sd: float
    n: int


@dataclass(frozen=True, eq=False)
class CoachingImpact:
    """Every result of one coaching analysis; `to_dict()` is its JSON form."""

    universe: Universe
    descriptives: tuple[Descriptive, ...]
    anova: MixedAnova
    time_within_groups: tuple[TimeWithinGroup, ...]
    group_at_years: tuple[GroupAtYear, ...]
    assumptions: AssumptionChecks
    effect_sizes: EffectSizes
    verdict: Verdict

    @property
    def params(self) -> CoachingParams:
        """The parameters the analysis ran with."""
        return self.universe.params

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready values (NaN and infinities become None), under the seven documented keys."""
        return {
            "universe": self.universe.to_dict(),
            "descriptives": _plain(self.descriptives),
            "anova": _plain(self.anova),
            "simple_effects": {
                "time_within_group": _plain(self.time_within_groups),
                "group_at_year": _plain(self.group_at_years),
            },
            "assumptions": _plain(self.assumptions),
            "effect_sizes": _plain(self.effect_sizes),
            "verdict": _plain(self.verdict),
        }


def _plain(value: object) -> object:
    """Dataclasses, tuples and numpy numbers as JSON values; a number that is not finite becomes None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def descriptives(scores: pd.DataFrame, years: tuple[int, int]) -> tuple[Descriptive, ...]:
    """Mean, SD and N per group and year, with the Total line SPSS adds."""
    rows = []
    for column, year in zip(YEAR_COLUMNS, years, strict=True):
        for group in (*GROUPS, "total"):
            values = scores[column] if group == "total" else scores.loc[scores["group"] == group, column]
            rows.append(Descriptive(year, group, float(values.mean()), float(values.std(ddof=1)), int(values.size)))
    return tuple(rows)


def _check_analysable(universe: Universe) -> None:
    """Refuse in plain words a universe the ANOVA cannot be computed on: empty, tiny groups, results that never vary."""
    scores = universe.scores
    if scores.empty:
        emptied_by = next(e.rule for e in universe.exclusions if e.remaining == 0)
        raise CoachingAnalysisError("empty_universe", assessed=universe.schools_assessed, rule=emptied_by)
    sizes = {group: universe.size(group) for group in GROUPS}
    if min(sizes.values()) < MIN_GROUP_SIZE:
        raise CoachingAnalysisError("group_too_small", minimum=MIN_GROUP_SIZE, **sizes)
    for group in GROUPS:
        part = scores.loc[scores["group"] == group]
        # F tests divide by these spreads: with none (e.g. 0 % proficient everywhere) they are undefined.
        if not min(part["baseline"].std(), part["endline"].std(), (part["endline"] - part["baseline"]).std()) > 0:
            raise CoachingAnalysisError("no_variation", group=group)


def coaching_impact(assessment: pd.DataFrame, coaching: pd.DataFrame,
                    params: CoachingParams | None = None) -> CoachingImpact:
    """Run the paper's analysis (sections 3.1 and 4.1) on any subject, measure, years and region."""
    return universe_impact(analysis_universe(assessment, coaching, params or CoachingParams()))


def universe_impact(universe: Universe) -> CoachingImpact:
    """The paper's analysis of the schools of a universe drawn already (by `analysis_universe` or a `SchoolGrid`)."""
    _check_analysable(universe)
    params, scores = universe.params, universe.scores
    years = (params.baseline, params.endline)
    anova = mixed_anova(scores)
    time_within = time_within_groups(scores)
    group_at_year = group_at_years(scores, years)
    checks = assumption_checks(scores, years)
    effects = effect_sizes(scores)
    return CoachingImpact(
        universe=universe,
        descriptives=descriptives(scores, years),
        anova=anova,
        time_within_groups=time_within,
        group_at_years=group_at_year,
        assumptions=checks,
        effect_sizes=effects,
        verdict=coaching_verdict(params, anova, time_within, group_at_year, checks, effects),
    )


def gain_by_region(assessment: pd.DataFrame, coaching: pd.DataFrame, params: CoachingParams | None = None,
                   min_schools: int = 10) -> pd.DataFrame:
    """Per region (code order, never ranked): group sizes, gains and coached-minus-comparison gain, or 'too_few'.

    Gains are in the verdict's unit (points, or percentage points for pct_proficient). Every region is listed,
    with status "too_few" and no gains when either group has fewer than `min_schools` schools there. The
    `region_code` filter of `params` is ignored: the breakdown is by region.
    """
    return regional_gains(analysis_universe(assessment, coaching, every_region(params or CoachingParams())),
                          min_schools)


def every_region(params: CoachingParams) -> CoachingParams:
    """The parameters of the regional breakdown: those of the analysis without its region."""
    return dataclasses.replace(params, region_code=None)


def regional_gains(universe: Universe, min_schools: int = 10) -> pd.DataFrame:
    """`gain_by_region` of a universe drawn already, with the parameters `every_region` gives."""
    scores = universe.scores
    _, scale = UNIT_SCALE[universe.params.measure]
    gains = (scores["endline"] - scores["baseline"]).to_numpy() * scale
    regions = sorted(set(REGION_CODES) | set(scores["region_code"]))
    region = pd.Index(regions).get_indexer(scores["region_code"])
    table = {"region_code": regions}
    for group in GROUPS:
        in_group = scores["group"].to_numpy() == group
        table[f"{group}_schools"] = np.bincount(region[in_group], minlength=len(regions)).astype("int64")
        means = pd.Series(gains[in_group]).groupby(region[in_group]).mean()
        table[f"{group}_gain"] = means.reindex(range(len(regions))).to_numpy(dtype=float)
    enough = (table["coached_schools"] >= min_schools) & (table["comparison_schools"] >= min_schools)
    table["gain_difference"] = table["coached_gain"] - table["comparison_gain"]
    for column in ("coached_gain", "comparison_gain", "gain_difference"):
        table[column] = np.where(enough, table[column], np.nan)
    table["status"] = np.where(enough, "ok", "too_few")
    return pd.DataFrame(table)
