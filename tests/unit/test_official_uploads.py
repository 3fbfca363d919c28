"""Official files through the data page: recognised by their columns, previewed without any change, then applied
through the same validated switch as contract tables (tests/fixtures/importers/README.md says where each file
comes from)."""
from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import store, uploads
from tests.unit.test_uploads import TOKEN, data_url, service, versions  # noqa: F401  (the fixture is used by name)

pytestmark = pytest.mark.usefixtures("service")  # uploads on, a small synthetic service, private state
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "importers"


def send(*names: str, apply: bool = False, year: int | None = None, token: str = TOKEN) -> uploads.UploadOutcome:
    contents = [data_url((FIXTURES / name).read_bytes()) for name in names]
    return uploads.receive_upload(contents, list(names), token, year=year, apply=apply)


def test_a_padron_is_previewed_and_nothing_changes(tmp_path):
    before = store.dataset().fingerprint
    outcome = send("padron_web.dbf")
    assert outcome.awaiting_apply and not outcome.switched
    # the fixture: 8 rows; 5 schools in Áncash, Lima and Loreto kept, one secondary-only service (D1) and two
    # rows with GESTION 9 left out
    assert outcome.imported.preview("es") == (
        "Padrón de instituciones educativas: 5 escuelas en 3 regiones → tabla schools; "
        "1 servicio fuera de la educación básica regular (NIV_MOD D1); 2 filas con códigos GESTION desconocidos ('9')")
    assert store.dataset().fingerprint == before and versions(tmp_path / "state") == []


def test_applying_the_padron_switches_and_keeps_the_other_tables():
    outcome = send("padron_web.dbf", apply=True)
    assert outcome.switched and outcome.tables == ("schools",), [i.message("en") for i in outcome.issues]
    served = store.dataset()
    assert len(served.table("schools")) == 5 and {"population", "finance", "coaching"} <= set(served.tables)
    assert served.metadata["tables"]["schools"]["file"] == "padron_web.dbf"


def test_census_enrolment_with_its_padron_sent_alongside():
    outcome = send("matricula_01_2019.dbf", "padron_web.dbf", year=2019, apply=True)
    assert outcome.switched, [i.message("en") for i in outcome.issues]
    enrolment = store.dataset().table("enrolment")
    # worked by hand in test_schools: 20 + 3 + 160 + 289 pupils once the padrón places the schools
    assert enrolment["enrolled"].sum() == 472
    assert set(outcome.tables) == {"enrolment"}  # the register only placed the schools


def test_the_ece_needs_its_year_said_in_words():
    before = store.dataset().fingerprint
    outcome = send("ece_2p_2019.csv", apply=True)
    assert not outcome.switched and outcome.problems[0].rule == "import_refused"
    assert "el año de los datos" in outcome.problems[0].message("es")
    assert store.dataset().fingerprint == before


def test_the_ece_school_means_reach_the_service():
    outcome = send("ece_2p_2019.csv", year=2019, apply=True)
    assert outcome.switched, [i.message("en") for i in outcome.issues]
    table = store.dataset().table("assessment").set_index(["school_id", "subject"])
    # pupils of 0488403 in reading: 500 (weight 1), 600 (weight 2), 400 (weight 1)
    assert table.loc[("0488403", "reading"), "mean_score"] == pytest.approx((500 + 2 * 600 + 400) / 4)


def test_two_kinds_at_once_are_refused_naming_both():
    outcome = send("enaho01a_2023_300_sample5rows.csv", "worldbank_edstats_2019_rows.csv")
    message = outcome.problems[0].message("es")
    assert not outcome.switched and "ENAHO módulo 300" in message and "Banco Mundial / UIS" in message


def test_a_file_of_no_known_kind_names_its_columns():
    outcome = uploads.receive_upload([data_url("provincia,monto\nHuaraz,3\n")], ["presupuesto.csv"], TOKEN)
    problem = outcome.problems[0]
    assert problem.rule == "unknown_table" and problem.file == "presupuesto.csv"
    assert "Columnas encontradas: provincia, monto" in problem.message("es")
    assert "file0" not in problem.message("es")  # the user's own name, never the temporary one


def test_tables_and_official_files_are_sent_apart():
    contents = [data_url("year,gnp\n"), data_url((FIXTURES / "padron_web.dbf").read_bytes()), data_url("a,b\n")]
    outcome = uploads.receive_upload(contents, ["finance.csv", "padron_web.dbf", "budget.csv"], TOKEN)
    # beside a table, a CSV named after no table is taken for a misnamed table
    assert {(i.rule, i.file) for i in outcome.problems} >= {("tables_with_official", "padron_web.dbf"),
                                                            ("unknown_table", "budget.csv")}
    assert not outcome.switched and outcome.imported is None


def test_a_wrong_key_reads_nothing():
    outcome = send("padron_web.dbf", token="not the key at all")
    assert outcome.imported is None and outcome.problems[0].rule == "not_administrator"
