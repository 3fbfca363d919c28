"""Time the EFA indicator engine on the demo data: build time, then every indicator x every allowed split.

A benchmark to read, not a test (timings depend on the machine). For each scale of
`dashboard.demo.generate_demo` it builds one IndicatorEngine (every base, as the
server does once per loaded dataset), then times each request many times: every
indicator by year and by year plus every combination of its other splits, its
gender parity index where it has a sex split, a filtered request, and the cohort
indicators with a cap on repetitions. It prints p50 and p95 per indicator.

Usage (from the repository root)::

    python scripts/bench_indicators.py                    # both scales, 20 repeats
    python scripts/bench_indicators.py --scales demo --repeats 5
"""
from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path
from time import perf_counter

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.indicators import IndicatorEngine  # noqa: E402  (needs the sys.path line above)

BUDGET_MS = 100.0  # what the UI needs per request once the data are loaded


def requests(engine: IndicatorEngine) -> list[tuple[str, tuple[str, ...], dict]]:
    """(indicator, split, options) for every indicator the tables allow and every combination of its splits."""
    asked = []
    for indicator_id, splits in engine.available().items():
        others = [key for key in splits if key != "year"]
        for size in range(len(others) + 1):
            for combo in combinations(others, size):
                by = ("year", *combo)
                asked.append((indicator_id, by, {}))
                if "sex" in splits and "sex" not in combo:
                    asked.append((indicator_id, by, {"gpi": True, "adjusted": True}))
        if "area" in splits:
            asked.append((indicator_id, ("year", *others), {"filters": {"area": "rural"}, "years": (2000, 2020)}))
        if indicator_id in ("survival_rate_grade5", "coefficient_of_efficiency"):
            asked.append((indicator_id, tuple(splits), {"max_repetitions": 2}))
    return asked


def time_requests(engine: IndicatorEngine, repeats: int) -> dict[str, list[tuple[float, tuple, dict]]]:
    """Milliseconds of each call, per indicator, with the split and options it was for."""
    timings: dict[str, list[tuple[float, tuple, dict]]] = {}
    for indicator_id, by, options in requests(engine):
        for _ in range(repeats):
            started = perf_counter()
            engine.compute(indicator_id, by, **options)
            timings.setdefault(indicator_id, []).append(((perf_counter() - started) * 1000, by, options))
    return timings


def report(timings: dict[str, list[tuple[float, tuple, dict]]]) -> list[str]:
    lines = [f"{'indicator':<58} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  slowest split"]
    every = []
    for indicator_id, calls in timings.items():
        ms = np.array([call[0] for call in calls])
        every.append(ms)
        slowest = max(calls, key=lambda call: call[0])
        options = f" {slowest[2]}" if slowest[2] else ""
        lines.append(f"{indicator_id:<58} {len(ms):>8} {np.percentile(ms, 50):>8.1f} {np.percentile(ms, 95):>8.1f} "
                     f"{ms.max():>8.1f}  {','.join(slowest[1])}{options}")
    ms = np.concatenate(every)
    over = int((ms > BUDGET_MS).sum())
    lines.append(f"{'all':<58} {len(ms):>8} {np.percentile(ms, 50):>8.1f} {np.percentile(ms, 95):>8.1f} "
                 f"{ms.max():>8.1f}  ({over} calls over {BUDGET_MS:.0f} ms)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="demo,national", help="comma-separated demo scales (default: both)")
    parser.add_argument("--repeats", type=int, default=20, help="timed calls per request (default 20)")
    args = parser.parse_args(argv)
    from dashboard.demo import generate_demo  # the generator is heavy: imported only when benchmarking

    for scale in args.scales.split(","):
        started = perf_counter()
        tables = generate_demo(scale)
        generated = perf_counter() - started
        sizes = ", ".join(f"{name} {len(tables[name]):,}" for name in ("enrolment", "population", "assessment")
                          if name in tables)
        print(f"== scale {scale}: {sizes} rows (generated in {generated:.1f} s)")
        started = perf_counter()
        engine = IndicatorEngine(tables)
        engine.prepare()
        print(f"engine build, every indicator's base: {(perf_counter() - started) * 1000:.0f} ms")
        for line in report(time_requests(engine, args.repeats)):
            print(line)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
