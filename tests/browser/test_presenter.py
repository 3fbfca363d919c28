"""Presenter-grade pages: every page in both languages has no console error and no serious accessibility
violation (axe-core), titles name the active selection, no chart offers Plotly's cloud, and presentation
mode at 1280×720 fits the chart pages on the screen without scrolling."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import console_errors, wait_for

AXE = Path(__file__).parents[1] / "fixtures" / "axe.min.js"
BLOCKING = ("serious", "critical")

# Each page with a view whose selection its heading must name (words compared without case).
PAGES = {
    "/": (),
    "/trends?compare=region_code&regions=09,21&sex=F": ("Huancavelica", "Puno", "{sex.F}"),
    "/parity?area=rural": ("{area.rural}",),
    "/maps?sex=F&area=rural": ("{sex.F}", "{area.rural}"),
    "/cohort?region=21&sex=F&area=rural": ("Puno", "{sex.F}", "{area.rural}"),
    "/coaching?region=15": ("Lima",),
    "/programme": (),
    "/data": (),
}
CHART_PAGES = ("/trends", "/parity", "/maps", "/cohort", "/coaching", "/programme")


def violations(driver) -> list[str]:
    """axe-core's serious and critical violations on the page, as 'rule: first offending element'."""
    if not driver.execute_script("return typeof window.axe !== 'undefined';"):
        driver.execute_script(AXE.read_text(encoding="utf-8"))
    found = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        "  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
        "                                          target: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))))"
        "  .catch(e => done([{id: 'axe-error', impact: 'critical', target: [String(e)]}]));")
    return [f"{v['id']}: {v['target']}" for v in found if v["impact"] in BLOCKING]


def headings(driver) -> str:
    """Every figure heading and subtitle on the page, as one text."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('.figure-title, .figure-subtitle, h1, h2'))"
        "  .map(e => e.innerText).join(' | ');")


def settle(dash_duo, path: str) -> None:
    dash_duo.driver.get(dash_duo.server_url + path)
    dash_duo.wait_for_element(".observatory-page", timeout=30)
    if path.split("?")[0] in CHART_PAGES:
        dash_duo.wait_for_element(".js-plotly-plot .main-svg", timeout=40)
        wait_for(lambda: not dash_duo.driver.find_elements("css selector", "[data-dash-is-loading='true']"))


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_page_is_clean_accessible_and_says_what_it_shows(dash_duo, observatory, lang):
    from dashboard.i18n import t

    dash_duo.start_server(observatory)
    dash_duo.driver.set_window_size(1440, 900)
    problems = []
    for page, words in PAGES.items():
        path = page + ("&" if "?" in page else "?") + f"lang={lang}"
        settle(dash_duo, path)
        expected = [t(w[1:-1], lang) if w.startswith("{") else w for w in words]
        try:
            wait_for(lambda exp=expected: all(w.lower() in headings(dash_duo.driver).lower() for w in exp), 15)
        except AssertionError:
            problems.append(f"{path} headings lack {expected}: {headings(dash_duo.driver)}")
        problems += [f"{path} {v}" for v in violations(dash_duo.driver)]
        cloud = dash_duo.driver.find_elements("css selector", "[data-title^='Share'], [data-val='sendChartToCloud']")
        assert not cloud, path
        from layouts._components import tab_title

        wait_for(lambda p=page: dash_duo.driver.title == tab_title(p.split("?")[0].strip("/") or "home", lang))
        problems += [f"{path} console: {e['message'][:200]}" for e in console_errors(dash_duo)]
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_presentation_mode_fits_chart_pages_at_1280_by_720(dash_duo, observatory):
    dash_duo.start_server(observatory)
    dash_duo.driver.set_window_size(1280, 720)
    scrolling = {}
    for page in CHART_PAGES:
        settle(dash_duo, f"{page}?present=1")
        overflow = dash_duo.driver.execute_script(
            "return document.documentElement.scrollHeight - document.documentElement.clientHeight;")
        if overflow > 1:
            scrolling[page] = overflow
    assert scrolling == {}
    settle(dash_duo, "/maps?present=1&region=09")
    share = dash_duo.driver.execute_script(
        "const plot = document.querySelector('#maps-graph .js-plotly-plot');"
        "const panel = plot.getBoundingClientRect();"
        "const area = plot.querySelector('.maplibregl-canvas, .mapboxgl-canvas') || plot.querySelector('.nsewdrag');"
        "const drawn = area.getBoundingClientRect();"
        "return (drawn.width * drawn.height) / (panel.width * panel.height);")
    assert share >= 0.5
