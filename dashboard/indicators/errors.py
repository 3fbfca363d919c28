"""The one error the indicator engine raises: an indicator, split or filter the loaded data cannot give."""
from __future__ import annotations

from dashboard.i18n import t


class IndicatorUnavailable(ValueError):
    """Why an indicator cannot be computed from these tables, in words; `text(lang)` gives it in Spanish or English."""

    def __init__(self, reason: str, **values: object):
        self.reason = reason
        self.values = values
        super().__init__(self.text("en"))

    def text(self, lang: str | None = None) -> str:
        """The explanation in `lang` (Spanish by default)."""
        return t(f"indicator.error.{self.reason}", lang, **self.values)

    def plain(self, lang: str | None = None) -> str:
        """The explanation for the pages: indicators, data and splits named in the domain's words, never by the
        table or column names of the data contract (the command line keeps those, for whoever fixes the files)."""
        from dashboard.i18n import CATALOGUE
        from dashboard.indicators.catalogue import CATALOGUE as INDICATORS
        from dashboard.indicators.catalogue import indicator_text

        values = dict(self.values)
        if values.get("indicator") in INDICATORS:
            values["indicator"] = indicator_text(str(values["indicator"]), "name", lang)
        if f"indicator.loaded_table.{values.get('table')}" in CATALOGUE:
            values["table"] = t(f"indicator.loaded_table.{values['table']}", lang)
        if f"indicator.split_word.{values.get('split')}" in CATALOGUE:
            values["split"] = t(f"indicator.split_word.{values['split']}", lang)
        if f"subject.{values.get('subject')}" in CATALOGUE:
            values["subject"] = t(f"subject.{values['subject']}", lang)
        key = f"indicator.plain.{self.reason}"
        text = t(key if key in CATALOGUE else f"indicator.error.{self.reason}", lang, **values)
        return text[:1].upper() + text[1:]
