"""Figures of the coaching programme: its history, regional costs and ratios, focalisation, teachers' views,
and the World Bank loan's results framework."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.theme import CATEGORICAL, FLAG_COLOUR, NATIONAL_COLOUR, assembled, empty_figure, styled
from dashboard.i18n import number, t
from dashboard.regions import region_name

HISTORY_MEASURES = ("coaches", "coached_teachers", "schools", "students")
ANSWER_COLOURS = ("#0072B2", "#56B4E9", "#E69F00", "#D55E00")  # from most to least favourable


def history_chart(history: pd.DataFrame, *, lang: str, present: bool) -> go.Figure:
    """Coaches, coached teachers, schools and students per year; years the source leaves blank say 'n.d.'."""
    if history.empty:
        return empty_figure(t("notice.no_data", lang), lang, present)
    years = history["year"].astype(str).tolist()
    traces, layout = [], {"showlegend": False, "margin": {"l": 60, "r": 20, "t": 50, "b": 40}, "annotations": []}
    # A 2 x 2 grid laid out by hand as make_subplots would (spacing .08 across, .16 down): building it through
    # Plotly's validated objects cost most of the callback.
    for index, measure in enumerate(HISTORY_MEASURES):
        row, col = divmod(index, 2)
        suffix = str(index + 1) if index else ""
        x_domain = [0.0, 0.46] if col == 0 else [0.54, 1.0]
        y_domain = [0.58, 1.0] if row == 0 else [0.0, 0.42]
        values = history[measure]
        label = t(f"programme.column.{measure}", lang)
        traces.append({
            "type": "bar", "x": years, "y": values.to_numpy(dtype=float), "marker": {"color": CATEGORICAL[index]},
            "name": label,
            "text": [number(v, lang, 0) if pd.notna(v) else t("programme.nd", lang) for v in values],
            "textposition": "outside", "cliponaxis": False, "showlegend": False,
            "hovertemplate": "%{x}: %{text}<extra></extra>", "xaxis": f"x{suffix}", "yaxis": f"y{suffix}",
        })
        missing = values.isna().to_numpy()
        if missing.any():  # "n.d." where the bar would be, so a gap is never read as zero
            traces.append({
                "type": "scatter", "x": [year for year, gap in zip(years, missing, strict=True) if gap],
                "y": [0] * int(missing.sum()), "mode": "text", "text": t("programme.nd", lang),
                "textposition": "top center", "showlegend": False, "hoverinfo": "skip",
                "textfont": {"color": "#8a8f98"}, "xaxis": f"x{suffix}", "yaxis": f"y{suffix}",
            })
        top = float(np.nanmax(values.to_numpy(dtype=float)) * 1.25) if values.notna().any() else 1
        layout[f"xaxis{suffix}"] = {"anchor": f"y{suffix}", "domain": x_domain}
        layout[f"yaxis{suffix}"] = {"anchor": f"x{suffix}", "domain": y_domain, "rangemode": "tozero",
                                    "range": [0, top]}
        layout["annotations"].append({"text": label, "x": sum(x_domain) / 2, "y": y_domain[1], "xref": "paper",
                                      "yref": "paper", "xanchor": "center", "yanchor": "bottom",
                                      "showarrow": False, "font": {"size": 16}})
    return assembled(traces, lang, present, **layout)


def expenditure_chart(history: pd.DataFrame, *, currency: str, lang: str, present: bool) -> go.Figure:
    """Programme expenditure per year, in nuevos soles or US dollars at each year's exchange rate."""
    column = "expenditure_usd" if currency == "usd" else "expenditure"
    if history.empty or history[column].isna().all():
        return empty_figure(t("notice.no_data", lang), lang, present)
    millions = history[column] / 1e6
    unit = t(f"programme.millions_{currency}", lang)
    fig = go.Figure(go.Bar(
        x=history["year"].astype(str), y=millions, marker_color=NATIONAL_COLOUR,
        text=[number(v, lang, 1) for v in millions], textposition="outside", cliponaxis=False,
        hovertemplate=f"%{{x}}: %{{text}} {unit}<extra></extra>",
    ))
    fig = styled(fig, lang, present, showlegend=False)
    fig.update_yaxes(title=unit, rangemode="tozero")
    fig.update_xaxes(title=None, type="category")
    return fig


def ratio_scatter(ratios: pd.DataFrame, flagged: pd.Series, *, lang: str, present: bool) -> go.Figure:
    """Cost per teacher against teachers per coach, outliers ringed (the paper's Figure 6).

    Twenty-odd names in a small cloud overlap, so only the regions a reader looks for are named (outliers and
    the extremes of each axis), each label pushed away from the cloud's centre; every region keeps its hover.
    """
    rows = ratios.dropna(subset=["teachers_per_coach", "cost_per_teacher"])
    if rows.empty:
        return empty_figure(t("notice.no_data", lang), lang, present)
    names = [region_name(c) for c in rows["region_code"]]
    outlier = flagged.reindex(rows.index, fill_value=False).to_numpy()
    x, y = rows["teachers_per_coach"].to_numpy(dtype=float), rows["cost_per_teacher"].to_numpy(dtype=float)
    named = scatter_labelled(x, y, outlier)
    fig = go.Figure()
    fig.add_trace(go.Scatter(
        x=x, y=y, mode="markers+text", text=[name if keep else "" for name, keep in zip(names, named, strict=True)],
        textposition=outward_positions(x, y), textfont={"size": 11 if not present else 15}, cliponaxis=False,
        marker={"size": 11, "color": np.where(outlier, FLAG_COLOUR, CATEGORICAL[0]),
                "line": {"width": np.where(outlier, 3, 0), "color": FLAG_COLOUR}},
        customdata=np.column_stack([rows["cost_per_coach"], outlier, names]),
        hovertemplate=("<b>%{customdata[2]}</b><br>" + t("programme.ratio.teachers_per_coach", lang) + ": %{x:.2f}<br>"
                       + t("programme.ratio.cost_per_teacher", lang) + ": S/ %{y:,.2f}<br>"
                       + t("programme.ratio.cost_per_coach", lang) + ": S/ %{customdata[0]:,.2f}<extra></extra>"),
        showlegend=False,
    ))
    fig.add_hline(y=y.mean(), line={"dash": "dot", "color": "#8a8f98"})
    fig.add_vline(x=x.mean(), line={"dash": "dot", "color": "#8a8f98"})
    if outlier.any():
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=t("programme.summary.outlier", lang),
                                 marker={"size": 11, "color": FLAG_COLOUR}))
    fig = styled(fig, lang, present, showlegend=bool(outlier.any()))
    fig.update_xaxes(title=t("programme.ratio.teachers_per_coach", lang))
    fig.update_yaxes(title=t("programme.ratio.cost_per_teacher", lang))
    return fig


def scatter_labelled(x: np.ndarray, y: np.ndarray, outlier: np.ndarray, extremes: int = 2) -> np.ndarray:
    """Which points get a name: the outliers and the `extremes` highest and lowest on each axis."""
    keep = outlier.astype(bool).copy()
    for values in (x, y):
        order = np.argsort(values, kind="stable")
        keep[order[:extremes]] = True
        keep[order[-extremes:]] = True
    return keep


def outward_positions(x: np.ndarray, y: np.ndarray) -> list[str]:
    """Each label on the side away from the cloud's centre (the means), where neighbours are fewest.

    Near the right edge a label goes left instead, or the figure's narrow right margin would cut it.
    """
    edge = x.max() - 0.1 * (x.max() - x.min())
    return [f"{'top' if b >= y.mean() else 'bottom'} {'right' if x.mean() <= a < edge else 'left'}"
            for a, b in zip(x, y, strict=True)]


def ratio_bars(ratios: pd.DataFrame, column: str, flagged: pd.Series, *, lang: str, present: bool,
               decimals: int = 2) -> go.Figure:
    """One ratio for every region, sorted, with its mean; regions without a value (no staff) listed as such."""
    rows = ratios.sort_values(column, na_position="first")
    values = rows[column]
    names = [region_name(c) for c in rows["region_code"]]
    outlier = flagged.reindex(rows.index, fill_value=False).to_numpy()
    labels = [number(v, lang, decimals) if pd.notna(v) else t("programme.no_value", lang) for v in values]
    fig = go.Figure(go.Bar(
        x=values.fillna(0), y=names, orientation="h", text=labels, textposition="outside", cliponaxis=False,
        marker_color=np.where(outlier, FLAG_COLOUR, np.where(values.isna(), "#c8ccd2", CATEGORICAL[0])),
        hovertemplate="<b>%{y}</b>: %{text}<extra></extra>",
    ))
    fig.add_vline(x=values.mean(), line={"dash": "dot", "color": NATIONAL_COLOUR},
                  annotation_text=t("programme.summary.mean", lang), annotation_position="top")
    fig = styled(fig, lang, present, showlegend=False, margin={"l": 130, "r": 70, "t": 30, "b": 40})
    fig.update_xaxes(title=t(f"programme.ratio.{column}", lang))
    fig.update_yaxes(tickfont={"size": 12 if not present else 15})
    return fig


def focalisation_chart(focalisation: pd.DataFrame, *, lang: str, present: bool) -> go.Figure:
    """Share of coached schools, teachers and students by which focalisation criteria they meet (Table 15)."""
    labels = [t(f"programme.criterion.{c}", lang) for c in focalisation["criterion_code"]]
    fig = go.Figure()
    for index, column in enumerate(("pct_schools", "pct_teachers", "pct_students")):
        fig.add_trace(go.Bar(
            y=labels, x=focalisation[column], orientation="h", name=t(f"programme.column.{column}", lang),
            marker_color=CATEGORICAL[index], text=[number(v, lang, 1) + " %" for v in focalisation[column]],
            textposition="outside", cliponaxis=False, hovertemplate="%{y}: %{text}<extra></extra>",
        ))
    fig = styled(fig, lang, present, barmode="group", margin={"l": 20, "r": 60, "t": 60, "b": 40})
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(title="%", range=[0, 100])
    return fig


def teacher_views_chart(views: pd.DataFrame, *, lang: str, present: bool) -> go.Figure:
    """One question of the ENEDU 2012 survey: answers as stacked 100 % bars per component or experience group."""
    if views.empty:
        return empty_figure(t("notice.no_data", lang), lang, present)
    groups = list(dict.fromkeys(views["group_code"]))
    answers = list(dict.fromkeys(views["answer_code"]))
    fig = go.Figure()
    for index, answer in enumerate(answers):
        rows = views[views["answer_code"] == answer].set_index("group_code").reindex(groups)
        fig.add_trace(go.Bar(
            y=[t(f"programme.group.{g}", lang) for g in groups], x=rows["pct"], orientation="h",
            name=t(f"programme.answer.{answer}", lang), marker_color=ANSWER_COLOURS[index % len(ANSWER_COLOURS)],
            text=[number(v, lang, 1) if pd.notna(v) and v >= 5 else "" for v in rows["pct"]],
            textposition="inside", insidetextanchor="middle",
            hovertemplate="%{y}: %{x:.1f} %<extra>%{fullData.name}</extra>",
        ))
    fig = styled(fig, lang, present, barmode="stack", margin={"l": 20, "r": 20, "t": 60, "b": 40},
           legend={"traceorder": "normal"})
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(title="%", range=[0, 100.5])
    return fig


def _as_number(value: object) -> float:
    try:
        return float(str(value).replace(",", ""))
    except (TypeError, ValueError):
        return np.nan


def results_framework_chart(rows: pd.DataFrame, *, lang: str, present: bool, title: str = "") -> go.Figure:
    """Targets against actuals by year for one numeric indicator of the loan, with its baseline."""
    targets = rows["target"].map(_as_number)
    actuals = rows["actual"].map(_as_number)
    if targets.isna().all() and actuals.isna().all():
        return empty_figure(t("programme.rf_not_numeric", lang), lang, present)
    years = rows["year"].astype(str)
    fig = go.Figure()
    fig.add_trace(go.Bar(x=years, y=targets, name=t("programme.column.target", lang), marker_color="#c8ccd2",
                         text=[number(v, lang, 0) if pd.notna(v) else "" for v in targets], textposition="outside",
                         cliponaxis=False, hovertemplate="%{x}: %{y:,.0f}<extra>%{fullData.name}</extra>"))
    fig.add_trace(go.Scatter(x=years, y=actuals, name=t("programme.column.actual", lang), mode="markers",
                             marker={"size": 16, "color": CATEGORICAL[1], "symbol": "diamond"},
                             hovertemplate="%{x}: %{y:,.0f}<extra>%{fullData.name}</extra>"))
    baseline = _as_number(rows["baseline"].iloc[0]) if len(rows) else np.nan
    if pd.notna(baseline):
        fig.add_hline(y=baseline, line={"dash": "dot", "color": NATIONAL_COLOUR},
                      annotation_text=t("programme.column.baseline", lang), annotation_position="top left")
    fig = styled(fig, lang, present, title={"text": title}, barmode="overlay")
    fig.update_xaxes(type="category", title=None)
    fig.update_yaxes(rangemode="tozero")
    return fig


def disbursement_chart(schedule: pd.DataFrame, *, lang: str, present: bool) -> go.Figure:
    """The disbursement-linked amounts (US$ millions) by disbursement date, stacked by DLI."""
    if schedule.empty:
        return empty_figure(t("notice.no_data", lang), lang, present)
    dates = sorted(schedule["disbursement_date"].unique())
    fig = go.Figure()
    for index, (dli, rows) in enumerate(schedule.groupby("dli", sort=True)):
        amounts = rows.groupby("disbursement_date")["amount_usd"].sum().reindex(dates, fill_value=0) / 1e6
        fig.add_trace(go.Bar(
            x=dates, y=amounts, name=f"DLI {dli}", marker_color=CATEGORICAL[index % len(CATEGORICAL)],
            customdata=[t(f"programme.indicator.{rows['indicator_id'].iloc[0]}", lang)] * len(dates),
            hovertemplate="%{x}: US$ %{y:.2f} M<br>%{customdata}<extra>DLI " + str(dli) + "</extra>",
        ))
    totals = schedule.groupby("disbursement_date")["amount_usd"].sum().reindex(dates) / 1e6
    fig.add_trace(go.Scatter(x=dates, y=totals, mode="text", text=[number(v, lang, 2) for v in totals],
                             textposition="top center", showlegend=False, hoverinfo="skip"))
    fig = styled(fig, lang, present, barmode="stack")
    fig.update_yaxes(title=t("programme.millions_usd", lang))
    fig.update_xaxes(type="category", title=t("programme.column.disbursement_date", lang))
    return fig
