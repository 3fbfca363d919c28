"""Page views on the bundled real dataset (data/peru) against the published figures, and the demo by address.

Every expected number is read off the raw published files in data/sources/ (checked by hand):
World Bank EdStats 2019 release, `worldbank/peru_edstats_2019.csv`:
  SE.PRM.ENRL 2010 = 3 762 681 pupils; SP.POP.AG06..AG11.TO.UN 2010 = 547 056 + 546 545 + 547 428
  + 549 492 + 552 169 + 554 889 = 3 297 579 children aged 6–11, so GER 2010 computed = 114.10;
  SE.PRM.ENRR 2010 = 110.36508 (published GER), SE.PRM.NENR 1999 = 97.69089 (published NER),
  SE.ENR.PRIM.FM.ZS 2015 = 1.00009 (published GPI of GER).
UIS Education dataset, February 2019 release, `worldbank/peru_uis_gapminder_vintages.csv`:
  UIS.GER_1 2018 = 102.43708; UIS.NER_1_CP 2018 = 96.55621.
"""
from __future__ import annotations

import pytest

from dashboard import store
from dashboard.config import DEMO_DIR, PERU_DIR
from dashboard.serving import dataset_for
from dashboard.views.home import HomeState, home_view
from dashboard.views.parity import ParityState, parity_view, unavailable_indicators
from dashboard.views.provenance import lacking
from dashboard.views.trends import TrendsState, trends_view

WB_2019 = "World Bank EdStats, 2019 release"


@pytest.fixture(scope="module")
def peru():
    return store.dataset_at(PERU_DIR)


@pytest.fixture(scope="module")
def demo():
    return store.bundled_dataset("demo")


def test_trends_ger_computed_beside_published(peru):
    view = trends_view(peru, TrendsState(indicator="gross_enrolment_ratio"))
    table = view.csv["trends"].set_index("year")
    row = table.loc[2010]
    assert row["numerator"] == 3762681 and row["denominator"] == 3297579
    assert row["value"] == pytest.approx(114.10, abs=0.005)
    assert row["published"] == pytest.approx(110.37, abs=0.005)
    assert row["difference"] == pytest.approx(114.104 - 110.365, abs=0.005)
    assert row["source_published"] == WB_2019
    assert table.index.min() == 1990 and table.index.max() == 2015
    traces = {trace.name: trace for trace in view.figures["trends"].data}
    assert traces["Nacional, publicado"].line.dash == "dash"
    assert traces["Nacional"].line.dash is None
    hover = traces["Nacional, publicado"].customdata[list(traces["Nacional, publicado"].x).index(2010)][0]
    assert "+3.7" in hover and WB_2019 in hover
    # The subtitle names the tables computed from and the publisher of the dashed line.
    assert "matrícula" in view.subtitle and "población" in view.subtitle
    assert f"Línea discontinua: publicado por {WB_2019}" in view.subtitle


def test_trends_ner_only_published_on_real_data(peru):
    view = trends_view(peru, TrendsState(indicator="net_enrolment_ratio", lang="en"))
    table = view.csv["trends"].set_index("year")
    assert set(table["origin"]) == {"published"}
    assert table.loc[1999, "value"] == pytest.approx(97.69089, abs=1e-4)
    assert [trace.name for trace in view.figures["trends"].data] == ["National, published"]
    assert view.subtitle == f"Published by {WB_2019}."
    assert any("does not distinguish age" in hint for hint in view.hints)


def test_parity_shows_published_gpi_of_ger(peru):
    view = parity_view(peru, ParityState(indicator="gross_enrolment_ratio"))
    table = view.csv["parity"].set_index("year")
    assert table.loc[2015, "value"] == pytest.approx(1.00009, abs=1e-5)
    assert set(table["origin"]) == {"published"}
    assert view.figures["parity"].data[0].name == "Índice de paridad publicado"
    assert view.subtitle.split(" · ")[-1].startswith("Índice de paridad publicado") and WB_2019 in view.subtitle
    # Indicators with a published parity index stay selectable; the others are disabled with a reason.
    unavailable = unavailable_indicators(peru, "es")
    assert "gross_enrolment_ratio" not in unavailable and "net_enrolment_ratio" not in unavailable
    assert "repetition_rate" in unavailable


def test_home_headlines_say_where_they_come_from(peru, demo):
    real = {item["id"]: item for item in home_view(peru, HomeState()).headlines}
    assert real["gross_enrolment_ratio"]["value"] == pytest.approx(102.43708)
    assert real["gross_enrolment_ratio"]["year"] == 2018
    assert real["gross_enrolment_ratio"]["origin_words"] == \
        "Publicado por UIS Education dataset, February 2019 release"
    assert real["net_enrolment_ratio"]["value"] == pytest.approx(96.55621)
    synthetic = {item["id"]: item for item in home_view(demo, HomeState(lang="en")).headlines}
    assert synthetic["gross_enrolment_ratio"]["origin"] == "computed"
    assert synthetic["gross_enrolment_ratio"]["origin_words"].startswith("Computed from synthetic demo data")


def test_dataset_for_reads_the_demo_without_switching(peru, tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path))
    monkeypatch.delenv("DASHBOARD_DATA_DIR", raising=False)
    shown = dataset_for(TrendsState(data="demo"))
    assert shown.is_demo and shown.source_dir.resolve() == DEMO_DIR.resolve()
    in_service = dataset_for(TrendsState())
    assert not in_service.is_demo and in_service.source_dir.resolve() == PERU_DIR.resolve()
    assert store.directory_in_service().resolve() == PERU_DIR.resolve()
    assert not (tmp_path / store.POINTER_FILE).exists()  # asking for the demo switched nothing


def test_pages_say_what_the_published_data_lacks(peru, demo):
    assert lacking("maps", peru, "es") == [
        "Los datos reales publicados son nacionales: no tienen cifras por región, así que no hay mapa."]
    for page in ("coaching", "cohort", "programme", "parity", "trends"):
        assert lacking(page, peru, "en"), page
    assert lacking("home", peru, "es") == []
    for page in ("maps", "coaching", "cohort", "programme", "parity", "trends"):
        assert lacking(page, demo, "es") == [], page
    # Plain words only: no table or column names (they all have an underscore or are English in Spanish text).
    for page in ("maps", "coaching", "cohort", "programme", "parity"):
        assert "_" not in " ".join(lacking(page, peru, "en") + lacking(page, peru, "es"))
        assert not {"enrolment", "repeaters", "assessment", "coaching"} & set(" ".join(lacking(page, peru, "es"))
                                                                            .replace(",", " ").split())


def test_maps_on_national_data_say_why_and_keep_a_csv_header(peru):
    from dashboard.views.maps import MapsState, maps_view

    view = maps_view(peru, MapsState(indicator="gross_enrolment_ratio"))
    assert any("no distingue región" in hint for hint in view.hints)
    assert view.csv["map"].empty and {"region_code", "value", "flag"} <= set(view.csv["map"].columns)
