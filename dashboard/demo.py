"""Deterministic generator of the SYNTHETIC demo data directory (every table of the contract).

The figures are invented, but shaped to tell the stories the panels must be able to
tell, and calibrated to the published figures in the project's source documents
where they exist:
- census 1990–2025: rural and female disadvantages that narrow; adult literacy
  about 87 % → 94 %; primary GER above 100 % because of over-age pupils and
  repeaters; repetition and drop-out falling (flows simulated grade by grade, so
  the reconstructed cohort model gets consistent inputs);
- ECE 2007–2016, school by school: national reading proficiency 23.1 % (2009) and
  33.0 % (2013), rural 11.6 % → 10.4 % (coaching appraisal, section 1); coached
  schools of 2011–2013 are like the others in 2010 and gain about 22 points more by
  2013 (its Tables 7 and 8), part of it a rebound from a bad 2010 (see the roster);
- programme tables: the published Table 1 and results framework, and the
  regional programme table calibrated to the paper's Tables 17, 22, 23.
Same seed, same scale → byte-identical files.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.special import ndtr

from dashboard.config import OFFICIAL_AGES, PERU_DIR, REFERENCE_DIR
from dashboard.contract import METADATA_FILE, TABLES, read_table_file
from dashboard.regions import REGIONS
from dashboard.vocabulary import MANAGEMENTS

DEFAULT_SEED = 2026
SCALES = {"demo": 10_000, "national": 30_000}  # schools sitting the 2nd-grade ECE each year
FIRST_YEAR, LAST_YEAR = 1990, 2025
ECE_YEARS = range(2007, 2017)
MAX_AGE = 25  # pupils older than this are counted at this age

# Population (millions, 2017 census order of magnitude) and rural share of each region.
REGION_PROFILE = {
    "01": (0.38, 0.59), "02": (1.08, 0.37), "03": (0.41, 0.54), "04": (1.38, 0.09), "05": (0.62, 0.42),
    "06": (1.34, 0.65), "07": (0.99, 0.0), "08": (1.21, 0.39), "09": (0.35, 0.69), "10": (0.72, 0.49),
    "11": (0.85, 0.08), "12": (1.25, 0.29), "13": (1.78, 0.21), "14": (1.20, 0.19), "15": (9.49, 0.02),
    "16": (0.88, 0.31), "17": (0.14, 0.17), "18": (0.17, 0.13), "19": (0.25, 0.38), "20": (1.86, 0.21),
    "21": (1.17, 0.47), "22": (0.81, 0.31), "23": (0.33, 0.09), "24": (0.22, 0.06), "25": (0.50, 0.19),
}
# Regions where a large share of rural schools teach in a native language (bilingual register).
BILINGUAL_SHARE = {"21": 0.6, "08": 0.45, "03": 0.45, "05": 0.4, "09": 0.35, "01": 0.3, "16": 0.3, "25": 0.3,
                   "02": 0.15, "10": 0.15, "12": 0.1, "22": 0.1, "19": 0.1, "17": 0.15}

# ECE proficiency targets (% of pupils at the satisfactory level, 2nd grade). National reading 2009 and
# 2013 and rural 2009 and 2013 are the published figures quoted in the coaching appraisal; the other
# years are invented to give a plausible path between them.
READING_NATIONAL = {2007: 15.9, 2008: 17.0, 2009: 23.1, 2010: 28.7, 2011: 29.8, 2012: 30.9, 2013: 33.0,
                    2014: 43.5, 2015: 49.8, 2016: 46.4}
READING_RURAL = {2007: 6.0, 2008: 7.0, 2009: 11.6, 2010: 7.2, 2011: 8.3, 2012: 9.5, 2013: 10.4, 2014: 16.7,
                 2015: 20.5, 2016: 20.7}
MATH_NATIONAL = {2007: 7.2, 2008: 9.4, 2009: 13.5, 2010: 13.8, 2011: 13.2, 2012: 12.8, 2013: 16.8, 2014: 25.9,
                 2015: 26.6, 2016: 34.1}
MATH_RURAL = {2007: 4.0, 2008: 5.0, 2009: 7.0, 2010: 5.5, 2011: 6.0, 2012: 6.5, 2013: 7.5, 2014: 12.0,
              2015: 14.5, 2016: 15.8}
L2_NATIONAL = {y: 10.0 + 1.5 * (y - 2008) for y in range(2008, 2017)}  # grade 4, Spanish as a second language
SATISFACTORY_CUT = {"reading": 583.0, "math": 638.0, "reading_l2": 580.0}  # ECE scale cut scores
WITHIN_SCHOOL_SD = {"reading": 60.0, "math": 100.0, "reading_l2": 65.0}
# The coaching story (issue 16): a real effect that grows with each year coached, and two kinds of selection.
# Joining schools lean towards stronger ones (a lasting difference, which school fixed effects remove), and the
# 2011 intake, chosen on the 2010 results, favoured schools that had a bad 2010 (a passing one, which then mends
# by itself). The two offset each other in 2010, leaving coached and other schools alike that year as in the
# paper (Table 7), while the paper's 2010-2013 comparison counts the mending as effect (regression to the mean):
# about 20 of its 22 points for reading in the demo, of which 12.9 are coaching's after three years.
COACHING_GAIN_PER_YEAR = {"reading": 5.2, "math": 4.5, "reading_l2": 6.0}
READINESS_SELECTION = 0.7  # log-odds of joining per SD of the school's lasting strength
SETBACK_POINTS = 13.0  # what one SD of the passing 2010 setback costs a school's 2010 results
SETBACK_SELECTION = 1.5  # log-odds of joining the 2011 intake per SD of that setback
RETENTION_2011 = 0.6  # share of the 2010 roster kept in 2011 (the rest of the places went to the new intake)


def _progress(year: int | np.ndarray) -> np.ndarray:
    """0 in 1990, 1 in 2025: the clock every trend in the demo runs on."""
    return np.clip((np.asarray(year, dtype=float) - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR), 0, 1.2)


# ---------------------------------------------------------------- population


def _development(code: str) -> float:
    """0 (poorest, most rural) .. 1 (Lima): drives every regional gap in the demo."""
    rural = REGION_PROFILE[code][1]
    return float(np.clip(1.0 - 1.25 * rural + (0.15 if code in ("15", "07", "04", "23", "18", "11") else 0), 0, 1))


def population_table(rng: np.random.Generator) -> pd.DataFrame:
    """INEI-like population by year, region, area, sex and single year of age 0–100."""
    years = np.arange(FIRST_YEAR, LAST_YEAR + 1)
    ages = np.arange(0, 101)
    total = 21.8e6 * (34.4 / 21.8) ** ((years - FIRST_YEAR) / 35)  # Peru grew from about 22 to 34 million
    sizes = np.array([REGION_PROFILE[r.code][0] for r in REGIONS])
    lima = np.array([r.code == "15" for r in REGIONS])
    rows = []
    for y_index, year in enumerate(years):
        p = _progress(year)
        shares = sizes * np.where(lima, 0.92 + 0.12 * p, 1.0)  # Lima's share grows
        shares = shares / shares.sum() * (1 + rng.normal(0, 0.002, len(shares)))
        for r_index, region in enumerate(REGIONS):
            base_rural = REGION_PROFILE[region.code][1]
            rural_share = min(0.85, base_rural * (1.45 - 0.55 * p)) if base_rural > 0 else 0.0
            region_total = total[y_index] * shares[r_index]
            for area, area_share in (("urban", 1 - rural_share), ("rural", rural_share)):
                if area_share <= 0:
                    continue  # Callao has no rural area: no rows, not zeros
                slope = (0.036 if area == "rural" else 0.028) - (0.018 if area == "rural" else 0.016) * p
                weights = np.exp(-slope * ages) / (1 + np.exp((ages - 72 - 6 * p) / 5))
                counts = region_total * area_share * weights / weights.sum()
                male_share = np.interp(ages, [0, 40, 80, 100], [0.512, 0.5, 0.44, 0.38])
                for sex, share in (("M", male_share), ("F", 1 - male_share)):
                    rows.append(pd.DataFrame({
                        "year": year, "region_code": region.code, "area": area, "sex": sex, "age": ages,
                        "population": np.round(counts * share),
                    }))
    return pd.concat(rows, ignore_index=True)


# ---------------------------------------------------------------- school census: enrolment flows


def _cells(population: pd.DataFrame) -> pd.DataFrame:
    """Every region × area × sex × management cell that exists (Callao has no rural area)."""
    present = population[["region_code", "area", "sex"]].drop_duplicates()
    management = pd.DataFrame({"management": list(MANAGEMENTS)})
    return present.merge(management, how="cross").reset_index(drop=True)


def _private_share(cells: pd.DataFrame, year: int) -> np.ndarray:
    p = _progress(year)
    dev = cells["region_code"].map(_development).to_numpy()
    urban = cells["area"].eq("urban").to_numpy()
    share = np.where(urban, 0.10 + 0.14 * dev + 0.10 * p, 0.01 + 0.02 * p)
    return np.where(cells["management"].eq("private").to_numpy(), share, 1 - share)


def _flow_rates(cells: pd.DataFrame, year: int, level: str) -> tuple[np.ndarray, np.ndarray]:
    """Repetition and drop-out rates by cell and grade: high in rural areas and in the 1990s, falling since."""
    p = float(_progress(year))
    rural = cells["area"].eq("rural").to_numpy()[:, None]
    private = cells["management"].eq("private").to_numpy()[:, None]
    female = cells["sex"].eq("F").to_numpy()[:, None]
    dev = cells["region_code"].map(_development).to_numpy()[:, None]
    if level == "primary":
        repetition = np.array([0.27, 0.19, 0.15, 0.12, 0.09, 0.05])[None, :]
        dropout = np.array([0.055, 0.045, 0.045, 0.05, 0.06, 0.04])[None, :]
    else:
        repetition = np.array([0.09, 0.08, 0.07, 0.06, 0.04])[None, :]
        dropout = np.array([0.08, 0.08, 0.09, 0.09, 0.05])[None, :]
    context = np.where(rural, 1.0, 0.5) * np.where(private, 0.4, 1.0) * (1.3 - 0.6 * dev)
    repetition = repetition * context * (1 - 0.72 * p)
    girls_gap = np.where(female & rural, 0.02 * max(0.0, 1 - p / 0.7), 0.0)  # closes by about 2015
    dropout = (dropout * np.where(rural, 1.0, 0.35) * np.where(private, 0.3, 1.0) * (1.3 - 0.5 * dev)
               * (1 - 0.6 * p) + girls_gap)
    return repetition, dropout


def _entry_age_shares(cells: pd.DataFrame, year: int) -> np.ndarray:
    """Share of a grade-1 intake at ages 5..9: late entry is common early on and in rural areas."""
    p = float(_progress(year))
    rural = cells["area"].eq("rural").to_numpy()[:, None]
    late = np.where(rural, 0.45 - 0.33 * p, 0.22 - 0.15 * p)
    shares = np.concatenate([np.full_like(late, 0.04), 1 - 0.04 - late, late * 0.55, late * 0.28, late * 0.17],
                            axis=1)
    return shares


def _intake_probability(cells: pd.DataFrame, year: int) -> np.ndarray:
    """Probability that a child ever enters primary school."""
    p = float(_progress(year))
    rural = cells["area"].eq("rural").to_numpy()
    female = cells["sex"].eq("F").to_numpy()
    return np.clip(np.where(rural, 0.93 + 0.06 * p, 0.985 + 0.01 * p) - np.where(rural & female, 0.03 * (1 - p), 0),
                   0, 0.998)


def _preschool_coverage(area: np.ndarray, year: int) -> np.ndarray:
    """Preschool (inicial) enrolment rate at ages 3, 4, 5: it grew from a third to nearly all children."""
    p = float(_progress(year))
    start = np.where(area[:, None] == "rural", [[0.05, 0.12, 0.30]], [[0.12, 0.30, 0.55]])
    end = np.where(area[:, None] == "rural", [[0.72, 0.85, 0.93]], [[0.86, 0.93, 0.97]])
    return start + (end - start) * p ** 0.8


def enrolment_table(population: pd.DataFrame) -> pd.DataFrame:
    """Censo-Escolar-like enrolment by grade and age, from pupils flowing grade by grade each year.

    Each year a grade's pupils repeat, move up or drop out at the rates of `_flow_rates`; grade 1 takes
    new entrants of ages 5–9; grade-6 pupils who pass graduate and most go on to secondary.
    """
    cells = _cells(population)
    n_cells = len(cells)
    pop_index = population.set_index(["year", "region_code", "area", "sex", "age"])["population"]
    keys = list(cells[["region_code", "area", "sex"]].itertuples(index=False, name=None))

    def pop_at(year: int, age: int) -> np.ndarray:
        year = min(max(year, FIRST_YEAR), LAST_YEAR)
        return np.array([pop_index.get((year, *key, age), 0.0) for key in keys])

    ages = np.arange(0, MAX_AGE + 1)
    primary, repeaters_p = np.zeros((n_cells, 6, len(ages))), np.zeros((n_cells, 6, len(ages)))
    secondary, repeaters_s = np.zeros((n_cells, 5, len(ages))), np.zeros((n_cells, 5, len(ages)))
    frames = []
    burn_in = 14  # years of flows before 1990 so that 1990's grades are already filled
    for year in range(FIRST_YEAR - burn_in, LAST_YEAR + 1):
        management_share = _private_share(cells, year)
        # This year's intake into grade 1, at ages 5–9. Using this year's 6-year-olds as the cohort keeps
        # the apparent intake rate near the probability of ever entering school.
        entry = _entry_age_shares(cells, year) * (_intake_probability(cells, year) * pop_at(year, 6)
                                                  * management_share)[:, None]
        new_entrants = np.zeros((n_cells, len(ages)))
        new_entrants[:, 5:10] = entry
        enrolled_p = primary + np.pad(new_entrants[:, None, :], ((0, 0), (0, 5), (0, 0)))
        rates_p = _flow_rates(cells, year, "primary")
        rates_s = _flow_rates(cells, year, "secondary")
        if year >= FIRST_YEAR:
            frames.append(_enrolment_rows(year, cells, enrolled_p, repeaters_p, new_entrants, secondary, repeaters_s,
                                          rates_p, rates_s, population, management_share))
        # -- flows to next year
        repetition, dropout = rates_p
        promotion = 1 - repetition - dropout
        repeaters_next = enrolled_p * repetition[:, :, None]
        promoted = enrolled_p * promotion[:, :, None]
        graduates = promoted[:, 5, :]
        next_primary = np.zeros_like(primary)
        next_primary[:, :, 1:] += repeaters_next[:, :, :-1]
        next_primary[:, -1, -1] += repeaters_next[:, -1, -1]
        next_primary[:, 1:, 1:] += promoted[:, :-1, :-1]
        rep_s, drop_s = rates_s
        promotion_s = 1 - rep_s - drop_s
        repeaters_s_next = secondary * rep_s[:, :, None]
        promoted_s = secondary * promotion_s[:, :, None]
        rural = cells["area"].eq("rural").to_numpy()[:, None]
        transition = np.where(rural, 0.62 + 0.3 * _progress(year), 0.9 + 0.07 * _progress(year))
        next_secondary = np.zeros_like(secondary)
        next_secondary[:, :, 1:] += repeaters_s_next[:, :, :-1]
        next_secondary[:, 1:, 1:] += promoted_s[:, :-1, :-1]
        next_secondary[:, 0, 1:] += graduates[:, :-1] * transition
        primary, secondary = next_primary, next_secondary
        repeaters_p = np.zeros_like(primary)
        repeaters_p[:, :, 1:] = repeaters_next[:, :, :-1]
        repeaters_s = np.zeros_like(secondary)
        repeaters_s[:, :, 1:] = repeaters_s_next[:, :, :-1]
    return pd.concat(frames, ignore_index=True)


def _enrolment_rows(year, cells, enrolled_p, repeaters_p, new_entrants, enrolled_s, repeaters_s, rates_p, rates_s,
                    population, management_share) -> pd.DataFrame:
    """Round one year's flows to whole pupils and lay them out as contract rows."""
    repetition, dropout = rates_p
    # Whole pupils: round the parts, then add them up, so repeaters never exceed enrolment.
    rep_p = np.round(repeaters_p)
    entrants = np.round(new_entrants)
    enrolled = rep_p + np.round(enrolled_p - repeaters_p - np.pad(new_entrants[:, None, :],
                                                                  ((0, 0), (0, 5), (0, 0))))
    enrolled[:, 0, :] += entrants
    enrolled = np.maximum(enrolled, rep_p)
    graduates = np.minimum(np.round(enrolled_p[:, 5, :] * (1 - repetition[:, 5] - dropout[:, 5])[:, None]),
                           enrolled[:, 5, :])
    coverage_5 = _preschool_coverage(cells["area"].to_numpy(), year - 1)[:, 2]
    ecd_share = np.clip(coverage_5 * 1.02, 0, 0.99)
    ages = np.arange(0, MAX_AGE + 1)
    parts = []
    for grade in range(6):
        parts.append(_grade_frame(year, cells, "primary", grade + 1, ages, enrolled[:, grade, :], rep_p[:, grade, :],
                                  entrants if grade == 0 else None,
                                  np.round(entrants * ecd_share[:, None]) if grade == 0 else None,
                                  graduates if grade == 5 else None))
    rep_s = np.round(repeaters_s)
    enrolled_sec = np.maximum(np.round(enrolled_s - repeaters_s) + rep_s, rep_s)
    for grade in range(5):
        parts.append(_grade_frame(year, cells, "secondary", grade + 1, ages, enrolled_sec[:, grade, :],
                                  rep_s[:, grade, :], None, None,
                                  np.round(enrolled_sec[:, 4, :] * (1 - rates_s[0][:, 4] - rates_s[1][:, 4])[:, None])
                                  if grade == 4 else None))
    coverage = _preschool_coverage(cells["area"].to_numpy(), year)
    keys = list(cells[["region_code", "area", "sex"]].itertuples(index=False, name=None))
    pop = population[population["year"] == year].set_index(["region_code", "area", "sex", "age"])["population"]
    preschool = np.zeros((len(cells), len(ages)))
    for offset, age in enumerate(OFFICIAL_AGES.preschool_ages):
        preschool[:, age] = np.round(np.array([pop.get((*k, age), 0.0) for k in keys]) * coverage[:, offset]
                                     * management_share)
    parts.append(_grade_frame(year, cells, "preschool", 0, ages, preschool, np.zeros_like(preschool), None, None,
                              None))
    return pd.concat(parts, ignore_index=True)


def _grade_frame(year, cells, level, grade, ages, enrolled, repeaters, entrants, entrants_ecd, graduates):
    n_cells, n_ages = enrolled.shape
    frame = pd.DataFrame({
        "year": year,
        "region_code": np.repeat(cells["region_code"].to_numpy(), n_ages),
        "area": np.repeat(cells["area"].to_numpy(), n_ages),
        "sex": np.repeat(cells["sex"].to_numpy(), n_ages),
        "management": np.repeat(cells["management"].to_numpy(), n_ages),
        "level": level,
        "grade": grade,
        "age": np.tile(ages, n_cells),
        "enrolled": enrolled.ravel(),
        "repeaters": repeaters.ravel(),
        "new_entrants": (entrants if entrants is not None else np.zeros_like(enrolled)).ravel(),
        "new_entrants_ecd": (entrants_ecd if entrants_ecd is not None else np.zeros_like(enrolled)).ravel(),
        "graduates": (graduates if graduates is not None else np.zeros_like(enrolled)).ravel(),
    })
    return frame[frame["enrolled"] > 0]


# ---------------------------------------------------------------- teachers, literacy, finance


def teachers_table(enrolment: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Teachers (full-time equivalents) by cell and level, from enrolment and a falling pupil-teacher ratio."""
    pupils = enrolment.groupby(["year", "region_code", "area", "management", "level"], as_index=False)["enrolled"].sum()
    p = _progress(pupils["year"].to_numpy())
    rural = pupils["area"].eq("rural").to_numpy()
    private = pupils["management"].eq("private").to_numpy()
    ratio = np.where(private, 19 - 5 * p, np.where(rural, 31 - 13 * p, 29 - 11 * p))
    ratio = ratio * np.where(pupils["level"].eq("secondary"), 0.62, 1.0) * rng.normal(1, 0.03, len(pupils))
    teachers = pupils["enrolled"].to_numpy() / ratio
    female_share = np.where(pupils["level"].eq("preschool"), 0.96,
                            np.where(pupils["level"].eq("primary"), np.where(rural, 0.50, 0.70), 0.45))
    qualified = np.clip(0.72 + 0.24 * p - np.where(rural, 0.10 * (1 - p), 0) + np.where(private, -0.04, 0), 0, 0.99)
    certified = np.clip(0.62 + 0.31 * p - np.where(rural, 0.12 * (1 - p), 0) + np.where(private, -0.08, 0), 0, 0.99)
    rows = []
    for sex, share in (("F", female_share), ("M", 1 - female_share)):
        count = np.round(teachers * share, 1)
        frame = pupils.drop(columns="enrolled").assign(sex=sex, teachers=count,
                                                       qualified=np.round(count * qualified, 1),
                                                       certified=np.round(count * certified, 1))
        rows.append(frame)
    table = pd.concat(rows, ignore_index=True)
    table = table[table["teachers"] > 0]
    return table[list(TABLES["teachers"].column_names)].sort_values(
        ["year", "region_code", "area", "sex", "management", "level"], ignore_index=True)


def literacy_table(population: pd.DataFrame) -> pd.DataFrame:
    """Literate people 15+ by age group: about 87 % of adults in 1990, 94 % by 2025, rural women last."""
    bins = pd.cut(population["age"], [14, 24, 64, 100], labels=["15-24", "25-64", "65+"])
    grouped = (population.assign(age_group=bins.astype("object")).dropna(subset=["age_group"])
               .groupby(["year", "region_code", "area", "sex", "age_group"], as_index=False)["population"].sum())
    p = _progress(grouped["year"].to_numpy())
    rural = grouped["area"].eq("rural").to_numpy()
    female = grouped["sex"].eq("F").to_numpy()
    dev = grouped["region_code"].map(_development).to_numpy()
    group = grouped["age_group"].to_numpy()
    # Illiteracy (logit scale): rural women far behind in 1990, the gap narrowing with the young cohorts.
    logit = (1.9 + 0.85 * p + 0.9 * dev - np.where(rural, 0.9, 0) - np.where(female, 0.7 - 0.3 * p, 0)
             - np.where(rural & female, 0.5 * (1 - p), 0)
             + np.where(group == "15-24", 1.4, np.where(group == "65+", -1.2, 0)))
    rate = 1 / (1 + np.exp(-logit))
    grouped["literate"] = np.round(grouped["population"] * rate)
    return grouped[list(TABLES["literacy"].column_names)]


def finance_table(enrolment: pd.DataFrame) -> pd.DataFrame:
    """National accounts and public education spending (current soles); 1990–1994 lack current spending."""
    years = np.arange(FIRST_YEAR, LAST_YEAR + 1)
    p = _progress(years)
    gnp = 11e9 * np.exp(np.log(1_050e9 / 11e9) * p ** 0.75)  # hyperinflation's aftermath, then growth
    education = gnp * (0.022 + 0.018 * p)
    primary = education * (0.40 - 0.06 * p)
    current = primary * (0.93 - 0.05 * p)
    frame = pd.DataFrame({
        "year": years, "gnp": np.round(gnp, -3), "public_expenditure_education": np.round(education, -3),
        "public_expenditure_primary": np.round(primary, -3),
        "public_current_expenditure_primary": np.round(current, -3),
    })
    frame.loc[frame["year"] < 1995, "public_current_expenditure_primary"] = np.nan  # not reported before 1995
    return frame


# ---------------------------------------------------------------- ECE assessment and coaching roster


def schools_frame(n_schools: int, rng: np.random.Generator) -> pd.DataFrame:
    """The schools that sit the 2nd-grade ECE, with the characteristics the analysis filters on."""
    sizes = np.array([REGION_PROFILE[r.code][0] * (1 + 2.2 * REGION_PROFILE[r.code][1]) for r in REGIONS])
    region = rng.choice([r.code for r in REGIONS], size=n_schools, p=sizes / sizes.sum())
    base_rural = np.array([REGION_PROFILE[c][1] for c in region])
    rural = rng.random(n_schools) < np.clip(base_rural * 1.6, 0, 0.92)
    private = rng.random(n_schools) < np.where(rural, 0.02, 0.33)
    multigrade = rng.random(n_schools) < np.where(rural, 0.86, 0.12)
    bilingual = rural & ~private & (rng.random(n_schools) < np.array([BILINGUAL_SHARE.get(c, 0.03) for c in region]))
    dev = np.array([_development(c) for c in region])
    quintile_score = dev * 2.2 + np.where(rural, -1.4, 0.9) + rng.normal(0, 0.8, n_schools)
    quintile = np.clip(np.digitize(quintile_score, [-0.9, 0.0, 0.9, 1.8]) + 1, 1, 5)
    pupils = np.where(rural, rng.negative_binomial(4, 4 / 13, n_schools), rng.negative_binomial(3, 3 / 48, n_schools))
    ids = rng.choice(10_000_000, size=n_schools, replace=False)
    return pd.DataFrame({
        "school_id": [f"{i:07d}" for i in ids],
        "region_code": region,
        "area": np.where(rural, "rural", "urban"),
        "management": np.where(private, "private", "public"),
        "school_type": np.where(multigrade, "multigrade", "full_grade"),
        "language": np.where(bilingual, "bilingual", "spanish"),
        "poverty_quintile": quintile.astype("int64"),
        "pupils": np.maximum(pupils, 5) + 0.0,
        "development": dev,
        "readiness": rng.normal(0, 1, n_schools),  # unobserved strength of the school (teachers, community)
        "setback_2010": rng.normal(0, 1, n_schools),  # a passing bad year in 2010 (teacher turnover, say)
    })


def register_table(schools: pd.DataFrame) -> pd.DataFrame:
    """The register (Padrón) of the demo's primary schools: whole-school enrolment from the 2nd grade's size."""
    enrolled = np.round(schools["pupils"] * 6)
    per_teacher = np.where(schools["school_type"] == "multigrade", 30, 25)
    return schools.assign(anexo="0", level="primary", status="active", enrolled=enrolled,
                          teachers=np.maximum(np.ceil(enrolled / per_teacher), 1), latitude=np.nan, longitude=np.nan)


def coaching_roster(schools: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """SIGMA-like roster 2008–2016: rural multigrade public schools of poor districts, with exceptions.

    Each year most schools stay and new ones join up to the year's coverage; in 2013 the strategy was
    refocused and about half the schools left (Table 1: 14,132 schools in 2012, 7,001 in 2013). Regions
    sent coaches first where teams were ready, so joining schools lean towards stronger schools; the 2011
    intake, chosen on the 2010 results, also favoured schools that had a bad 2010 (see READINESS_SELECTION
    and SETBACK_SELECTION).
    """
    n = len(schools)
    focus = (schools["area"].eq("rural") & schools["school_type"].eq("multigrade") & schools["management"].eq("public")
             & schools["poverty_quintile"].le(2)).to_numpy()
    exception = schools["management"].eq("public").to_numpy() & ~focus
    appeal = (np.where(focus, 1.0, np.where(exception, 0.05, 0.0))
              * np.exp(READINESS_SELECTION * schools["readiness"].to_numpy()))
    eligible = int(focus.sum())
    coverage = {2008: 0.03, 2009: 0.07, 2010: 0.28, 2011: 0.33, 2012: 0.33, 2013: 0.17, 2014: 0.19, 2015: 0.21,
                2016: 0.23}
    in_roster = np.zeros(n, dtype=bool)
    rows = []
    for year, share in coverage.items():
        in_roster &= rng.random(n) < {2013: 0.45, 2011: RETENTION_2011}.get(year, 0.88)
        wanted = round(share * eligible) - int(in_roster.sum())
        candidates = np.flatnonzero(~in_roster & (appeal > 0))
        if wanted > 0 and len(candidates):
            weights = appeal[candidates]
            if year == 2011:  # the 2011 intake looked at the 2010 results: a bad year drew a coach
                weights = weights * np.exp(SETBACK_SELECTION * schools["setback_2010"].to_numpy()[candidates])
            weights = weights / weights.sum()
            joining = rng.choice(candidates, size=min(wanted, len(candidates)), replace=False, p=weights)
            in_roster[joining] = True
        picked = np.flatnonzero(in_roster)
        served = rng.random(len(picked)) > 0.02  # a few listed schools were not visited that year
        rows.append(pd.DataFrame({"school_id": schools["school_id"].to_numpy()[picked], "year": year,
                                  "coached": served}))
    return pd.concat(rows, ignore_index=True).sort_values(["school_id", "year"], ignore_index=True)


def _coached_years(roster: pd.DataFrame, schools: pd.DataFrame, year: int) -> np.ndarray:
    """For each school, how many years it had been coached up to `year` since 2011 (the effect accumulates)."""
    served = roster[roster["coached"] & roster["year"].between(2011, year)]
    counts = served.groupby("school_id").size()
    return schools["school_id"].map(counts).fillna(0).to_numpy()


def _calibrate(offset_base: np.ndarray, weights: np.ndarray, cut: float, sd: float, target: float) -> float:
    """The shift of all school means that makes the pupil-weighted share above `cut` equal `target` (%)."""
    low, high = -400.0, 400.0
    for _ in range(60):
        mid = (low + high) / 2
        share = np.average(ndtr((offset_base + mid - cut) / sd), weights=weights) * 100
        low, high = (mid, high) if share < target else (low, mid)
    return (low + high) / 2


def assessment_table(schools: pd.DataFrame, roster: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """ECE results school by school: 2nd grade reading and math, 4th grade reading_l2 in bilingual schools."""
    n = len(schools)
    rural = schools["area"].eq("rural").to_numpy()
    context = (25 * schools["development"].to_numpy() + np.where(schools["management"].eq("private"), 40, 0)
               + np.where(schools["school_type"].eq("multigrade"), -12, 0)
               + 6 * (schools["poverty_quintile"].to_numpy() - 3)
               + np.where(schools["language"].eq("bilingual"), -35, 0))
    # Each school's lasting strength; "readiness" (drawn with the schools) carries part of it.
    school_effect = {s: sd * (0.5 * schools["readiness"].to_numpy() + np.sqrt(0.75) * rng.normal(0, 1, n))
                     for s, sd in (("reading", 42.0), ("math", 58.0), ("reading_l2", 45.0))}
    frames = []
    for subject, national, rural_target in (("reading", READING_NATIONAL, READING_RURAL),
                                            ("math", MATH_NATIONAL, MATH_RURAL),
                                            ("reading_l2", L2_NATIONAL, None)):
        takers = np.ones(n, dtype=bool) if subject != "reading_l2" else schools["language"].eq("bilingual").to_numpy()
        grade = 4 if subject == "reading_l2" else 2
        noise_sd = {"reading": 46.0, "math": 62.0, "reading_l2": 48.0}[subject]
        for year, target in national.items():
            sitting = takers & (rng.random(n) < 0.97)  # a few schools miss a year (closed, too few pupils)
            assessed = np.maximum(5, rng.binomial(schools["pupils"].astype(int), 0.93)).astype(float)
            gain = COACHING_GAIN_PER_YEAR[subject] * _coached_years(roster, schools, year)
            base = 500 + context + school_effect[subject] + rng.normal(0, noise_sd, n) + gain
            if year == 2010:
                base = base - SETBACK_POINTS * schools["setback_2010"].to_numpy()
            cut, sd = SATISFACTORY_CUT[subject], WITHIN_SCHOOL_SD[subject]
            weights = assessed * sitting
            if rural_target is None:
                shift = _calibrate(base, weights, cut, sd, target)
                score = base + shift
            else:
                # Two shifts: rural schools to the rural figure, then urban ones so the nation hits its figure.
                rural_shift = _calibrate(base, weights * rural, cut, sd, rural_target[year])
                score = np.where(rural, base + rural_shift,
                                 base + _urban_shift(base, rural_shift, rural, weights, cut, sd, target))
            share = ndtr((score - cut) / sd)
            proficient = rng.binomial(assessed.astype(int), share) / assessed
            frames.append(pd.DataFrame({
                "year": year, "school_id": schools["school_id"], "region_code": schools["region_code"],
                "area": schools["area"], "management": schools["management"], "school_type": schools["school_type"],
                "language": schools["language"], "poverty_quintile": schools["poverty_quintile"], "grade": grade,
                "subject": subject, "students_assessed": assessed, "mean_score": np.round(score, 2),
                "pct_proficient": np.round(proficient, 4),
            })[sitting])
    return pd.concat(frames, ignore_index=True).sort_values(["year", "subject", "school_id"], ignore_index=True)


def _urban_shift(base, rural_shift, rural, weights, cut, sd, target) -> float:
    """The shift of urban schools only that brings the national share to `target`, rural schools held fixed."""
    low, high = -400.0, 400.0
    for _ in range(60):
        mid = (low + high) / 2
        score = base + np.where(rural, rural_shift, mid)
        share = np.average(ndtr((score - cut) / sd), weights=weights) * 100
        low, high = (mid, high) if share < target else (low, mid)
    return (low + high) / 2


# ---------------------------------------------------------------- programme tables


# The demo's tables that are real published figures, and where they were published.
PUBLISHED_TABLES = {
    "program_national": "Sempé, Appraisal of a Learning Coaching Strategy in Rural Areas of Peru, Table 1",
    "results_framework": "World Bank, Restructuring Paper RES13494 (2015), Annex 1",
    "indicator_values": "World Bank EdStats 2019; UIS 2019 and 2024 releases; ECE results (as in data/peru)",
}


def programme_tables() -> dict[str, pd.DataFrame]:
    """The published programme tables (committed clean copies) and the calibrated regional table."""
    from dashboard.programme.demo import demo_program_regions

    read = {"region_code": str}
    return {
        "program_national": pd.read_csv(REFERENCE_DIR / "program_national.csv"),
        "program_regions": demo_program_regions(),
        "results_framework": pd.read_csv(REFERENCE_DIR / "results_framework.csv", dtype={"indicator_id": str,
                                                                                          **read}),
    }


# ---------------------------------------------------------------- the whole directory


def generate_demo(scale: str = "demo", seed: int = DEFAULT_SEED) -> dict[str, pd.DataFrame]:
    """Every table of the contract, synthetic, in contract column order."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}; choose one of {', '.join(SCALES)}")
    rng = np.random.default_rng(seed)
    population = population_table(rng)
    enrolment = enrolment_table(population)
    schools = schools_frame(SCALES[scale], rng)
    roster = coaching_roster(schools, rng)
    tables = {
        "population": population,
        "enrolment": enrolment,
        "teachers": teachers_table(enrolment, rng),
        "literacy": literacy_table(population),
        "finance": finance_table(enrolment),
        "assessment": assessment_table(schools, roster, rng),
        "coaching": roster,
        "schools": register_table(schools),
        **programme_tables(),
        # Peru's real published figures, so the demo's computed indicators can be read against them.
        "indicator_values": read_table_file("indicator_values", PERU_DIR / "indicator_values.csv")[0],
    }
    return {name: frame[list(c for c in TABLES[name].column_names if c in frame)].reset_index(drop=True)
            for name, frame in tables.items()}


def write_demo(out_dir: Path | str, scale: str = "demo", seed: int = DEFAULT_SEED, fmt: str = "csv") -> Path:
    """Write the demo directory atomically (build in a sibling temp dir, then rename)."""
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tables = generate_demo(scale, seed)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        for name, frame in tables.items():
            _write_table(frame, staging / f"{name}.{fmt}", fmt)
        metadata = {"synthetic": True, "scale": scale, "seed": seed,
                    "description": "Synthetic demo data generated by `python -m dashboard demo`. Not real figures, "
                                   "except the programme history and the loan's results framework (published).",
                    "synthetic_tables": [name for name in tables if name not in PUBLISHED_TABLES],
                    "tables": {name: {"origin": "published", "source": PUBLISHED_TABLES[name]}
                               if name in PUBLISHED_TABLES else {"origin": "demo"} for name in tables}}
        (staging / METADATA_FILE).write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        staging.rename(out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir


def _write_table(frame: pd.DataFrame, path: Path, fmt: str) -> None:
    out = frame.copy()
    for column in out.columns:
        spec = next(c for c in TABLES[path.stem].columns if c.name == column)
        if spec.kind == "count":
            values = out[column].astype("float64")
            if (values.dropna() % 1 == 0).all():
                out[column] = values.astype("Int64")  # whole counts are written without ".0"
    if fmt == "parquet":
        out.to_parquet(path, index=False)
    else:
        out.to_csv(path, index=False, lineterminator="\n", float_format=lambda v: f"{v:.10g}")

