"""The pages draw with the partial plotly.js of assets/: one copy downloaded, every trace type there, Spanish kept."""
from __future__ import annotations

import pytest
from plotly.offline import get_plotlyjs_version

from tests.browser.conftest import console_errors, wait_for

DOWNLOADED_PLOTLY = ("return performance.getEntriesByType('resource').map(e => e.name.split('?')[0])"
                     ".filter(n => /plotly[^/]*\\.js$/.test(n)).map(n => n.split('/').pop());")


@pytest.mark.browser
@pytest.mark.parametrize("path, trace", [("/trends", "scatter"), ("/maps", "choroplethmap"),
                                         ("/programme", "bar"), ("/cohort", "sankey"), ("/parity", "heatmap")])
def test_a_page_downloads_only_the_partial_plotly_and_draws_with_it(dash_duo, observatory, path, trace):
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + path)
    dash_duo.wait_for_element(".js-plotly-plot .main-svg", timeout=30)
    drawn = wait_for(lambda: dash_duo.driver.execute_script(
        "return [].concat(...[...document.querySelectorAll('.js-plotly-plot')].map(p => (p.data || [])"
        ".map(d => d.type || 'scatter')));"))
    assert trace in drawn
    assert dash_duo.driver.execute_script(DOWNLOADED_PLOTLY) == ["plotly-observatory.min.js"]
    assert dash_duo.driver.execute_script("return window.Plotly.version;") == get_plotlyjs_version()
    assert console_errors(dash_duo) == []


@pytest.mark.browser
def test_plotlys_own_words_stay_in_spanish(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.driver.get(dash_duo.server_url + "/trends")
    dash_duo.wait_for_element(".js-plotly-plot .modebar-btn", timeout=30)
    titles = dash_duo.driver.execute_script(
        "return [...document.querySelectorAll('.js-plotly-plot .modebar-btn')].map(b => b.getAttribute('data-title'));")
    assert "Restablecer ejes" in titles or "Autoescalar" in titles, titles
    assert "Reset axes" not in titles and "Autoscale" not in titles
