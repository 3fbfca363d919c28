"""Line charts of an indicator over the years, with flagged values drawn apart and gaps left as gaps."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.explorer import series_label
from dashboard.figures.theme import (
    CATEGORICAL,
    FLAG_COLOUR,
    NATIONAL_COLOUR,
    PARITY_BAND,
    SERIES_COLOURS,
    add_milestones,
    empty_figure,
    styled,
)
from dashboard.i18n import t
from dashboard.indicators.quality import split_flags


def flag_text(flag: str, lang: str) -> str:
    """The rules a value breaks, in words ('' when it breaks none)."""
    return "; ".join(t(f"flag.{rule}", lang) for rule in split_flags(flag))


def _colour(series: str, index: int) -> str:
    return SERIES_COLOURS.get(series, CATEGORICAL[index % len(CATEGORICAL)])


def trend_chart(frame: pd.DataFrame, *, title: str, y_title: str, lang: str, present: bool = False,
                years: tuple[int, int], value_format: str = ",.1f", reference_line: float | None = None,
                milestones: bool = True) -> go.Figure:
    """One line per series; hollow markers with a warning colour where a value is flagged."""
    if frame.empty or frame["value"].notna().sum() == 0:
        return empty_figure(t("notice.no_data", lang), lang, present)
    fig = go.Figure()
    order = ["national"] + [s for s in frame["series"].unique() if s != "national"]
    for index, series in enumerate(s for s in order if s in set(frame["series"])):
        rows = frame[frame["series"] == series].sort_values("year")
        national = series == "national"
        name = series_label(series, lang)
        flags = [flag_text(f, lang) for f in rows["flag"]]
        fig.add_trace(go.Scatter(
            x=rows["year"], y=rows["value"], name=name, mode="lines+markers",
            line={"color": NATIONAL_COLOUR if national else _colour(series, index), "width": 3 if national else 2,
                  "dash": "solid"},
            marker={"size": 5},
            connectgaps=False,  # a year without data is a gap, never bridged and never zero
            customdata=np.array(flags, dtype=object)[:, None],
            hovertemplate=f"<b>{name}</b> %{{x}}: %{{y:{value_format}}}%{{customdata[0]}}<extra></extra>",
        ))
        flagged = rows[rows["flag"] != ""]
        flagged = flagged[flagged["value"].notna()]
        if not flagged.empty:
            fig.add_trace(go.Scatter(
                x=flagged["year"], y=flagged["value"], mode="markers", showlegend=False, name=name,
                marker={"symbol": "diamond-open", "size": 13, "color": FLAG_COLOUR, "line": {"width": 2.5}},
                customdata=np.array([flag_text(f, lang) for f in flagged["flag"]], dtype=object)[:, None],
                hovertemplate=(f"<b>{name}</b> %{{x}}: %{{y:{value_format}}}<br>⚠ %{{customdata[0]}}"
                               "<extra></extra>"),
            ))
    _mark_flag_legend(fig, frame, lang)
    if reference_line is not None:
        fig.add_hline(y=reference_line, line={"color": "#8a8f98", "width": 1})
    styled(fig, lang, present, title={"text": title}, hovermode="closest")
    fig.update_xaxes(range=[years[0] - 0.5, years[1] + 0.5], dtick=5 if years[1] - years[0] > 12 else 1,
                     tickformat="d", title=None, showgrid=False)
    fig.update_yaxes(title=y_title, tickformat=value_format.replace(".1f", ".0f") if present else None)
    if milestones:
        add_milestones(fig, lang, years[0], years[1], present)
    return fig


def _mark_flag_legend(fig: go.Figure, frame: pd.DataFrame, lang: str) -> None:
    """A legend entry explaining the warning markers, only when some value is flagged."""
    if (frame["flag"] != "").any() and frame.loc[frame["flag"] != "", "value"].notna().any():
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=t("trends.flagged", lang),
                                 marker={"symbol": "diamond-open", "size": 12, "color": FLAG_COLOUR,
                                         "line": {"width": 2.5}}, hoverinfo="skip"))


def parity_chart(frame: pd.DataFrame, *, title: str, lang: str, present: bool, years: tuple[int, int],
                 comparison: pd.DataFrame | None = None) -> go.Figure:
    """GPI over the years with the 0.97–1.03 parity band shaded; optionally the other GPI variant dashed."""
    fig = trend_chart(frame, title=title, y_title=t("parity.gpi_axis", lang), lang=lang, present=present,
                      years=years, value_format=".3f", reference_line=1.0)
    if frame.empty or frame["value"].notna().sum() == 0:
        return fig
    fig.add_hrect(y0=PARITY_BAND[0], y1=PARITY_BAND[1], fillcolor="#009E73", opacity=0.15, line_width=0,
                  layer="below")
    fig.add_annotation(x=years[1], y=PARITY_BAND[1], text=t("parity.band", lang), showarrow=False, xanchor="right",
                       yanchor="bottom", font={"size": 12, "color": "#006b4f"})
    if comparison is not None and comparison["value"].notna().any():
        rows = comparison.sort_values("year")
        fig.add_trace(go.Scatter(x=rows["year"], y=rows["value"], name=t("parity.other_variant", lang),
                                 mode="lines", line={"color": "#5a606b", "dash": "dash", "width": 2},
                                 hovertemplate="%{x}: %{y:.3f}<extra></extra>"))
    low = np.nanmin([frame["value"].min(), PARITY_BAND[0]])
    high = np.nanmax([frame["value"].max(), PARITY_BAND[1]])
    pad = max(0.02, (high - low) * 0.1)
    fig.update_yaxes(range=[low - pad, high + pad], tickformat=".2f")
    return fig
