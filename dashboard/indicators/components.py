"""The counts the indicators divide, summed from each table to its finest key grain.

Each function takes one contract table and returns a frame indexed by the table's
key columns (year, region_code, area, sex, management, whichever it has), one
column per count. Two rules hold throughout:

- NaN means "not reported": a sum over cells that include a NaN is NaN (it is
  never read as 0), so the indicator of that group is flagged, not understated.
- A row that a count does not need contributes 0, and a cell absent from a table
  counts 0: the tables are sparse counts (no private schools in a district means
  no rows, not unknown rows). Years a table does not cover at all are left out.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

import numpy as np
import pandas as pd

from dashboard.config import OfficialAges
from dashboard.indicators.catalogue import CENSUS_KEYS

# EFA age groups of the literacy table (indicators 16-18): fixed by the guidelines, not by school policy.
YOUTH_AGE_GROUPS = ("15-24",)
ADULT_AGE_GROUPS = ("15-24", "25-64", "65+")

# Value columns each source reads, so that a table lacking one is reported by name.
SOURCE_COLUMNS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "enrolment": ("level", "grade", "age", "enrolled", "new_entrants", "new_entrants_ecd"),
    "flows": ("level", "grade", "enrolled", "repeaters", "graduates"),
    "population": ("age", "population"),
    "teachers": ("level", "teachers", "qualified", "certified"),
    "finance": ("gnp", "public_expenditure_education", "public_expenditure_primary",
                "public_current_expenditure_primary"),
    "literacy": ("age_group", "population", "literate"),
    "assessment": ("subject", "grade", "students_assessed", "pct_proficient"),
})

# The columns each count needs: a table at a coarser grain (enrolment without ages, say) still gives the
# counts that do not need what it lacks, and the indicators that need the rest are unavailable.
COUNT_NEEDS: Mapping[tuple[str, str], tuple[str, ...]] = MappingProxyType({
    ("enrolment", "preschool_enrolled"): ("level", "enrolled"),
    ("enrolment", "primary_enrolled"): ("level", "enrolled"),
    ("enrolment", "primary_enrolled_official_age"): ("level", "enrolled", "age"),
    ("enrolment", "new_entrants"): ("level", "grade", "new_entrants"),
    ("enrolment", "new_entrants_entry_age"): ("level", "grade", "age", "new_entrants"),
    ("enrolment", "new_entrants_ecd"): ("level", "grade", "new_entrants_ecd"),
    ("teachers", "teachers"): ("level", "teachers"),
    ("teachers", "qualified"): ("level", "qualified"),
    ("teachers", "certified"): ("level", "certified"),
})


def count_needs(source: str, count: str) -> tuple[str, ...]:
    """The columns of its table that `count` of `source` is summed from."""
    return COUNT_NEEDS.get((source, count), SOURCE_COLUMNS[source])


def _available(frame: pd.DataFrame, source: str, counts: Mapping[str, object]) -> dict[str, pd.Series]:
    """Build only the counts whose columns the table has (each value is a zero-argument builder)."""
    return {name: build() for name, build in counts.items() if set(count_needs(source, name)) <= set(frame.columns)}


def key_columns(frame: pd.DataFrame) -> list[str]:
    """The census keys a table carries, in canonical order."""
    return [key for key in CENSUS_KEYS if key in frame.columns]


def sum_cells(frame: pd.DataFrame, keys: Sequence[str], counts: Mapping[str, pd.Series]) -> pd.DataFrame:
    """Sum each count over the rows of every key cell, NaN-propagating."""
    data = pd.DataFrame(dict(counts))
    for key in keys:
        data[key] = frame[key].to_numpy()
    return data.groupby(list(keys), observed=True, sort=True)[list(counts)].sum(skipna=False)


def enrolment_counts(enrolment: pd.DataFrame, ages: OfficialAges) -> pd.DataFrame:
    """Preschool and primary enrolment, and grade-1 new entrants, per census cell (indicators 1-6, 7b, 11).

    Counts whose columns the table lacks (ages, grades, entrants) are left out.
    """
    level, enrolled = enrolment["level"], enrolment["enrolled"]
    primary = (level == "primary").to_numpy()
    columns = set(enrolment.columns)
    first_grade = primary & (enrolment["grade"] == 1).to_numpy() if "grade" in columns else primary
    official_age = enrolment["age"].isin(ages.primary_ages).to_numpy() if "age" in columns else primary
    entry_age = (enrolment["age"] == ages.primary_entry).to_numpy() if "age" in columns else primary
    return sum_cells(enrolment, key_columns(enrolment), _available(enrolment, "enrolment", {
        "preschool_enrolled": lambda: enrolled.where(level == "preschool", 0.0),
        "primary_enrolled": lambda: enrolled.where(primary, 0.0),
        "primary_enrolled_official_age": lambda: enrolled.where(primary & official_age, 0.0),
        "new_entrants": lambda: enrolment["new_entrants"].where(first_grade, 0.0),
        "new_entrants_entry_age": lambda: enrolment["new_entrants"].where(first_grade & entry_age, 0.0),
        "new_entrants_ecd": lambda: enrolment["new_entrants_ecd"].where(first_grade, 0.0),
    }))


def population_counts(population: pd.DataFrame, ages: OfficialAges) -> pd.DataFrame:
    """Population of the official preschool, entry and primary ages, and of all ages (indicators 1, 3-6, 7b)."""
    age, people = population["age"], population["population"]
    return sum_cells(population, key_columns(population), {
        "preschool_age": people.where(age.isin(ages.preschool_ages), 0.0),
        "entry_age": people.where(age == ages.primary_entry, 0.0),
        "primary_age": people.where(age.isin(ages.primary_ages), 0.0),
        "total": people,
    })


def teacher_counts(teachers: pd.DataFrame) -> pd.DataFrame:
    """Primary teachers, and those qualified and certified where reported (indicators 9-11)."""
    primary = teachers["level"] == "primary"
    return sum_cells(teachers, key_columns(teachers), _available(teachers, "teachers", {
        name: (lambda name=name: teachers[name].where(primary, 0.0)) for name in ("teachers", "qualified", "certified")
    }))


def finance_amounts(finance: pd.DataFrame) -> pd.DataFrame:
    """GNP and public expenditure by year (indicators 7a, 7b, 8; the table is national)."""
    columns = SOURCE_COLUMNS["finance"]
    return sum_cells(finance, ["year"], {name: finance[name] for name in columns})


def literacy_counts(literacy: pd.DataFrame) -> pd.DataFrame:
    """Population and literate people aged 15-24 and 15+ (indicators 16-18)."""
    group = literacy["age_group"]
    youth, adult = group.isin(YOUTH_AGE_GROUPS), group.isin(ADULT_AGE_GROUPS)
    people, literate = literacy["population"], literacy["literate"]
    return sum_cells(literacy, key_columns(literacy), {
        "youth_population": people.where(youth, 0.0),
        "youth_literate": literate.where(youth, 0.0),
        "adult_population": people.where(adult, 0.0),
        "adult_literate": literate.where(adult, 0.0),
    })


def assessment_counts(assessment: pd.DataFrame, subject: str, grade: int, by_sex: bool) -> pd.DataFrame:
    """Pupils assessed and pupils at the satisfactory level, per cell, for one subject and grade (indicator 15).

    The ECE reports each school's share at the satisfactory level; weighting it by the
    pupils assessed gives the number of proficient pupils. The optional per-sex shares
    have no per-sex pupil counts beside them, so each is weighted by the school's
    pupils assessed: exact when a school's girls and boys sit in equal numbers.
    """
    rows = assessment[(assessment["subject"] == subject).to_numpy() & (assessment["grade"] == grade).to_numpy()]
    keys = key_columns(rows)
    assessed = rows["students_assessed"]
    if not by_sex:
        return sum_cells(rows, keys, {"assessed": assessed, "proficient": assessed * rows["pct_proficient"]})
    sides = [
        sum_cells(rows.assign(sex=sex), [*keys, "sex"], {"assessed": assessed, "proficient": assessed * rows[column]})
        for sex, column in (("F", "pct_proficient_female"), ("M", "pct_proficient_male"))
    ]
    order = [key for key in CENSUS_KEYS if key in (*keys, "sex")]
    return pd.concat(sides).reorder_levels(order).sort_index()


def grade_flows(enrolment: pd.DataFrame, ages: OfficialAges) -> pd.DataFrame:
    """Per census cell and primary grade g of year t: E(g,t), R(g,t+1) and the pupils promoted out of g.

    Promoted out of grade g = E(g+1,t+1) − R(g+1,t+1), the new pupils of the next
    grade a year later; out of the final grade, its graduates of year t. Indexed by
    year t, the first of the two years (indicators 12-14); the last year of the
    table has no following year and so no rows.
    """
    keys = key_columns(enrolment)
    final = ages.primary_grades
    primary = enrolment[(enrolment["level"] == "primary").to_numpy() & enrolment["grade"].between(1, final).to_numpy()]
    cells = primary.groupby([*keys, "grade"], observed=True, sort=True)[["enrolled", "repeaters", "graduates"]].sum(
        skipna=False
    )
    years = set(cells.index.get_level_values("year"))
    flow_years = sorted(year for year in years if year + 1 in years)
    current = cells[cells.index.get_level_values("year").isin(flow_years)]
    following = cells.reset_index()
    following["year"] -= 1  # year t+1's counts, filed under year t
    following = following[following["year"].isin(flow_years)]
    entrants = following[following["grade"] > 1].assign(grade=lambda frame: frame["grade"] - 1)
    promoted = pd.concat([
        (entrants["enrolled"] - entrants["repeaters"]).set_axis(pd.MultiIndex.from_frame(entrants[[*keys, "grade"]])),
        current["graduates"][current.index.get_level_values("grade") == final],
    ])
    return align({
        "enrolled": current["enrolled"],
        "repeaters_next": following.set_index([*keys, "grade"])["repeaters"],
        "promoted_next": promoted,
    })


def align(parts: Mapping[str, pd.Series]) -> pd.DataFrame:
    """Put series with the same index levels side by side; a cell absent from one counts 0 (NaN stays NaN)."""
    series = list(parts.values())
    index = series[0].index
    for other in series[1:]:
        index = index.union(other.index)
    index = index.sort_values()
    return pd.DataFrame({name: part.reindex(index, fill_value=0.0) for name, part in parts.items()}, index=index)


def covered_years(parts: Mapping[str, pd.Series]) -> np.ndarray:
    """Years every part has data for: a table's missing year is a gap in coverage, not a count of 0."""
    years = None
    for part in parts.values():
        present = set(part.index.get_level_values("year"))
        years = present if years is None else years & present
    return np.array(sorted(years or ()), dtype="int64")
