"""Where a page's numbers come from, in the reader's words, and what a page needs that the data lacks.

Every figure says whether its numbers are computed by the observatory (from which tables of
which publisher) or published (by whom, in which release). A page that needs data the loaded
set does not have (regions, schools, the coaching roster) says so in plain words, so it can
offer the same view on the synthetic demo instead.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from dashboard.config import PERU_DIR
from dashboard.contract import CENSUS_TABLES, Dataset
from dashboard.i18n import t
from dashboard.indicators.catalogue import CATALOGUE


def table_source(data: Dataset, name: str) -> str:
    """The publisher and release a table of the data set records ('' when it records none)."""
    recorded = data.metadata.get("tables")
    entry = recorded.get(name) if isinstance(recorded, dict) else None
    return str(entry.get("source") or "") if isinstance(entry, dict) else ""


def _sources(values: Iterable[object]) -> str:
    return "; ".join(dict.fromkeys(str(v) for v in values if isinstance(v, str) and v))


def computed_words(data: Dataset, indicator_id: str, lang: str) -> str:
    """'Calculado por el observatorio a partir de la matrícula y la población (World Bank EdStats, 2019 release)'."""
    tables = [name for name in CATALOGUE[indicator_id].tables if data.has(name)]
    named = t("provenance.and", lang).join(t(f"provenance.table.{name}", lang) for name in tables)
    sources = _sources(table_source(data, name) for name in tables)
    if data.is_demo:
        return t("provenance.computed_demo", lang, tables=named)
    return (t("provenance.computed_from", lang, tables=named, sources=sources) if sources
            else t("provenance.computed", lang, tables=named))


def published_words(published: pd.DataFrame, lang: str) -> str:
    """'Publicado por World Bank EdStats, 2019 release' (every release the shown values come from)."""
    return t("provenance.published", lang, sources=_sources(published["published_source"]))


def origin_line(data: Dataset, indicator_id: str, lang: str, *, computed: bool,
                published: pd.DataFrame | None) -> str:
    """The subtitle saying which lines are computed and which published ('' when nothing is drawn)."""
    shown = published is not None and not published.empty and published["published"].notna().any()
    parts = []
    if computed:
        words = computed_words(data, indicator_id, lang)
        parts.append(t("provenance.solid", lang, words=_lower_first(words)) if shown else words + ".")
    if shown:
        words = published_words(published, lang)
        parts.append(t("provenance.dashed", lang, words=_lower_first(words)) if computed else words + ".")
    return " ".join(parts)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def headline_origin(item: dict, data: Dataset, lang: str) -> str:
    """The short origin of a headline figure: computed (from which tables) or published (by whom)."""
    if item.get("value") is None:
        return ""
    if item.get("origin") == "published":
        return t("provenance.published", lang, sources=item.get("source") or "")
    return computed_words(data, item["id"], lang)


# ---------------------------------------------------------------- what a page needs that the data lacks

REGIONAL_PROGRAMME = "program_regions"
SCHOOL_TABLES = ("assessment", "coaching")


def _has_column(data: Dataset, column: str, tables: Iterable[str] = CENSUS_TABLES) -> bool:
    return any(data.has(name) and column in data.table(name).columns for name in tables)


def lacking(page: str, data: Dataset, lang: str) -> list[str]:
    """What the page cannot show with this data, in plain words (empty when it can show everything)."""
    named = t("provenance.data_real" if is_bundled_real(data) else "provenance.data_loaded", lang)
    words = {"data": named, "data_lower": named[:1].lower() + named[1:]}
    reasons = []
    regional = _has_column(data, "region_code")
    if page == "maps" and not regional:
        reasons.append(t("provenance.lacks_regions", lang, **words))
    if page == "parity":
        if not (_has_column(data, "sex", ("enrolment",)) and _has_column(data, "sex", ("population",))):
            reasons.append(t("provenance.lacks_sex", lang, **words))
        if not regional:
            reasons.append(t("provenance.lacks_regions_parity", lang, **words))
    if page == "trends" and not regional:
        reasons.append(t("provenance.lacks_splits", lang, **words))
    if page == "cohort" and not (_has_column(data, "grade", ("enrolment",))
                                 and _has_column(data, "repeaters", ("enrolment",))):
        reasons.append(t("provenance.lacks_grades", lang, **words))
    if page == "coaching" and not all(data.has(name) for name in SCHOOL_TABLES):
        reasons.append(t("provenance.lacks_schools", lang, **words))
    if page == "programme" and not data.has(REGIONAL_PROGRAMME):
        reasons.append(t("provenance.lacks_programme_regions", lang, **words))
    return reasons


def is_bundled_real(data: Dataset) -> bool:
    """The data is the bundled published set (data/peru), not an upload or an operator's directory."""
    return data.source_dir is not None and Path(data.source_dir).resolve() == PERU_DIR.resolve()
