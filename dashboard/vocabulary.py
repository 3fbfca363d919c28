"""The domain's codes, defined once: every schema, control, address parameter and legend reads them from here.

The codes are the values stored in the contract's tables (DATA_CONTRACT.md); their words, in Spanish
and English, live in the message catalogue under `<kind>.<code>` (`area.urban`, `subject.math`...).
"""
from __future__ import annotations

from dashboard.i18n import t

AREAS = ("urban", "rural")
SEXES = ("F", "M")
MANAGEMENTS = ("public", "private")
LEVELS = ("preschool", "primary", "secondary")
SUBJECTS = ("reading", "math", "reading_l2")  # the ECE's tests: grade 2 reading and maths, grade 4 reading in L2
SCHOOL_TYPES = ("multigrade", "full_grade")
TEACHING_LANGUAGES = ("spanish", "bilingual")
PRIMARY_GRADES = (1, 2, 3, 4, 5, 6)
POVERTY_QUINTILES = (1, 2, 3, 4, 5)

# The splits a figure can compare or filter by, with their codes.
SPLIT_VALUES = {"area": AREAS, "sex": SEXES, "management": MANAGEMENTS}


def label(kind: str, code: str, lang: str | None = "es") -> str:
    """A code in the reader's words: label('area', 'rural', 'en') -> 'Rural'."""
    return t(f"{kind}.{code}", lang)
