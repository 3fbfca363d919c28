"""All or nothing: a failed import leaves the directory as it was; the kind is recognised from the columns."""
import shutil
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.importers.detect import detect_file, detect_kind, preview

ROOT = Path(__file__).resolve().parents[3]


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def test_wrong_kind_writes_nothing(fixtures, tmp_path, capsys):
    out = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "peru", out)
    before = _snapshot(out)
    assert main(["import", "padron", str(fixtures / "ece_2p_2019.csv"), "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert "not in the Register of schools (Padrón) layout" in error and "cod_mod7" in error
    assert _snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # no staging copy left behind


def test_result_breaking_the_contract_writes_nothing(fixtures, tmp_path, capsys):
    out = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "peru", out)
    before = _snapshot(out)
    # census enrolment by region × grade cannot sit beside the national enrolment by level: mixed grain
    assert main(["import", "censo-matricula", str(fixtures / "matricula_01_2019.dbf"), "--year", "2019",
                 "--padron", str(fixtures / "padron_web.dbf"), "--out", str(out)]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert _snapshot(out) == before


def test_new_directory_gets_tables_and_metadata(fixtures, tmp_path):
    out = tmp_path / "new" / "data"
    assert main(["import", "censo-matricula", str(fixtures / "matricula_01_2019.dbf"), "--year", "2019",
                 "--padron", str(fixtures / "padron_web.dbf"), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["dataset.json", "enrolment.csv"]


@pytest.mark.parametrize(("name", "kind"), [
    ("padron_web.dbf", "padron"), ("matricula_01_2019.dbf", "censo-matricula"), ("ece_2p_2019.csv", "ece"),
    ("enaho01a_2023_300_sample5rows.csv", "enaho"), ("worldbank_edstats_2019_rows.csv", "worldbank"),
    ("worldbank_databank_wide.csv", "worldbank"),
])
def test_kind_recognised_from_columns(fixtures, name, kind):
    assert detect_file(fixtures / name) == kind


def test_unknown_columns_are_not_a_kind():
    assert detect_kind(["year", "region_code", "population"]) is None


def test_preview_of_a_padron(fixtures):
    assert preview(None, [fixtures / "padron_web.dbf"], "es") == (
        "Padrón de instituciones educativas: 5 escuelas en 3 regiones → tabla schools; "
        "1 servicio fuera de la educación básica regular (NIV_MOD D1); 2 filas con códigos GESTION desconocidos ('9')")
    assert preview("padron", [fixtures / "padron_web.dbf"], "en").startswith(
        "Register of schools (Padrón) file: 5 schools in 3 regions → table schools;")


def test_preview_of_an_unrecognised_file(tmp_path):
    (tmp_path / "x.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert preview(None, [tmp_path / "x.csv"], "en") == "The kind of file is not recognised from its columns (a, b)."


def test_counts_of_one_read_in_the_singular():
    from dashboard.importers.common import Dropped

    def said(count: int, schools: int) -> str:
        return Dropped("enrolment", "not_in_padron", count, {"schools": schools, "values": "'0555555'"}).message("es")

    assert said(1, 1) == "1 fila de una escuela que no está en el padrón (código '0555555')"
    assert said(3, 1) == "3 filas de una escuela que no está en el padrón (código '0555555')"
    assert said(3, 2) == "3 filas de 2 escuelas que no están en el padrón (códigos '0555555')"
