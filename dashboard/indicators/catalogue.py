"""The 18 EFA core indicators (EFA 2000 Technical Guidelines, Part II): one spec each, and the splits data allow.

A split is a key column the result can be broken down (or filtered) by. Each spec
lists the splits its tables allow under the data contract; `available_splits`
narrows that to the columns the loaded tables really have (the assessment's sex
split exists only when its optional per-sex columns do).
"""
from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import pandas as pd

from dashboard.config import OFFICIAL_AGES, OfficialAges
from dashboard.i18n import t
from dashboard.indicators.errors import IndicatorUnavailable

# Every key a result can carry, in the order result columns follow.
KEY_ORDER = ("year", "region_code", "area", "sex", "management", "grade")
CENSUS_KEYS = KEY_ORDER[:5]

PERCENT, RATIO, INDEX = "percent", "ratio", "index"

# Key columns of each table under the data contract (used when only table names are known).
CONTRACT_KEYS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "population": ("year", "region_code", "area", "sex"),
    "enrolment": ("year", "region_code", "area", "sex", "management", "grade"),
    "teachers": ("year", "region_code", "area", "sex", "management"),
    "literacy": ("year", "region_code", "area", "sex"),
    "finance": ("year",),
    "assessment": ("year", "region_code", "area", "management", "grade"),
})

Tables = Mapping[str, pd.DataFrame] | Collection[str]


@dataclass(frozen=True)
class IndicatorSpec:
    """What an EFA core indicator is: its number, unit, input tables and the splits those tables allow."""

    number: str  # "1".."18", with "7a" and "7b"
    id: str
    unit: str  # percent | ratio | index
    tables: tuple[str, ...]
    splits: tuple[str, ...]
    higher_is_better: bool | None  # None: closest to parity (1) is best
    max_value: float | None = None  # the guidelines rule out values above it
    # split -> columns that must exist for it (the assessment's optional per-sex results)
    optional_columns: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # split -> reason: the tables carry the column but it does not mean what the indicator needs
    refused_splits: tuple[tuple[str, str], ...] = ()

    @property
    def efa_number(self) -> int:
        """The guidelines' indicator number (7 for both 7a and 7b)."""
        return int(self.number.rstrip("ab"))

    @property
    def has_sex_split(self) -> bool:
        return "sex" in self.splits

    @property
    def scale(self) -> float:
        """Percentages are reported 0-100; ratios and indices as plain numbers."""
        return 100.0 if self.unit == PERCENT else 1.0

    @property
    def name_key(self) -> str:
        return f"indicator.{self.id}.name"


_POPULATION_SPLITS = ("year", "region_code", "area", "sex")
_NATIONAL = ("year",)

_SPECS = (
    IndicatorSpec("1", "ecd_ger", PERCENT, ("enrolment", "population"), _POPULATION_SPLITS, True),
    IndicatorSpec("2", "new_entrants_with_ecd_pct", PERCENT, ("enrolment",), CENSUS_KEYS, True, 100.0),
    IndicatorSpec("3", "apparent_intake_rate", PERCENT, ("enrolment", "population"), _POPULATION_SPLITS, True),
    IndicatorSpec("4", "net_intake_rate", PERCENT, ("enrolment", "population"), _POPULATION_SPLITS, True, 100.0),
    IndicatorSpec("5", "gross_enrolment_ratio", PERCENT, ("enrolment", "population"), _POPULATION_SPLITS, True),
    IndicatorSpec("6", "net_enrolment_ratio", PERCENT, ("enrolment", "population"), _POPULATION_SPLITS, True, 100.0),
    IndicatorSpec("7a", "primary_current_expenditure_pct_gnp", PERCENT, ("finance",), _NATIONAL, True, 100.0),
    IndicatorSpec(
        "7b", "primary_current_expenditure_per_pupil_pct_gnp_per_capita", PERCENT,
        ("finance", "enrolment", "population"), _NATIONAL, True,
    ),
    IndicatorSpec("8", "primary_share_of_education_expenditure", PERCENT, ("finance",), _NATIONAL, True, 100.0),
    IndicatorSpec("9", "qualified_teachers_pct", PERCENT, ("teachers",), CENSUS_KEYS, True, 100.0),
    IndicatorSpec("10", "certified_teachers_pct", PERCENT, ("teachers",), CENSUS_KEYS, True, 100.0),
    IndicatorSpec(
        "11", "pupil_teacher_ratio", RATIO, ("enrolment", "teachers"), ("year", "region_code", "area", "management"),
        False, refused_splits=(("sex", "teacher_sex"),),
    ),
    IndicatorSpec("12", "repetition_rate", PERCENT, ("enrolment",), (*CENSUS_KEYS, "grade"), False, 100.0),
    IndicatorSpec("13", "survival_rate_grade5", PERCENT, ("enrolment",), CENSUS_KEYS, True, 100.0),
    IndicatorSpec("14", "coefficient_of_efficiency", PERCENT, ("enrolment",), CENSUS_KEYS, True, 100.0),
    IndicatorSpec(
        "15", "pct_mastering_competencies", PERCENT, ("assessment",), CENSUS_KEYS, True, 100.0,
        optional_columns=(("sex", ("pct_proficient_female", "pct_proficient_male")),),
    ),
    IndicatorSpec("16", "literacy_rate_15_24", PERCENT, ("literacy",), _POPULATION_SPLITS, True, 100.0),
    IndicatorSpec("17", "adult_literacy_rate", PERCENT, ("literacy",), _POPULATION_SPLITS, True, 100.0),
    IndicatorSpec(
        "18", "literacy_gpi", INDEX, ("literacy",), ("year", "region_code", "area"), None,
        refused_splits=(("sex", "gpi_sex"),),
    ),
)

CATALOGUE: Mapping[str, IndicatorSpec] = MappingProxyType({spec.id: spec for spec in _SPECS})
INDICATOR_IDS: tuple[str, ...] = tuple(CATALOGUE)


def indicator_spec(indicator_id: str) -> IndicatorSpec:
    """The spec of `indicator_id`; an unknown id is an IndicatorUnavailable naming the known ones."""
    try:
        return CATALOGUE[indicator_id]
    except KeyError:
        raise IndicatorUnavailable(
            "unknown_indicator", indicator=indicator_id, known=", ".join(INDICATOR_IDS)
        ) from None


def table_columns(tables: Tables, name: str) -> frozenset[str]:
    """The columns of table `name`: the real ones for loaded frames, the contract's keys for a bare name."""
    if isinstance(tables, Mapping):
        return frozenset(tables[name].columns)
    return frozenset(CONTRACT_KEYS[name])


def missing_tables(spec: IndicatorSpec, tables: Tables) -> tuple[str, ...]:
    return tuple(name for name in spec.tables if name not in tables)


def available_splits(spec: IndicatorSpec, tables: Tables) -> tuple[str, ...]:
    """The splits of `spec` that the given tables support; empty when one of its tables is absent."""
    if missing_tables(spec, tables):
        return ()
    optional = dict(spec.optional_columns)
    splits = []
    for key in spec.splits:
        needed = optional.get(key, (key,))
        if all(set(needed) <= table_columns(tables, name) for name in spec.tables):
            splits.append(key)
    return tuple(splits)


def splits_available(tables: Tables) -> dict[str, tuple[str, ...]]:
    """Every indicator whose tables are all present, with the splits it can be broken down by."""
    return {spec.id: available_splits(spec, tables) for spec in _SPECS if not missing_tables(spec, tables)}


def check_request(spec: IndicatorSpec, keys: Collection[str], tables: Tables) -> None:
    """Raise IndicatorUnavailable, saying why, unless `spec` can be split or filtered by every key in `keys`."""
    for name in missing_tables(spec, tables):
        raise IndicatorUnavailable("table_missing", number=spec.number, indicator=spec.id, table=name)
    allowed = available_splits(spec, tables)
    for key in keys:
        if key not in allowed:
            raise _refusal(spec, key, tables)


def _refusal(spec: IndicatorSpec, key: str, tables: Tables) -> IndicatorUnavailable:
    """Why `spec` cannot be split by `key`: the most specific reason first."""
    about = {"number": spec.number, "indicator": spec.id}
    if key not in KEY_ORDER:
        return IndicatorUnavailable("unknown_split", split=key)
    refused = dict(spec.refused_splits)
    if key in refused:
        return IndicatorUnavailable(refused[key], **about)
    if key in dict(spec.optional_columns):
        return IndicatorUnavailable("assessment_sex", **about)
    if key == "grade" and key not in spec.splits:
        return IndicatorUnavailable("grade_split", **about)
    lacking = next(name for name in spec.tables if key not in table_columns(tables, name))
    if lacking == "finance" or spec.splits == _NATIONAL:
        return IndicatorUnavailable("national_only", table=lacking, split=key, **about)
    if lacking == "population" and key == "management":
        return IndicatorUnavailable("population_management", **about)
    return IndicatorUnavailable("lacks_split", table=lacking, split=key, **about, **data_words(lacking, spec),
                                split_es=t(f"indicator.split_word.{key}", "es"),
                                split_en=t(f"indicator.split_word.{key}", "en"))


def data_words(table: str, spec: IndicatorSpec | None = None) -> dict[str, str]:
    """The loaded table (and the indicator's name) in the domain's words, in both languages."""
    words = {f"table_{lang}": t(f"indicator.loaded_table.{table}", lang) for lang in ("es", "en")}
    if spec is not None:
        words.update({f"name_{lang}": t(spec.name_key, lang) for lang in ("es", "en")})
    return words


def age_placeholders(ages: OfficialAges = OFFICIAL_AGES) -> dict[str, int]:
    """The official ages that indicator texts quote, by placeholder name."""
    return {
        "preschool_first": ages.preschool_first,
        "preschool_last": ages.preschool_last,
        "entry_age": ages.primary_entry,
        "primary_last_age": ages.primary_last_age,
        "primary_grades": ages.primary_grades,
        "survival_grade": ages.survival_grade,
    }


def indicator_text(indicator_id: str, part: str, lang: str | None = None, ages: OfficialAges = OFFICIAL_AGES) -> str:
    """An indicator's name, short name, definition or formula in `lang`, with the official ages filled in."""
    spec = indicator_spec(indicator_id)
    return t(f"indicator.{spec.id}.{part}", lang, **age_placeholders(ages))
