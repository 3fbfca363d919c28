"""The message catalogue: every label, title, notice and number format in Spanish (default) and English.

The catalogue is one dictionary, kept in several files under `dashboard/messages/`
(one per domain) so that each part of the product owns its words; a key defined
twice is an error at import.
"""
from __future__ import annotations

import importlib
import math
import pkgutil

from dashboard import messages as _messages_pkg

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"


def _merge_catalogue() -> dict[str, dict[str, str]]:
    catalogue: dict[str, dict[str, str]] = {}
    for module_info in sorted(pkgutil.iter_modules(_messages_pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{_messages_pkg.__name__}.{module_info.name}")
        for key, texts in module.MESSAGES.items():
            if key in catalogue:
                raise RuntimeError(f"message key {key!r} is defined twice (second time in {module.__name__})")
            missing = [lang for lang in LANGUAGES if lang not in texts]
            if missing:
                raise RuntimeError(f"message key {key!r} in {module.__name__} lacks {', '.join(missing)}")
            catalogue[key] = texts
    return catalogue


CATALOGUE = _merge_catalogue()


def language(value: str | None) -> str:
    """A supported language code; anything else falls back to Spanish."""
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, lang: str | None = None, **values: object) -> str:
    """The message `key` in `lang`, with `{placeholders}` filled; raises KeyError for an unknown key."""
    text = CATALOGUE[key][language(lang)]
    return text.format(**values) if values else text


def number(value: float | None, lang: str | None = None, decimals: int = 1) -> str:
    """A number written the way readers of `lang` expect: 1 234,5 in Spanish, 1,234.5 in English."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if language(lang) == "es":
        # Spanish (Peru, RAE): comma decimal mark, thin space between thousands.
        text = text.replace(",", "\u202f").replace(".", ",")
    return text
