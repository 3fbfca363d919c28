"""Screenshots of every page as users see them: 1440×900 in the browser, 1280×720 and 1920×1080 presenting, es and en.

    python scripts/screenshots.py --out /tmp/shots [--data DIR] [--pages trends,maps] [--query "data=demo"]

Starts the app on a free loopback port, drives Debian's headless Chromium, waits until every chart on the page
has drawn and no callback is pending, and saves one PNG per page × size × language. It also prints, per shot,
whether the page scrolls vertically, so a presenter's screen can be checked without opening every image.
"""
from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

PAGES = ("", "trends", "parity", "maps", "cohort", "coaching", "programme", "data")
SIZES = {"browse": (1440, 900, False), "present720": (1280, 720, True), "present1080": (1920, 1080, True)}
SETTLED = """
const busy = document.querySelector('[data-dash-is-loading="true"], ._dash-loading');
const graphs = [...document.querySelectorAll('.js-plotly-plot')];
return !busy && graphs.every(g => g._fullLayout && g.querySelector('.main-svg'));
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(data: str | None, port: int) -> subprocess.Popen:
    command = [sys.executable, "app.py", "--port", str(port)] + (["--data", data] if data else [])
    server = subprocess.Popen(command, cwd=Path(__file__).resolve().parent.parent,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("the app did not answer within 60 s")


def browser() -> webdriver.Chrome:
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def settle(driver: webdriver.Chrome, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not driver.execute_script(SETTLED):
        time.sleep(0.25)
    time.sleep(1.0)  # map tiles and transitions finish after Plotly reports the plot


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data", help="data directory to serve (default: the bundled real data)")
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated page names ('' is home)")
    parser.add_argument("--query", default="", help="extra address parameters, e.g. data=demo")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    port = free_port()
    server = serve(args.data, port)
    driver = browser()
    try:
        for page in (name.strip("/") for name in args.pages.split(",")):  # "/maps" is taken for "maps"
            for size, (width, height, present) in SIZES.items():
                # The viewport itself, not the window: headless Chromium's window includes a toolbar's height.
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
                for lang in ("es", "en"):
                    query = "&".join(part for part in (f"lang={lang}", "present=1" if present else "", args.query)
                                     if part)
                    driver.get(f"http://127.0.0.1:{port}/{page}?{query}")
                    settle(driver)
                    overflow = driver.execute_script(
                        "return document.documentElement.scrollHeight - window.innerHeight")
                    name = f"{page or 'home'}_{size}_{lang}.png"
                    driver.save_screenshot(str(args.out / name))
                    print(f"{name}: {'scrolls ' + str(overflow) + ' px' if overflow > 0 else 'fits'}")
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
