"""The map as a presenter and a keyboard user meet it: it fills its panel, fits Peru, outlines the chosen region,
and its years are switched from the keyboard, in the browser."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.browser.conftest import console_errors, wait_for

PERU = (-81.328, -18.351, -68.655, -0.039)  # west, south, east, north (data/geo/peru_regions.geojson)
SHOTS = Path(os.environ.get("OBSERVATORY_SHOTS", "/tmp/map-shots"))

# How the map sits in the page: its plot area against the card, and Peru's box as MapLibre projects it.
MEASURE = """
const plot = document.querySelector('#maps-graph .js-plotly-plot');
const card = document.querySelector('#maps-graph').closest('.figure-card').getBoundingClientRect();
const size = plot._fullLayout._size;
const map = plot._fullLayout.map._subplot.map;
const corner = (lon, lat) => map.project([lon, lat]);
const [west, south, east, north] = arguments[0];
const low = corner(west, south), high = corner(east, north);
const canvas = map.getCanvas().getBoundingClientRect();
return {plot: size.w * size.h, card: card.width * card.height, canvasW: canvas.width, canvasH: canvas.height,
        peruW: high.x - low.x, peruH: low.y - high.y, left: low.x, top: high.y,
        scroll: document.documentElement.scrollHeight - document.documentElement.clientHeight};
"""


def open_map(dash_duo, observatory, address: str, size: tuple[int, int]) -> None:
    dash_duo.start_server(observatory)
    dash_duo.driver.set_window_size(*size)
    dash_duo.driver.get(dash_duo.server_url + address)
    dash_duo.wait_for_element("#maps-graph .maplibregl-canvas", timeout=40)


def fitted(dash_duo) -> dict:
    """The map's measures once the page has fitted Peru (its box touches two opposite sides, less the padding)."""
    last = {}

    def measure():
        last.update(dash_duo.driver.execute_script(MEASURE, list(PERU)))
        fills = max(last["peruW"] / last["canvasW"], last["peruH"] / last["canvasH"])
        return dict(last) if fills > 0.85 else None
    try:
        return wait_for(measure, timeout=20)
    except AssertionError as late:
        raise AssertionError(f"Peru not fitted: {last}") from late


def shown_year(dash_duo) -> int | None:
    """The year of the frame drawn on the map: each year's frame writes its year into the values' hover text."""
    hover = dash_duo.driver.execute_script(
        "const plot = document.querySelector('#maps-graph .js-plotly-plot');"
        "return plot && plot.data ? plot.data.find(trace => trace.coloraxis).hovertemplate : '';")
    found = re.search(r"<br>(\d{4}): ", hover or "")
    return int(found.group(1)) if found else None


@pytest.mark.browser
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_presenting_the_map_fills_its_panel_and_fits_peru_without_scrolling(dash_duo, observatory, size):
    open_map(dash_duo, observatory, "/maps?present=1", size)
    shape = fitted(dash_duo)
    assert shape["plot"] >= 0.5 * shape["card"], shape
    assert shape["scroll"] <= 0, shape
    # Peru whole inside the map, at most a few pixels off its edges.
    assert shape["left"] >= -2 and shape["top"] >= -2, shape
    assert shape["left"] + shape["peruW"] <= shape["canvasW"] + 2, shape
    assert shape["top"] + shape["peruH"] <= shape["canvasH"] + 2, shape
    SHOTS.mkdir(parents=True, exist_ok=True)
    dash_duo.driver.save_screenshot(str(SHOTS / f"present-{size[0]}x{size[1]}-es.png"))
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_a_resized_window_fits_peru_again(dash_duo, observatory):
    open_map(dash_duo, observatory, "/maps?present=1&lang=en", (1280, 720))
    small = fitted(dash_duo)
    dash_duo.driver.set_window_size(1920, 1080)
    wait_for(lambda: dash_duo.driver.execute_script(MEASURE, list(PERU))["canvasH"] > small["canvasH"] + 100)
    large = fitted(dash_duo)
    assert large["peruH"] > small["peruH"] * 1.5, (small, large)
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_the_region_in_the_address_is_outlined_and_stays_outlined_while_the_years_change(dash_duo, observatory):
    open_map(dash_duo, observatory, "/maps?region=09&year=2000&lang=en", (1440, 900))
    outlined = "return document.querySelector('#maps-graph .js-plotly-plot').data" \
               ".filter(t => t.name === 'highlight').map(t => Array.from(t.locations));"
    wait_for(lambda: dash_duo.driver.execute_script(outlined) == [["09"]])
    fitted(dash_duo)
    # The outline is a drawn layer of the map, dark and thick.
    paint = dash_duo.driver.execute_script("""
        const map = document.querySelector('#maps-graph .js-plotly-plot')._fullLayout.map._subplot.map;
        const lines = map.getStyle().layers.filter(layer => layer.type === 'line');
        return lines.map(layer => [map.getPaintProperty(layer.id, 'line-width'),
                                   map.getPaintProperty(layer.id, 'line-color')]);
    """)
    assert [4, "#111111"] in paint or any(width == 4 for width, _ in paint), paint
    dash_duo.driver.save_screenshot(str(SHOTS / "region-09-1440x900-en.png"))
    play = dash_duo.find_element("#maps-play")
    dash_duo.driver.execute_script("arguments[0].click()", play)
    wait_for(lambda: "year=2000" not in dash_duo.driver.current_url)
    assert play.get_attribute("aria-pressed") == "true" and play.text == "❚❚ Pause"
    dash_duo.driver.execute_script("arguments[0].click()", play)
    wait_for(lambda: play.get_attribute("aria-pressed") == "false")
    assert dash_duo.driver.execute_script(outlined) == [["09"]]
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_tab_reaches_play_and_the_year_slider_and_an_arrow_key_changes_the_year_on_the_map(dash_duo, observatory):
    open_map(dash_duo, observatory, "/maps?year=2000", (1440, 900))
    wait_for(lambda: shown_year(dash_duo) == 2000)
    focused = "return document.activeElement"
    body = dash_duo.driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    reached = set()
    for _ in range(80):  # Tab through the page until both controls have had the focus
        element = dash_duo.driver.execute_script(focused)
        if element.get_attribute("id") == "maps-play":
            reached.add("play")
        if element.get_attribute("role") == "slider" and dash_duo.driver.execute_script(
                "return arguments[0].closest('.map-year-slider') !== null", element):
            reached.add("slider")
            assert element.get_attribute("aria-label") == "Año que muestra el mapa"
            break
        element.send_keys(Keys.TAB)
    assert reached == {"play", "slider"}
    element.send_keys(Keys.ARROW_RIGHT)
    wait_for(lambda: shown_year(dash_duo) == 2001)
    wait_for(lambda: "year=2001" in dash_duo.driver.current_url)
    assert dash_duo.find_element("#maps-year-shown").text == "Año: 2001"
    wait_for(lambda: "2001" in [note.text for note in dash_duo.driver.find_elements(
        By.CSS_SELECTOR, "#maps-graph .annotation-text")])  # the year written on the map followed
    assert console_errors(dash_duo) == []
