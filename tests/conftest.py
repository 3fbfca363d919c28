"""Shared test setup: headless Debian Chromium for dash[testing], and small data fixtures."""
from __future__ import annotations

import shutil

from selenium.webdriver.chrome.options import Options

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def pytest_setup_options():
    """dash[testing] calls this to build the Chrome options: Debian's Chromium, headless, no network chatter."""
    options = Options()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1440,900"):
        options.add_argument(arg)
    return options
