"""The "Tabla" toggle under a chart: a real table with a caption, sortable from its headers, accessible."""
from __future__ import annotations

import pytest
from selenium.common.exceptions import ElementClickInterceptedException

from tests.browser.conftest import console_errors, wait_for
from tests.browser.test_presenter import settle, violations

TOGGLE = "button.table-toggle"


def press(driver, element) -> None:
    """Click an element as a user would, once it is scrolled to the middle of the window."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    try:
        element.click()
    except ElementClickInterceptedException:  # a sticky bar can cover it; a script click is the same click
        driver.execute_script("arguments[0].click();", element)


def column_texts(driver, position: int) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('.figure-table tbody tr'))"
        f"  .map(r => r.children[{position}].innerText);")


@pytest.mark.browser
def test_table_toggle_shows_a_captioned_table_that_sorts_by_header(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.driver.set_window_size(1440, 900)
    settle(dash_duo, "/trends?compare=region_code&regions=09,21&years=2010-2015&data=demo")
    toggle = dash_duo.find_element(TOGGLE)
    assert toggle.text == "Tabla" and toggle.get_attribute("aria-expanded") == "false"
    press(dash_duo.driver, toggle)
    dash_duo.wait_for_element(".figure-table caption", timeout=30)
    caption = dash_duo.find_element(".figure-table caption").text
    assert "Huancavelica" in caption and "Puno" in caption
    wait_for(lambda: toggle.get_attribute("aria-expanded") == "true")
    headers = [h.text for h in dash_duo.driver.find_elements("css selector", ".figure-table thead th")]
    assert headers[:3] == ["serie", "año", "valor"]
    # The national line and two regions over six years: eighteen rows, in the CSV's order.
    assert len(column_texts(dash_duo.driver, 1)) == 18

    dash_duo.driver.save_screenshot("/tmp/charts_table_open.png")
    value_header = dash_duo.driver.find_elements("css selector", ".figure-table thead th")[2]
    press(dash_duo.driver, value_header.find_element("css selector", "button"))
    wait_for(lambda: dash_duo.driver.find_elements("css selector", ".figure-table thead th")[2]
             .get_attribute("aria-sort") == "ascending")
    values = [float(v.replace("\u202f", "").replace(",", ".")) for v in column_texts(dash_duo.driver, 2) if v]
    assert values == sorted(values)
    # The same header, pressed from the keyboard, reverses the order.
    dash_duo.driver.find_elements("css selector", ".figure-table thead th button")[2].send_keys("\n")
    wait_for(lambda: dash_duo.driver.find_elements("css selector", ".figure-table thead th")[2]
             .get_attribute("aria-sort") == "descending")
    values = [float(v.replace("\u202f", "").replace(",", ".")) for v in column_texts(dash_duo.driver, 2) if v]
    assert values == sorted(values, reverse=True)

    assert not violations(dash_duo.driver), violations(dash_duo.driver)
    # While open, the table follows the controls: the national line alone is six rows.
    from dashboard.i18n import t

    national = dash_duo.driver.find_element(
        "xpath", f"//*[@id='trends-compare']//label[normalize-space()='{t('compare.national', 'es')}']")
    press(dash_duo.driver, national)
    wait_for(lambda: len(column_texts(dash_duo.driver, 1)) == 6)
    assert not console_errors(dash_duo)
    dash_duo.driver.save_screenshot("/tmp/charts_table_trends.png")
    press(dash_duo.driver, toggle)
    wait_for(lambda: not dash_duo.driver.find_elements("css selector", ".figure-table"))


@pytest.mark.browser
def test_the_table_speaks_english_on_the_english_page_and_stays_accessible(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.driver.set_window_size(1440, 900)
    settle(dash_duo, "/parity?lang=en&data=demo")
    toggle = dash_duo.find_element(TOGGLE)
    assert toggle.text == "Table"
    press(dash_duo.driver, toggle)
    dash_duo.wait_for_element(".figure-table caption", timeout=30)
    assert dash_duo.find_element(".figure-table caption").text.startswith("Gender parity")
    headers = [h.text for h in dash_duo.driver.find_elements("css selector", ".figure-table thead th")]
    assert headers[:2] == ["year", "value"] and "adjusted GPI" in headers
    assert not violations(dash_duo.driver), violations(dash_duo.driver)
    assert not console_errors(dash_duo)
