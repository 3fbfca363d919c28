"""A figure saved for a slide carries its title, selection, source and synthetic mark, and no controls."""
from __future__ import annotations

from dashboard.figures.export import export_figure
from dashboard.views.maps import MapsState, maps_view
from dashboard.views.trends import TrendsState, trends_view
from dashboard.views.view import with_export
from tests.unit.views.conftest import dataset_of


def test_a_trend_chart_is_saved_with_its_words(explorer_data):
    view = with_export(trends_view(explorer_data, TrendsState(sex="F", area="rural")), "es")
    changes = view.figures["trends"].layout.meta["export"]
    assert (changes["width"], changes["height"]) == (1600, 900)
    assert "Tasa neta de matrícula en primaria, 2000–2003" in changes["title"]["text"]
    words = "Rural · Mujeres · Calculado por el observatorio a partir de la matrícula y la población por edad"
    assert words in changes["title"]["text"]
    source = changes["annotations"][-1]["text"]
    assert source.startswith("Fuente: Banco Mundial")
    assert "DATOS SINTÉTICOS" not in str(changes["annotations"])  # real data: no mark


def test_the_synthetic_demo_is_marked_across_the_plot(explorer_data):
    demo = dataset_of(explorer_data.tables, "explorer-demo", synthetic=True)
    view = with_export(trends_view(demo, TrendsState(lang="en")), "en")
    changes = view.figures["trends"].layout.meta["export"]
    assert changes["annotations"][-1]["text"] == "SYNTHETIC DATA"
    assert "synthetic demo data" in changes["title"]["text"]


def test_a_map_is_saved_without_controls_and_with_the_year_it_shows():
    from tests.unit.figures.test_maps import hand_tables

    data = dataset_of(hand_tables(), "export-map")
    view = maps_view(data, MapsState(lang="en"))
    figure = view.figures["map"]
    assert not figure.layout.sliders and not figure.layout.updatemenus  # the year controls are on the page
    saved = export_figure(figure, title=view.title, subtitle=view.subtitle, source="Source: INEI")
    assert saved.layout.sliders == () and saved.layout.updatemenus == ()
    assert [note.text for note in saved.layout.annotations if note.name == "year"] == [str(view.year)]
    assert saved.layout.title.text.startswith("<b>Net enrolment ratio in primary education by region</b>")


def test_words_are_escaped_never_markup():
    from plotly import graph_objects as go

    saved = export_figure(go.Figure(), title="<script>x</script>", subtitle="", source="a & b")
    assert "<script>" not in saved.layout.title.text and saved.layout.annotations[-1].text == "a &amp; b"
