"""The coaching and programme pages in a real browser: they load cleanly, filters redraw, addresses restore views."""
from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import choose, console_errors, figure_state, wait_for


def trace_names(dash_duo, graph_id: str) -> list[str]:
    return figure_state(dash_duo, graph_id)["traces"]


def axis_title(dash_duo, graph_id: str) -> str:
    return figure_state(dash_duo, graph_id)["y_title"]


@pytest.mark.browser
def test_coaching_page_reads_the_analysis_and_follows_the_measure(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + "/coaching")
    dash_duo.wait_for_element("#coaching-graph .main-svg", timeout=60)
    verdict = wait_for(lambda: dash_duo.find_element("#coaching-verdict").text)
    assert verdict.startswith("Conclusión:") and "Δ de Glass" in verdict
    assert [n.split(" (")[0] for n in trace_names(dash_duo, "coaching-graph")] == ["No acompañadas", "Acompañadas"]
    assert "Universo y exclusiones" in dash_duo.find_element("#coaching-tables").text
    choose(dash_duo, "coaching-measure", "Porcentaje de estudiantes en nivel satisfactorio")
    wait_for(lambda: "(%)" in axis_title(dash_duo, "coaching-graph"))
    assert wait_for(lambda: "measure=pct_proficient" in dash_duo.driver.current_url)
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_coaching_address_restores_the_view_in_english(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + "/coaching?subject=math&quintiles=1,2&min_schools=5&lang=en")
    dash_duo.wait_for_element("#coaching-graph .main-svg", timeout=60)
    verdict = wait_for(lambda: dash_duo.find_element("#coaching-verdict").text)
    assert verdict.startswith("Conclusion:") and "mathematics" in verdict
    checked = [box.get_attribute("value") for box in
               dash_duo.driver.find_elements(By.CSS_SELECTOR, "#coaching-quintiles input:checked")]
    assert checked == ["1", "2"]
    assert dash_duo.find_element("#coaching-region-note").text.startswith("Regions with fewer than 5 schools")
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_programme_page_redraws_the_chosen_ratio_and_restores_the_view(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + "/programme?lang=en&currency=usd")
    dash_duo.wait_for_element("#programme-ratio-bars .main-svg", timeout=60)
    wait_for(lambda: "USD millions" in axis_title(dash_duo, "programme-expenditure"))
    summary = wait_for(lambda: dash_duo.find_element("#programme-summary").text)
    assert "Teachers per coach 24 6.00 9.71 7.83 1.12" in summary  # the paper's Table 17, first row
    choose(dash_duo, "programme-ratio", "Teachers per coach")
    wait_for(lambda: "ratio=teachers_per_coach" in dash_duo.driver.current_url)
    dash_duo.driver.get(dash_duo.server_url + "/programme?ratio=students_per_coach&indicator=pdo3")
    dash_duo.wait_for_element("#programme-results .main-svg", timeout=60)
    assert dash_duo.find_element("#programme-ratio .Select-value-label, #programme-ratio").text.find(
        "Estudiantes por acompañante") >= 0
    table = wait_for(lambda: dash_duo.find_element("#programme-results-table").text)
    assert "15334" in table.replace(",", "").replace(" ", "")  # school principal positions staffed in 2014
    assert console_errors(dash_duo) == []
