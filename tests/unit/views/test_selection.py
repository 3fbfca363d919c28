"""Every view names its whole selection and the data's origin, in the reader's language (issue: titles hid filters)."""
from __future__ import annotations

from dashboard.views.maps import MapsState, maps_view
from dashboard.views.parity import ParityState, parity_view
from dashboard.views.selection import region_words, selection_columns, selection_words, subtitle
from dashboard.views.trends import TrendsState, trends_view
from tests.unit.views.conftest import dataset_of


def test_regions_are_listed_with_the_languages_conjunction():
    assert region_words(("09", "21"), "es") == "Huancavelica y Puno"
    assert region_words(("08", "15", "21"), "en") == "Cusco, Lima and Puno"
    assert region_words(("15",), "es") == "Lima"


def test_only_the_choices_that_shape_the_view_are_named():
    girls_in_two_regions = TrendsState(compare="region_code", regions=("09", "21"), sex="F")
    assert selection_words(girls_in_two_regions, "es", years=(1990, 2025)) \
        == "Huancavelica y Puno · Mujeres · 1990–2025"
    # the grade only matters to repetition, the subject only to the ECE indicator
    assert selection_words(MapsState(indicator="pct_mastering_competencies", subject="math"), "en") \
        == "Mathematics (grade 2)"
    assert selection_words(MapsState(indicator="repetition_rate", grade=3), "es") == "3.º grado"
    assert selection_words(MapsState(grade=3, subject="math"), "es") == ""
    # comparing the areas draws both: an area filter is then not part of the view
    assert selection_words(TrendsState(compare="area", area="rural"), "es") == "Urbano y rural"
    assert selection_columns(ParityState(area="rural", management="public"), "en") \
        == {"Area": "Rural", "Management": "Public"}


def test_the_origin_says_synthetic_or_computed():
    real, demo = dataset_of({}, "real"), dataset_of({}, "demo", synthetic=True)
    assert subtitle(ParityState(area="rural"), real, "es") \
        == "Rural · Calculado por el observatorio con cifras publicadas"
    assert subtitle(ParityState(), demo, "en") == "Synthetic demo data (not a description of reality)"


def test_trends_subtitle_names_girls_and_the_regions(explorer_data):
    view = trends_view(explorer_data, TrendsState(compare="region_code", regions=("07", "21"), sex="F"))
    assert view.title == "Tasa neta de matrícula en primaria, 2000–2003"
    assert view.subtitle.startswith("Callao y Puno · Mujeres · ")


def test_trends_names_a_conflicting_filter_and_sets_it_aside(explorer_data):
    view = trends_view(explorer_data, TrendsState(lang="en", compare="area", area="rural"))
    assert "Rural" not in view.subtitle.split(" · ")
    assert any("“Rural” is not applied" in hint for hint in view.hints)
    drawn = set(view.csv["trends"]["series"])
    assert drawn == {"urban", "rural"}


def test_parity_and_maps_say_rural_and_girls(explorer_data):
    parity = parity_view(explorer_data, ParityState(present=True, area="rural"))
    assert parity.subtitle.split(" · ")[0] == "Rural"
    shown = maps_view(explorer_data, MapsState(sex="F", area="rural"))
    assert shown.title == "Tasa neta de matrícula en primaria por región"
    assert shown.subtitle.startswith("Rural · Mujeres · ")


def test_refusals_on_the_pages_use_the_domains_words():
    from dashboard.indicators.errors import IndicatorUnavailable

    refusal = IndicatorUnavailable("population_management", number="6", indicator="net_enrolment_ratio")
    assert refusal.plain("es") == ("La población no se desglosa por gestión: las tasas sobre la población "
                                   "(indicador 6, Tasa neta de matrícula en primaria) no se pueden desagregar por "
                                   "gestión.")
    national = IndicatorUnavailable("national_only", table="finance", split="region_code", number="7a",
                                    indicator="primary_current_expenditure_pct_gnp")
    assert "finance" not in national.plain("es") and "region_code" not in national.plain("es")
    assert national.plain("es").startswith("El gasto cargado no se desglosa por región")
    # the command line keeps the contract's names, for whoever fixes the files
    assert national.text("en").startswith("finance has no region_code")


def test_a_bad_address_notice_names_the_indicator_not_its_id():
    from dashboard.viewstate import Notice
    from layouts._components import used_words

    assert used_words(Notice("indicator", "foo", "net_enrolment_ratio"), "es") \
        == "«Tasa neta de matrícula en primaria»"
    assert used_words(Notice("regions", "99", "06,09"), "en") == "Cajamarca and Huancavelica"


def test_years_outside_the_data_fall_back_to_every_year():
    from dashboard.views.trends import fitted_years

    assert fitted_years((2030, 2040), (1990, 2025)) is None
    assert fitted_years((1980, 2000), (1990, 2025)) == (1990, 2000)
    assert fitted_years(None, (1990, 2025)) == (1990, 2025)
