"""The data page in headless Chromium: what is loaded, a refused upload that changes nothing, one that switches.

    python -m pytest tests/browser/test_data_page.py
    OBSERVATORY_SCREENSHOTS=/tmp/shots python -m pytest tests/browser/test_data_page.py   # also save screenshots
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dashboard import store
from tests.browser.conftest import console_errors

TOKEN = "browser-test-token"
POPULATION = "year,region_code,area,sex,age,population\n2000,01,urban,F,6,120\n2001,15,rural,M,7,118\n"
FINANCE = ("year,gnp,public_expenditure_education,public_expenditure_primary,public_current_expenditure_primary\n"
           "2000,1000000,50000,20000,15000\n2001,1100000,52000,21000,16000\n")
COACHING = "school_id,year,coached\n0012345,2011,true\n0012345,2012,true\n"


@pytest.fixture
def data_page(tmp_path, monkeypatch):
    """The app serving a small synthetic directory, uploads on; the shared cache is left as it was found."""
    demo = tmp_path / "demo"
    demo.mkdir()
    for name, text in (("population", POPULATION), ("finance", FINANCE), ("coaching", COACHING)):
        (demo / f"{name}.csv").write_text(text, encoding="utf-8")
    (demo / "dataset.json").write_text(json.dumps({"synthetic": True}), encoding="utf-8")
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(demo))
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("DASHBOARD_ADMIN_TOKEN", TOKEN)
    import app

    yield app.app
    with app.server.app_context():
        store.cache.delete(store.pointer_key())


def version_shown(dash_duo) -> str:
    return dash_duo.find_element("#data-in-service .data-version").text


def upload(dash_duo, *paths: Path) -> None:
    dash_duo.find_element("#data-upload input[type=file]").send_keys("\n".join(str(p) for p in paths))


def screenshot(dash_duo, name: str) -> None:
    folder = os.environ.get("OBSERVATORY_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        dash_duo.driver.save_screenshot(str(Path(folder) / f"{name}.png"))


@pytest.mark.browser
def test_data_page_shows_what_is_loaded_in_both_languages(dash_duo, data_page):
    dash_duo.start_server(data_page)
    dash_duo.driver.set_window_size(1440, 900)
    dash_duo.driver.get(dash_duo.server_url + "/data")
    dash_duo.wait_for_element("#data-in-service .data-tables", timeout=20)
    tables = [e.get_attribute("data-table") for e in dash_duo.find_elements("#data-in-service tbody tr")]
    assert tables == ["population", "finance", "coaching"]
    assert "Datos sintéticos de demostración" in dash_duo.find_element(".data-kind").text
    assert dash_duo.find_element("#synthetic-notice")
    dash_duo.wait_for_element("#data-coverage .main-svg", timeout=20)
    assert console_errors(dash_duo) == []
    screenshot(dash_duo, "data-es")
    dash_duo.driver.get(dash_duo.server_url + "/data?lang=en")
    dash_duo.wait_for_text_to_equal("h1", "Data", timeout=20)
    assert "Synthetic demo data" in dash_duo.find_element(".data-kind").text
    dash_duo.wait_for_element("#data-coverage .main-svg", timeout=20)
    assert console_errors(dash_duo) == []
    screenshot(dash_duo, "data-en")


@pytest.mark.browser
def test_without_a_token_the_page_says_how_to_turn_uploads_on(dash_duo, data_page, monkeypatch):
    monkeypatch.delenv("DASHBOARD_ADMIN_TOKEN")
    dash_duo.start_server(data_page)
    dash_duo.driver.get(dash_duo.server_url + "/data?lang=en")
    dash_duo.wait_for_element(".uploads-off", timeout=20)
    text = dash_duo.find_element(".uploads-off").text
    assert "administration key" in text and "DASHBOARD_" not in text  # the domain's words, no server setting
    assert dash_duo.find_elements("#data-upload") == []
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_bad_upload_is_reported_and_a_good_one_switches(dash_duo, data_page, tmp_path):
    dash_duo.start_server(data_page)
    dash_duo.driver.set_window_size(1440, 900)
    dash_duo.driver.get(dash_duo.server_url + "/data?lang=en")
    dash_duo.wait_for_element("#data-in-service .data-version", timeout=20)
    before = version_shown(dash_duo)
    dash_duo.find_element("#data-token").send_keys(TOKEN)

    bad = tmp_path / "files" / "finance.csv"
    bad.parent.mkdir()
    bad.write_text(FINANCE.replace("2001,1100000", "2001,-1100000"), encoding="utf-8")
    unknown = tmp_path / "files" / "budget.csv"
    unknown.write_text(FINANCE, encoding="utf-8")
    upload(dash_duo, bad, unknown)
    dash_duo.wait_for_element(".upload-refused", timeout=30)
    rules = [e.get_attribute("data-rule") for e in dash_duo.find_elements(".upload-issues li")]
    assert {"unknown_table", "negative"} <= set(rules)
    assert "Nothing was changed" in dash_duo.find_element(".upload-refused").text
    assert version_shown(dash_duo) == before
    screenshot(dash_duo, "data-en-refused")

    # The user fixes the file where it is and chooses it again (the browser must send it again).
    bad.write_text(FINANCE.replace("2001,1100000", "2001,1200000"), encoding="utf-8")
    unknown.unlink()
    upload(dash_duo, bad)
    dash_duo.wait_for_element(".upload-switched", timeout=30)
    dash_duo.wait_for_element("#data-coverage .main-svg", timeout=20)
    screenshot(dash_duo, "data-en-upload-answer")
    after = version_shown(dash_duo)
    assert after != before
    finance_row = dash_duo.find_element('#data-in-service tr[data-table="finance"]').text
    assert "Uploaded: finance.csv" in finance_row
    assert "population" in dash_duo.find_element("#synthetic-notice").text  # still-synthetic tables are named
    # The data is switched for every page, not only this one.
    dash_duo.driver.get(dash_duo.server_url + "/data?lang=en")
    dash_duo.wait_for_element("#data-coverage .main-svg", timeout=20)
    assert version_shown(dash_duo) == after
    assert console_errors(dash_duo) == []
    screenshot(dash_duo, "data-en-switched")


@pytest.mark.browser
def test_an_official_file_is_previewed_then_applied(dash_duo, data_page):
    padron = Path(__file__).resolve().parents[1] / "fixtures" / "importers" / "padron_web.dbf"
    dash_duo.start_server(data_page)
    dash_duo.driver.set_window_size(1440, 900)
    dash_duo.driver.get(dash_duo.server_url + "/data")
    dash_duo.wait_for_element("#data-in-service .data-version", timeout=20)
    before = version_shown(dash_duo)
    dash_duo.find_element("#data-token").send_keys(TOKEN)
    upload(dash_duo, padron)
    dash_duo.wait_for_element(".upload-preview", timeout=30)
    preview = dash_duo.find_element(".upload-preview").text
    assert "todavía no cambió nada" in preview and "5 escuelas en 3 regiones" in preview
    assert "2 filas con códigos GESTION desconocidos" in preview
    assert version_shown(dash_duo) == before  # a preview changes nothing
    apply = dash_duo.find_element("#data-import-apply")
    dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", apply)
    screenshot(dash_duo, "data-es-import-preview")

    dash_duo.driver.execute_script("arguments[0].click()", apply)  # below the fold on a short window
    dash_duo.wait_for_element(".upload-switched", timeout=30)
    assert version_shown(dash_duo) != before
    assert dash_duo.find_element('#data-in-service tr[data-table="schools"]').text.startswith("schools")
    assert not dash_duo.find_element("#data-import-actions").is_displayed()
    assert console_errors(dash_duo) == []
    screenshot(dash_duo, "data-es-import-applied")
