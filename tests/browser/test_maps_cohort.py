"""The maps and cohort pages in a real browser: clean console, filters redraw, addresses restore views, modes work."""
from __future__ import annotations

import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from tests.browser.conftest import choose, wait_for


def texts(dash_duo, selector: str) -> list[str]:
    return [element.text for element in dash_duo.driver.find_elements(By.CSS_SELECTOR, selector)]


def slider_year(dash_duo) -> str:
    """The year shown beside the map's year slider ('Año: 2010')."""
    labels = texts(dash_duo, "#maps-year-shown")
    return labels[0] if labels else ""


def open_page(dash_duo, observatory, address: str, ready: str) -> None:
    dash_duo.start_server(observatory)
    dash_duo.driver.set_window_size(1440, 900)
    dash_duo.driver.get(dash_duo.server_url + address)
    dash_duo.wait_for_element(ready, timeout=40)


@pytest.mark.browser
def test_the_map_loads_cleanly_and_a_filter_or_view_redraws_it(dash_duo, observatory):
    open_page(dash_duo, observatory, "/maps", "#maps-graph .maplibregl-canvas")
    wait_for(lambda: slider_year(dash_duo).startswith("Año: "))
    assert dash_duo.find_element("#maps-title").text.splitlines()[0] == "Tasa neta de matrícula en primaria por región"
    choose(dash_duo, "maps-sex", "Mujeres")
    wait_for(lambda: "sex=F" in dash_duo.driver.current_url)
    dash_duo.driver.find_element(By.XPATH, "//label[normalize-space()='Brecha urbana − rural']").click()
    wait_for(lambda: "brecha" in dash_duo.find_element("#maps-title").text)
    wait_for(lambda: any("urbana − rural" in t for t in texts(dash_duo, "#maps-graph .cbtitle text")))
    assert "view=gap" in dash_duo.driver.current_url
    assert dash_duo.find_element("#maps-area").get_attribute("disabled")  # the gap already splits by area
    assert "Gestión: no disponible —" in dash_duo.find_element("#maps-reasons").text  # population has no management
    assert dash_duo.get_logs() == []


@pytest.mark.browser
def test_a_shared_map_address_restores_the_view_in_english(dash_duo, observatory):
    address = "/maps?indicator=gross_enrolment_ratio&view=urban_rural&year=2010&region=15&lang=en"
    open_page(dash_duo, observatory, address, "#maps-graph .maplibregl-canvas")
    wait_for(lambda: dash_duo.find_element("#maps-title").text.splitlines()[0]
             == "Gross enrolment ratio in primary education: urban and rural areas by region")
    wait_for(lambda: slider_year(dash_duo) == "Year: 2010")
    wait_for(lambda: dash_duo.find_element("#maps-profile-title").text == "Lima against the national figure")
    assert {"Urban", "Rural"} <= set(texts(dash_duo, "#maps-graph .annotation-text"))
    link = dash_duo.find_element("#maps-profile-link")
    assert "/trends?lang=en&indicator=gross_enrolment_ratio&compare=region_code&regions=15" in link.get_attribute(
        "href")
    assert set(texts(dash_duo, "#maps-profile-graph .legendtext")) == {"National", "Lima"}
    assert dash_duo.find_element("#maps-view input[value='urban_rural']").is_selected()
    assert dash_duo.get_logs() == []


@pytest.mark.browser
def test_clicking_a_region_opens_its_profile_and_play_moves_the_year(dash_duo, observatory):
    open_page(dash_duo, observatory, "/maps?year=2000", "#maps-graph .maplibregl-canvas")
    wait_for(lambda: slider_year(dash_duo) == "Año: 2000")
    time.sleep(2)  # MapLibre draws the shapes after the canvas appears
    canvas = dash_duo.find_element("#maps-graph .maplibregl-canvas")
    dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", canvas)
    # From the canvas centre, a little up and left: inside Peru (whatever Selenium takes as an offset's origin)

    def click_inside_peru() -> None:
        ActionChains(dash_duo.driver).move_to_element(canvas).move_by_offset(-20, -canvas.size["height"] // 6) \
            .click().perform()

    # A click while MapLibre is still settling its layers is not reported: click again, as a person would.
    for _attempt in range(4):
        click_inside_peru()
        try:
            wait_for(lambda: "region=" in dash_duo.driver.current_url, timeout=8)
            break
        except AssertionError:
            continue
    wait_for(lambda: "region=" in dash_duo.driver.current_url)
    wait_for(lambda: "frente al total nacional" in dash_duo.find_element("#maps-profile-title").text)
    clicked = dash_duo.driver.current_url.split("region=")[1][:2]
    wait_for(lambda: dash_duo.driver.execute_script(  # the clicked region is outlined on the map
        "return document.querySelector('#maps-graph .js-plotly-plot').data"
        ".filter(t => t.name === 'highlight').map(t => Array.from(t.locations));") == [[clicked]])
    play = dash_duo.find_element("#maps-play")
    dash_duo.driver.execute_script("arguments[0].click()", play)
    wait_for(lambda: "year=2000" not in dash_duo.driver.current_url and "year=20" in dash_duo.driver.current_url)
    dash_duo.driver.execute_script("arguments[0].click()", play)  # the same button pauses
    wait_for(lambda: play.get_attribute("aria-pressed") == "false")
    assert slider_year(dash_duo) != "Año: 2000"
    assert dash_duo.get_logs() == []


@pytest.mark.browser
def test_the_cohort_address_restores_the_view_and_a_filter_redraws_it(dash_duo, observatory):
    open_page(dash_duo, observatory, "/cohort?year=2010&region=09&area=rural&lang=en", "#cohort-graph .sankey")
    wait_for(lambda: dash_duo.find_element("#cohort-title").text.startswith(
        "Cohort of 1,000 pupils entering grade 1 in 2010"))
    assert "Huancavelica, rural. Rates from 2010 and 2011." in dash_duo.find_element("#cohort-title").text
    assert dash_duo.find_element("#cohort-number-survival").text.endswith("%")
    labels = texts(dash_duo, "#cohort-graph .node-label")
    assert any(label.startswith("Grade 1") for label in labels) and any("Graduates" in label for label in labels)
    before = dash_duo.find_element("#cohort-number-efficiency").text
    choose(dash_duo, "cohort-cap", "0 per pupil")  # nobody may repeat: repeaters leave school instead
    wait_for(lambda: "cap=0" in dash_duo.driver.current_url)
    wait_for(lambda: dash_duo.find_element("#cohort-number-efficiency").text != before)
    assert len(dash_duo.find_elements("#cohort-rates tbody tr")) == 6
    assert dash_duo.get_logs() == []


@pytest.mark.browser
def test_presentation_mode_hides_the_controls_and_secondary_figures(dash_duo, observatory):
    open_page(dash_duo, observatory, "/maps?present=1", "#maps-graph .maplibregl-canvas")
    dash_duo.driver.set_window_size(1280, 720)
    assert dash_duo.find_element(".observatory-page").get_attribute("class").endswith("present")
    assert not dash_duo.find_element(".controls-card").is_displayed()
    assert not dash_duo.find_element("#maps-profile-graph").is_displayed()
    assert dash_duo.find_element("#maps-graph").is_displayed()
    dash_duo.driver.get(dash_duo.server_url + "/cohort?present=1")
    dash_duo.wait_for_element("#cohort-graph .sankey", timeout=40)
    assert not dash_duo.find_element(".controls-card").is_displayed()
    assert not dash_duo.find_element("#cohort-rates").is_displayed()
    assert dash_duo.find_element("#cohort-number-survival").is_displayed()
    assert dash_duo.get_logs() == []
