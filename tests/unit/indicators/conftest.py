"""A tiny hand-made dataset (2 regions, 2020-2021, both sexes, both areas, both managements).

Every number is written out here so that the tests can work each indicator out by
hand from them. The structure, summarised for the arithmetic:

Enrolment cells (region, area, management) and how many times each carries the
per-sex pattern below: 01 urban public x2, 01 urban private x1, 02 rural public x1,
02 urban public x1 -> each sex carries its pattern 5 times nationally.

Per-sex pattern (x1), grade: enrolled (repeaters) by year:
    2020, both sexes: grades 1-6 have 100 pupils each; repeaters 20, 10, 10, 0, 0, 10
    2021, girls:      100, 82, 91, 90, 90, 110;  repeaters 20, 10, 10, 0, 0, 10
    2021, boys:       100, 74, 91, 90, 90, 100;  repeaters 20, 10, 10, 0, 0, 10
    grade 1 (both years): age 6 = 80 pupils (70 new entrants), age 7 = 20 (10 new entrants);
    new entrants who attended preschool: girls 42 + 2 = 44, boys 36 + 4 = 40
    grade g = 2..5 at the official age 5 + g; grade 6: age 11 = 80 (2021 girls: 90), age 12 = 20
    graduates of grade 6: 2020 70 + 11 = 81 (both sexes); 2021 girls 80 + 10, boys 70 + 10
    preschool (grade 0, age 4): girls 90, boys 80, both years

Population per (region, area, sex), both years: every single age 2-12 holds v people
and age 30 holds w: 01 urban F/M v=300 w=2000; 02 rural F v=110, M v=90, w=500;
02 urban F/M v=100 w=700.
"""
from __future__ import annotations

import pandas as pd
import pytest

CELLS = (  # region, area, management, multiplier
    ("01", "urban", "public", 2),
    ("01", "urban", "private", 1),
    ("02", "rural", "public", 1),
    ("02", "urban", "public", 1),
)
YEARS = (2020, 2021)
PRIMARY_REPEATERS = {1: 20, 2: 10, 3: 10, 4: 0, 5: 0, 6: 10}
ENROLLED = {  # (year, sex) -> enrolment in grades 1..6
    (2020, "F"): (100, 100, 100, 100, 100, 100),
    (2020, "M"): (100, 100, 100, 100, 100, 100),
    (2021, "F"): (100, 82, 91, 90, 90, 110),
    (2021, "M"): (100, 74, 91, 90, 90, 100),
}
ECD_ENTRANTS = {"F": (42, 2), "M": (36, 4)}  # aged 6, aged 7
PRESCHOOL = {"F": 90, "M": 80}
GRADUATES = {(2020, "F"): (70, 11), (2020, "M"): (70, 11), (2021, "F"): (80, 10), (2021, "M"): (70, 10)}
POPULATION = {  # (region, area, sex) -> (people at each age 2..12, people aged 30)
    ("01", "urban", "F"): (300, 2000), ("01", "urban", "M"): (300, 2000),
    ("02", "rural", "F"): (110, 500), ("02", "rural", "M"): (90, 500),
    ("02", "urban", "F"): (100, 700), ("02", "urban", "M"): (100, 700),
}
TEACHERS = {  # (region, area, management, sex) -> primary teachers, qualified, certified
    ("01", "urban", "public", "F"): (60, 54, 48), ("01", "urban", "public", "M"): (20, 16, 12),
    ("01", "urban", "private", "F"): (30, 24, 15), ("01", "urban", "private", "M"): (10, 10, 5),
    ("02", "rural", "public", "F"): (20, 12, 10), ("02", "rural", "public", "M"): (15, 9, 6),
    ("02", "urban", "public", "F"): (25, 25, 20), ("02", "urban", "public", "M"): (5, 5, 5),
}
LITERACY = {  # (region, area, sex) -> (population, literate) for 15-24, 25-64, 65+
    ("01", "urban", "F"): ((1000, 990), (3000, 2850), (500, 400)),
    ("01", "urban", "M"): ((1000, 995), (3000, 2940), (500, 475)),
    ("02", "rural", "F"): ((400, 360), (1000, 800), (200, 100)),
    ("02", "rural", "M"): ((400, 380), (1000, 900), (200, 150)),
    ("02", "urban", "F"): ((300, 297), (800, 760), (100, 90)),
    ("02", "urban", "M"): ((300, 298), (800, 780), (100, 95)),
}
FINANCE = {  # year -> gnp, education, primary, primary current
    2020: (1_000_000.0, 40_000.0, 16_000.0, 15_000.0),
    2021: (1_100_000.0, 44_000.0, 17_600.0, 16_500.0),
}
SCHOOLS = {  # school -> region, area, management, pupils assessed, reading share proficient (girls, boys), math
    "0000001": ("01", "urban", "public", 40, (0.5, 0.6, 0.4), 0.3),
    "0000002": ("01", "urban", "private", 20, (0.8, 0.85, 0.75), 0.6),
    "0000003": ("02", "rural", "public", 10, (0.2, 0.3, 0.1), 0.1),
    "0000004": ("02", "urban", "public", 30, (0.4, 0.5, 0.3), 0.2),
}
READING_2021_EXTRA = 0.05  # 2021: every school's reading shares (all, girls, boys) are 0.05 higher


def _pupil_rows(year: int, sex: str) -> list[dict]:
    """The per-sex pattern of one year at multiplier 1."""
    enrolled = ENROLLED[(year, sex)]
    graduates = GRADUATES[(year, sex)]
    ecd_6, ecd_7 = ECD_ENTRANTS[sex]
    rows = [
        dict(level="preschool", grade=0, age=4, enrolled=PRESCHOOL[sex], repeaters=0, new_entrants=0,
             new_entrants_ecd=0, graduates=0),
        dict(level="primary", grade=1, age=6, enrolled=80, repeaters=10, new_entrants=70, new_entrants_ecd=ecd_6,
             graduates=0),
        dict(level="primary", grade=1, age=7, enrolled=20, repeaters=10, new_entrants=10, new_entrants_ecd=ecd_7,
             graduates=0),
    ]
    for grade in (2, 3, 4, 5):
        rows.append(dict(level="primary", grade=grade, age=5 + grade, enrolled=enrolled[grade - 1],
                         repeaters=PRIMARY_REPEATERS[grade], new_entrants=0, new_entrants_ecd=0, graduates=0))
    rows += [
        dict(level="primary", grade=6, age=11, enrolled=enrolled[5] - 20, repeaters=0, new_entrants=0,
             new_entrants_ecd=0, graduates=graduates[0]),
        dict(level="primary", grade=6, age=12, enrolled=20, repeaters=10, new_entrants=0, new_entrants_ecd=0,
             graduates=graduates[1]),
    ]
    return rows


def enrolment_table() -> pd.DataFrame:
    rows = []
    for year in YEARS:
        for region, area, management, multiplier in CELLS:
            for sex in ("F", "M"):
                for row in _pupil_rows(year, sex):
                    counts = {k: float(v) * multiplier for k, v in row.items() if k not in ("level", "grade", "age")}
                    rows.append(dict(year=year, region_code=region, area=area, sex=sex, management=management,
                                     level=row["level"], grade=row["grade"], age=row["age"], **counts))
    return pd.DataFrame(rows)


def population_table() -> pd.DataFrame:
    rows = []
    for year in YEARS:
        for (region, area, sex), (per_age, aged_30) in POPULATION.items():
            for age in (*range(2, 13), 30):
                people = per_age if age != 30 else aged_30
                rows.append(dict(year=year, region_code=region, area=area, sex=sex, age=age, population=float(people)))
    return pd.DataFrame(rows)


def teachers_table() -> pd.DataFrame:
    rows = []
    for year in YEARS:
        for (region, area, management, sex), (teachers, qualified, certified) in TEACHERS.items():
            rows.append(dict(year=year, region_code=region, area=area, sex=sex, management=management,
                             level="primary", teachers=float(teachers), qualified=float(qualified),
                             certified=float(certified)))
        # Preschool teachers: must not count in the primary indicators.
        rows.append(dict(year=year, region_code="01", area="urban", sex="F", management="public",
                         level="preschool", teachers=40.0, qualified=40.0, certified=40.0))
    return pd.DataFrame(rows)


def literacy_table() -> pd.DataFrame:
    rows = []
    for year in YEARS:
        for (region, area, sex), groups in LITERACY.items():
            for age_group, (people, literate) in zip(("15-24", "25-64", "65+"), groups, strict=True):
                rows.append(dict(year=year, region_code=region, area=area, sex=sex, age_group=age_group,
                                 population=float(people), literate=float(literate)))
    return pd.DataFrame(rows)


def finance_table() -> pd.DataFrame:
    return pd.DataFrame([
        dict(year=year, gnp=gnp, public_expenditure_education=education, public_expenditure_primary=primary,
             public_current_expenditure_primary=current)
        for year, (gnp, education, primary, current) in FINANCE.items()
    ])


def assessment_table() -> pd.DataFrame:
    rows = []
    for year in YEARS:
        extra = READING_2021_EXTRA if year == 2021 else 0.0
        for school, (region, area, management, assessed, (reading, girls, boys), math) in SCHOOLS.items():
            common = dict(year=year, school_id=school, region_code=region, area=area, management=management,
                          school_type="full_grade", language="spanish", poverty_quintile=3, grade=2,
                          students_assessed=float(assessed))
            rows.append(dict(common, subject="reading", mean_score=550.0, pct_proficient=reading + extra,
                             pct_proficient_female=girls + extra, pct_proficient_male=boys + extra))
            rows.append(dict(common, subject="math", mean_score=540.0, pct_proficient=math,
                             pct_proficient_female=math, pct_proficient_male=math))
    return pd.DataFrame(rows)


def contract_dtypes(frame: pd.DataFrame) -> pd.DataFrame:
    """The dtypes the contract loader gives: text keys as str, whole-number keys as int64."""
    text = [c for c in ("region_code", "area", "sex", "management", "level", "age_group", "school_id", "school_type",
                        "language", "subject") if c in frame]
    return frame.astype({c: "str" for c in text})


def tiny_tables() -> dict[str, pd.DataFrame]:
    return {
        name: contract_dtypes(build())
        for name, build in (
            ("population", population_table), ("enrolment", enrolment_table), ("teachers", teachers_table),
            ("literacy", literacy_table), ("finance", finance_table), ("assessment", assessment_table),
        )
    }


@pytest.fixture
def tiny() -> dict[str, pd.DataFrame]:
    """A fresh copy of the hand-made dataset (tests may change it)."""
    return tiny_tables()
