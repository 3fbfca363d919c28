"""Browser benchmark: what a user waits for on each page, cold and warm, on loopback and on an office link.

    python scripts/bench_browser.py                          # every page, median of 3 loads
    python scripts/bench_browser.py --pages /trends /maps --repeat 1
    python scripts/bench_browser.py --app-dir /tmp/older-checkout   # the same measurement of another checkout

It writes a synthetic demo directory, starts gunicorn (the project's gunicorn.conf.py) on
127.0.0.1 and drives headless Chromium (Debian's /usr/bin/chromium) through the DevTools
protocol. For each page it reports:
- bytes transferred by a cold load (empty browser cache): the sum of `encodedDataLength`
  of every response, i.e. what crossed the wire after compression;
- time from navigation start to the first drawn chart (`.js-plotly-plot .main-svg`),
  cold (cache cleared) and warm (the same page loaded again);
- how many plotly.js files were downloaded (one expected);
each unthrottled and throttled to an office link: 4 Mbit/s down, 1 Mbit/s up, 100 ms round trip.
Pages without a chart report no time.

It also reports the map's year change: the time from a press of the → key on the map's year
slider to the map repainted with the next year (Plotly's `plotly_animated` event, then the next
two animation frames, when the browser has painted), median and 95th percentile over 20 presses.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_callbacks import free_port, start_server  # noqa: E402

from dashboard.demo import write_demo  # noqa: E402

PAGES = ["/", "/trends", "/parity", "/maps", "/cohort", "/programme", "/coaching", "/data"]
OFFICE_LINK = {"offline": False, "latency": 100, "downloadThroughput": 4_000_000 / 8, "uploadThroughput": 1_000_000 / 8}
UNTHROTTLED = {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
TARGETS = {"cold_bytes": 2_000_000, "cold_throttled_s": 4.0, "warm_throttled_s": 1.0, "map_year_ms": 200}
MAP_YEAR_PRESSES = 20
# Times each year change of the map: from the key press (captured before the page's handlers) to the frame
# painted after Plotly has animated to the new year.
WATCH_MAP_YEARS = """
const plot = document.querySelector('#maps-graph .js-plotly-plot');
window.__yearChanges = [];
document.addEventListener('keydown', function () { window.__keyAt = performance.now(); }, true);
plot.on('plotly_animated', function () {
  const pressed = window.__keyAt;
  requestAnimationFrame(function () { requestAnimationFrame(function () {
    if (pressed !== undefined) { window.__yearChanges.push(performance.now() - pressed); }
  }); });
});
"""
CHART = ".js-plotly-plot .main-svg"
# Records, relative to navigation start, when the first chart appears: polling from Python would add its own delay.
WATCH_FIRST_CHART = """
window.__firstChart = null;
new MutationObserver(function (changes, observer) {
  if (document.querySelector('CHART')) { window.__firstChart = performance.now(); observer.disconnect(); }
}).observe(document, {childList: true, subtree: true});
""".replace("CHART", CHART)


def browser() -> webdriver.Chrome:
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1440,900"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH_FIRST_CHART})
    return driver


def network_events(driver) -> list[dict]:
    return [json.loads(entry["message"])["message"] for entry in driver.get_log("performance")]


def settle(driver, timeout: float, quiet: float = 1.0) -> list[dict]:
    """Collect network events until none arrives for `quiet` seconds (the page has finished its callbacks)."""
    events, last, end = [], time.monotonic(), time.monotonic() + timeout
    while time.monotonic() < end and time.monotonic() - last < quiet:
        new = network_events(driver)
        if new:
            events += new
            last = time.monotonic()
        time.sleep(0.1)
    return events


def load(driver, url: str, has_chart: bool, timeout: float) -> dict:
    """One navigation: seconds to the first chart, bytes on the wire, plotly.js files fetched."""
    network_events(driver)  # drop what earlier loads left in the log
    driver.get(url)
    first_chart = None
    end = time.monotonic() + timeout
    while has_chart and time.monotonic() < end:
        first_chart = driver.execute_script("return window.__firstChart;")
        if first_chart is not None:
            break
        time.sleep(0.05)
    events = settle(driver, timeout=timeout)
    urls = {e["params"]["requestId"]: e["params"]["response"]["url"] for e in events
            if e["method"] == "Network.responseReceived"}
    finished = [e["params"] for e in events if e["method"] == "Network.loadingFinished"]
    plotly = {urls.get(f["requestId"], "").split("?")[0].rsplit("/", 1)[-1] for f in finished
              if re.search(r"plotly[^/]*\.js", urls.get(f["requestId"], "")) and f["encodedDataLength"] > 0}
    return {"seconds": None if first_chart is None else first_chart / 1000,
            "bytes": sum(f["encodedDataLength"] for f in finished), "plotly": sorted(plotly)}


def has_chart(driver, url: str) -> bool:
    driver.get(url)
    end = time.monotonic() + 30
    while time.monotonic() < end:
        if driver.execute_script("return window.__firstChart !== null;"):
            return True
        time.sleep(0.2)
    return False


def measure(base: str, pages: list[str], repeat: int) -> list[dict]:
    driver = browser()
    rows = []
    try:
        for page in pages:
            url = base + page
            driver.execute_cdp_cmd("Network.emulateNetworkConditions", UNTHROTTLED)
            charted = has_chart(driver, url)  # also fills the server's answer cache, as earlier visitors would
            row = {"page": page, "plotly": set()}
            for name, link in (("fast", UNTHROTTLED), ("office", OFFICE_LINK)):
                driver.execute_cdp_cmd("Network.emulateNetworkConditions", link)
                cold, warm = [], []
                for _ in range(repeat):
                    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
                    cold.append(load(driver, url, charted, timeout=90))
                    warm.append(load(driver, url, charted, timeout=90))
                for kind, loads in (("cold", cold), ("warm", warm)):
                    times = [one["seconds"] for one in loads if one["seconds"] is not None]
                    row[f"{kind}_{name}_s"] = statistics.median(times) if times else None
                    row[f"{kind}_{name}_bytes"] = statistics.median(one["bytes"] for one in loads)
                    row["plotly"] |= {name for one in loads for name in one["plotly"]}
            rows.append(row)
            print(f"  {page}: done", flush=True)
    finally:
        driver.quit()
    return rows


def map_year_changes(base: str, presses: int = MAP_YEAR_PRESSES) -> list[float]:
    """Milliseconds from each → key press on the map's year slider to the next year painted on the map."""
    driver = browser()
    try:
        driver.get(base + "/maps?year=1995")
        end = time.monotonic() + 60
        while time.monotonic() < end and not driver.execute_script(
                "const p = document.querySelector('#maps-graph .js-plotly-plot');"
                "return !!(p && p._transitionData && window.observatoryMap && window.observatoryMap.drawn);"):
            time.sleep(0.2)
        time.sleep(2)  # MapLibre finishes loading the shapes
        driver.execute_script(WATCH_MAP_YEARS)
        handles = driver.find_elements(By.CSS_SELECTOR, ".map-year-slider [role=slider]")
        if not handles:  # a checkout whose map has no year slider on the page
            return []
        handle = handles[0]
        driver.execute_script("arguments[0].focus()", handle)
        for count in range(1, presses + 1):
            handle.send_keys(Keys.ARROW_RIGHT)
            end = time.monotonic() + 10
            while time.monotonic() < end and driver.execute_script("return window.__yearChanges.length") < count:
                time.sleep(0.02)
            time.sleep(1.0)  # as a person reads the year (the page follows it meanwhile): each press is timed alone
        return driver.execute_script("return window.__yearChanges")
    finally:
        driver.quit()


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (share in 0..1) of `values`."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def report_map_years(changes: list[float]) -> None:
    if not changes:
        print("\nmap year change: not measured (no map year slider on this checkout)")
        return
    print(f"\nmap year change (→ on the year slider to the map repainted, {len(changes)} presses): "
          f"median {statistics.median(changes):.0f} ms, p95 {percentile(changes, 0.95):.0f} ms "
          f"(target <= {TARGETS['map_year_ms']} ms)")


def report(rows: list[dict]) -> None:
    def seconds(value):
        return "-" if value is None else f"{value:.2f}"

    print(f"\n{'page':<12}{'cold KB':>9}{'warm KB':>9}{'cold s':>8}{'warm s':>8}"
          f"{'cold 4M s':>11}{'warm 4M s':>11}  plotly.js downloaded")
    for row in rows:
        print(f"{row['page']:<12}{row['cold_fast_bytes'] / 1000:>9.0f}{row['warm_fast_bytes'] / 1000:>9.0f}"
              f"{seconds(row['cold_fast_s']):>8}{seconds(row['warm_fast_s']):>8}"
              f"{seconds(row['cold_office_s']):>11}{seconds(row['warm_office_s']):>11}  "
              f"{', '.join(sorted(row['plotly'])) or '-'}")
    print(f"(4M: 4 Mbit/s down, 1 Mbit/s up, 100 ms round trip. Targets: cold transfer <= "
          f"{TARGETS['cold_bytes'] / 1e6:.0f} MB, first chart on 4M <= {TARGETS['cold_throttled_s']:.0f} s cold, "
          f"<= {TARGETS['warm_throttled_s']:.0f} s warm)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", nargs="+", default=PAGES)
    parser.add_argument("--repeat", type=int, default=3, help="loads per measurement; the median is reported")
    parser.add_argument("--scale", choices=("demo", "national"), default="demo")
    parser.add_argument("--app-dir", type=Path, default=ROOT, help="checkout of the app to serve (default: this one)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-browser-") as workdir:
        data_dir = write_demo(Path(workdir) / "data", scale=options.scale, fmt="parquet")
        port = free_port()
        server = start_server(data_dir, Path(workdir) / "state", port, app_dir=options.app_dir.resolve(),
                              env={"DASHBOARD_CALLBACK_CACHE": "1", "WEB_CONCURRENCY": "2", "GUNICORN_THREADS": "4"})
        try:
            print(f"Serving {options.app_dir.resolve()} at http://127.0.0.1:{port}", flush=True)
            rows = measure(f"http://127.0.0.1:{port}", options.pages, options.repeat)
            changes = map_year_changes(f"http://127.0.0.1:{port}") if "/maps" in options.pages else []
        finally:
            server.terminate()
            server.wait(timeout=30)
    report(rows)
    if "/maps" in options.pages:
        report_map_years(changes)
    if options.json:
        options.json.write_text(json.dumps({"pages": [{**row, "plotly": sorted(row["plotly"])} for row in rows],
                                            "map_year_change_ms": changes}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
