"""Uploads: names, formats and sizes checked at the boundary; a version switches only when all of it is valid."""
from __future__ import annotations

import base64
import datetime as dt
import io
import json
import threading
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from dashboard import store, uploads
from dashboard.contract import load_directory

POPULATION = "year,region_code,area,sex,age,population\n2000,01,urban,F,6,120\n2000,01,urban,M,6,118\n"
FINANCE = ("year,gnp,public_expenditure_education,public_expenditure_primary,public_current_expenditure_primary\n"
           "2000,1000000,50000,20000,15000\n2001,1100000,52000,21000,16000\n")
COACHING = "school_id,year,coached\n0012345,2011,true\n0012345,2012,true\n"
TOKEN = "correct horse battery staple"


def data_url(content: bytes | str) -> str:
    raw = content.encode() if isinstance(content, str) else content
    return "data:application/octet-stream;base64," + base64.b64encode(raw).decode()


def write_tables(directory: Path, synthetic: bool = True, **tables: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in tables.items():
        (directory / f"{name}.csv").write_text(text, encoding="utf-8")
    (directory / "dataset.json").write_text(json.dumps({"synthetic": synthetic}), encoding="utf-8")
    return directory


@pytest.fixture
def service(tmp_path, monkeypatch):
    """A synthetic data directory in service, uploads on, state in a temporary directory."""
    demo = write_tables(tmp_path / "demo", population=POPULATION, finance=FINANCE, coaching=COACHING)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(demo))
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("DASHBOARD_ADMIN_TOKEN", TOKEN)
    monkeypatch.delenv("DASHBOARD_REDIS_URL", raising=False)
    return demo


def upload(*files: tuple[str, bytes | str], token: str = TOKEN) -> uploads.UploadOutcome:
    return uploads.receive_upload([data_url(c) for _, c in files], [n for n, _ in files], token)


def versions(state: Path) -> list[Path]:
    folder = state / store.VERSIONS_DIR
    return sorted(folder.iterdir()) if folder.exists() else []


# ---------------------------------------------------------------- names


@pytest.mark.parametrize("name, table, fmt", [
    ("population.csv", "population", "csv"),
    ("enrolment.XLSX", "enrolment", "xlsx"),
    ("Finance.parquet", "finance", "parquet"),
    ("datos_2024/coaching.csv", "coaching", "csv"),  # a dropped folder keeps its name
])
def test_files_are_named_after_their_table(name, table, fmt):
    assert uploads.table_for_name(name)[:2] == (table, fmt)


@pytest.mark.parametrize("name, rule", [
    ("../population.csv", "bad_file_name"),
    ("/etc/population.csv", "bad_file_name"),
    ("C:\\datos\\population.csv", "bad_file_name"),
    ("population\x00.csv", "bad_file_name"),
    ("a/../population.csv", "bad_file_name"),
    ("budget.csv", "unknown_table"),
    ("population.zip", "zipped"),
    ("population.csv.gz", "zipped"),
    ("population.xls", "old_excel"),
    ("population", "unsupported_format"),
])
def test_names_that_reach_elsewhere_or_name_no_table_are_refused(name, rule):
    table, _fmt, issue = uploads.table_for_name(name)
    assert table is None and issue.rule == rule and not issue.warning
    assert "\x00" not in issue.message("en")


def test_unknown_name_lists_every_valid_table():
    message = uploads.table_for_name("presupuesto.csv")[2].message("es")
    for table in ("population", "enrolment", "teachers", "assessment", "results_framework"):
        assert table in message


def test_companion_files_of_a_dropped_folder_are_ignored_with_a_note():
    issue = uploads.table_for_name("demo/dataset.json")[2]
    assert issue.rule == "ignored_file" and issue.warning


# ---------------------------------------------------------------- payload, sizes, formats


def test_malformed_payloads_are_refused_without_raising():
    assert uploads.received_files("x", 3, 100)[2][0].rule == "bad_payload"
    assert uploads.received_files([data_url("a")], ["a.csv", "b.csv"], 100)[2][0].rule == "bad_payload"
    assert uploads.received_files([], [], 100)[2][0].rule == "no_files"
    files, _official, issues = uploads.received_files(["data:text/csv;base64,@@@"], ["population.csv"], 100)
    assert files == [] and issues[0].rule == "bad_payload"
    files, _official, issues = uploads.received_files([None], ["population.csv"], 100)
    assert issues[0].rule == "bad_payload"


def test_one_table_twice_in_one_upload_is_refused():
    _files, _official, issues = uploads.received_files([data_url(POPULATION)] * 2,
                                                       ["population.csv", "population.xlsx"], 10**6)
    assert [i.rule for i in issues] == ["duplicate_table"]
    assert "population.csv + population.xlsx" in issues[0].message("en")


def test_size_is_judged_before_decoding():
    big = data_url(b"x" * 3000)
    assert uploads.decoded_size(big) == 3000
    _files, _official, issues = uploads.received_files([big], ["population.csv"], 2000)
    assert issues[0].rule == "upload_too_big" and "population.csv" in issues[0].message("en")


def received(name: str, content: bytes) -> uploads.ReceivedFile:
    table, fmt, _ = uploads.table_for_name(name)
    return uploads.ReceivedFile(name, table, fmt, content)


def zipped(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize("name, content, rule", [
    ("population.parquet", POPULATION.encode(), "content_mismatch"),
    ("population.parquet", b"PAR1" + b"\x00" * 20, "content_mismatch"),  # no footer: cut off
    ("population.csv", zipped({"population.csv": POPULATION.encode()}), "zipped"),
    ("population.csv", b"\x1f\x8b\x08\x00" + b"\x00" * 20, "zipped"),
    ("population.csv", zipped({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}), "content_mismatch"),
    ("population.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "content_mismatch"),
    ("population.xlsx", POPULATION.encode(), "content_mismatch"),
    ("population.xlsx", zipped({"population.csv": POPULATION.encode()}), "zipped"),
    ("population.xlsx", zipped({"[Content_Types].xml": b"<x/>", "xl/sheet.xml": b"0" * 5_000_000}), "xlsx_bomb"),
    ("population.csv", b"", "file_empty"),
], ids=lambda value: value if isinstance(value, str) else f"{len(value)}-bytes")  # zip bytes carry the clock
def test_content_must_be_what_the_name_claims(name, content, rule):
    issue = uploads.content_problem(received(name, content), 10**8)
    assert issue is not None and issue.rule == rule, issue
    assert name in issue.message("en")


def test_plain_csv_and_real_parquet_pass_the_sniffing(tmp_path):
    frame = pd.read_csv(io.StringIO(POPULATION), dtype={"region_code": str})
    frame.to_parquet(tmp_path / "p.parquet")
    assert uploads.content_problem(received("population.parquet", (tmp_path / "p.parquet").read_bytes()), 10**8) is None
    assert uploads.content_problem(received("population.csv", POPULATION.encode()), 10**8) is None


# ---------------------------------------------------------------- workbooks and dangerous cells


def workbook(rows: list[list[object]], extra_sheet: bool = False) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "datos"
    for row in rows:
        sheet.append(row)
    if extra_sheet:
        book.create_sheet("notas").append(["borrador"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_workbook_cells_read_as_text_like_a_csv():
    content = workbook([["year", "region_code", "area", "sex", "age", "population", None],
                        [2000, "01", "urban", "F", 6, 120.0, None], [2000, "01", "urban", "M", 6, 118.5, None],
                        [None] * 7], extra_sheet=True)
    cells, issues = uploads.workbook_cells(received("population.xlsx", content), 1000)
    assert list(cells.columns) == ["year", "region_code", "area", "sex", "age", "population"]
    assert cells.iloc[0].tolist() == ["2000", "01", "urban", "F", "6", "120"]
    assert cells.iloc[1]["population"] == "118.5"
    assert [i.rule for i in issues] == ["xlsx_sheets"] and issues[0].warning


def test_excel_formulas_are_refused_with_their_cells():
    content = workbook([["year", "region_code", "area", "sex", "age", "population"],
                        [2000, "01", "urban", "F", 6, "=SUM(1,2)"], [2000, "01", "urban", "M", 6, 5]])
    _cells, issues = uploads.workbook_cells(received("population.xlsx", content), 1000)
    formula = next(i for i in issues if i.rule == "xlsx_formula")
    assert formula.column == "population" and formula.rows == (2,)
    assert "population.xlsx" in formula.message("es") and "fórmulas" in formula.message("es")


def test_workbook_rows_beyond_the_limit_stop_the_read():
    content = workbook([["year"]] + [[2000 + i] for i in range(20)])
    cells, issues = uploads.workbook_cells(received("finance.xlsx", content), 5)
    assert cells is None and issues[-1].rule == "too_many_rows"


def test_text_cells_that_spreadsheets_would_run_or_browsers_would_render_are_refused():
    cells = pd.DataFrame({
        "indicator_id": ["PDO1", "=cmd|' /C calc'!A0", "PDO3", "@SUM(A1)", "-2+3"],
        "indicator": ["Reading", "Math", "<script>alert(1)</script>", "javascript:alert(1)", "ok"],
        "baseline": ["-5", "+3.2%", "-", None, "12"],  # signed numbers and a lone dash are just numbers
    })
    issues = {i.rule: i for i in uploads.unsafe_text_issues("results_framework", cells, "results_framework.csv",
                                                            "csv")}
    assert issues["formula_cell"].column == "indicator_id" and issues["formula_cell"].rows == (3, 5, 6)
    assert issues["markup_in_text"].column == "indicator" and issues["markup_in_text"].rows == (4, 5)
    assert set(issues) == {"formula_cell", "markup_in_text"}


# ---------------------------------------------------------------- who may change the data


def test_without_a_configured_token_uploads_are_off(service, monkeypatch):
    monkeypatch.delenv("DASHBOARD_ADMIN_TOKEN")
    assert not uploads.uploads_enabled() and not uploads.is_administrator("")
    outcome = upload(("finance.csv", FINANCE), token="anything")
    assert not outcome.switched and outcome.issues[0].rule == "uploads_off"
    assert uploads.reset_data("anything").issues[0].rule == "uploads_off"


def test_wrong_or_missing_token_changes_nothing(service, tmp_path):
    before = store.dataset().fingerprint
    for token in ("wrong", "", None, 12345, TOKEN + " "):  # a pasted trailing space is forgiven
        outcome = upload(("finance.csv", FINANCE), token=token)
        if token == TOKEN + " ":
            assert outcome.switched
        else:
            assert not outcome.switched and outcome.issues[0].rule == "not_administrator"
    assert uploads.is_administrator(TOKEN)
    assert before != store.dataset().fingerprint  # only the valid token switched


# ---------------------------------------------------------------- switching, all or nothing


def test_valid_upload_replaces_its_table_and_keeps_the_others(service, tmp_path):
    before = store.dataset()
    new_finance = FINANCE.replace("2001,1100000", "2001,1200000")
    outcome = uploads.receive_upload([data_url(new_finance)], ["finance.csv"], TOKEN,
                                     now=dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC))
    assert outcome.switched and outcome.tables == ("finance",) and outcome.problems == ()
    now_serving = store.dataset()
    assert now_serving.fingerprint == outcome.dataset.fingerprint != before.fingerprint
    assert now_serving.table("finance")["gnp"].tolist() == [1_000_000, 1_200_000]
    assert set(now_serving.tables) == {"population", "finance", "coaching"}
    metadata = now_serving.metadata
    assert metadata["synthetic"] is True and metadata["synthetic_tables"] == ["population", "coaching"]
    assert metadata["tables"]["finance"] == {
        "origin": "upload", "file": "finance.csv", "format": "csv", "uploaded_at": "2025-03-01T12:00:00+00:00",
        "bytes": len(new_finance.encode()), "sha256": outcome.dataset.metadata["tables"]["finance"]["sha256"]}
    assert metadata["tables"]["population"]["origin"] == "demo" and metadata["tables"]["population"]["carried_over"]
    # The previous directory is untouched, and a second upload keeps the first one's provenance.
    assert load_directory(service).fingerprint == before.fingerprint
    second = upload(("population.csv", POPULATION))
    tables = second.dataset.metadata["tables"]
    assert tables["finance"]["file"] == "finance.csv" and tables["finance"]["carried_over"]
    assert second.dataset.metadata["synthetic_tables"] == ["coaching"]


def test_uploading_every_table_makes_the_data_no_longer_synthetic(service):
    outcome = upload(("population.csv", POPULATION), ("finance.csv", FINANCE), ("coaching.csv", COACHING))
    assert outcome.switched and not store.dataset().is_demo and store.dataset().metadata["synthetic_tables"] == []


def test_invalid_upload_leaves_the_data_in_service_and_no_version_behind(service, tmp_path):
    before = store.dataset().fingerprint
    broken = FINANCE.replace("2001,1100000", "2001,-1100000")
    outcome = upload(("finance.csv", broken), ("population.csv", POPULATION))
    assert not outcome.switched
    problem = next(i for i in outcome.problems if i.rule == "negative")
    assert (problem.file, problem.column, problem.rows) == ("finance.csv", "gnp", (3,))
    assert store.dataset().fingerprint == before and outcome.dataset.fingerprint == before
    assert versions(tmp_path / "state") == []


def test_a_failure_while_switching_keeps_the_previous_data(service, tmp_path, monkeypatch, caplog):
    before = store.dataset().fingerprint

    def disk_full(_directory):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "activate", disk_full)
    outcome = upload(("finance.csv", FINANCE))
    assert not outcome.switched and outcome.issues[0].rule == "upload_failed"
    assert "OSError" in outcome.issues[0].message("en") and "previous data" in outcome.issues[0].message("en")
    assert "failed unexpectedly" in caplog.text  # logged with its traceback, not swallowed
    assert store.dataset().fingerprint == before and versions(tmp_path / "state") == []


def test_a_workbook_upload_is_stored_as_csv_in_the_new_version(service):
    content = workbook([["year", "region_code", "area", "sex", "age", "population"],
                        [2001, "02", "rural", "F", 7, 10], [2001, "02", "rural", "M", 7, 11]])
    outcome = upload(("population.xlsx", content))
    assert outcome.switched, outcome.issues
    assert (outcome.dataset.source_dir / "population.csv").exists()
    assert outcome.dataset.table("population")["region_code"].tolist() == ["02", "02"]
    assert outcome.dataset.metadata["tables"]["population"]["format"] == "xlsx"


def test_reset_puts_the_default_data_back(service):
    demo = store.dataset().fingerprint
    assert upload(("finance.csv", FINANCE)).switched
    assert store.dataset().fingerprint != demo
    outcome = uploads.reset_data(TOKEN)
    assert outcome.switched and store.dataset().fingerprint == demo and store.dataset().is_demo


def test_one_change_at_a_time(service):
    with uploads._upload_lock() as first:
        assert first
        result: dict = {}
        worker = threading.Thread(target=lambda: result.update(outcome=upload(("finance.csv", FINANCE))))
        worker.start()
        worker.join()
    assert result["outcome"].issues[0].rule == "upload_busy" and not result["outcome"].switched
    assert upload(("finance.csv", FINANCE)).switched  # the lock is released afterwards


def test_old_versions_are_pruned_but_the_one_in_service_stays(service, tmp_path):
    for year in range(2002, 2008):
        assert upload(("finance.csv", FINANCE + f"{year},1,1,1,1\n")).switched
    kept = versions(tmp_path / "state")
    assert len(kept) == store.KEEP_VERSIONS
    assert store.dataset().source_dir.resolve() in [p.resolve() for p in kept]
