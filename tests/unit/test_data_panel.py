"""The /data page's panel of the data in service: what anyone may see of it."""
from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import store
from dashboard.contract import load_directory

PERU = Path(__file__).resolve().parents[2] / "data" / "peru"


@pytest.fixture()
def in_service_panel(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(store, "pointer_record", lambda: None)
    import app  # noqa: F401  (pages registered: the layouts need them)
    from layouts.data import in_service_panel

    return in_service_panel


def test_the_panel_shows_a_fallback_notice_and_no_server_folder(in_service_panel, monkeypatch):
    data = load_directory(PERU)
    monkeypatch.setattr(store, "service_notice", lambda lang=None: "Se sirve la versión anterior: la última no se lee.")
    shown = repr(in_service_panel(data, None, "es"))
    assert "Se sirve la versión anterior: la última no se lee." in shown
    assert str(data.source_dir) not in shown and "data/peru" not in shown


def test_without_a_fallback_there_is_no_notice(in_service_panel, monkeypatch):
    monkeypatch.setattr(store, "service_notice", lambda lang=None: None)
    assert in_service_panel(load_directory(PERU), None, "en")[0] is None
