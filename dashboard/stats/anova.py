"""The mixed-design ANOVA (2 years x coached or not) and its simple effects, with SPSS's Type III sums of squares."""
from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
import pingouin as pg
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

from dashboard.stats.params import GROUPS

YEAR_COLUMNS = ("baseline", "endline")


@dataclass(frozen=True)
class AnovaRow:
    """One line of an SPSS ANOVA table; error lines have no F, p or partial eta squared."""

    source: str
    ss: float
    df: int
    ms: float
    f: float | None = None
    p: float | None = None
    partial_eta_squared: float | None = None


@dataclass(frozen=True)
class MixedAnova:
    """SPSS's 'Tests of Within-Subjects Effects' (time, time x coached, error) and 'Between-Subjects Effects'."""

    within_subjects: tuple[AnovaRow, ...]
    between_subjects: tuple[AnovaRow, ...]

    def row(self, source: str) -> AnovaRow:
        """The line named `source` (time, time_x_coached, error_time, coached, error)."""
        return next(r for r in (*self.within_subjects, *self.between_subjects) if r.source == source)


@dataclass(frozen=True)
class TimeWithinGroup:
    """The effect of time inside one group: a repeated-measures ANOVA on that group alone (Tables 9, 10, 12, 14)."""

    group: str
    gain: float  # endline mean minus baseline mean
    time: AnovaRow
    error: AnovaRow


@dataclass(frozen=True)
class GroupAtYear:
    """Coached against comparison schools in one year: a one-way ANOVA over all schools (section 4.1's F(1, N-2))."""

    year: int
    difference: float  # coached mean minus comparison mean
    group: AnovaRow
    error: AnovaRow


def _effect(source: str, ss: float, df: float, f: float, p: float, error_ss: float) -> AnovaRow:
    return AnovaRow(source, ss=float(ss), df=int(df), ms=float(ss) / float(df), f=float(f), p=float(p),
                    partial_eta_squared=float(ss) / (float(ss) + float(error_ss)))


def _error(source: str, ss: float, df: float) -> AnovaRow:
    return AnovaRow(source, ss=float(ss), df=int(df), ms=float(ss) / float(df))


def _type_iii_by_group(frame: pd.DataFrame, dependent: str) -> pd.DataFrame:
    """Type III ANOVA of `dependent` on the group, its intercept being the unweighted mean of the two group means."""
    # Sum (deviation) coding makes the intercept the unweighted mean of group means, which is what SPSS's Type III
    # tests; statsmodels' default treatment coding would test the comparison group's mean instead.
    # A categorical group column: patsy then reads its levels at once instead of testing every cell for NaN.
    frame = frame.assign(group=frame["group"].astype("category"))
    model = smf.ols(f"{dependent} ~ C(group, Sum)", data=frame).fit()
    return anova_lm(model, typ=3)


def mixed_anova(scores: pd.DataFrame) -> MixedAnova:
    """Mixed ANOVA of baseline/endline by group, as SPSS GLM computes it (Type III, sphericity trivially met)."""
    # SPSS GLM REPEATED turns the two years into an orthonormal within-subject contrast (endline - baseline)/sqrt 2
    # and a between-subjects average (endline + baseline)/sqrt 2, then runs a univariate GLM on each. The contrast's
    # intercept is TIME, its group effect is TIME x coached and its residual is Error(TIME).
    # pingouin.mixed_anova is not used: it takes SS(time) around the pooled (weighted) mean, which equals SPSS's
    # Type III only when both groups are the same size; with 303 coached against 9,573 comparison schools it is not.
    frame = pd.DataFrame({
        "group": scores["group"].to_numpy(),
        "time_contrast": (scores["endline"] - scores["baseline"]).to_numpy() / math.sqrt(2),
        "school_average": (scores["endline"] + scores["baseline"]).to_numpy() / math.sqrt(2),
    })
    within = _type_iii_by_group(frame, "time_contrast")
    between = _type_iii_by_group(frame, "school_average")
    within_error, between_error = within.loc["Residual"], between.loc["Residual"]
    time, interaction, group = within.loc["Intercept"], within.loc["C(group, Sum)"], between.loc["C(group, Sum)"]
    return MixedAnova(
        within_subjects=(
            _effect("time", time["sum_sq"], time["df"], time["F"], time["PR(>F)"], within_error["sum_sq"]),
            _effect("time_x_coached", interaction["sum_sq"], interaction["df"], interaction["F"],
                    interaction["PR(>F)"], within_error["sum_sq"]),
            _error("error_time", within_error["sum_sq"], within_error["df"]),
        ),
        between_subjects=(
            _effect("coached", group["sum_sq"], group["df"], group["F"], group["PR(>F)"], between_error["sum_sq"]),
            _error("error", between_error["sum_sq"], between_error["df"]),
        ),
    )


def time_within_groups(scores: pd.DataFrame) -> tuple[TimeWithinGroup, ...]:
    """Time's effect in each group separately, as the paper's split-file repeated-measures ANOVAs (F(1, n_g - 1))."""
    effects = []
    for group in GROUPS:
        schools = scores.loc[scores["group"] == group]
        long = schools.melt(id_vars="school_id", value_vars=list(YEAR_COLUMNS), var_name="time", value_name="score")
        table = pg.rm_anova(long, dv="score", within="time", subject="school_id", detailed=True, effsize="np2")
        time, error = table.iloc[0], table.iloc[1]
        effects.append(TimeWithinGroup(
            group=group,
            gain=float(schools["endline"].mean() - schools["baseline"].mean()),
            time=_effect("time", time["SS"], time["DF"], time["F"], time["p_unc"], error["SS"]),
            error=_error("error_time", error["SS"], error["DF"]),
        ))
    return tuple(effects)


def group_at_years(scores: pd.DataFrame, years: tuple[int, int]) -> tuple[GroupAtYear, ...]:
    """Coached against comparison schools at baseline and at endline: one-way ANOVAs over all schools."""
    effects = []
    for column, year in zip(YEAR_COLUMNS, years, strict=True):
        table = pg.anova(scores, dv=column, between="group", detailed=True, effsize="np2")
        group, error = table.iloc[0], table.iloc[1]
        means = scores.groupby("group")[column].mean()
        effects.append(GroupAtYear(
            year=year,
            difference=float(means["coached"] - means["comparison"]),
            group=_effect("coached", group["SS"], group["DF"], group["F"], group["p_unc"], error["SS"]),
            error=_error("error", error["SS"], error["DF"]),
        ))
    return tuple(effects)
