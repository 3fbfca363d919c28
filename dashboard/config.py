"""Named settings of the observatory, read from the environment, each with its help text.

Official school ages are settings (not literals in the code) because they are a
national policy choice that changes between countries and reforms.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_ROOT = PROJECT_ROOT / "data"
DEMO_DIR = DATA_ROOT / "demo"
PERU_DIR = DATA_ROOT / "peru"  # the bundled real dataset, served by default
GEO_DIR = DATA_ROOT / "geo"
REFERENCE_DIR = DATA_ROOT / "reference"


@dataclass(frozen=True)
class OfficialAges:
    """Peru's official school ages (Ley General de Educación; EFA guidelines' 'official age-group')."""

    preschool_first: int = 3
    preschool_last: int = 5
    primary_entry: int = 6
    primary_grades: int = 6
    survival_grade: int = 5  # EFA indicator 13 measures survival to grade 5

    @property
    def preschool_ages(self) -> range:
        return range(self.preschool_first, self.preschool_last + 1)

    @property
    def primary_ages(self) -> range:
        return range(self.primary_entry, self.primary_entry + self.primary_grades)

    @property
    def primary_last_age(self) -> int:
        return self.primary_entry + self.primary_grades - 1


OFFICIAL_AGES = OfficialAges()

# Each setting: environment variable, default, help text. Read through `settings()`.
SETTINGS_HELP = {
    "DASHBOARD_DATA_DIR": "Data directory served at start-up (default: data/peru, the bundled real published figures).",
    "DASHBOARD_STATE_DIR": "Where uploaded data versions and the data-in-service pointer live (default: instance/).",
    "DASHBOARD_CACHE_DIR": "Filesystem cache shared by the server's workers (default: <state dir>/cache).",
    "DASHBOARD_REDIS_URL": "If set, the shared cache is this Redis server instead of the filesystem.",
    "DASHBOARD_ADMIN_TOKEN": "Token that administrators type to upload or reset data; uploads are off when unset.",
    "DASHBOARD_MAX_UPLOAD_MB": "Largest accepted upload, in megabytes (default 200).",
    "DASHBOARD_MAX_ROWS": "Largest accepted number of rows in one uploaded table (default 5,000,000).",
    "DASHBOARD_DEBUG": "Set to 1 only on a developer's machine: turns on Dash's debug tools.",
    "DASHBOARD_CALLBACK_CACHE": "Set to 0 to compute every callback answer (benchmarks); default 1 reuses them.",
}


@dataclass(frozen=True)
class Settings:
    data_dir: Path | None
    state_dir: Path
    cache_dir: Path
    redis_url: str | None
    admin_token: str | None
    max_upload_mb: int
    max_rows: int
    debug: bool
    callback_cache: bool = True
    ages: OfficialAges = field(default=OFFICIAL_AGES)


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SystemExit(f"Setting {name}={raw!r} is not a whole number ({SETTINGS_HELP[name]})") from exc


def settings() -> Settings:
    """The settings in force, read from the environment each call (cheap, and testable)."""
    data_dir = os.environ.get("DASHBOARD_DATA_DIR", "").strip()
    state_dir = Path(os.environ.get("DASHBOARD_STATE_DIR", "").strip() or PROJECT_ROOT / "instance")
    cache_dir = Path(os.environ.get("DASHBOARD_CACHE_DIR", "").strip() or state_dir / "cache")
    return Settings(
        data_dir=Path(data_dir) if data_dir else None,
        state_dir=state_dir,
        cache_dir=cache_dir,
        redis_url=os.environ.get("DASHBOARD_REDIS_URL", "").strip() or None,
        admin_token=os.environ.get("DASHBOARD_ADMIN_TOKEN", "").strip() or None,
        max_upload_mb=_int_env("DASHBOARD_MAX_UPLOAD_MB", 200),
        max_rows=_int_env("DASHBOARD_MAX_ROWS", 5_000_000),
        debug=os.environ.get("DASHBOARD_DEBUG", "").strip() == "1",
        callback_cache=os.environ.get("DASHBOARD_CALLBACK_CACHE", "1").strip() != "0",
    )
