"""CSV downloads through the page callbacks: the chart's numbers, with provenance, on a small data directory."""
from __future__ import annotations

import csv
import io

import pytest

from tests.unit.test_explorer import tables


@pytest.fixture()
def small_data(tmp_path, monkeypatch):
    for name, frame in tables().items():
        frame.to_csv(tmp_path / f"{name}.csv", index=False)
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "state"))
    import app  # noqa: F401  (pages and callbacks registered)

    return tmp_path


def trends_csv(values: list, context: dict):
    """What the trends chart's CSV button gives for these control values (in the page's control order)."""
    from callbacks import trends
    from layouts import _ids as ids

    state = trends.SPEC.read({**dict(zip(trends.SPEC.controls, values, strict=True)), "context": context})
    return trends.SPEC.csv(ids.TRENDS_GRAPH, state)


def test_trends_csv_has_provenance_and_the_charted_numbers(small_data):
    values = ["gross_enrolment_ratio", "area", [], "", "", "", 0, "reading", [2000, 2003], False, 2000, "points", False]
    frame, about, filename = trends_csv(values, {"lang": "en", "present": False, "first": 2000, "last": 2003})
    assert filename == "gross_enrolment_ratio.csv"
    assert about["Indicator"].startswith("Gross enrolment ratio") and "compare=area" in about["View"]
    rural_2000 = frame[(frame["series"] == "rural") & (frame["year"] == 2000)]
    assert rural_2000["value"].iloc[0] == pytest.approx(65.0)  # (30 + 12 + 30 + 6) / 120, see test_explorer
    assert frame[frame["year"] == 2002]["value"].isna().all()  # the missing year stays empty


def test_csv_text_starts_with_the_provenance_lines(small_data):
    from dashboard.exports import csv_with_provenance

    values = ["net_enrolment_ratio", "national", [], "", "", "", 0, "reading", [2000, 2003], False, 2000,
              "points", False]
    frame, about, _ = trends_csv(values, {"lang": "es", "present": False, "first": 2000, "last": 2003})
    rows = list(csv.reader(io.StringIO(csv_with_provenance(frame, about))))
    assert rows[0][0].startswith("# Indicador: Tasa neta de matrícula")
    header = rows[len(about)]
    assert header[:4] == ["series", "series_name", "year", "value"]
