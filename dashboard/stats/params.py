"""What the coaching analysis compares: subjects, measures, the universe rules and their defaults (the paper's)."""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from dashboard.i18n import t
from dashboard.regions import REGION_CODES
from dashboard.vocabulary import AREAS, MANAGEMENTS, SCHOOL_TYPES, TEACHING_LANGUAGES

MEASURES = ("mean_score", "pct_proficient")
GROUPS = ("comparison", "coached")  # SPSS lists the 0 ("No") group first, as Tables 3 to 14 do
ALLOWED_VALUES = {  # the codes of DATA_CONTRACT.md that the optional filters may take
    "management": MANAGEMENTS,
    "language": TEACHING_LANGUAGES,
    "school_type": SCHOOL_TYPES,
    "area": AREAS,
    "region_code": REGION_CODES,
}
MIN_GROUP_SIZE = 3  # Box's M needs more schools than time points in each group (2 x 2 covariance matrices)


@dataclass(frozen=True)
class SubjectRules:
    """The paper's universe for one ECE subject: who sits the test and which school means are credible."""

    grade: int
    language: str
    score_floor: float
    score_ceiling: float


SUBJECT_RULES: dict[str, SubjectRules] = {
    # Sections 3.1.1 and 3.1.3: reading results under 200, maths under 220 or above 900 are not genuine data.
    "reading": SubjectRules(grade=2, language="spanish", score_floor=200.0, score_ceiling=math.inf),
    "math": SubjectRules(grade=2, language="spanish", score_floor=220.0, score_ceiling=900.0),
    # Spanish as a second language (4th grade, bilingual schools): the paper sets no bounds, so reading's apply.
    "reading_l2": SubjectRules(grade=4, language="bilingual", score_floor=200.0, score_ceiling=math.inf),
}
SUBJECTS = tuple(SUBJECT_RULES)


class CoachingAnalysisError(ValueError):
    """The analysis cannot run on these data or parameters; the message says why in plain words."""

    def __init__(self, key: str, **values: object):
        self.key = key
        self.values = values
        super().__init__(self.message("en"))

    def __reduce__(self):  # pickled by its key and values (the shared cache keeps a refused ANOVA with its estimate)
        return _analysis_error, (self.key, dict(self.values))

    def message(self, lang: str | None = "es") -> str:
        """The reason in `lang`, for the UI and the command line; rule, subject and group codes are put in words."""
        values = {name: t(f"stats.{name}.{value}", lang) if name in ("rule", "subject", "group") else value
                  for name, value in self.values.items()}
        for name in ("coached", "comparison"):  # a count of schools, with its noun in the singular or plural
            if name in values:
                values[f"{name}_schools"] = t(f"stats.count.{name}_{'one' if values[name] == 1 else 'many'}", lang,
                                              n=values[name])
        return t(f"stats.error.{self.key}", lang, **values)


@dataclass(frozen=True)
class CoachingParams:
    """Everything that defines one coaching comparison; fields left as None take the subject's default.

    The subject's defaults are filled in when the parameters are built: to change the subject, build new
    parameters rather than `dataclasses.replace` (which would keep the old subject's language and bounds).
    """

    subject: str = "reading"
    measure: str = "mean_score"
    baseline: int = 2010
    endline: int = 2013
    management: str = "public"
    language: str | None = None
    poverty_quintiles: tuple[int, ...] = (1, 2, 3)
    grade: int | None = None
    score_floor: float | None = None  # results below it in either year drop the school
    score_ceiling: float | None = None  # results above it in either year drop the school
    region_code: str | None = None
    school_type: str | None = None
    area: str | None = None
    alpha: float = 0.05
    box_alpha: float = 0.001  # the paper does not read the interaction when Box's test has p below this

    def __post_init__(self) -> None:
        if self.subject not in SUBJECT_RULES:
            raise CoachingAnalysisError("unknown_subject", value=self.subject, allowed=", ".join(SUBJECTS))
        if self.measure not in MEASURES:
            raise CoachingAnalysisError("unknown_measure", value=self.measure, allowed=", ".join(MEASURES))
        if self.baseline >= self.endline:
            raise CoachingAnalysisError("years_order", baseline=self.baseline, endline=self.endline)
        for name, allowed in ALLOWED_VALUES.items():
            value = getattr(self, name)
            if value is not None and value not in allowed:
                raise CoachingAnalysisError("unknown_value", field=name, value=value, allowed=", ".join(allowed))
        quintiles = tuple(sorted({int(q) for q in self.poverty_quintiles}))
        if not quintiles or not set(quintiles) <= {1, 2, 3, 4, 5}:
            raise CoachingAnalysisError("quintiles", quintiles=", ".join(map(str, self.poverty_quintiles)))
        rules = SUBJECT_RULES[self.subject]
        # A frozen dataclass can only fill its defaults through object.__setattr__.
        object.__setattr__(self, "poverty_quintiles", quintiles)
        for name in ("language", "grade", "score_floor", "score_ceiling"):
            if getattr(self, name) is None:
                object.__setattr__(self, name, getattr(rules, name))

    @property
    def coaching_years(self) -> tuple[int, ...]:
        """The years a coached school must be in the roster, and a comparison school never: baseline+1..endline."""
        return tuple(range(self.baseline + 1, self.endline + 1))

    def to_dict(self) -> dict[str, object]:
        """The parameters as plain values (an open score bound is None)."""
        values = asdict(self)
        for bound in ("score_floor", "score_ceiling"):
            if not math.isfinite(values[bound]):
                values[bound] = None
        values["poverty_quintiles"] = list(self.poverty_quintiles)
        return values


def _analysis_error(key: str, values: dict) -> CoachingAnalysisError:
    return CoachingAnalysisError(key, **values)
