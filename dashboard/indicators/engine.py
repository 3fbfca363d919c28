"""IndicatorEngine: any EFA indicator, split by any allowed keys and filtered, from one set of loaded tables.

On first use of an indicator the engine sums its numerator and denominator counts
to the finest key grain the indicator's tables share (year × region × area × sex ×
management, where available: some thousands of cells even at national scale), and
keeps that small base as a `CellTable`. A request is then a filter, a group sum of
the base and a division. The caches live on the instance: keep one engine per
loaded dataset, and drop it with the dataset.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable, Mapping
from types import MappingProxyType

import numpy as np
import pandas as pd

from dashboard.config import OFFICIAL_AGES, OfficialAges
from dashboard.i18n import t
from dashboard.indicators import components
from dashboard.indicators.catalogue import (
    CATALOGUE,
    KEY_ORDER,
    IndicatorSpec,
    available_splits,
    check_request,
    data_words,
    indicator_spec,
    splits_available,
)
from dashboard.indicators.cells import CellTable, Groups, Selection
from dashboard.indicators.cohort import (
    COHORT_SIZE,
    CohortResult,
    check_cap,
    cohort_outcomes,
    rate_flags,
    rates_from_counts,
    reconstructed_cohort,
)
from dashboard.indicators.errors import IndicatorUnavailable
from dashboard.indicators.formulas import COHORT_INDICATORS, FORMULAS, PARITY_INDICATORS
from dashboard.indicators.parity import gender_parity_table
from dashboard.indicators.quality import (
    MISSING_DATA,
    OVER_100,
    ROUNDING_TOLERANCE,
    ZERO_DENOMINATOR,
    flag_column,
    ratio_with_flags,
)

DEFAULT_SUBJECT = "reading"  # ECE: 2nd-grade reading comprehension is the headline result
DEFAULT_ASSESSMENT_GRADE = 2
FLOW_COUNTS = ["enrolled", "repeaters_next", "promoted_next"]
_INTEGER_KEYS = ("year", "grade")


def ordered_keys(by: str | Iterable[str]) -> tuple[str, ...]:
    """The requested split keys, each once, in result-column order; unknown keys are refused."""
    keys = (by,) if isinstance(by, str) else tuple(by)
    for key in keys:
        if key not in KEY_ORDER:
            raise IndicatorUnavailable("unknown_split", split=key)
    return tuple(key for key in KEY_ORDER if key in keys)


def selection(filters: Mapping[str, object] | None = None, years: tuple[int, int] | None = None) -> Selection:
    """Normalise filters: a scalar or a collection of allowed values per key, and a year range."""
    values = {}
    for key, wanted in (filters or {}).items():
        if key not in KEY_ORDER:
            raise IndicatorUnavailable("unknown_split", split=key)
        items = (wanted,) if isinstance(wanted, str | int | np.integer) else tuple(wanted)
        for item in items:
            integer = isinstance(item, int | np.integer) and not isinstance(item, bool)
            if integer != (key in _INTEGER_KEYS):
                raise IndicatorUnavailable("bad_filter", split=key, value=repr(item))
        values[key] = items
    if years is not None:
        first, last = (int(year) for year in years)
        if first > last:
            raise IndicatorUnavailable("bad_years", first=first, last=last)
        years = (first, last)
    return Selection(MappingProxyType(values), years)


# What a column the indicator needs tells about the data when it is absent (message key suffix).
_SPLIT_COLUMNS = ("region_code", "area", "sex", "management", "grade", "age", "level", "age_group")


def input_missing(spec: IndicatorSpec, table: str, column: str) -> IndicatorUnavailable:
    """The indicator cannot be computed: `table` lacks `column`; said in the domain's words first."""
    about = {"number": spec.number, "indicator": spec.id, **data_words(table, spec)}
    if column in _SPLIT_COLUMNS:
        return IndicatorUnavailable("input_lacks_split", **about, split_es=t(f"indicator.split_word.{column}", "es"),
                                    split_en=t(f"indicator.split_word.{column}", "en"))
    technical = {"table": table, "column": column, **about}
    return IndicatorUnavailable(
        "input_lacks_count", **about, what_es=t(f"indicator.count_word.{column}", "es"),
        what_en=t(f"indicator.count_word.{column}", "en"),
        technical_es=t("indicator.error.column_missing", "es", **technical),
        technical_en=t("indicator.error.column_missing", "en", **technical),
    )


def tidy(groups: Groups, indicator: str, value, numerator, denominator, flag) -> pd.DataFrame:
    """The result table: the split keys, then indicator, value, numerator, denominator, flag."""
    return groups.keys.assign(indicator=indicator, value=value, numerator=numerator, denominator=denominator, flag=flag)


class IndicatorEngine:
    """The 18 EFA indicators over one set of tables, with per-indicator aggregates cached on the instance."""

    def __init__(self, tables: Mapping[str, pd.DataFrame], ages: OfficialAges = OFFICIAL_AGES):
        self.tables = MappingProxyType(dict(tables))
        self.ages = ages
        self._counts: dict[tuple, pd.DataFrame] = {}
        self._bases: dict[tuple, CellTable] = {}
        self._lock = threading.RLock()  # two callbacks asking at once build a base once

    # ------------------------------------------------------------------ what is available

    def available(self) -> dict[str, tuple[str, ...]]:
        """Each indicator the loaded tables allow (tables and columns), with its splits."""
        return {indicator: splits for indicator, splits in splits_available(self.tables).items()
                if self.why_unavailable(indicator) is None}

    def splits(self, indicator_id: str) -> tuple[str, ...]:
        """The splits `indicator_id` can be broken down by with these tables."""
        return available_splits(indicator_spec(indicator_id), self.tables)

    def years(self, indicator_id: str, **options) -> tuple[int, ...]:
        """The years `indicator_id` has values for (cohort-based ones: years t whose t+1 is loaded)."""
        spec = indicator_spec(indicator_id)
        spec = CATALOGUE[PARITY_INDICATORS.get(spec.id, spec.id)]
        check_request(spec, (), self.tables)
        return tuple(int(year) for year in self._base(spec, self._variant(spec, False, options)).year_values())

    def prepare(self, indicator_ids: Collection[str] | None = None) -> None:
        """Build now the bases that requests would otherwise build on first use (default options)."""
        for indicator_id in indicator_ids or self.available():
            spec = CATALOGUE[PARITY_INDICATORS.get(indicator_id, indicator_id)]
            if spec.id == "pct_mastering_competencies" and not self._assessment_has(
                DEFAULT_SUBJECT, DEFAULT_ASSESSMENT_GRADE
            ):
                continue
            variants = [False, True] if "sex" in self.splits(spec.id) else [False]
            for by_sex in variants:
                self._base(spec, self._variant(spec, by_sex, {}))

    # ------------------------------------------------------------------ indicators

    def compute(
        self,
        indicator_id: str,
        by: str | Iterable[str] = ("year",),
        *,
        filters: Mapping[str, object] | None = None,
        years: tuple[int, int] | None = None,
        gpi: bool = False,
        adjusted: bool = False,
        subject: str = DEFAULT_SUBJECT,
        assessment_grade: int = DEFAULT_ASSESSMENT_GRADE,
        max_repetitions: int | None = None,
    ) -> pd.DataFrame:
        """Indicator `indicator_id` for each group of `by`, after the filters, as a tidy table.

        gpi: the gender parity index (female / male value) instead of the value;
        adjusted: UNESCO's adjusted GPI. subject, assessment_grade: which ECE result
        indicator 15 reports. max_repetitions: cap per pupil in the cohort model
        (indicators 13-14; None = no cap).
        """
        spec = indicator_spec(indicator_id)
        keys = ordered_keys(by)
        chosen = selection(filters, years)
        check_cap(max_repetitions)
        options = {"subject": subject, "assessment_grade": assessment_grade, "max_repetitions": max_repetitions}
        missing_input = self.why_unavailable(spec.id)
        if missing_input is not None:  # the data cannot give it at all: say so before judging the split
            raise missing_input
        if spec.id in PARITY_INDICATORS:
            if gpi:
                raise IndicatorUnavailable("gpi_sex", number=spec.number, indicator=spec.id)
            check_request(spec, {*keys, *chosen.keys}, self.tables)
            return self._parity(CATALOGUE[PARITY_INDICATORS[spec.id]], keys, chosen, spec.id, adjusted, options)
        if gpi:
            if not spec.has_sex_split:
                raise IndicatorUnavailable("no_sex_split", number=spec.number, indicator=spec.id)
            if "sex" in keys or "sex" in chosen.keys:
                raise IndicatorUnavailable("gpi_by_sex")
            return self._parity(spec, keys, chosen, f"{spec.id}_gpi", adjusted, options)
        return self._values(spec, keys, chosen, options)

    def _parity(self, spec: IndicatorSpec, keys: tuple[str, ...], chosen: Selection, name: str, adjusted: bool,
                options: dict) -> pd.DataFrame:
        frame = self._values(spec, ordered_keys((*keys, "sex")), chosen, options)
        label = f"{name}_adjusted" if adjusted else name
        return gender_parity_table(frame, keys, label, adjusted=adjusted)

    def _values(self, spec: IndicatorSpec, keys: tuple[str, ...], chosen: Selection, options: dict) -> pd.DataFrame:
        check_request(spec, {*keys, *chosen.keys}, self.tables)
        by_sex = "sex" in keys or "sex" in chosen.keys
        base = self._base(spec, self._variant(spec, by_sex, options))
        groups = base.groups(keys, base.select(chosen))
        if spec.id in COHORT_INDICATORS:
            return self._cohort_values(spec, base, groups, options["max_repetitions"])
        formula = FORMULAS[spec.id]
        ratio = formula.combine({name: base.sum(name, groups) for name in formula.columns})
        value, flag = ratio_with_flags(
            ratio.numerator, ratio.denominator, scale=spec.scale, max_value=spec.max_value, zero=ratio.zero
        )
        return tidy(groups, spec.id, value, ratio.numerator, ratio.denominator, flag)

    def _cohort_values(self, spec: IndicatorSpec, base: CellTable, groups: Groups,
                       max_repetitions: int | None) -> pd.DataFrame:
        """One reconstructed cohort per group: survival to grade 5 or the coefficient of efficiency."""
        grades = self.ages.primary_grades
        enrolled, repeaters_next, promoted_next = (base.sum_by_grade(name, groups, grades) for name in FLOW_COUNTS)
        promotion, repetition, zero = rates_from_counts(enrolled, repeaters_next, promoted_next)
        missing = (np.isnan(enrolled) | np.isnan(repeaters_next) | np.isnan(promoted_next)).any(axis=1)
        zero = zero.any(axis=1)
        undefined = missing | zero
        outcomes = cohort_outcomes(promotion, repetition, max_repetitions=max_repetitions)
        if spec.id == "survival_rate_grade5":
            numerator = outcomes.reached[:, self.ages.survival_grade - 1]
            denominator = np.full(len(numerator), COHORT_SIZE)
        else:
            numerator = outcomes.graduates * grades
            denominator = outcomes.pupil_years
        numerator = np.where(undefined, np.nan, numerator)
        denominator = np.where(undefined, np.nan, denominator)
        with np.errstate(invalid="ignore", divide="ignore"):
            value = 100.0 * numerator / denominator
        flags = flag_column([
            (MISSING_DATA, missing),
            (ZERO_DENOMINATOR, zero),
            (OVER_100, value > spec.max_value + ROUNDING_TOLERANCE),
            *((rule, broken & ~undefined) for rule, broken in rate_flags(promotion, repetition, max_repetitions)),
        ], len(value))
        return tidy(groups, spec.id, value, numerator, denominator, flags)

    # ------------------------------------------------------------------ the cohort itself

    def cohort(
        self, year: int, *, filters: Mapping[str, object] | None = None, max_repetitions: int | None = None
    ) -> CohortResult:
        """The reconstructed cohort of `year` (rates from years t and t+1) for the group the filters select."""
        spec = CATALOGUE["survival_rate_grade5"]
        chosen = selection(filters, (year, year))
        check_request(spec, chosen.keys, self.tables)
        check_cap(max_repetitions)
        base = self._base(spec, self._variant(spec, False, {}))
        if year not in base.year_values():
            raise IndicatorUnavailable("cohort_years", year=year, next_year=year + 1)
        groups = base.groups((), base.select(chosen))
        if not len(groups):
            raise IndicatorUnavailable("cohort_empty", year=year)
        grades = self.ages.primary_grades
        counts = {name: base.sum_by_grade(name, groups, grades)[0] for name in FLOW_COUNTS}
        promotion, repetition, zero = rates_from_counts(*counts.values())
        reasons = [ZERO_DENOMINATOR] if zero.any() else []
        if any(np.isnan(values).any() for values in counts.values()):
            reasons.append(MISSING_DATA)
        return reconstructed_cohort(
            promotion, repetition, max_repetitions=max_repetitions, extra_flags=reasons,
            counts=pd.DataFrame({"grade": np.arange(1, grades + 1), **counts}),
        )

    # ------------------------------------------------------------------ cached aggregates

    def _cached(self, cache: dict, key: tuple, build: Callable[[], object]):
        found = cache.get(key)
        if found is None:
            with self._lock:
                found = cache.get(key)
                if found is None:
                    found = cache[key] = build()
        return found

    def _variant(self, spec: IndicatorSpec, by_sex: bool, options: Mapping[str, object]) -> tuple:
        """What, beyond the indicator, changes its base: only indicator 15 has options (and a sex variant)."""
        if spec.id != "pct_mastering_competencies":
            return ()
        return (
            options.get("subject", DEFAULT_SUBJECT),
            int(options.get("assessment_grade", DEFAULT_ASSESSMENT_GRADE)),
            by_sex,
        )

    def _base(self, spec: IndicatorSpec, variant: tuple) -> CellTable:
        """The indicator's counts summed to the finest grain its tables share, keys as columns."""
        return self._cached(self._bases, (spec.id, variant), lambda: self._build_base(spec, variant))

    def _build_base(self, spec: IndicatorSpec, variant: tuple) -> CellTable:
        if spec.id in COHORT_INDICATORS:
            self._check_inputs(spec, "flows", "enrolled", variant)
            flows = self._source(spec, "flows", variant)
            return CellTable.from_frame(flows.reset_index(), flows.index.names)
        keys = list(available_splits(spec, self.tables))
        if variant and not variant[-1]:  # indicator 15 without its optional per-sex results
            keys = [key for key in keys if key != "sex"]
        parts = {}
        for name, source, column in FORMULAS[spec.id].parts:
            self._check_inputs(spec, source, column, variant)
            counts = self._source(spec, source, variant)[column]
            if list(counts.index.names) != keys:  # a table finer than the indicator (e.g. enrolment by management)
                counts = counts.groupby(level=keys, observed=True, sort=True).sum(skipna=False)
            parts[name] = counts
        years = components.covered_years(parts)
        parts = {name: part[part.index.get_level_values("year").isin(years)] for name, part in parts.items()}
        return CellTable.from_frame(components.align(parts).reset_index(), keys)

    def _check_inputs(self, spec: IndicatorSpec, source: str, count: str, variant: tuple) -> None:
        """Raise IndicatorUnavailable, in plain words, when the table lacks a column this count is summed from."""
        table_name = "enrolment" if source == "flows" else source
        needed = list(components.count_needs(source, count))
        if source == "assessment" and variant[-1]:
            needed += ["pct_proficient_female", "pct_proficient_male"]
        columns = self.tables[table_name].columns
        for column in needed:
            if column not in columns:
                raise input_missing(spec, table_name, column)

    def why_unavailable(self, indicator_id: str) -> IndicatorUnavailable | None:
        """Why the loaded tables cannot give `indicator_id` at all (a table or a column they lack), or None."""
        spec = CATALOGUE[PARITY_INDICATORS.get(indicator_id, indicator_id)]
        try:
            check_request(spec, (), self.tables)
            parts = ([("enrolled", "flows", "enrolled")] if spec.id in COHORT_INDICATORS
                     else FORMULAS[spec.id].parts)
            for _, source, count in parts:
                self._check_inputs(spec, source, count, self._variant(spec, False, {}))
        except IndicatorUnavailable as reason:
            return reason
        return None

    def _source(self, spec: IndicatorSpec, source: str, variant: tuple) -> pd.DataFrame:
        """The counts of one table (cached across indicators)."""
        table = self.tables["enrolment" if source == "flows" else source]
        if source == "assessment":
            subject, grade, by_sex = variant
            if not self._assessment_has(subject, grade):
                raise IndicatorUnavailable("assessment_empty", subject=subject, grade=grade)
            return self._cached(
                self._counts, (source, *variant),
                lambda: components.assessment_counts(table, subject, grade, by_sex),
            )
        builders = {
            "enrolment": lambda: components.enrolment_counts(table, self.ages),
            "flows": lambda: components.grade_flows(table, self.ages),
            "population": lambda: components.population_counts(table, self.ages),
            "teachers": lambda: components.teacher_counts(table),
            "finance": lambda: components.finance_amounts(table),
            "literacy": lambda: components.literacy_counts(table),
        }
        return self._cached(self._counts, (source,), builders[source])

    def _assessment_has(self, subject: str, grade: int) -> bool:
        assessment = self.tables.get("assessment")
        if assessment is None:
            return False
        return bool(((assessment["subject"] == subject) & (assessment["grade"] == grade)).any())
