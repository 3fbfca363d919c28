"""The programme's reference tables hold the papers' printed figures, and the demo regions give back the coaching
paper's published summaries (Tables 17, 22 and 23, section 5.2.4) when computed the paper's way."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from dashboard.i18n import CATALOGUE
from dashboard.programme.calculations import (
    history_in_usd,
    outliers,
    ratio_summary,
    regional_ratios,
    staff_summary,
)
from dashboard.programme.demo import PROGRAM_REGIONS_COLUMNS, demo_program_regions
from dashboard.programme.reference import REFERENCE_TABLES, load_reference
from dashboard.regions import REGION_CODES

CAJAMARCA, CALLAO, LA_LIBERTAD, LIMA, MADRE_DE_DIOS, PASCO = "06", "07", "13", "15", "17", "19"


def printed(value: float, decimals: int) -> float:
    """The value as the paper would print it."""
    return round(float(value), decimals)


# --- Coaching paper, Table 1 and the annex exchange rates -----------------------------------------------------------

TABLE_1 = {  # year: regions, coaches, coach supervisors, coached teachers, schools, students, expenditure (n.d. = None)
    2008: (13, None, 0, None, None, None, 5602207.10),
    2009: (18, None, 0, None, None, None, 11284177.18),
    2010: (26, 1826, 0, 19872, 13110, None, 60398775.88),
    2011: (26, 2212, 0, 19569, 14296, 417113, 99133860.42),
    2012: (26, 2370, 0, 20510, 14132, 446244, 104381914.72),
    2013: (25, 1640, 183, 14576, 7001, 235731, 94101514.00),
}


def test_program_national_is_table_1_cell_by_cell():
    table = load_reference("program_national")
    assert list(table.columns) == ["year", "regions", "coaches", "coach_supervisors", "coached_teachers", "schools",
                                   "students", "expenditure"]
    assert table["year"].tolist() == list(TABLE_1)
    for _, row in table.iterrows():
        for column, expected in zip(table.columns[1:], TABLE_1[row["year"]], strict=True):
            if expected is None:
                assert math.isnan(row[column]), (row["year"], column)
            else:
                assert row[column] == pytest.approx(expected, abs=0.001), (row["year"], column)


def test_exchange_rates_are_the_annex_table():
    rates = load_reference("exchange_rates")
    assert dict(zip(rates["year"], rates["pen_per_usd"], strict=True)) == {
        2008: 2.926, 2009: 3.012, 2010: 2.826, 2011: 2.755, 2012: 2.638, 2013: 2.703}


def test_history_in_usd_divides_by_the_year_rate():
    history = history_in_usd(load_reference("program_national"), load_reference("exchange_rates")).set_index("year")
    assert history.loc[2013, "expenditure_usd"] == pytest.approx(94101514.00 / 2.703)
    assert history.loc[2008, "expenditure_usd"] == pytest.approx(5602207.10 / 2.926)
    assert len(history) == 6 and history["expenditure_usd"].notna().all()


# --- Coaching paper, Tables 15, 16, 19, 20, 21 ------------------------------------------------------------------------

def test_focalisation_is_table_15():
    table = load_reference("focalisation").set_index("criterion_code")
    assert table.loc["all_criteria", ["pct_schools", "pct_teachers", "pct_students"]].tolist() == [80.93, 70.76, 69.15]
    assert table.loc["rural_and_poverty"].iloc[1:].tolist() == [1.91, 6.11, 6.60]
    assert table.loc["poverty_only"].iloc[1:].tolist() == [8.47, 10.67, 10.17]
    assert table.loc["rural_q3_q5"].iloc[1:].tolist() == [5.10, 4.39, 3.26]
    assert table.loc["urban_q3_q5"].iloc[1:].tolist() == [3.59, 8.07, 10.82]
    for column in ("pct_schools", "pct_teachers", "pct_students"):
        assert table[column].sum() == pytest.approx(100.0)
    # The text's "12.46% and 14.0%" in quintiles 3 to 5 are teachers (4.39 + 8.07) and students (3.26 + 10.82).
    assert table.loc[["rural_q3_q5", "urban_q3_q5"], "pct_teachers"].sum() == pytest.approx(12.46)
    assert table.loc[["rural_q3_q5", "urban_q3_q5"], "pct_students"].sum() == pytest.approx(14.08)


def test_teacher_views_hold_tables_16_19_20_21():
    views = load_reference("teacher_views")
    assert views.groupby("table").size().to_dict() == {16: 16, 19: 32, 20: 32, 21: 24}
    pct = views.set_index(["table", "group_code", "answer_code"])["pct"].sort_index()
    assert pct[(16, "class_visits", "very_useful")] == 37.2
    assert pct[(16, "internships", "useful")] == 49.7
    assert pct[(16, "teacher_meetings", "not_useful")] == 0.4
    assert pct[(19, "exp_15_20", "always")] == 73.6
    assert pct[(19, "exp_3_5", "never")] == 2.7
    assert pct[(20, "exp_10_14", "never")] == 12.0
    assert pct[(20, "total", "always")] == 51.0
    assert pct[(21, "exp_0_2", "very_useful")] == 87.5
    assert pct[(21, "total", "somewhat_useful")] == 7.6
    # The paper's "96% of the teachers found internships useful or very useful".
    assert pct[(16, "internships", "very_useful")] + pct[(16, "internships", "useful")] == pytest.approx(96.0)
    # Every row of every table adds up to 100 (printed to one decimal).
    sums = views.groupby(["table", "group_code"])["pct"].sum()
    assert np.allclose(sums, 100.0, atol=0.2)
    # Table 19's Total row repeats the 0-2 years row, as printed.
    assert pct[19, "total"].tolist() == pct[19, "exp_0_2"].tolist()


# --- World Bank restructuring paper: Annex 1 -------------------------------------------------------------------------

def rf_cell(table: pd.DataFrame, indicator: str, year: int, column: str) -> object:
    row = table[(table["indicator_id"] == indicator) & (table["year"] == year)]
    assert len(row) == 1
    return row[column].iloc[0]


def test_results_framework_shape_and_kinds():
    rf = load_reference("results_framework")
    assert list(rf.columns) == ["indicator_id", "indicator", "unit", "kind", "year", "baseline", "target", "actual"]
    assert len(rf) == 15 * 5 and set(rf["year"]) == {2013, 2014, 2015, 2016, 2017}
    assert not rf.duplicated(["indicator_id", "year"]).any()
    kinds = rf.drop_duplicates("indicator_id").set_index("indicator_id")["kind"]
    assert (kinds[["pdo1", "pdo2", "pdo3"]] == "pdo").all()
    assert (kinds[[f"iri{i}" for i in range(1, 11)]] == "intermediate").all()
    assert (kinds[["core", "core_female"]] == "core").all()
    assert rf.groupby("indicator_id")["baseline"].nunique(dropna=False).max() == 1  # the baseline is repeated


def test_results_framework_printed_figures():
    rf = load_reference("results_framework")
    assert rf_cell(rf, "pdo3", 2014, "target") == 15000
    assert rf_cell(rf, "pdo3", 2014, "actual") == 15334  # section B: positions staffed in 2014
    assert rf_cell(rf, "pdo3", 2015, "target") == 1000
    assert rf_cell(rf, "pdo3", 2016, "target") == 9000
    assert rf_cell(rf, "pdo3", 2017, "target") is None
    assert rf_cell(rf, "pdo2", 2015, "target") == "YES"
    assert rf_cell(rf, "pdo2", 2014, "actual") == "NO"
    assert rf_cell(rf, "iri1", 2013, "target") == 2 and rf_cell(rf, "iri1", 2014, "actual") == 2
    assert rf_cell(rf, "iri2", 2013, "actual") == 1  # 6th grade assessed in 2013
    assert rf_cell(rf, "iri2", 2017, "target") == 1
    assert [rf_cell(rf, "iri3", y, "target") for y in range(2013, 2018)] == [None, None, 1, 1, 1]
    assert rf_cell(rf, "iri4", 2014, "actual") == 1  # first preschool survey, November 2014
    assert rf_cell(rf, "iri5", 2013, "actual") == "TERCE"
    assert rf_cell(rf, "iri5", 2015, "target") == "PISA, ICCS"
    assert rf_cell(rf, "iri6", 2016, "target") == 0
    assert rf_cell(rf, "iri6", 2013, "baseline") == 1
    assert rf_cell(rf, "iri7", 2015, "target") == 2
    assert rf_cell(rf, "iri8", 2013, "actual") == "National Framework for Good School Leadership approved"
    assert rf_cell(rf, "iri9", 2016, "target") == "First round of regular performance evaluations carried out"
    assert rf_cell(rf, "core", 2017, "target") == 5_700_000
    assert rf_cell(rf, "core_female", 2015, "target") == 50
    assert rf.loc[rf["unit"] == "YES/NO", "target"].isin(["YES", "NO"]).all()


def test_yearly_number_targets_add_up_to_the_end_target():
    """The restructured targets are non-cumulative, so each Number indicator's years add up to its end target."""
    rf = load_reference("results_framework")
    ends = load_reference("results_framework_indicators").set_index("indicator_id")["end_target"]
    for indicator in ("pdo1", "pdo3", "iri1", "iri2", "iri3", "iri4", "iri6", "iri7"):
        years = rf.loc[rf["indicator_id"] == indicator, "target"]
        assert sum(v for v in years if v is not None) == ends[indicator], indicator


# --- Annex 2: disbursement-linked indicators and estimates -------------------------------------------------------

def test_each_dli_is_worth_3_125_million_and_targets_match_the_framework():
    schedule = load_reference("disbursement_schedule")
    rf = load_reference("results_framework")
    assert sorted(schedule["dli"].unique()) == list(range(1, 9))
    for dli, rows in schedule.groupby("dli"):
        assert rows["amount_usd"].sum() == pytest.approx(3_125_000, abs=10), dli  # unit values rounded to $10
        per = 1000 if rows["indicator_id"].iloc[0] == "pdo3" else 1
        assert np.allclose(rows["target_value"] / per * rows["unit_value_usd"], rows["amount_usd"], atol=10)
        assert rows["target_value"].sum() == float(rows["final_target"].iloc[0]), dli
        for _, row in rows.iterrows():
            framework = rf_cell(rf, row["indicator_id"], row["year"], "target")
            if isinstance(framework, int):
                assert framework == row["target_value"], (dli, row["year"])


def test_period_totals_are_the_printed_estimates():
    schedule = load_reference("disbursement_schedule")
    totals = schedule.groupby("period_end")["amount_usd"].sum() / 1e6
    assert [printed(v, 2) for v in totals] == [5.21, 6.04, 6.64, 3.73, 3.39]
    assert printed(totals.sum(), 2) == 25.00
    dates = schedule.drop_duplicates("period_end").set_index("period_end")["disbursement_date"].to_dict()
    assert dates == {"2013-12": "2015-09", "2014-12": "2016-03", "2015-12": "2016-09", "2016-12": "2017-09",
                     "2017-12": "2018-03"}


def test_disbursement_estimates_by_fiscal_year():
    estimates = load_reference("disbursement_estimates").set_index("fiscal_year")
    assert estimates.loc[2015].tolist() == [8_950_000, 0, 0]
    assert estimates.loc[2017].tolist() == [6_470_000, 7_500_000, 11_000_000]
    assert (estimates.sum() == 25_000_000).all()


def test_project_budget_adds_up_to_annex_3_totals():
    budget = load_reference("project_budget")
    by_component = budget.groupby("component_code")["thousand_pen"].sum().round(2).to_dict()
    assert by_component == {"1": 290017.10, "2": 368888.72, "3": 6074.93}
    by_year = budget.groupby("year")["thousand_pen"].sum().round(2).to_dict()
    assert by_year == {2014: 321.79, 2015: 128864.38, 2016: 297345.79, 2017: 238448.79}
    assert printed(budget["thousand_pen"].sum(), 2) == 664980.75


# --- The synthetic regions: Tables 17, 22, 23 and section 5.2.4 -------------------------------------------------------

@pytest.fixture(scope="module")
def regions() -> pd.DataFrame:
    return demo_program_regions()


@pytest.fixture(scope="module")
def summary(regions) -> pd.DataFrame:
    return ratio_summary(regional_ratios(regions))


def test_demo_regions_follow_the_contract(regions):
    assert tuple(regions.columns) == PROGRAM_REGIONS_COLUMNS
    assert sorted(regions["region_code"]) == sorted(REGION_CODES) and (regions["year"] == 2013).all()
    counts = [c for c in PROGRAM_REGIONS_COLUMNS if c not in ("year", "region_code", "expenditure")]
    assert all(pd.api.types.is_integer_dtype(regions[c]) for c in counts)
    assert (regions[counts] >= 0).all().all()
    assert np.allclose(regions["expenditure"] * 100, (regions["expenditure"] * 100).round(), atol=1e-6)  # cents
    assert (regions["coached_teachers"] >= regions["schools"]).all()


def test_demo_regions_add_up_to_table_1(regions):
    assert regions["coached_teachers"].sum() == 14576
    assert regions["schools"].sum() == 7001
    assert regions["students"].sum() == 235731
    assert regions["coaches"].sum() == 1640 + 183  # coaches and coach supervisors (see data/reference/README.md)
    assert regions["expenditure"].sum() < 94_101_514.00  # the national figure also pays central costs


@pytest.mark.parametrize(("ratio", "n", "minimum", "maximum", "mean", "sd"), [
    ("teachers_per_coach", 24, 6.00, 9.71, 7.83, 1.12),
    ("students_per_coach", 24, 69.01, 197.04, 123.76, 36.50),
    ("coaches_per_staff", 23, 4.00, 50.33, 15.28, 12.08),
])
def test_table_17(summary, ratio, n, minimum, maximum, mean, sd):
    row = summary.loc[ratio]
    assert row["n"] == n
    assert [printed(row[c], 2) for c in ("minimum", "maximum", "mean", "sd")] == [minimum, maximum, mean, sd]


@pytest.mark.parametrize(("ratio", "minimum", "maximum", "mean", "sd"), [
    ("cost_per_teacher", 3007.28, 7431.05, 4602.8724, 974.77862),
    ("cost_per_student", 155.76, 503.06, 310.5804, 100.37241),
    ("cost_per_coach", 20529.13, 48790.11, 35648.0026, 6710.39482),
])
def test_table_22_to_the_printed_decimals(summary, ratio, minimum, maximum, mean, sd):
    row = summary.loc[ratio]
    assert row["n"] == 24
    assert printed(row["minimum"], 2) == minimum and printed(row["maximum"], 2) == maximum
    assert printed(row["mean"], 4) == mean
    assert printed(row["sd"], 5) == sd


@pytest.mark.parametrize(("staff", "maximum", "mean", "sd"), [
    ("staff_regional_officer", 1, 0.84, 0.374),
    ("staff_monitoring_officer", 5, 1.72, 1.208),
    ("staff_local_officer", 10, 1.72, 2.354),
    ("staff_local_monitor", 9, 0.76, 2.047),
    ("staff_total", 13, 5.04, 3.335),
])
def test_table_23_over_all_25_regions(regions, staff, maximum, mean, sd):
    row = staff_summary(regions).loc[staff]
    assert row["n"] == 25 and row["minimum"] == 0 and row["maximum"] == maximum
    assert printed(row["mean"], 2) == mean and printed(row["sd"], 3) == sd


def test_named_regional_cases(regions):
    ratios = regional_ratios(regions).set_index("region_code")
    cajamarca, pasco, mdd = ratios.loc[CAJAMARCA], ratios.loc[PASCO], ratios.loc[MADRE_DE_DIOS]
    assert printed(cajamarca["cost_per_teacher"], 2) == 7431.05
    assert cajamarca["cost_per_teacher"] == ratios["cost_per_teacher"].max()
    assert printed(cajamarca["cost_per_coach"], 2) == 45101.34
    assert ratios["cost_per_coach"].rank(ascending=False)[CAJAMARCA] == 2
    assert printed(pasco["cost_per_coach"], 2) == 48790.11 and pasco["cost_per_coach"] == ratios["cost_per_coach"].max()
    assert printed(pasco["cost_per_teacher"], 2) == 5635.33
    assert printed(pasco["teachers_per_coach"], 2) == 8.66
    assert printed(mdd["cost_per_teacher"], 2) == 3897.88
    assert printed(mdd["teachers_per_coach"], 2) == 7.09
    assert printed(mdd["students_per_school"], 2) == 22.08
    by_code = regions.set_index("region_code")
    staff = by_code[[c for c in PROGRAM_REGIONS_COLUMNS if c.startswith("staff_")]].sum(axis=1)
    assert by_code.loc[LA_LIBERTAD, "coaches"] == 75 and staff[LA_LIBERTAD] == 0
    assert by_code.loc[LIMA, "coaches"] == 77 and staff[LIMA] == 13
    assert math.isnan(ratios.loc[LA_LIBERTAD, "coaches_per_staff"])


def test_cajamarca_is_the_over_3_sd_outlier_of_cost_per_teacher(regions):
    flagged = outliers(regional_ratios(regions), "cost_per_teacher", k=3).set_index("region_code")
    assert flagged.index[flagged["outlier"]].tolist() == [CAJAMARCA]
    assert flagged.loc[CAJAMARCA, "z_loo"] > 3
    # Against the mean and SD of Table 22 itself Cajamarca is 2.9 SDs out: (7431.05 - 4602.8724) / 974.77862.
    assert printed(flagged.loc[CAJAMARCA, "z"], 2) == printed((7431.05 - 4602.8724) / 974.77862, 2) == 2.90
    assert not outliers(regional_ratios(regions), "cost_per_teacher", k=3, leave_one_out=False)["outlier"].any()


def test_regional_ratios_leave_out_callao_and_can_keep_it(regions):
    assert CALLAO not in set(regional_ratios(regions)["region_code"])
    assert len(regional_ratios(regions, exclude=())) == 25
    assert regional_ratios(regions, year=2012).empty


# --- Loading and labels -----------------------------------------------------------------------------------------------

def test_load_reference_is_cached_and_read_only():
    first = load_reference("program_regions_demo")
    assert first["region_code"].tolist()[:3] == ["01", "02", "03"]  # text, leading zeros kept
    first.loc[0, "coaches"] = -1
    first["extra"] = 1
    again = load_reference("program_regions_demo")
    assert again.loc[0, "coaches"] != -1 and "extra" not in again.columns
    with pytest.raises(KeyError):
        load_reference("no_such_table")


def test_every_table_loads():
    for name in REFERENCE_TABLES:
        assert not load_reference(name).empty, name


def test_every_code_has_spanish_and_english_labels():
    codes = {
        "criterion": load_reference("focalisation")["criterion_code"],
        "question": load_reference("teacher_views")["question_code"],
        "group_type": load_reference("teacher_views")["group_type"],
        "group": load_reference("teacher_views")["group_code"],
        "answer": load_reference("teacher_views")["answer_code"],
        "indicator": load_reference("results_framework")["indicator_id"],
        "kind": load_reference("results_framework")["kind"],
        "unit": load_reference("results_framework")["unit"],
        "status": load_reference("results_framework_indicators")["status"],
        "component": load_reference("project_budget")["component_code"],
        "activity": load_reference("project_budget")["activity_code"],
        "ratio": pd.Series(regional_ratios(demo_program_regions()).columns[3:]),
        "staff": pd.Series([*PROGRAM_REGIONS_COLUMNS[7:], "staff_total"]),
        "table": pd.Series(REFERENCE_TABLES),
    }
    for kind, values in codes.items():
        for code in set(values):
            labels = CATALOGUE.get(f"programme.{kind}.{code}")
            assert labels and labels["es"] and labels["en"], f"programme.{kind}.{code}"


def test_scatter_names_only_outliers_and_extremes_with_labels_pushed_outward():
    import numpy as np

    from dashboard.figures.programme import outward_positions, scatter_labelled

    x = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 10.0])
    y = np.array([5.0, 1.0, 4.0, 3.0, 4.5, 2.0, 3.5])
    outlier = np.array([False, False, False, True, False, False, False])
    # lowest x: 0, 1; highest x: 5, 6; lowest y: 1, 5; highest y: 0, 4; 3 is the outlier: only 2 is unnamed
    assert scatter_labelled(x, y, outlier).tolist() == [True, True, False, True, True, True, True]
    # means: x = 31 / 7 ≈ 4.43, y = 23 / 7 ≈ 3.29; the point at x = 10 is at the right edge, so its label goes left
    assert outward_positions(x, y) == ["top left", "bottom left", "top left", "bottom left", "top right",
                                       "bottom right", "top left"]
