"""The coaching page's impact section in a real browser, in Spanish and English: its verdict, event-study and
forest figures titled with the selection, download buttons, and no console errors."""
from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import console_errors, figure_state, wait_for


def figure_title(dash_duo, graph_id: str) -> str:
    return dash_duo.driver.execute_script(
        "const plot = document.querySelector(arguments[0] + ' .js-plotly-plot');"
        "return plot && plot.layout && plot.layout.title ? (plot.layout.title.text || '') : '';", f"#{graph_id}")


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "words"), [
    ("es", ("Más allá del balance: estimación de impacto", "Con efectos fijos de escuela", "Efecto",
            "Todas las escuelas", "Efecto por año", "datos sintéticos", "Estudio de eventos")),
    ("en", ("Beyond the appraisal: an impact estimate", "With school and year fixed effects", "Effect",
            "All schools", "Effect by year", "synthetic data", "Event study")),
])
def test_impact_section_renders_its_figures_in_both_languages(dash_duo, observatory, lang, words):
    heading, verdict_start, estimate, all_schools, event_title, synthetic, table = words
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + f"/coaching?lang={lang}")
    dash_duo.wait_for_element("#impact-event-study .main-svg", timeout=120)
    assert dash_duo.find_element("#impact").text == heading
    verdict = wait_for(lambda: dash_duo.find_element("#impact-verdict").text, timeout=120)
    assert verdict.startswith(verdict_start)
    wait_for(lambda: figure_state(dash_duo, "impact-event-study")["traces"], timeout=120)
    assert figure_state(dash_duo, "impact-event-study")["traces"][0] == estimate
    wait_for(lambda: all_schools in figure_state(dash_duo, "impact-forest")["traces"], timeout=120)
    title = figure_title(dash_duo, "impact-event-study")
    assert title.startswith(event_title) and synthetic in title
    assert synthetic in dash_duo.find_element("#impact-selection").text
    for graph in ("impact-event-study", "impact-forest", "impact-balance"):
        buttons = dash_duo.driver.find_elements(By.CSS_SELECTOR, f"button[id*='\"graph\":\"{graph}\"']")
        assert len(buttons) == 4  # PNG, SVG, CSV and the table toggle
    assert table in dash_duo.find_element("#impact-tables").text
    assert console_errors(dash_duo) == []
