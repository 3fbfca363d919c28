"""The region × year heat map of the gender parity index, centred on parity (1)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.theme import DIVERGING, empty_figure, styled
from dashboard.figures.trends import flag_text
from dashboard.i18n import t
from dashboard.regions import REGIONS


def gpi_heatmap(frame: pd.DataFrame, *, lang: str, present: bool = False, title: str = "") -> go.Figure:
    """Regions down, years across; purple below parity (girls behind), orange above, white at 1."""
    if frame.empty or frame["value"].notna().sum() == 0:
        return empty_figure(t("notice.no_data", lang), lang, present)
    years = sorted(frame["year"].unique())
    codes = [r.code for r in REGIONS if r.code in set(frame["region_code"])]
    grid = frame.pivot_table(index="region_code", columns="year", values="value", aggfunc="first")
    grid = grid.reindex(index=codes, columns=years)
    flags = frame.assign(text=[flag_text(f, lang) for f in frame["flag"]]).pivot_table(
        index="region_code", columns="year", values="text", aggfunc="first").reindex(index=codes, columns=years)
    spread = float(np.nanmax(np.abs(grid.to_numpy() - 1))) if np.isfinite(grid.to_numpy()).any() else 0.1
    spread = max(spread, 0.05)
    names = [next(r.name for r in REGIONS if r.code == c) for c in codes]
    fig = go.Figure(go.Heatmap(
        z=grid.to_numpy(), x=years, y=names, colorscale=DIVERGING, zmid=1.0, zmin=1 - spread, zmax=1 + spread,
        customdata=flags.fillna("").to_numpy(dtype=object),
        hovertemplate="<b>%{y}</b> %{x}: %{z:.3f}<br>%{customdata}<extra></extra>",
        colorbar={"title": {"text": t("parity.gpi_axis", lang)}, "tickformat": ".2f"},
        xgap=1, ygap=1,
    ))
    styled(fig, lang, present, title={"text": title})
    fig.update_yaxes(autorange="reversed", tickfont={"size": 12 if not present else 16})
    fig.update_xaxes(tickformat="d", dtick=5 if len(years) > 12 else 1)
    return fig
