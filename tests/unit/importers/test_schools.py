"""ECE student file, Padrón register and Censo Escolar enrolment, on fixtures in the official layouts."""
import pandas as pd
import pytest

from dashboard.cli import main
from dashboard.contract import load_directory
from dashboard.importers import run_import
from dashboard.importers.common import ImportFailed, read_table

# ---------------------------------------------------------------- ECE


def test_school_weighted_mean_and_share_satisfactory(fixtures):
    result = run_import("ece", [fixtures / "ece_2p_2019.csv"], year=2019)
    table = result.tables["assessment"].set_index(["school_id", "subject"])
    reading = table.loc[("0488403", "reading")]
    # pupils: 500 (weight 1, Satisfactorio, boy), 600 (2, Satisfactorio, girl), 400 (1, En inicio, girl)
    assert reading["students_assessed"] == 3
    assert reading["mean_score"] == pytest.approx((500 + 2 * 600 + 400) / 4)  # 525
    assert reading["pct_proficient"] == pytest.approx(3 / 4)
    assert reading["mean_score_female"] == pytest.approx((2 * 600 + 400) / 3)
    assert reading["pct_proficient_female"] == pytest.approx(2 / 3)
    assert reading["mean_score_male"] == 500 and reading["pct_proficient_male"] == 1
    assert (reading["region_code"], reading["area"], reading["management"], reading["school_type"]) == (
        "02", "rural", "public", "multigrade")
    math = table.loc[("0488403", "math")]
    assert math["students_assessed"] == 2 and math["mean_score"] == pytest.approx(500) and math["pct_proficient"] == 0.5
    private = table.loc[("0212345", "reading")]
    assert private["mean_score"] == pytest.approx((0.8 * 620.5 + 1.2 * 540.5) / 2)
    assert private["pct_proficient"] == pytest.approx(0.8 / 2)
    assert (private["management"], private["school_type"]) == ("private", "full_grade")
    assert table["language"].isna().all() and table["poverty_quintile"].isna().all()
    assert [d.message("en") for d in result.dropped] == ["1 pupil with no score in mathematics"]


def test_ece_unknown_management_code_is_counted(fixtures, tmp_path):
    text = (fixtures / "ece_2p_2019.csv").read_text(encoding="utf-8").replace("No estatal", "Mixta")
    (tmp_path / "ece.csv").write_text(text, encoding="utf-8")
    result = run_import("ece", [tmp_path / "ece.csv"], year=2019)
    assert set(result.tables["assessment"]["school_id"]) == {"0488403"}
    assert [d.message("es") for d in result.dropped if d.reason == "unknown_code"] == [
        "2 filas con códigos gestion2 desconocidos ('Mixta')"]


def test_ece_missing_weight_column(fixtures, tmp_path):
    frame = pd.read_csv(fixtures / "ece_2p_2019.csv", dtype=str).drop(columns="peso_l")
    frame.to_csv(tmp_path / "ece.csv", index=False)
    with pytest.raises(ImportFailed) as error:
        run_import("ece", [tmp_path / "ece.csv"], year=2019)
    assert error.value.key == "missing_weight" and "peso_l" in error.value.message("en")


def test_ece_wrong_kind(fixtures):
    with pytest.raises(ImportFailed) as error:
        run_import("ece", [fixtures / "worldbank_edstats_2019_rows.csv"], year=2019)
    assert error.value.key == "wrong_kind" and "indicator_code" in error.value.message("es")


# ---------------------------------------------------------------- Padrón


def test_dbf_is_read_as_cp850_with_codes_as_text(fixtures):
    raw = read_table(fixtures / "padron_web.dbf")
    assert raw.loc[0, "d_dpto"] == "ÁNCASH" and raw.loc[5, "cen_edu"] == "CEBA ÑUÑOA"
    assert raw.loc[0, "cod_mod"] == "0488403" and raw.loc[0, "codgeo"] == "020101"


def test_padron_register(fixtures):
    result = run_import("padron", [fixtures / "padron_web.dbf"])
    schools = result.tables["schools"].set_index(["school_id", "anexo"])
    assert len(schools) == 5 and set(schools["region_code"]) == {"02", "15", "08"}
    first = schools.loc[("0488403", "0")]
    assert (first["region_code"], first["area"], first["management"], first["school_type"], first["level"],
            first["status"], first["enrolled"], first["teachers"]) == (
        "02", "rural", "public", "multigrade", "primary", "active", 25, 1)
    annex = schools.loc[("1234567", "1")]  # GESTION 2: public school run privately
    assert (annex["management"], annex["level"]) == ("public", "secondary") and pd.isna(annex["school_type"])
    assert schools.loc[("0654321", "0"), "status"] == "inactive"
    assert [d.message("es") for d in result.dropped] == [
        "1 servicio fuera de la educación básica regular (NIV_MOD D1)",
        "2 filas con códigos GESTION desconocidos ('9')"]


def test_padron_command_writes_a_valid_schools_table(fixtures, tmp_path, capsys):
    out = tmp_path / "data"
    assert main(["import", "padron", str(fixtures / "padron_web.dbf"), "--out", str(out), "--lang", "es"]) == 0
    printed = capsys.readouterr().out
    assert "schools: 5 filas" in printed and "2 filas con códigos GESTION desconocidos ('9')" in printed
    assert load_directory(out).table("schools")["school_id"].tolist()[0] == "0488403"


# ---------------------------------------------------------------- Censo Escolar


def test_enrolment_by_grade_and_sex_after_joining_the_padron(fixtures):
    result = run_import("censo-matricula", [fixtures / "matricula_01_2019.dbf"], year=2019,
                        padron=fixtures / "padron_web.dbf")
    enrolment = result.tables["enrolment"].set_index(["region_code", "area", "management", "grade", "sex"])
    cell = enrolment["enrolled"]
    # 0488403 (Áncash, rural, public): two shifts summed; D01 boys 3 + 1, D02 girls 4 + 0, D12 girls 3 + 0
    assert cell[("02", "rural", "public", 1, "M")] == 4 and cell[("02", "rural", "public", 1, "F")] == 4
    assert cell[("02", "rural", "public", 6, "F")] == 3
    assert cell[("02", "urban", "public", 1, "F")] == 12  # 0111111
    assert cell[("15", "urban", "private", 6, "M")] == 20 and cell[("15", "urban", "private", 6, "F")] == 22
    # 20 + 3 (0488403) + 160 (0111111) + 289 (0212345); the C202 row, the 3AS row and 0555555 are out
    assert cell.sum() == 472
    assert "age" not in result.tables["enrolment"]
    reasons = {d.reason: d.count for d in result.dropped if d.table == "enrolment"}
    assert reasons == {"other_nroced": 2, "not_in_padron": 1}
    assert [n.key for n in result.notes] == ["no_age"]


def test_census_needs_year_and_padron(fixtures):
    with pytest.raises(ImportFailed) as error:
        run_import("censo-matricula", [fixtures / "matricula_01_2019.dbf"], year=2019)
    assert "--padron" in error.value.message("es")
    with pytest.raises(ImportFailed) as error:
        run_import("censo-matricula", [fixtures / "matricula_01_2019.dbf"], year=2015,
                   padron=fixtures / "padron_web.dbf")
    assert error.value.key == "no_cuadro" and "'3AP C201'" in error.value.message("en")


def test_ece_attributes_the_file_lacks_come_from_the_padron(fixtures, tmp_path):
    # The ECE fixture without region, area, management and school type; the padrón fixture gives, by hand:
    # 0488403 CODGEO 020101, AREA_CENSO 2, GESTION 1, COD_CAR 1 → 02, rural, public, multigrade;
    # 0212345 CODGEO 150101, AREA_CENSO 1, GESTION 3, COD_CAR 3 → 15, urban, private, full_grade.
    students = pd.read_csv(fixtures / "ece_2p_2019.csv", dtype=str)
    bare = tmp_path / "ece_bare.csv"
    students.drop(columns=["codgeo", "area", "gestion2", "caracteristica2"]).to_csv(bare, index=False)
    with pytest.raises(ImportFailed):  # without a register the import cannot place the schools
        run_import("ece", [bare], year=2019)
    table = run_import("ece", [bare], year=2019, padron=fixtures / "padron_web.dbf").tables["assessment"]
    placed = table.drop_duplicates("school_id").set_index("school_id")
    assert placed.loc["0488403", ["region_code", "area", "management", "school_type"]].tolist() == [
        "02", "rural", "public", "multigrade"]
    assert placed.loc["0212345", ["region_code", "area", "management", "school_type"]].tolist() == [
        "15", "urban", "private", "full_grade"]
    # Reading at 0488403: scores 500, 600, 400 weighted 1, 2, 1 → (500 + 1200 + 400) / 4 = 525.
    reading = table.set_index(["school_id", "subject"]).loc[("0488403", "reading")]
    assert reading["mean_score"] == pytest.approx(525.0)
