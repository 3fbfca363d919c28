"""What travels over a slow office link: every text answer compressed, fingerprinted files cached for a year."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from dashboard.figures.maps import REGIONS_URL
from dashboard.geo import REGIONS_FILE
from dashboard.http_cache import FOREVER, is_fingerprinted

GZIP = {"Accept-Encoding": "gzip"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    demo = tmp_path_factory.mktemp("demo")
    (demo / "finance.csv").write_text("year,gnp,public_expenditure_education,public_expenditure_primary,"
                                      "public_current_expenditure_primary\n2000,1000000,50000,20000,15000\n",
                                      encoding="utf-8")
    (demo / "dataset.json").write_text(json.dumps({"synthetic": True}), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DASHBOARD_DATA_DIR", str(demo))
        patch.setenv("DASHBOARD_STATE_DIR", str(tmp_path_factory.mktemp("state")))
        patch.delenv("DASHBOARD_REDIS_URL", raising=False)
        patch.delenv("DASHBOARD_DEBUG", raising=False)
        import app

        yield app.server.test_client()


@pytest.fixture(scope="module")
def index(client) -> str:
    return client.get("/").get_data(as_text=True)


def linked(index: str, pattern: str) -> str:
    """The first address in the page that matches `pattern` (a script's src or a stylesheet's href)."""
    found = re.findall(r'(?:src|href)="([^"]+)"', index)
    return next(address for address in found if re.search(pattern, address))


def assert_gzipped(answer, plain: bytes | None = None) -> bytes:
    assert answer.status_code == 200
    assert answer.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in answer.headers["Vary"]
    body = gzip.decompress(answer.get_data())
    if plain is not None:
        assert body == plain
        assert len(answer.get_data()) < len(plain) / 2  # text compresses at least two to one
    return body


def test_dash_scripts_are_gzipped_and_cached_for_a_year(client, index):
    address = linked(index, r"dash_core_components\.v[\w-]+m\d+\.js$")
    plain = client.get(address).get_data()
    answer = client.get(address, headers=GZIP)
    assert_gzipped(answer, plain)
    assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_the_projects_stylesheet_is_gzipped_and_cached_for_a_year(client, index):
    address = linked(index, r"/assets/style\.css\?m=\d+")
    answer = client.get(address, headers=GZIP)
    assert_gzipped(answer, (Path(__file__).parents[2] / "assets/style.css").read_bytes())
    assert answer.headers["Cache-Control"] == FOREVER


def test_an_asset_asked_for_without_its_fingerprint_is_revalidated_instead(client):
    answer = client.get("/assets/style.css")
    assert "immutable" not in answer.headers.get("Cache-Control", "")
    assert client.get("/assets/style.css", headers={"If-None-Match": answer.headers["ETag"]}).status_code == 304


def test_a_callback_answer_is_gzipped_and_never_cached_by_the_browser(client):
    dependencies = client.get("/_dash-dependencies").get_json()
    pages = next(d for d in dependencies if any(i["id"] == "_pages_location" for i in d["inputs"]))
    outputs = [{"id": part.rsplit(".", 1)[0], "property": part.rsplit(".", 1)[1]}
               for part in pages["output"][2:-2].split("...")]
    answer = client.post("/_dash-update-component", headers=GZIP, json={
        "output": pages["output"], "outputs": outputs, "state": [], "changedPropIds": [],
        "inputs": [{"id": "_pages_location", "property": "pathname", "value": "/"},
                   {"id": "_pages_location", "property": "search", "value": ""}]})
    assert answer.mimetype == "application/json"
    body = json.loads(assert_gzipped(answer))
    assert body["multi"] is True and body["response"]  # a real page layout came back
    assert "max-age" not in answer.headers.get("Cache-Control", "")


def test_the_region_shapes_are_gzipped_cached_for_a_day_then_revalidated(client):
    answer = client.get(REGIONS_URL, headers=GZIP)
    assert_gzipped(answer, REGIONS_FILE.read_bytes())
    assert answer.headers["Cache-Control"] == "public, max-age=86400"
    again = client.get(REGIONS_URL, headers={**GZIP, "If-Modified-Since": answer.headers["Last-Modified"]})
    assert again.status_code == 304


def test_a_client_that_does_not_ask_for_compression_gets_plain_text(client):
    answer = client.get(REGIONS_URL)
    assert "Content-Encoding" not in answer.headers
    assert answer.get_data() == REGIONS_FILE.read_bytes()


@pytest.mark.parametrize("path, query, expected", [
    ("/_dash-component-suites/dash/dcc/dash_core_components.v4_4_1m1733.js", {}, True),
    ("/_dash-component-suites/dash/dcc/dash_core_components.js", {}, False),
    ("/assets/style.css", {"m": "1733"}, True),
    ("/assets/style.css", {}, False),
    ("/data", {"m": "1"}, False),
])
def test_which_addresses_count_as_fingerprinted(path, query, expected):
    assert is_fingerprinted(path, query) is expected


def test_a_browser_gets_its_preferred_encoding_on_files_from_disk_too(client):
    answer = client.get(REGIONS_URL, headers={"Accept-Encoding": "gzip, deflate, br, zstd"})  # Chromium's header
    assert answer.headers["Content-Encoding"] in {"zstd", "br"}
    assert len(answer.get_data()) < len(REGIONS_FILE.read_bytes()) / 2
