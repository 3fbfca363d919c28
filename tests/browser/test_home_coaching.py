"""Home and coaching as a presenter uses them: home cards are links a keyboard reaches, and the coaching page
fits one screen in presentation mode, with no console error and no serious accessibility violation."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from selenium.webdriver.common.keys import Keys

from tests.browser.conftest import console_errors, wait_for
from tests.browser.test_presenter import settle, violations

SHOTS = Path(os.environ.get("OBSERVATORY_SCREENSHOTS", "/tmp/observatory-shots"))


def shoot(dash_duo, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    dash_duo.driver.save_screenshot(str(SHOTS / f"{name}.png"))


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["es", "en"])
def test_home_cards_are_links_reached_by_tab(dash_duo, observatory, lang):
    dash_duo.start_server(observatory)
    dash_duo.driver.set_window_size(1440, 900)
    settle(dash_duo, f"/?data=demo&lang={lang}")
    cards = dash_duo.driver.find_elements("css selector", "a.headline-link")
    assert len(cards) == 6
    # The demo is regional: each card opening a regional view carries the language and the data chosen.
    hrefs = [card.get_attribute("href") for card in cards]
    assert all("data=demo" in h for h in hrefs) and all(("lang=en" in h) == (lang == "en") for h in hrefs)
    assert any("/maps?" in h for h in hrefs)
    assert dash_duo.driver.find_elements("css selector", ".headline-behind li")
    body = dash_duo.driver.find_element("css selector", "body")
    reached = set()
    for _ in range(60):  # navbar, data switch, then the cards
        body.send_keys(Keys.TAB) if not reached else dash_duo.driver.switch_to.active_element.send_keys(Keys.TAB)
        active = dash_duo.driver.switch_to.active_element
        if "headline-link" in (active.get_attribute("class") or ""):
            reached.add(active.get_attribute("id"))
        if len(reached) == len(cards):
            break
    assert len(reached) == len(cards)
    shoot(dash_duo, f"home-1440-{lang}")
    assert violations(dash_duo.driver) == []
    assert console_errors(dash_duo) == []


@pytest.mark.browser
@pytest.mark.parametrize("part", ["", "&part=impact"])
def test_coaching_presentation_fits_1280_by_720(dash_duo, observatory, part):
    dash_duo.start_server(observatory)
    for width, height in ((1280, 720), (1920, 1080)):
        dash_duo.driver.set_window_size(width, height)
        for lang in ("es", "en"):
            settle(dash_duo, f"/coaching?present=1&lang={lang}{part}")
            wait_for(lambda: dash_duo.driver.find_elements("css selector", ".verdict strong, .verdict"), 40)
            shoot(dash_duo, f"coaching{part.replace('&part=', '-')}-{width}-{lang}")
            if width == 1280:
                overflow = dash_duo.driver.execute_script(
                    "return document.documentElement.scrollHeight - document.documentElement.clientHeight;")
                assert overflow <= 1, (lang, overflow)
                assert violations(dash_duo.driver) == []
    assert console_errors(dash_duo) == []
