"""Broken, hostile and malformed input: each gets the right message, none crashes the loader or the server."""
from __future__ import annotations

import base64
import csv
import io
import json
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from dashboard import answer_cache, shared_cache, store, uploads
from dashboard.contract import TABLES, read_table_file

POPULATION_HEADER = "year,region_code,area,sex,age,population\n"
POPULATION = POPULATION_HEADER + "2000,01,urban,F,6,120\n2000,01,urban,M,6,118\n"
ENROLMENT = ("year,region_code,area,sex,management,level,grade,age,enrolled,repeaters,new_entrants,new_entrants_ecd,"
             "graduates\n2000,01,urban,F,public,primary,1,6,100,5,90,50,0\n2000,01,urban,F,public,primary,2,7,95,4,0,0,0\n")
RESULTS = "indicator_id,indicator,unit,kind,year,baseline,target,actual\nPDO1,{text},percent,pdo,2012,23,35,33\n"
ASSESSMENT = ("year,school_id,region_code,area,management,school_type,language,poverty_quintile,grade,subject,"
              "students_assessed,mean_score,pct_proficient\n2010,0012345,01,urban,public,full_grade,spanish,3,2,"
              "reading,20,550,{share}\n")
FINANCE = ("year,gnp,public_expenditure_education,public_expenditure_primary,public_current_expenditure_primary\n"
           "2000,1000000,50000,20000,15000\n")
TOKEN = "s3cret-token-for-tests"


def zipped(name: str, content: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


def workbook_with_formula() -> bytes:
    book = Workbook()
    sheet = book.active
    for row in (["year", "region_code", "area", "sex", "age", "population"], [2000, "01", "urban", "F", 6, 120],
                [2000, "01", "urban", "M", 6, "=B2*100"]):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class BadFile:
    """One broken upload and what the report must say about it."""

    label: str
    name: str
    content: bytes | str
    rule: str
    column: str = ""
    rows: tuple[int, ...] = ()
    switches: bool = False  # a note, not a problem: the upload goes through
    env: dict = field(default_factory=dict)


BAD_FILES = [
    BadFile("truncated CSV", "population.csv", POPULATION + "2000,01,urb", "short_row", rows=(4,)),
    BadFile("wrong encoding (Latin-1)", "results_framework.csv",
            RESULTS.format(text="Niños que leen").encode("latin-1"), "not_utf8"),
    BadFile("wrong delimiter", "population.csv", POPULATION.replace(",", ";"), "wrong_delimiter"),
    BadFile("extra column", "population.csv", POPULATION.replace("population\n", "population,notes\n").replace(
        "120\n", "120,ok\n").replace("118\n", "118,ok\n"), "extra_columns", switches=True),
    BadFile("missing column", "population.csv", "year,region_code,area,sex,population\n2000,01,urban,F,120\n",
            "missing_columns"),
    BadFile("duplicated column", "population.csv", "year,year,region_code,area,sex,age,population\n",
            "duplicate_columns"),
    BadFile("too many fields", "population.csv", POPULATION + "2000,01,urban,F,7,1,9\n", "ragged_row", rows=(4,)),
    BadFile("wrong type", "population.csv", POPULATION + "2000,01,urban,F,7,doce\n", "not_number", "population", (4,)),
    BadFile("code out of range", "population.csv", POPULATION + "2000,26,urban,F,7,10\n", "region_unknown",
            "region_code", (4,)),
    BadFile("leading zero lost", "population.csv", POPULATION + "2000,1,urban,F,7,10\n", "region_format",
            "region_code", (4,)),
    BadFile("duplicated key", "population.csv", POPULATION + "2000,01,urban,F,6,121\n", "duplicate_key",
            "year, region_code, area, sex, age", (2, 4)),
    BadFile("inequality broken", "enrolment.csv", ENROLMENT.replace("100,5,90", "100,120,90"), "not_above",
            "repeaters", (2,)),
    BadFile("header only", "population.csv", POPULATION_HEADER, "no_rows"),
    BadFile("0-byte upload", "population.csv", b"", "file_empty"),
    BadFile("huge number", "population.csv", POPULATION + "2000,01,urban,F,7,1e12\n", "too_large", "population",
            (4,)),
    BadFile("infinity", "population.csv", POPULATION + "2000,01,urban,F,7,inf\n", "not_finite", "population", (4,)),
    BadFile("NaN written out", "population.csv", POPULATION + "2000,01,urban,F,7,NaN\n", "not_number", "population",
            (4,)),
    BadFile("share as percent", "assessment.csv", ASSESSMENT.format(share=45), "share_as_percent", "pct_proficient",
            (2,)),
    BadFile("mixed-case codes", "population.csv", POPULATION + "2000,01,Urban,F,7,10\n", "not_allowed", "area",
            (4,)),
    BadFile("zip archive", "population.zip", zipped("population.csv", POPULATION), "zipped"),
    BadFile("CSV inside a zip", "population.csv", zipped("population.csv", POPULATION), "zipped"),
    BadFile("CSV named .parquet", "population.parquet", POPULATION, "content_mismatch"),
    BadFile("NUL bytes in a CSV", "population.csv", POPULATION.encode() + b"\x00\x00", "not_text"),
    BadFile("Excel formula", "population.xlsx", workbook_with_formula(), "xlsx_formula", "population", (3,)),
    BadFile("CSV formula injection", "results_framework.csv", RESULTS.format(text="=HYPERLINK(\"http://x\")"),
            "formula_cell", "indicator", (2,)),
    BadFile("HTML in text", "results_framework.csv", RESULTS.format(text="<img src=x onerror=alert(1)>"),
            "markup_in_text", "indicator", (2,)),
    BadFile("path traversal", "../population.csv", POPULATION, "bad_file_name"),
    BadFile("absolute path", "/etc/population.csv", POPULATION, "bad_file_name"),
    BadFile("NUL in the name", "population.csv\x00.txt", POPULATION, "bad_file_name"),
    BadFile("unknown table", "presupuesto.csv", FINANCE, "unknown_table"),
    BadFile("too big", "population.csv", POPULATION + "2000,01,urban,F,7,10\n" * 60_000, "upload_too_big",
            env={"DASHBOARD_MAX_UPLOAD_MB": "1"}),
    BadFile("too many rows", "population.csv", POPULATION + "2000,01,urban,F,7,10\n", "too_many_rows",
            env={"DASHBOARD_MAX_ROWS": "2"}),
    BadFile("BOM (Excel's CSV UTF-8)", "population.csv", "\ufeff" + POPULATION, "", switches=True),
    BadFile("Windows line ends", "population.csv", POPULATION.replace("\n", "\r\n"), "", switches=True),
]


@pytest.fixture
def service(tmp_path, monkeypatch):
    demo = tmp_path / "demo"
    demo.mkdir()
    (demo / "finance.csv").write_text(FINANCE, encoding="utf-8")
    (demo / "dataset.json").write_text('{"synthetic": true}', encoding="utf-8")
    for name, value in {"DASHBOARD_DATA_DIR": str(demo), "DASHBOARD_STATE_DIR": str(tmp_path / "state"),
                        "DASHBOARD_ADMIN_TOKEN": TOKEN}.items():
        monkeypatch.setenv(name, value)
    return demo


def send(case: BadFile) -> uploads.UploadOutcome:
    raw = case.content.encode() if isinstance(case.content, str) else case.content
    return uploads.receive_upload(["data:text/csv;base64," + base64.b64encode(raw).decode()], [case.name], TOKEN)


@pytest.mark.parametrize("case", BAD_FILES, ids=[c.label for c in BAD_FILES])
def test_each_broken_file_gets_its_message(case, service, monkeypatch):
    for name, value in case.env.items():
        monkeypatch.setenv(name, value)
    before = store.dataset().fingerprint
    outcome = send(case)
    assert outcome.switched == case.switches, [i.message("en") for i in outcome.issues]
    if not case.switches:
        assert store.dataset().fingerprint == before  # the previous data is still in service
    if not case.rule:
        assert outcome.issues == ()
        return
    issue = next((i for i in outcome.issues if i.rule == case.rule), None)
    assert issue is not None, [i.rule for i in outcome.issues]
    shown = uploads.shown_name(case.name)
    assert shown in issue.file
    assert issue.column == case.column
    assert issue.rows == case.rows
    for lang in ("es", "en"):
        message = issue.message(lang)
        assert shown in message
        if case.column:
            assert case.column in message
        if case.rows:
            assert ", ".join(map(str, case.rows)) in message


def test_every_problem_of_an_upload_is_reported_at_once(service):
    outcome = uploads.receive_upload(
        ["data:;base64," + base64.b64encode((POPULATION + "2000,26,Urban,F,7,-1\n").encode()).decode(),
         "data:;base64," + base64.b64encode(ENROLMENT.replace("100,5,90", "100,120,90").encode()).decode()],
        ["population.csv", "enrolment.csv"], TOKEN)
    rules = {(i.file, i.rule) for i in outcome.problems}
    assert {("population.csv", "region_unknown"), ("population.csv", "not_allowed"),
            ("population.csv", "negative"), ("enrolment.csv", "not_above")} <= rules


# ---------------------------------------------------------------- property tests: nothing but validation errors


def cell_text() -> st.SearchStrategy[str]:
    """Cells a real or hostile file may hold: codes, numbers of every kind, blanks, free text with CSV syntax."""
    return st.one_of(
        st.sampled_from(["", " ", "01", "1", "15", "26", "urban", "Rural", "F", "m", "public", "primary", "0012345",
                         "2000", "1990", "2101", "nan", "NaN", "inf", "-inf", "1e400", "-5", "0.5", "45", "true",
                         "sí", "=1+1", "@x", "<b>", "\ufeff", "1,5", '"', "\r", "\n"]),
        st.integers(-10**20, 10**20).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.text(max_size=12),
    )


@st.composite
def table_files(draw):
    """A CSV for a random table: a random choice and order of its columns (sometimes a stranger), random cells."""
    name = draw(st.sampled_from(sorted(TABLES)))
    known = list(TABLES[name].column_names)
    columns = draw(st.lists(st.sampled_from(known + ["notes", "Year", ""]), min_size=1, max_size=len(known) + 2,
                            unique=True))
    if draw(st.booleans()):
        columns = [c for c in known if c not in columns] + columns  # often complete, so the value checks run
    rows = draw(st.lists(st.lists(cell_text(), min_size=len(columns), max_size=len(columns)), max_size=8))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    writer.writerow(columns)
    writer.writerows(rows)
    text = buffer.getvalue()
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]  # cut off anywhere
    return name, text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1"])), errors="replace")


def messages_render(issues) -> None:
    for issue in issues:
        assert issue.message("es") and issue.message("en")
        json.dumps(issue.as_dict("es"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table_files())
def test_no_csv_crashes_the_loader(table_file):
    name, content = table_file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.csv"
        path.write_bytes(content)
        frame, issues = read_table_file(name, path)
    messages_render(issues)
    assert (frame is None) == any(not i.warning for i in issues)
    if frame is not None:
        assert list(frame.columns) == [c for c in TABLES[name].column_names if c in frame.columns]


@st.composite
def parquet_frames(draw):
    """A Parquet table with the contract's column names but values of any type, missing or not."""
    name = draw(st.sampled_from(sorted(TABLES)))
    columns = draw(st.lists(st.sampled_from(TABLES[name].column_names), min_size=1, unique=True))
    size = draw(st.integers(0, 6))
    values = st.one_of(
        st.lists(st.one_of(st.none(), st.integers(-(2**40), 2**40)), min_size=size, max_size=size),
        st.lists(st.one_of(st.none(), st.floats()), min_size=size, max_size=size),
        st.lists(st.one_of(st.none(), st.text(max_size=8)), min_size=size, max_size=size),
        st.lists(st.booleans(), min_size=size, max_size=size),
    )
    return name, pd.DataFrame({c: draw(values) for c in columns})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parquet_frames())
def test_no_parquet_crashes_the_loader(table):
    name, frame = table
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.parquet"
        frame.to_parquet(path)
        result, issues = read_table_file(name, path)
    messages_render(issues)
    assert (result is None) == any(not i.warning for i in issues)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40), st.binary(max_size=300))
def test_no_upload_crashes_the_checks(name, content):
    files, _official, issues = uploads.received_files(["data:;base64," + base64.b64encode(content).decode()], [name],
                                                      10**6)
    messages_render(issues)
    with tempfile.TemporaryDirectory() as folder:
        for file in files:
            messages_render(uploads.stage_file(file, Path(folder), 1000, 10**6))


# ---------------------------------------------------------------- malformed addresses and callback requests


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """The app's Flask test client, serving a tiny data directory with state kept in a temporary directory."""
    demo = tmp_path_factory.mktemp("demo")
    (demo / "finance.csv").write_text(FINANCE, encoding="utf-8")
    (demo / "population.csv").write_text(POPULATION, encoding="utf-8")
    (demo / "dataset.json").write_text('{"synthetic": true}', encoding="utf-8")
    state = tmp_path_factory.mktemp("state")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DASHBOARD_DATA_DIR", str(demo))
        patch.setenv("DASHBOARD_STATE_DIR", str(state))
        patch.setenv("DASHBOARD_ADMIN_TOKEN", TOKEN)
        patch.delenv("DASHBOARD_REDIS_URL", raising=False)
        import app

        store.cache.init_app(app.server, config=shared_cache.cache_config())  # in case app was imported elsewhere first
        with app.server.app_context():
            store.cache.clear()
        yield app.server.test_client()


def pages_request(client, path: str, search: str = "") -> dict:
    dependencies = client.get("/_dash-dependencies").get_json()
    pages = next(d for d in dependencies if any(i["id"] == "_pages_location" for i in d["inputs"]))
    return {"output": pages["output"], "outputs": [{"id": "_pages_content", "property": "children"},
                                                   {"id": "_pages_store", "property": "data"}],
            "inputs": [{"id": "_pages_location", "property": "pathname", "value": path},
                       {"id": "_pages_location", "property": "search", "value": search}],
            "state": [], "changedPropIds": ["_pages_location.pathname"]}


@pytest.mark.parametrize("path", ["/no-such-page", "/data/extra", "/%2e%2e/etc/passwd", "/trends.php",
                                  "/" + "x" * 500])
def test_unknown_pages_answer_404_with_the_apps_own_page(client, path):
    answer = client.get(path)
    assert answer.status_code == 404
    assert b"_dash-config" in answer.data  # the app's shell, so the browser draws the styled not-found page
    assert client.head(path).status_code == 404
    drawn = client.post("/_dash-update-component", json=pages_request(client, path))
    assert drawn.status_code == 200
    text = drawn.get_data(as_text=True)
    assert "observatory-nav" in text and "no corresponde a ninguna página" in text


def test_registered_pages_answer_200(client):
    import dash

    for page in dash.page_registry.values():
        assert client.get(page["path"]).status_code == 200, page["path"]


@pytest.mark.parametrize("search", ["?lang=xx", "?bogus=1", "?lang=en&present=maybe", "?lang=%00%ff", "?=&&=",
                                    "?years=2015-1990&regions=99,AA&indicator=<script>"])
def test_bad_query_parameters_fall_back_to_defaults_with_a_notice(client, search):
    import dash

    for page in dash.page_registry.values():
        drawn = client.post("/_dash-update-component", json=pages_request(client, page["path"], search))
        assert drawn.status_code == 200, (page["path"], search, drawn.get_data(as_text=True)[:300])
        text = drawn.get_data(as_text=True)
        if search != "?=&&=":
            assert "param-notice" in text, (page["path"], search)
        assert "<script>" not in text  # echoed text is a JSON string for React to escape, never markup


GARBAGE_BODIES = [
    ("not JSON", "{{{", "application/json"),
    ("form data", "output=x", "application/x-www-form-urlencoded"),
    ("a list", "[]", "application/json"),
    ("a number", "42", "application/json"),
    ("empty object", "{}", "application/json"),
    ("output not a string", '{"output": 5}', "application/json"),
    ("unknown output", '{"output": "nope.children", "inputs": [], "state": []}', "application/json"),
    ("inputs not a list", '{"output": "data-report.children", "inputs": "x"}', "application/json"),
    ("deep nesting", "[" * 5000 + "]" * 5000, "application/json"),
]


@pytest.mark.parametrize("label, body, mimetype", GARBAGE_BODIES, ids=[g[0] for g in GARBAGE_BODIES])
def test_garbage_callback_requests_get_a_client_error_not_a_500(client, label, body, mimetype):
    answer = client.post("/_dash-update-component", data=body, content_type=mimetype)
    assert 400 <= answer.status_code < 500, (label, answer.status_code)
    assert b"Traceback" not in answer.data


WRONG_VALUES = [None, 5, "x", [], {}, [1, [2]], {"lang": 5}, True, -1e308]


def test_every_callback_survives_values_of_the_wrong_type(client):
    """Each server callback, with every input and state set to each wrong value: a 2xx or 4xx, never a 500."""
    dependencies = client.get("/_dash-dependencies").get_json()
    for dependency in dependencies:
        if dependency.get("clientside_function"):
            continue
        output = dependency["output"]
        parts = output[2:-2].split("...") if output.startswith("..") else [output]
        outputs = [{"id": _id(p.rsplit(".", 1)[0]), "property": p.rsplit(".", 1)[1]} for p in parts]
        for value in WRONG_VALUES:
            body = {
                "output": output, "outputs": outputs if output.startswith("..") else outputs[0],
                "inputs": [{"id": _id(i["id"]), "property": i["property"], "value": value}
                           for i in dependency["inputs"]],
                "state": [{"id": _id(s["id"]), "property": s["property"], "value": value}
                          for s in dependency["state"]],
                "changedPropIds": [f"{i['id']}.{i['property']}" for i in dependency["inputs"]][:1],
            }
            answer = client.post("/_dash-update-component", json=body)
            assert answer.status_code < 500, (output, value, answer.get_data(as_text=True)[:300])


def _id(text: str):
    """A dependency id as a concrete id: wildcards replaced by a plausible value."""
    if not text.startswith("{"):
        return text
    return {k: ("x" if isinstance(v, list) else v) for k, v in json.loads(text).items()}


def test_upload_through_the_callback_with_a_wrong_token_changes_nothing(client):
    before = client.post("/_dash-update-component", json=pages_request(client, "/data")).get_data(as_text=True)
    version = re.search(r'"data_version":\s*"(\w+)"', before).group(1)
    outputs = (("data-report", "children"), ("data-in-service", "children"), ("data-banner", "children"),
               ("data-upload", "contents"), ("data-import-actions", "hidden"))
    body = {
        "output": "...".join(f"{i}.{p}" for i, p in outputs).join(("..", "..")),
        "outputs": [{"id": i, "property": p} for i, p in outputs],
        "inputs": [{"id": "data-upload", "property": "contents", "value": ["data:;base64," + base64.b64encode(
            FINANCE.encode()).decode()]}, {"id": "data-reset", "property": "submit_n_clicks", "value": None},
            {"id": "data-import-apply", "property": "n_clicks", "value": None},
            {"id": "data-import-cancel", "property": "n_clicks", "value": None}],
        "state": [{"id": "data-upload", "property": "filename", "value": ["finance.csv"]},
                  {"id": "data-token", "property": "value", "value": "guess"},
                  {"id": "data-import-year", "property": "value", "value": None},
                  {"id": "data-context", "property": "data", "value": {"lang": "en", "present": False}}],
        "changedPropIds": ["data-upload.contents"],
    }
    answer = client.post("/_dash-update-component", json=body)
    assert answer.status_code == 200
    text = answer.get_data(as_text=True)
    assert "not_administrator" in text and version in text
    assert answer.headers.get(answer_cache.CACHE_HEADER) is None  # actions are never answered from the cache
