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
