"""Which schools the coaching comparison covers, and how many schools each rule of the universe removed."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from dashboard.stats.params import CoachingAnalysisError, CoachingParams

ASSESSMENT_COLUMNS = (
    "year", "school_id", "region_code", "area", "management", "school_type", "language", "poverty_quintile",
    "grade", "subject", "mean_score", "pct_proficient",
)
COACHING_COLUMNS = ("school_id", "year", "coached")
ATTRIBUTES = ("region_code", "area", "management", "school_type", "language", "poverty_quintile")


@dataclass(frozen=True)
class Exclusion:
    """One universe rule: how many schools it removed and how many were left after it."""

    rule: str
    removed: int
    remaining: int


@dataclass(frozen=True, eq=False)
class Universe:
    """The schools compared, one row each (school_id, region_code, group, baseline, endline), and the rule trace."""

    params: CoachingParams
    schools_assessed: int
    exclusions: tuple[Exclusion, ...]
    scores: pd.DataFrame

    def size(self, group: str) -> int:
        """How many schools of `group` ("coached" or "comparison") are in the universe."""
        return int((self.scores["group"] == group).sum())

    def to_dict(self) -> dict[str, object]:
        """Counts and exclusions, never the schools themselves (ECE rules forbid naming or ranking schools)."""
        return {
            "params": self.params.to_dict(),
            "schools_assessed": self.schools_assessed,
            "exclusions": [asdict(e) for e in self.exclusions],
            "coached": self.size("coached"),
            "comparison": self.size("comparison"),
        }


def _require_columns(frame: pd.DataFrame, columns: tuple[str, ...], table: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise CoachingAnalysisError("missing_columns", table=table, columns=", ".join(missing))


def coaching_status(school_ids: pd.Index, coaching: pd.DataFrame, years: tuple[int, ...]) -> pd.Series:
    """'coached' if coached in every one of `years`, 'comparison' if in none, else 'partly_coached'."""
    _require_columns(coaching, COACHING_COLUMNS, "coaching")
    # `eq(True)` rather than astype(bool): a missing flag must not count as coached.
    coached_rows = coaching.loc[coaching["coached"].eq(True) & coaching["year"].isin(years)]
    years_coached = coached_rows.groupby("school_id")["year"].nunique().reindex(school_ids, fill_value=0)
    status = np.select(
        [years_coached == len(years), years_coached == 0], ["coached", "comparison"], default="partly_coached"
    )
    return pd.Series(status, index=school_ids, name="group")


def require_reported_splits(rows: pd.DataFrame) -> None:
    """Refuse a universe rule on an attribute no school reports: ECE files carry neither language nor poverty
    quintile, and the rule would silently remove every school instead of saying the data lack it."""
    for rule in ("language", "poverty_quintile"):
        if len(rows) and rows[rule].isna().all():
            raise CoachingAnalysisError("split_not_reported", rule=rule)


def _school_frame(assessment: pd.DataFrame, params: CoachingParams) -> pd.DataFrame:
    """One row per school assessed at baseline or endline: baseline attributes, both years' measure and score."""
    _require_columns(assessment, ASSESSMENT_COLUMNS, "assessment")
    years = (params.baseline, params.endline)
    rows = assessment.loc[
        (assessment["subject"] == params.subject) & (assessment["grade"] == params.grade)
        & assessment["year"].isin(years)
    ]
    for year in years:
        if not (rows["year"] == year).any():
            raise CoachingAnalysisError("subject_missing_year", subject=params.subject, year=year)
    require_reported_splits(rows)
    duplicated = rows.duplicated(["school_id", "year"])
    if duplicated.any():
        raise CoachingAnalysisError("duplicate_results", count=int(duplicated.sum()), subject=params.subject)
    baseline, endline = (rows.loc[rows["year"] == year].set_index("school_id") for year in years)
    schools = baseline.index.union(endline.index)
    # Attributes are read at baseline, before any coaching, so the programme cannot move a school in or out.
    frame = baseline[list(ATTRIBUTES)].reindex(schools)
    frame["baseline"] = baseline[params.measure].reindex(schools)
    frame["endline"] = endline[params.measure].reindex(schools)
    frame["baseline_score"] = baseline["mean_score"].reindex(schools)
    frame["endline_score"] = endline["mean_score"].reindex(schools)
    return frame


def _rules(params: CoachingParams) -> list[tuple[str, Callable[[pd.DataFrame], pd.Series]]]:
    """The universe rules in the order they are applied; each returns which schools stay."""

    def plausible(frame: pd.DataFrame) -> pd.Series:
        # NaN compares False, so a school whose mean score is not reported is not called implausible.
        scores = frame[["baseline_score", "endline_score"]]
        return ~((scores < params.score_floor) | (scores > params.score_ceiling)).any(axis=1)

    rules: list[tuple[str, Callable[[pd.DataFrame], pd.Series]]] = [
        ("results_in_both_years", lambda f: f["baseline"].notna() & f["endline"].notna()),
        ("management", lambda f: f["management"] == params.management),
        ("language", lambda f: f["language"] == params.language),
        ("poverty_quintile", lambda f: f["poverty_quintile"].isin(params.poverty_quintiles)),
    ]
    for name in ("region_code", "school_type", "area"):
        wanted = getattr(params, name)
        if wanted is not None:
            rules.append((name, lambda f, column=name, value=wanted: f[column] == value))
    rules += [
        ("implausible_score", plausible),
        ("partly_coached", lambda f: f["group"] != "partly_coached"),
    ]
    return rules


def analysis_universe(assessment: pd.DataFrame, coaching: pd.DataFrame, params: CoachingParams) -> Universe:
    """Apply the paper's universe rules (section 3.1) in order, counting the schools each one removes."""
    frame = _school_frame(assessment, params)
    frame["group"] = coaching_status(frame.index, coaching, params.coaching_years)
    exclusions = []
    remaining = frame
    for rule, keep in _rules(params):
        kept = remaining.loc[keep(remaining).eq(True).to_numpy()]  # a missing attribute never passes a rule
        exclusions.append(Exclusion(rule, removed=len(remaining) - len(kept), remaining=len(kept)))
        remaining = kept
    scores = (
        remaining.rename_axis("school_id").reset_index()[["school_id", "region_code", "group", "baseline", "endline"]]
        .sort_values("school_id", ignore_index=True)
    )
    return Universe(params=params, schools_assessed=len(frame), exclusions=tuple(exclusions), scores=scores)
