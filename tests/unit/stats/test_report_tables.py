"""The coaching tables' numbers as a published report writes them, worked by hand in both languages."""
from __future__ import annotations

import math

from dashboard.stats.tables import StatTable, as_text, p_value, stat


def test_p_values_below_a_thousandth_are_written_as_a_bound():
    assert p_value(0.0004, "es") == "< 0,001" and p_value(0.0004, "en") == "< 0.001"
    assert p_value(0.0005, "en") == "0.001"  # rounds up to 0.001: no longer below it
    assert p_value(0.534, "es") == "0,534" and p_value(1.0, "en") == "1.000"
    assert p_value(None, "es") == p_value(math.nan, "es") == ""


def test_table_numbers_are_grouped_in_the_readers_language():
    assert stat(13877581.743, "es", 0) == "13\u202f877\u202f582"  # thin space between thousands in Spanish
    assert stat(13877581.743, "en", 0) == "13,877,582"
    assert stat(32.7451, "es", 2) == "32,75" and stat(32.7451, "en", 2) == "32.75"
    assert stat(491.711, "es", 1) == "491,7" and stat(0.0137, "en", 3) == "0.014"
    assert stat(None, "en", 1) == stat(math.inf, "en", 1) == ""


def test_text_table_puts_caption_under_title_and_notes_under_rules():
    table = StatTable("Effect sizes", ["Effect", "Gain"], [["Interaction", "22.2"], ["Time", "5.0"]],
                      notes=("Gains in points.",), caption="What changed.")
    assert as_text(table).splitlines() == [
        "Effect sizes",
        "What changed.",
        "-----------------",
        "Effect       Gain",
        "-----------------",
        "Interaction  22.2",
        "Time          5.0",
        "-----------------",
        "Gains in points.",
    ]
