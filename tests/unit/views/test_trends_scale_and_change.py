"""Trends: relative change since a year, the log scale where it means something, and units in the hover."""
from __future__ import annotations

import pandas as pd
import pytest

from dashboard.views.trends import TrendsState, hover_unit, log_allowed, relative_change_since, trends_view


def test_relative_change_is_the_percentage_of_the_base_year_value():
    frame = pd.DataFrame({"series": ["a", "a", "b", "b"], "year": [2000, 2010, 2000, 2010],
                          "value": [80.0, 90.0, 80.0, 60.0]})
    changed = relative_change_since(frame, 2000)
    # 80 -> 90: 10 / 80 = +12.5 %; 80 -> 60: -20 / 80 = -25 %; the base year itself is 0
    assert changed["value"].tolist() == pytest.approx([0.0, 12.5, 0.0, -25.0])
    assert frame["value"].tolist() == [80.0, 90.0, 80.0, 60.0]  # the input is left as it was


def test_a_series_without_a_usable_base_has_no_relative_change():
    frame = pd.DataFrame({"series": ["zero", "zero", "late"], "year": [2000, 2001, 2001], "value": [0.0, 5.0, 7.0]})
    assert relative_change_since(frame, 2000)["value"].isna().tolist() == [True, True, True]


def test_the_relative_view_says_so_in_its_title_csv_and_hover(explorer_data):
    view = trends_view(explorer_data, TrendsState(lang="es", since=2000, change="relative"))
    table = view.csv["trends"]
    # NER is 50 % in every year of the fixture: no relative change
    assert table.loc[table["year"] == 2003, "relative_change"].tolist() == pytest.approx([0.0])
    assert "change_since" not in table
    assert view.title == "Tasa neta de matrícula en primaria: cambio relativo desde 2000"
    assert view.figures["trends"].data[0].hovertemplate.startswith("Nacional: <b>%{y:+,.1f}\u00a0%</b>")
    assert view.figures["trends"].layout.hovermode == "x unified"


def test_levels_carry_the_indicator_unit_in_each_language(explorer_data):
    spanish = trends_view(explorer_data, TrendsState(lang="es")).figures["trends"].data[0].hovertemplate
    english = trends_view(explorer_data, TrendsState(lang="en")).figures["trends"].data[0].hovertemplate
    assert "%{y:,.1f}\u00a0%</b>" in spanish and "%{y:,.1f}%</b>" in english
    assert hover_unit("net_enrolment_ratio", "es", change=True) == " p. p."
    assert hover_unit("pupil_teacher_ratio", "es") == " alumnos por docente"
    assert hover_unit("pupil_teacher_ratio", "en") == " pupils per teacher"
    assert hover_unit("literacy_gpi", "en") == ""  # an index has no unit


def test_log_scale_only_for_ratios_and_never_for_a_change(explorer_data):
    assert log_allowed("pupil_teacher_ratio") and not log_allowed("net_enrolment_ratio")
    refused = trends_view(explorer_data, TrendsState(lang="en", scale="log"))
    assert refused.figures["trends"].layout.yaxis.type != "log"
    assert any("log scale" in hint for hint in refused.hints)
    assert TrendsState(scale="log", change="relative").query().endswith("change=relative&scale=log")


def test_a_missing_table_is_named_in_the_domain_words_with_what_to_do_instead(explorer_data):
    assert "literacy" not in explorer_data.tables
    view = trends_view(explorer_data, TrendsState(lang="es", indicator="literacy_gpi"))
    shown = view.figures["trends"].layout.annotations[0].text.replace("<br>", " ")
    assert shown.startswith("El indicador 18 (") and "necesita la alfabetización cargada" in shown
    assert "Demostración sintética" in shown and "literacy" not in shown


def test_every_panel_that_lacks_data_says_so_without_table_names():
    from dashboard.i18n import t

    for lang in ("es", "en"):
        text = t("notice.table_missing", lang, tables="literacy, coaching")
        assert "literacy" not in text and "coaching" not in text and "demo" in text.lower()


def test_the_kind_of_change_is_offered_only_while_the_change_is_shown():
    from dashboard.views.trends import change_options

    assert [o["disabled"] for o in change_options("es", shown=False)] == [True, True]
    assert [(o["label"], o["disabled"]) for o in change_options("en", shown=True)] == [
        ("in points", False), ("as % of the starting value", False)]
