"""Every page opens in headless Chromium without console errors, and its main figure or content renders."""
from __future__ import annotations

import dash
import pytest

from tests.browser.conftest import console_errors

PAGES_WITH_FIGURES = {"/trends", "/parity", "/maps", "/cohort", "/coaching", "/programme"}


def registered_paths() -> list[str]:
    import app  # noqa: F401  (registers the pages)

    return sorted(page["path"] for page in dash.page_registry.values())


@pytest.mark.browser
def test_every_page_renders_without_console_errors(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.driver.set_window_size(1440, 900)
    for path in registered_paths():
        dash_duo.driver.get(dash_duo.server_url + path)
        dash_duo.wait_for_element(".observatory-page", timeout=20)
        if path in PAGES_WITH_FIGURES:
            dash_duo.wait_for_element(".js-plotly-plot .main-svg", timeout=30)
        assert console_errors(dash_duo) == [], path
    assert "/" in registered_paths()


@pytest.mark.browser
def test_home_shows_headlines_and_synthetic_notice(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.wait_for_element(".headline-card", timeout=20)
    assert "Datos sintéticos" in dash_duo.find_element("#synthetic-notice").text
    assert len(dash_duo.find_elements(".headline-card")) == 6
    dash_duo.driver.get(dash_duo.server_url + "/?lang=en")
    dash_duo.wait_for_text_to_equal(".observatory-nav .navbar-brand", "Education observatory", timeout=20)
    assert console_errors(dash_duo) == []
