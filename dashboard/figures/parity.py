"""The region × year heat map of the gender parity index, centred on parity (1)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.theme import DIVERGING_STOPS, assembled, empty_figure
from dashboard.figures.trends import flag_text
from dashboard.i18n import t
from dashboard.regions import REGIONS, region_name


def gpi_heatmap(frame: pd.DataFrame, *, lang: str, present: bool = False, title: str = "") -> go.Figure:
    """Regions down, years across; orange below parity (girls behind), purple above (boys behind), white at 1."""
    if frame.empty or frame["value"].notna().sum() == 0:
        return empty_figure(t("notice.no_data", lang), lang, present)
    years = sorted(int(y) for y in frame["year"].unique())
    present_codes = set(frame["region_code"].astype(object))
    codes = [r.code for r in REGIONS if r.code in present_codes]
    # One row per region and year (the engine's keys), so a plain pivot is enough.
    keyed = frame.astype({"region_code": object, "flag": object})
    grid = keyed.pivot(index="region_code", columns="year", values="value").reindex(index=codes, columns=years)
    words = {flag: flag_text(flag, lang) for flag in set(keyed["flag"])}
    flags = keyed.assign(text=keyed["flag"].map(words)).pivot(index="region_code", columns="year", values="text")
    flags = flags.reindex(index=codes, columns=years)
    spread = float(np.nanmax(np.abs(grid.to_numpy() - 1))) if np.isfinite(grid.to_numpy()).any() else 0.1
    spread = max(spread, 0.05)
    names = [region_name(c) for c in codes]
    heatmap = {
        "type": "heatmap", "z": grid.to_numpy(dtype="float64"), "x": years, "y": names, "colorscale": DIVERGING_STOPS,
        "zmid": 1.0, "zmin": 1 - spread, "zmax": 1 + spread, "xgap": 1, "ygap": 1,
        "customdata": flags.fillna("").to_numpy(dtype=object),
        "hovertemplate": f"<b>%{{y}}</b>, %{{x}}<br>{t('parity.gpi_axis', lang)}: %{{z:.3f}}<br>%{{customdata}}"
                         "<extra></extra>",
        "colorbar": {"title": {"text": t("parity.gpi_axis", lang)}, "tickformat": ".2f"},
    }
    return assembled([heatmap], lang, present, title={"text": title},
                     yaxis={"autorange": "reversed", "tickfont": {"size": 16 if present else 12}},
                     xaxis={"tickformat": "d", "dtick": 5 if len(years) > 12 else 1})
