"""A view's whole selection in words, built once from its state, for titles, subtitles, exports and CSVs.

A chart of girls in rural Puno must say so wherever it goes: on screen, in presentation mode (where the
controls are hidden), in a PNG on a slide and in a spreadsheet. Every page reads its words here.
"""
from __future__ import annotations

from collections.abc import Sequence

from dashboard.contract import Dataset
from dashboard.i18n import t
from dashboard.regions import region_name
from dashboard.viewstate import PageState

# The indicators whose value depends on a grade or a subject (the others ignore those controls).
GRADED = ("repetition_rate",)
TESTED = ("pct_mastering_competencies",)


def region_words(codes: Sequence[str], lang: str) -> str:
    """'Huancavelica y Puno', 'Cusco, Lima y Puno'; the conjunction follows the language."""
    names = [region_name(code) for code in codes]
    if len(names) <= 1:
        return "".join(names)
    return t("selection.and", lang, first=", ".join(names[:-1]), last=names[-1])


def selection_parts(state: PageState, lang: str, *, indicator: str | None = None,
                    years: tuple[int, int] | None = None) -> list[tuple[str, str]]:
    """(label, words) of every choice that narrows or shapes the view, in reading order.

    Reads the fields a page's state has (region or regions, area, sex, management, grade, subject);
    a filter at 'all' is left out, so an unfiltered national view only names its years.
    """
    indicator = indicator or getattr(state, "indicator", "")
    parts: list[tuple[str, str]] = []
    compare = getattr(state, "compare", None)
    regions = getattr(state, "regions", ())
    if compare == "region_code" and regions:
        parts.append((t("filter.regions", lang), region_words(regions, lang)))
    elif getattr(state, "region", ""):
        parts.append((t("filter.region", lang), region_name(state.region)))
    elif compare not in (None, "national", "region_code"):
        parts.append((t("filter.compare", lang), t(f"compare.{compare}", lang)))
    for split in ("area", "sex", "management"):
        value = getattr(state, split, "")
        if value and compare != split:
            parts.append((t(f"filter.{split}", lang), t(f"{split}.{value}", lang)))
    if indicator in GRADED and getattr(state, "grade", 0):
        parts.append((t("filter.grade", lang), t("filter.grade_n", lang, grade=state.grade)))
    if indicator in TESTED and getattr(state, "subject", ""):
        parts.append((t("filter.subject", lang), t(f"subject.{state.subject}", lang)))
    if years is not None:
        parts.append((t("filter.years", lang), f"{years[0]}–{years[1]}" if years[0] != years[1] else str(years[0])))
    return parts


def selection_words(state: PageState, lang: str, **options) -> str:
    """The selection as one line: 'Huancavelica y Puno · Mujeres · 2000–2015'."""
    return " · ".join(words for _label, words in selection_parts(state, lang, **options))


def origin_words(data: Dataset, lang: str) -> str:
    """Where the numbers come from: the synthetic demo, or computed by the observatory from published tables."""
    return t("origin.synthetic" if data.is_demo else "origin.computed", lang)


def subtitle(state: PageState, data: Dataset, lang: str, **options) -> str:
    """The line under a chart's title: the selection, then the data's origin."""
    return " · ".join(part for part in (selection_words(state, lang, **options), origin_words(data, lang)) if part)


def selection_columns(state: PageState, lang: str, **options) -> dict[str, str]:
    """The selection as CSV columns (label -> words), so a spreadsheet row says what it is about."""
    return dict(selection_parts(state, lang, **options))


def column_words(lang: str) -> dict[str, str]:
    """CSV headers in the reader's language, for the columns the pages' tables share."""
    from dashboard.i18n import CATALOGUE

    prefix = "csv.column."
    return {key[len(prefix):]: t(key, lang) for key in CATALOGUE if key.startswith(prefix)}
