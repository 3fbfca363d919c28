"""The demo's regional programme table (2013, 25 regions): synthetic, calibrated to the coaching paper's summaries.

The paper publishes only summaries of its 2013 regional data, so the rows are made up, but computed the paper's way
they give back Tables 17, 22 and 23 as printed and the regional cases of section 5.2.4 (Cajamarca, Pasco, Madre de
Dios, La Libertad, Lima). `scripts/build_program_regions.py` found the numbers once; the app only reads the
committed result, data/reference/program_regions_demo.csv (see data/reference/README.md).
"""
from __future__ import annotations

import pandas as pd

from dashboard.programme.reference import load_reference

PROGRAM_REGIONS_COLUMNS = (
    "year",
    "region_code",
    "coaches",
    "coached_teachers",
    "schools",
    "students",
    "expenditure",
    "staff_regional_officer",
    "staff_monitoring_officer",
    "staff_local_officer",
    "staff_local_monitor",
)


def demo_program_regions() -> pd.DataFrame:
    """The synthetic `program_regions` table of the data contract: one row per region for 2013, region codes as text."""
    return load_reference("program_regions_demo")[list(PROGRAM_REGIONS_COLUMNS)]
