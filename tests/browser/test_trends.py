"""The trends and parity pages in a real browser: filters redraw, the address restores the view, switches work."""
from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import console_errors, figure_state, wait_for


def legend_names(dash_duo, graph_id: str) -> list[str]:
    return figure_state(dash_duo, graph_id)["legend"]


@pytest.mark.browser
def test_changing_the_comparison_redraws_and_updates_the_address(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + "/trends")
    dash_duo.wait_for_element("#trends-graph .main-svg", timeout=30)
    wait_for(lambda: legend_names(dash_duo, "trends-graph") == ["Nacional"])
    dash_duo.driver.find_element(By.XPATH, "//label[normalize-space()='Urbano y rural']").click()
    wait_for(lambda: set(legend_names(dash_duo, "trends-graph")) == {"Urbana", "Rural"})
    assert wait_for(lambda: "compare=area" in dash_duo.driver.current_url)
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_a_shared_address_restores_the_view_in_english(dash_duo, observatory):
    dash_duo.start_server(observatory)
    url = "/trends?indicator=gross_enrolment_ratio&compare=region_code&regions=15,21&years=2000-2020&lang=en"
    dash_duo.driver.get(dash_duo.server_url + url)
    dash_duo.wait_for_element("#trends-graph .main-svg", timeout=30)
    wait_for(lambda: set(legend_names(dash_duo, "trends-graph")) == {"National", "Lima", "Puno"})
    assert dash_duo.find_element("#trends-title").text == "Gross enrolment ratio in primary, 2000–2020" or \
        "2000–2020" in dash_duo.find_element("#trends-title").text
    assert dash_duo.find_element(".observatory-nav .nav-link.active").text == "Trends"
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_bad_parameters_fall_back_with_a_notice(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + "/trends?indicator=nonsense&years=2030-1990&colour=red")
    dash_duo.wait_for_element("#trends-graph .main-svg", timeout=30)
    notices = [e.text for e in dash_duo.find_elements(".param-notice")]
    assert len(notices) == 3 and any("indicator=nonsense" in n for n in notices)
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_language_and_presentation_switches(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + "/parity?indicator=adult_literacy_rate")
    dash_duo.wait_for_element("#parity-graph .main-svg", timeout=30)
    dash_duo.find_element("#lang-switch").click()
    dash_duo.wait_for_text_to_equal("#lang-switch", "Español", timeout=20)
    assert "lang=en" in dash_duo.driver.current_url and "indicator=adult_literacy_rate" in dash_duo.driver.current_url
    dash_duo.find_element("#present-switch").click()
    dash_duo.wait_for_element(".observatory-page.present", timeout=20)
    dash_duo.wait_for_element("#parity-graph .main-svg", timeout=30)
    assert not dash_duo.find_element(".controls-card").is_displayed()
    assert not dash_duo.find_element("#parity-heatmap").is_displayed()
    assert console_errors(dash_duo) == []
