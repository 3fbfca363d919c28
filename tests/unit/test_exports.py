"""CSV downloads: provenance lines first, text cells disarmed against formula injection, numbers untouched."""
from __future__ import annotations

import csv
import io

import numpy as np
import pandas as pd

from dashboard.exports import csv_with_provenance, neutralise


def test_formula_starts_are_neutralised():
    assert [neutralise(s) for s in ("=1+1", "+51", "-cmd", "@SUM(A1)", "\tx", "Lima", "")] == [
        "'=1+1", "'+51", "'-cmd", "'@SUM(A1)", "'\tx", "Lima", ""]


def test_table_with_provenance_keeps_numbers_and_disarms_text():
    frame = pd.DataFrame({"series": ["=HYPERLINK(\"http://x\")", "15"], "value": [-3.5, np.nan], "year": [2000, 2001]})
    text = csv_with_provenance(frame, {"Fuente": "INEI", "Vista": "=bad"})
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["# Fuente: INEI"]
    assert rows[1] == ["# Vista: =bad"]  # the '#' already keeps it from being a formula
    assert rows[2] == ["series", "value", "year"]
    assert rows[3] == ["'=HYPERLINK(\"http://x\")", "-3.5", "2000"]  # a negative number stays a number
    assert rows[4] == ["15", "", "2001"]  # missing is empty, never 0


def test_a_spreadsheet_gets_rounded_numbers_whole_counts_its_language_and_the_selection():
    frame = pd.DataFrame({"year": [2000.0, 2001.0], "value": [88.21593585119385, None],
                          "numerator": [1520.0, 1498.0], "flag": ["", pd.NA]})
    text = csv_with_provenance(frame, {"Fuente": "INEI"}, headers={"year": "año", "value": "valor"},
                               selection={"Sexo": "Mujeres"})
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["año", "valor", "numerator", "flag", "Sexo"]
    assert rows[2] == ["2000", "88.216", "1520", "", "Mujeres"]  # 88.2159… rounded, counts whole
    assert rows[3] == ["2001", "", "1498", "", "Mujeres"]  # missing and <NA> are empty cells
