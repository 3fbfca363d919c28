"""Browser tests: the real app on a synthetic demo directory, driven in headless Debian Chromium."""
from __future__ import annotations

import os
import time

import pytest
from selenium.common.exceptions import ElementClickInterceptedException, StaleElementReferenceException
from selenium.webdriver.common.by import By

from dashboard.demo import write_demo

# Test servers take ports from here on; OBSERVATORY_TEST_PORT lets two checkouts run browser tests at once.
if os.environ.get("OBSERVATORY_TEST_PORT"):
    from dash.testing.application_runners import BaseDashRunner

    BaseDashRunner._next_port = int(os.environ["OBSERVATORY_TEST_PORT"])


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory):
    """A full synthetic demo directory (Parquet), made once for the whole browser session."""
    return write_demo(tmp_path_factory.mktemp("demo") / "data", scale="demo", fmt="parquet")


@pytest.fixture(scope="session")
def observatory(demo_dir, tmp_path_factory):
    """The Dash app serving the demo directory, with its state kept in a temporary directory."""
    os.environ["DASHBOARD_DATA_DIR"] = str(demo_dir)
    os.environ["DASHBOARD_STATE_DIR"] = str(tmp_path_factory.mktemp("state"))
    import app

    return app.app


def console_errors(dash_duo) -> list[dict]:
    """Severe browser console entries (a failed request, a JS error, a CSP violation...)."""
    return [entry for entry in dash_duo.get_logs() or [] if entry.get("level") == "SEVERE"]


def wait_for(condition, timeout=30.0, step=0.25):
    """Poll `condition` until it returns something truthy (pages and figures update asynchronously)."""
    end = time.time() + timeout
    while time.time() < end:
        try:
            value = condition()
        except StaleElementReferenceException:  # the element was redrawn between finding and reading it: poll again
            value = None
        if value:
            return value
        time.sleep(step)
    raise AssertionError("condition not met in time")


def choose(dash_duo, dropdown_id: str, option: str) -> None:
    """Open a dcc.Dropdown and pick the option with this text."""
    dropdown = dash_duo.driver.find_element(By.ID, dropdown_id)
    dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", dropdown)
    try:
        dropdown.click()
    except ElementClickInterceptedException:  # a figure's hover layer can sit over it while it redraws
        dash_duo.driver.execute_script("arguments[0].click();", dropdown)
    found = wait_for(lambda: [o for o in dash_duo.driver.find_elements(By.CSS_SELECTOR, "[role='option']")
                              if o.text == option])[0]
    # The menu can open past the window's edge; a script click selects it just as a user's click would.
    dash_duo.driver.execute_script("arguments[0].click();", found)


def figure_state(dash_duo, graph_id: str) -> dict:
    """The drawn figure as the browser holds it: trace names (and whether in the legend) and the y-axis title."""
    return dash_duo.driver.execute_script(
        "const plot = document.querySelector(arguments[0] + ' .js-plotly-plot');"
        "if (!plot || !plot.data) { return {traces: [], legend: [], y_title: ''}; }"
        "const title = plot.layout && plot.layout.yaxis && plot.layout.yaxis.title;"
        "return {traces: plot.data.map(d => d.name || ''),"
        "        legend: plot.data.filter(d => d.showlegend !== false && d.name).map(d => d.name),"
        "        y_title: title ? (title.text || '') : ''};", f"#{graph_id}")
