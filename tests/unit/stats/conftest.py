"""School-level data sets with exactly the paper's descriptive statistics, to test the analysis against its tables."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from dashboard.stats.analysis import coaching_impact
from dashboard.stats.params import CoachingParams


def correlated_pair(n: int, baseline: tuple[float, float], endline: tuple[float, float], error_ss: float,
                    seed: int) -> tuple[np.ndarray, np.ndarray]:
    """n schools whose (mean, SD) at baseline and endline are exact and whose Error(TIME) SS is `error_ss`.

    A group's repeated-measures error SS is (n - 1) var(endline - baseline) / 2 (Tables 9, 10, 12, 14), which
    fixes the covariance; two centred, orthonormal random vectors then give exactly these moments.
    """
    (mean_x, sd_x), (mean_y, sd_y) = baseline, endline
    difference_variance = 2 * error_ss / (n - 1)
    r = (sd_x**2 + sd_y**2 - difference_variance) / (2 * sd_x * sd_y)
    draws = np.random.default_rng(seed).standard_normal((n, 2))
    orthonormal, _ = np.linalg.qr(draws - draws.mean(axis=0))
    u, v = orthonormal[:, 0], orthonormal[:, 1]
    scale = math.sqrt(n - 1)
    x = mean_x + sd_x * scale * u
    y = mean_y + sd_y * scale * (r * u + math.sqrt(1 - r**2) * v)
    return x, y


def paper_frames(groups: dict[str, tuple[np.ndarray, np.ndarray]], subject: str, measure: str,
                 years: tuple[int, int] = (2010, 2013)) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`assessment` and `coaching` tables (contract columns) for public Spanish quintile-1 schools of two groups."""
    frames, coached_ids = [], []
    start = 0
    for group, (baseline, endline) in groups.items():
        ids = [f"{i:07d}" for i in range(start, start + len(baseline))]
        start += len(baseline)
        if group == "coached":
            coached_ids += ids
        for year, values in zip(years, (baseline, endline), strict=True):
            frames.append(pd.DataFrame({
                "year": year, "school_id": ids, "region_code": "05", "area": "rural", "management": "public",
                "school_type": "multigrade", "language": "spanish", "poverty_quintile": 1, "grade": 2,
                "subject": subject, "students_assessed": 12.0,
                "mean_score": values if measure == "mean_score" else 550.0,
                "pct_proficient": values if measure == "pct_proficient" else 0.2,
            }))
    coaching = pd.DataFrame(
        [(school, year, True) for school in coached_ids for year in range(years[0] + 1, years[1] + 1)],
        columns=["school_id", "year", "coached"],
    )
    return pd.concat(frames, ignore_index=True), coaching


@pytest.fixture(scope="session")
def reading_means():
    """Table 7's reading mean scores (means, SDs, N) with the within-school correlation Table 9's errors imply."""
    groups = {
        "comparison": correlated_pair(9573, (494.058036, 64.7428249), (508.750210, 62.9433574), 21211627.08, 1),
        "coached": correlated_pair(303, (491.711450, 62.2278580), (528.582513, 68.8550272), 754781.653, 2),
    }
    assessment, coaching = paper_frames(groups, "reading", "mean_score")
    return coaching_impact(assessment, coaching, CoachingParams(subject="reading", measure="mean_score"))


@pytest.fixture(scope="session")
def math_proficiency():
    """Table 13's maths % proficient (N 484 / 11766) with Table 14's error terms."""
    groups = {
        "comparison": correlated_pair(11766, (0.104676, 0.2010022), (0.113523, 0.1945127), 374.974, 3),
        "coached": correlated_pair(484, (0.112524, 0.2183738), (0.162912, 0.2548057), 24.591, 4),
    }
    assessment, coaching = paper_frames(groups, "math", "pct_proficient")
    return coaching_impact(assessment, coaching, CoachingParams(subject="math", measure="pct_proficient"))
