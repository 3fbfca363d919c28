"""The table beside each chart: rounding, headers in the reader's language, empty cells, sort order."""
from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.exports import next_sort, plain_text, readable_table
from dashboard.views.selection import column_words

FRAME = pd.DataFrame({
    "series": ["region_code:09", "region_code:21", "national"],
    "series_name": ["Huancavelica", "Puno", "Nacional"],
    "year": [2015, 2015, 2015],
    "value": [88.21593585119385, np.nan, 93.05],
    "numerator": [140695.0, 3521276.0, 1234.0],
})


def test_values_are_rounded_and_written_as_readers_of_the_language_expect():
    spanish = readable_table(FRAME, "Tasa neta", "es", column_words("es"))
    english = readable_table(FRAME, "Net rate", "en", column_words("en"))
    assert spanish.rows[0] == ("Huancavelica", "2015", "88,2", "140\u202f695")
    assert english.rows[0] == ("Huancavelica", "2015", "88.2", "140,695")
    assert spanish.rows[1][3] == "3\u202f521\u202f276"  # a whole count keeps no decimals


def test_headers_are_domain_words_and_codes_stay_off_screen():
    assert readable_table(FRAME, "", "es", column_words("es")).headers == ("serie", "año", "valor", "numerador")
    assert readable_table(FRAME, "", "en", column_words("en")).headers == ("series", "year", "value", "numerator")


def test_missing_values_are_empty_cells():
    assert readable_table(FRAME, "", "es").rows[1][2] == ""


def test_an_index_near_one_keeps_three_decimals():
    table = readable_table(pd.DataFrame({"value": [0.98765, 1.0212]}), "", "en")
    assert [row[0] for row in table.rows] == ["0.988", "1.021"]


def test_sorting_by_value_puts_missing_last_in_either_direction():
    ascending = readable_table(FRAME, "", "en", sort=(2, True))
    descending = readable_table(FRAME, "", "en", sort=(2, False))
    assert [r[0] for r in ascending.rows] == ["Huancavelica", "Nacional", "Puno"]
    assert [r[0] for r in descending.rows] == ["Nacional", "Huancavelica", "Puno"]
    assert ascending.sort == (2, True)


def test_text_columns_sort_alphabetically_without_regard_to_case():
    table = readable_table(pd.DataFrame({"name": ["puno", "Amazonas", "Lima"]}), "", "es", sort=(0, True))
    assert [r[0] for r in table.rows] == ["Amazonas", "Lima", "puno"]


def test_numbers_sort_by_value_not_by_their_text():
    table = readable_table(pd.DataFrame({"numerator": [9.0, 10.0, 100.0]}), "", "en", sort=(0, False))
    assert [r[0] for r in table.rows] == ["100", "10", "9"]


def test_a_header_click_sorts_ascending_then_reverses():
    assert next_sort(None, 2) == (2, True)
    assert next_sort((2, True), 2) == (2, False)
    assert next_sort((2, False), 2) == (2, True)
    assert next_sort((2, False), 0) == (0, True)


def test_a_figure_title_becomes_its_first_line_without_markup():
    assert plain_text("<b>Brecha</b> por región<br><sup>Puno · 2015</sup>") == "Brecha por región"


def test_columns_of_identifiers_stay_off_screen_and_words_stay():
    frame = pd.DataFrame({"indicator": ["net_enrolment_ratio_gpi"] * 2, "question": ["Usefulness", "Visits"],
                          "status": ["ok", "too_few"], "value": [0.97, 1.01]})
    assert readable_table(frame, "", "en", column_words("en")).headers == ("question", "value")


def test_the_html_table_has_a_caption_scoped_headers_and_the_sort_state():
    from layouts._components import figure_table

    table = readable_table(FRAME, "Tasa neta, 2015", "es", column_words("es"), sort=(2, False))
    html_table = figure_table(table, "trends-graph", "Huancavelica y Puno", "es").children
    caption, head, body = html_table.children
    assert caption.children[0].children == "Tasa neta, 2015" and caption.children[1].children == "Huancavelica y Puno"
    headers = head.children.children
    assert [h.scope for h in headers] == ["col"] * 4
    assert [getattr(h, "aria-sort") for h in headers] == ["none", "none", "descending", "none"]
    first_row = body.children[0].children
    assert first_row[0].scope == "row" and first_row[0].children == "Nacional"  # 93,1 is the highest value


def test_hover_names_the_unit_on_parity_and_programme_charts():
    from dashboard.figures.parity import gpi_heatmap
    from dashboard.figures.programme import ratio_scatter

    heat = gpi_heatmap(pd.DataFrame({"region_code": ["09"], "year": [2015], "value": [0.98], "flag": [""]}),
                       lang="es").data[0]
    assert "IPG (mujeres / hombres): %{z:.3f}" in heat.hovertemplate
    ratios = pd.DataFrame({"region_code": ["09", "21"], "teachers_per_coach": [8.0, 9.0],
                           "cost_per_teacher": [4000.0, 5000.0], "cost_per_coach": [32000.0, 45000.0]})
    scatter = ratio_scatter(ratios, pd.Series([False, False]), lang="en", present=False).data[0]
    assert "S/ %{y:,.2f}" in scatter.hovertemplate and "S/ %{customdata[0]:,.2f}" in scatter.hovertemplate


def test_a_long_table_shows_its_first_rows_in_the_chosen_order_and_says_so():
    from layouts._components import figure_table

    frame = pd.DataFrame({"value": [float(v) for v in range(10)]})
    table = readable_table(frame, "", "en", sort=(0, False), limit=3)
    assert [r[0] for r in table.rows] == ["9", "8", "7"] and table.total == 10
    note = figure_table(table, "maps-graph", "", "en").children[1].children
    assert note == "The first 3 of 10 rows are shown, in the chosen order; the CSV download has them all."
