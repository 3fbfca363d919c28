"""Properties that hold for any data: sums commute with regions, NER <= GER, equal sexes give GPI 1, and any
value outside 0-100 (or missing) carries a flag.

The random datasets respect each row's contract inequalities (repeaters <= enrolled,
qualified <= teachers, ...) but not the agreement between years or between tables, so
NER above 100 % and negative drop-out do occur, as in real data.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.indicators import CATALOGUE, IndicatorEngine

YEARS = (2020, 2021)
AREAS, SEXES, MANAGEMENTS = ("urban", "rural"), ("F", "M"), ("public", "private")
TEXT_KEYS = ("region_code", "area", "sex", "management", "level", "age_group", "school_id", "subject")


def random_tables(seed: int, regions: tuple[str, ...], sparse: bool, missing: bool) -> dict[str, pd.DataFrame]:
    """Every census table and the assessment, with random counts; `sparse` drops some rows, `missing` NaNs a few."""
    rng = np.random.default_rng(seed)
    population, enrolment, teachers, literacy, assessment = [], [], [], [], []
    for year in YEARS:
        for region in regions:
            for area in AREAS:
                for sex in SEXES:
                    for age in (*range(2, 14), 40):
                        population.append((year, region, area, sex, age, float(rng.integers(0, 60))))
                    for group in ("15-24", "25-64", "65+"):
                        people = float(rng.integers(0, 300))
                        literacy.append((year, region, area, sex, group, people, float(rng.integers(0, people + 1))))
                    for management in MANAGEMENTS:
                        preschool = float(rng.integers(0, 80))
                        enrolment.append((year, region, area, sex, management, "preschool", 0, 4, preschool, 0.0,
                                          0.0, 0.0, 0.0))
                        for grade in range(1, 7):
                            for age in (5 + grade, 6 + grade):
                                enrolled = float(rng.integers(0, 60))
                                repeaters = float(rng.integers(0, enrolled + 1))
                                entrants = float(rng.integers(0, enrolled - repeaters + 1)) if grade == 1 else 0.0
                                ecd = float(rng.integers(0, entrants + 1))
                                graduates = float(rng.integers(0, enrolled + 1)) if grade == 6 else 0.0
                                enrolment.append((year, region, area, sex, management, "primary", grade, age,
                                                  enrolled, repeaters, entrants, ecd, graduates))
                        staff = float(rng.integers(0, 20))
                        teachers.append((year, region, area, sex, management, "primary", staff,
                                         float(rng.integers(0, staff + 1)), float(rng.integers(0, staff + 1))))
            for school in range(3):
                for subject in ("reading", "math"):
                    assessed = float(rng.integers(0, 40))
                    shares = rng.uniform(0, 1, 3)
                    assessment.append((year, f"{region}{school:05d}", region, AREAS[school % 2],
                                       MANAGEMENTS[school // 2], 2, subject, assessed, *shares))
    tables = {
        "population": pd.DataFrame(population, columns=["year", "region_code", "area", "sex", "age", "population"]),
        "enrolment": pd.DataFrame(enrolment, columns=[
            "year", "region_code", "area", "sex", "management", "level", "grade", "age", "enrolled", "repeaters",
            "new_entrants", "new_entrants_ecd", "graduates"]),
        "teachers": pd.DataFrame(teachers, columns=[
            "year", "region_code", "area", "sex", "management", "level", "teachers", "qualified", "certified"]),
        "literacy": pd.DataFrame(literacy, columns=[
            "year", "region_code", "area", "sex", "age_group", "population", "literate"]),
        "finance": pd.DataFrame({
            "year": YEARS, "gnp": rng.uniform(1e6, 2e6, 2), "public_expenditure_education": rng.uniform(4e4, 8e4, 2),
            "public_expenditure_primary": rng.uniform(1e4, 4e4, 2),
            "public_current_expenditure_primary": rng.uniform(1e4, 3e4, 2)}),
        "assessment": pd.DataFrame(assessment, columns=[
            "year", "school_id", "region_code", "area", "management", "grade", "subject", "students_assessed",
            "pct_proficient", "pct_proficient_female", "pct_proficient_male"]),
    }
    for name, frame in tables.items():
        if sparse and name in ("enrolment", "teachers"):
            frame = frame[rng.uniform(size=len(frame)) > 0.15]
        if missing and name in ("enrolment", "population", "literacy"):
            count_column = {"enrolment": "enrolled", "population": "population", "literacy": "literate"}[name]
            frame = frame.copy()
            frame.loc[rng.uniform(size=len(frame)) < 0.01, count_column] = np.nan
        tables[name] = frame.astype({key: "str" for key in TEXT_KEYS if key in frame}).reset_index(drop=True)
    return tables


datasets = st.builds(
    random_tables,
    seed=st.integers(0, 2**32 - 1),
    regions=st.sampled_from([("01", "02"), ("03", "08", "15"), ("25",)]),
    sparse=st.booleans(),
    missing=st.booleans(),
)


def national_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The same data with the regions added up into one (the assessment keeps its schools)."""
    result = {}
    for name, frame in tables.items():
        if "region_code" not in frame:
            result[name] = frame
            continue
        frame = frame.assign(region_code="00")
        if name == "assessment":
            result[name] = frame
            continue
        keys = [c for c in frame.columns if frame[c].dtype.kind not in "f"]
        result[name] = frame.groupby(keys, sort=False, as_index=False).sum(skipna=False)  # NaN in, NaN out
    return result


def same(a: pd.Series, b: pd.Series) -> bool:
    return bool(np.allclose(a.to_numpy(float), b.to_numpy(float), rtol=1e-9, atol=1e-9, equal_nan=True))


@settings(max_examples=6, deadline=None)
@given(tables=datasets)
def test_adding_up_regions_first_gives_the_national_values(tables):
    regional, national = IndicatorEngine(tables), IndicatorEngine(national_tables(tables))
    for indicator_id in CATALOGUE:
        for cap in (None, 1) if indicator_id == "coefficient_of_efficiency" else (None,):
            left = regional.compute(indicator_id, ("year",), max_repetitions=cap)
            right = national.compute(indicator_id, ("year",), max_repetitions=cap)
            assert left["year"].tolist() == right["year"].tolist(), indicator_id
            for column in ("value", "numerator", "denominator"):
                assert same(left[column], right[column]), (indicator_id, column)
            assert left["flag"].tolist() == right["flag"].tolist(), indicator_id


@settings(max_examples=10, deadline=None)
@given(tables=datasets)
def test_net_enrolment_never_exceeds_gross_enrolment(tables):
    engine = IndicatorEngine(tables)
    keys = ("year", "region_code", "area", "sex")
    ner = engine.compute("net_enrolment_ratio", keys).set_index(list(keys))
    ger = engine.compute("gross_enrolment_ratio", keys).set_index(list(keys))
    assert ner.index.equals(ger.index)
    # a cell NaN in an over-age row leaves NER defined and GER not: compare where both are known
    both = ner["value"].notna() & ger["value"].notna()
    assert (ner.loc[both, "value"] <= ger.loc[both, "value"] + 1e-9).all()
    assert (ner.loc[both, "numerator"] <= ger.loc[both, "numerator"]).all()


def mirror_sexes(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Girls get exactly the boys' numbers (and the assessment the boys' shares)."""
    result = {}
    for name, frame in tables.items():
        if "sex" in frame:
            boys = frame[frame["sex"] == "M"]
            frame = pd.concat([boys, boys.assign(sex="F")], ignore_index=True)
        elif name == "assessment":
            frame = frame.assign(pct_proficient_female=frame["pct_proficient_male"])
        result[name] = frame
    return result


@settings(max_examples=8, deadline=None)
@given(tables=datasets)
def test_identical_girls_and_boys_give_parity(tables):
    engine = IndicatorEngine(mirror_sexes(tables))
    for spec in CATALOGUE.values():
        if not spec.has_sex_split:
            continue
        for adjusted in (False, True):
            result = engine.compute(spec.id, ("year", "region_code"), gpi=True, adjusted=adjusted)
            defined = result["value"].notna()
            assert np.allclose(result.loc[defined, "value"], 1.0), spec.id
            # an undefined GPI always says why
            assert (result.loc[~defined, "flag"] != "").all(), spec.id
    literacy = engine.compute("literacy_gpi", ("year", "area"))
    assert np.allclose(literacy["value"].dropna(), 1.0)


@settings(max_examples=8, deadline=None)
@given(tables=datasets, cap=st.sampled_from([None, 0, 2]))
def test_rates_stay_within_0_and_100_unless_flagged(tables, cap):
    engine = IndicatorEngine(tables)
    for spec in CATALOGUE.values():
        splits = engine.splits(spec.id)
        for by in (("year",), splits):
            result = engine.compute(spec.id, by, max_repetitions=cap)
            unflagged = result[result["flag"] == ""]
            # a missing value is never silent
            assert unflagged["value"].notna().all(), spec.id
            if spec.unit == "percent":
                assert (unflagged["value"] >= 0).all(), spec.id
            if spec.max_value is not None:
                assert (unflagged["value"] <= spec.max_value + 1e-9).all(), spec.id
