"""Which schools the coaching comparison covers, and how many schools each rule of the universe removed."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from dashboard.stats.params import MEASURES, CoachingAnalysisError, CoachingParams

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


@dataclass(frozen=True, eq=False)
class _Cohort:
    """One subject and grade's results as year x school arrays (a school without a result: NaN, code -1)."""

    years: dict[int, int]  # year -> its row in the arrays
    results: np.ndarray  # results each year, more than its schools when a school has two
    reported: dict[str, np.ndarray]  # language and poverty_quintile: results each year that report it
    present: np.ndarray  # whether the school has a result that year
    measures: dict[str, np.ndarray]  # mean_score and pct_proficient
    attributes: dict[str, np.ndarray]  # codes into SchoolGrid.categories


@dataclass(frozen=True, eq=False)
class SchoolGrid:
    """The assessment and coaching tables laid out once per dataset, so that each universe is a few boolean masks
    over the schools. `universe(params)` equals `analysis_universe` on the tables it was built from (tests hold it).
    """

    school_ids: np.ndarray  # sorted, so that schools in code order are in school_id order
    categories: dict[str, pd.Index]  # each attribute's values; a code indexes them
    coached: dict[int, np.ndarray]  # year -> which schools the roster marks coached that year
    cohorts: dict[tuple[str, int], _Cohort]

    @classmethod
    def from_tables(cls, assessment: pd.DataFrame, coaching: pd.DataFrame) -> SchoolGrid:
        """The grid of these tables; a table without a contract column is refused at once (validated data never is)."""
        _require_columns(assessment, ASSESSMENT_COLUMNS, "assessment")
        _require_columns(coaching, COACHING_COLUMNS, "coaching")
        school, school_ids = pd.factorize(assessment["school_id"], sort=True)
        count = len(school_ids)
        codes, categories = {}, {}
        for name in ATTRIBUTES:
            codes[name], categories[name] = pd.factorize(assessment[name])
        served = coaching.loc[coaching["coached"].eq(True)]  # a missing flag does not count as coached
        where = pd.Index(school_ids).get_indexer(served["school_id"])
        coached = {}
        for year, rows in served.groupby("year").indices.items():
            coached[int(year)] = np.zeros(count, bool)
            coached[int(year)][where[rows][where[rows] >= 0]] = True
        cohorts = {}
        for (subject, grade), rows in assessment.groupby(["subject", "grade"]).indices.items():
            years, row = np.unique(assessment["year"].to_numpy()[rows], return_inverse=True)
            at = (row, school[rows])
            present = np.zeros((len(years), count), bool)
            present[at] = True
            measures = {}
            for measure in MEASURES:
                measures[measure] = np.full((len(years), count), np.nan)
                measures[measure][at] = assessment[measure].to_numpy(float)[rows]
            attributes = {}
            for name in ATTRIBUTES:
                attributes[name] = np.full((len(years), count), -1, np.int16)
                attributes[name][at] = codes[name][rows]
            cohorts[str(subject), int(grade)] = _Cohort(
                years={int(y): i for i, y in enumerate(years)}, results=np.bincount(row, minlength=len(years)),
                reported={name: np.bincount(row, codes[name][rows] >= 0, len(years)).astype(int)
                          for name in ("language", "poverty_quintile")},
                present=present, measures=measures, attributes=attributes)
        return cls(np.asarray(school_ids, dtype=object), categories, coached, cohorts)

    def among(self, name: str, codes: np.ndarray, values: tuple) -> np.ndarray:
        """Which of these codes of attribute `name` stand for one of `values`; code -1 (no result) never does."""
        return np.append(self.categories[name].isin(values), False)[codes]

    def values(self, name: str, codes: np.ndarray) -> np.ndarray:
        """The values of attribute `name` these codes stand for (NaN for code -1)."""
        return np.append(np.asarray(self.categories[name], dtype=object), np.nan)[codes]

    def results_of(self, params: CoachingParams, needed: tuple[int, ...], years: tuple[int, ...]
                   ) -> tuple[_Cohort, list[int]]:
        """The results of params' subject and grade and the rows of `years` in them, refused in words as the
        tables' path refuses: a `needed` year without results, an attribute no result reports (language,
        poverty quintile: see require_reported_splits), a school with two results in a year."""
        cohort = self.cohorts.get((params.subject, params.grade))
        for year in needed:
            if cohort is None or year not in cohort.years:
                raise CoachingAnalysisError("subject_missing_year", subject=params.subject, year=year)
        rows = [cohort.years[year] for year in years if year in cohort.years]
        for rule in ("language", "poverty_quintile"):
            if cohort.results[rows].sum() and not cohort.reported[rule][rows].sum():
                raise CoachingAnalysisError("split_not_reported", rule=rule)
        duplicated = int((cohort.results[rows] - cohort.present[rows].sum(axis=1)).sum())
        if duplicated:
            raise CoachingAnalysisError("duplicate_results", count=duplicated, subject=params.subject)
        return cohort, rows

    def universe(self, params: CoachingParams) -> Universe:
        """`analysis_universe(assessment, coaching, params)` on the tables of this grid: the same rules in the
        same order, the same refusals, the same counts."""
        years = (params.baseline, params.endline)
        cohort, rows = self.results_of(params, years, years)
        base, end = rows
        baseline, endline = cohort.measures[params.measure][rows]
        scores = cohort.measures["mean_score"][rows]

        def among(name: str, values: tuple) -> np.ndarray:
            return self.among(name, cohort.attributes[name][base], values)  # attributes are read at baseline

        window = params.coaching_years
        nothing = np.zeros(len(self.school_ids), bool)
        years_coached = sum(self.coached.get(year, nothing).astype(int) for year in window)
        keeps = {
            "results_in_both_years": lambda: ~np.isnan(baseline) & ~np.isnan(endline),
            "poverty_quintile": lambda: among("poverty_quintile", params.poverty_quintiles),
            # NaN compares False, so a school whose mean score is not reported is not called implausible.
            "implausible_score": lambda: ~((scores < params.score_floor) | (scores > params.score_ceiling)).any(0),
            "partly_coached": lambda: (years_coached == 0) | (years_coached == len(window)),
        }
        remaining = cohort.present[base] | cohort.present[end]
        assessed = int(remaining.sum())
        exclusions = []
        for rule, _ in _rules(params):
            keep = keeps[rule]() if rule in keeps else among(rule, (getattr(params, rule),))
            kept = remaining & keep
            exclusions.append(Exclusion(rule, removed=int(remaining.sum() - kept.sum()), remaining=int(kept.sum())))
            remaining = kept
        chosen = np.flatnonzero(remaining)
        regions = np.asarray(self.categories["region_code"], dtype=object)
        regions = regions[cohort.attributes["region_code"][base, chosen]]
        # Text columns as Python strings: the analysis compares and groups them often, which Arrow strings make slow.
        frame = pd.DataFrame({
            "school_id": pd.Series(self.school_ids[chosen], dtype=object),
            "region_code": pd.Series(regions, dtype=object),
            "group": pd.Series(np.where(years_coached[chosen] == len(window), "coached", "comparison"), dtype=object),
            "baseline": baseline[chosen], "endline": endline[chosen],
        })
        return Universe(params=params, schools_assessed=assessed, exclusions=tuple(exclusions), scores=frame)
