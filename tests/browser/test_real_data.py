"""The published real data in service (data/peru) in a real browser: computed vs published, and the demo one click away.

The session's app serves the synthetic demo (tests/browser/conftest.py); these tests put the bundled real
dataset in service for their duration, as an operator's `python app.py` does, and put the demo back after.
"""
from __future__ import annotations

import pytest

from dashboard import store
from dashboard.config import PERU_DIR
from tests.browser.conftest import console_errors, figure_state, wait_for


@pytest.fixture
def real_data_in_service(observatory, demo_dir):
    store.activate(PERU_DIR)
    yield
    store.activate(demo_dir)


def dashed_traces(dash_duo, graph_id: str) -> list[str]:
    return dash_duo.driver.execute_script(
        "const plot = document.querySelector(arguments[0] + ' .js-plotly-plot');"
        "return plot && plot.data ? plot.data.filter(d => d.line && d.line.dash === 'dash').map(d => d.name) : [];",
        f"#{graph_id}")


@pytest.mark.browser
def test_trends_opens_on_real_figures_with_the_published_line(dash_duo, observatory, real_data_in_service):
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + "/trends?indicator=gross_enrolment_ratio")
    dash_duo.wait_for_element("#trends-graph .main-svg", timeout=30)
    wait_for(lambda: figure_state(dash_duo, "trends-graph")["legend"] == ["Nacional", "Nacional, publicado"])
    assert dashed_traces(dash_duo, "trends-graph") == ["Nacional, publicado"]
    assert "1990–2015" in dash_duo.find_element("#trends-title").text
    origin = wait_for(lambda: "publicado por" in dash_duo.find_element("#trends-title").text
                      and dash_duo.find_element("#trends-title").text)
    assert "publicado por World Bank EdStats, 2019 release" in origin
    assert dash_duo.find_elements("#synthetic-notice") == []  # nothing synthetic is shown
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_maps_says_there_are_no_regions_and_opens_the_demo(dash_duo, observatory, real_data_in_service):
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + "/maps?indicator=gross_enrolment_ratio")
    offer = dash_duo.wait_for_element("#demo-offer", timeout=30)
    assert "no tienen cifras por región" in offer.text
    dash_duo.find_element("#demo-offer-link").click()
    wait_for(lambda: "data=demo" in dash_duo.driver.current_url)
    assert "indicator=gross_enrolment_ratio" in dash_duo.driver.current_url
    dash_duo.wait_for_element("#synthetic-notice", timeout=30)
    dash_duo.wait_for_element("#maps-graph .main-svg", timeout=30)
    wait_for(lambda: dash_duo.driver.execute_script(
        "const plot = document.querySelector('#maps-graph .js-plotly-plot');"
        "return plot && plot.data && plot.data.some(d => d.type === 'choroplethmap');"))
    assert dash_duo.find_elements("#demo-offer") == []
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_navbar_switch_changes_the_dataset(dash_duo, observatory, real_data_in_service):
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + "/?lang=en")
    dash_duo.wait_for_element(".headline-card", timeout=30)
    assert dash_duo.find_elements("#synthetic-notice") == []
    assert dash_duo.find_element("#data-switch-real").get_attribute("aria-current") == "true"
    assert dash_duo.find_element("#data-switch-demo").text == "Synthetic demo (regional and school level)"
    dash_duo.find_element("#data-switch-demo").click()
    dash_duo.wait_for_element("#synthetic-notice", timeout=30)
    assert "data=demo" in dash_duo.driver.current_url and "lang=en" in dash_duo.driver.current_url
    assert dash_duo.find_element("#data-switch-demo").get_attribute("aria-current") == "true"
    origins = [e.text for e in dash_duo.find_elements(".headline-origin")]
    assert origins and all(text.startswith("Computed from synthetic demo data") for text in origins)
    # Every page link keeps the demo.
    links = [e.get_attribute("href") for e in dash_duo.find_elements(".observatory-nav .nav-page")]
    assert links and all("data=demo" in link for link in links)
    dash_duo.find_element("#data-switch-real").click()
    wait_for(lambda: "data=demo" not in dash_duo.driver.current_url)
    dash_duo.wait_for_element(".headline-card", timeout=30)
    assert dash_duo.find_elements("#synthetic-notice") == []
    assert console_errors(dash_duo) == []
