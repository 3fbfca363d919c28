"""The data page: what is in service (kind, tables with their origin and years, coverage) in the reader's words."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import plotly.graph_objects as go

from dashboard import uploads, viewstate
from dashboard.contract import Dataset
from dashboard.figures.theme import CATEGORICAL, styled
from dashboard.i18n import CATALOGUE, number, t
from dashboard.views.view import View


@dataclass(frozen=True)
class DataState(viewstate.PageState):
    """The data page has no choices of its own."""


@dataclass
class DataView(View):
    kind: str = ""  # message key: real, demo or partly synthetic
    tables_in_service: list[dict] = field(default_factory=list)  # table, source words, rows, years, regions, origin
    notes: list[str] = field(default_factory=list)  # warnings the contract raised when loading


def data_view(data: Dataset, state: DataState) -> DataView:
    """Kind of data, a line per table with its origin and years, the coverage chart and the loading notes."""
    lang = state.lang
    synthetic = uploads.synthetic_tables(data)
    kind = ("data.kind_real" if not synthetic else
            "data.kind_demo" if synthetic == set(data.tables) else "data.kind_partial")
    summary = data.summary()
    origins = uploads.table_provenance(data)
    lines = [{"table": line["table"], "rows": number(line["rows"], lang, 0),
              "source": t(f"source.{line['table']}", lang) if f"source.{line['table']}" in CATALOGUE else "",
              "years": year_span(line["first_year"], line["last_year"]),
              "regions": line["regions"] if line["regions"] is not None else "–",
              "origin": origin_text(origins.get(line["table"], {}), lang)} for line in summary]
    return DataView({"coverage": coverage_figure(summary, lang)}, kind=kind, tables_in_service=lines,
                    notes=[issue.message(lang) for issue in data.warnings], synthetic=bool(synthetic))


def year_span(first: int | None, last: int | None) -> str:
    if first is None:
        return "–"
    return str(first) if first == last else f"{first}–{last}"


def origin_text(entry: dict, lang: str) -> str:
    """Where one table came from, in words: the uploaded file and when, the demo, or the server's directory."""
    origin = entry.get("origin")
    if origin == "upload":
        text = t("data.origin.upload", lang, file=entry.get("file", "?"), when=moment(entry.get("uploaded_at")))
    elif origin == "demo":
        text = t("data.origin.demo", lang)
    elif origin == "published":
        text = t("data.origin.published", lang, source=entry.get("source", ""))
    else:
        text = t("data.origin.initial", lang)
    return text + (t("data.carried_over", lang) if entry.get("carried_over") else "")


def moment(value: object) -> str:
    """A moment as 'YYYY-MM-DD HH:MM UTC', from epoch seconds or an ISO string (shown as given if unreadable)."""
    try:
        when = (dt.datetime.fromtimestamp(float(value), dt.UTC) if isinstance(value, int | float)
                else dt.datetime.fromisoformat(str(value)).astimezone(dt.UTC))
    except (TypeError, ValueError, OverflowError, OSError):
        return str(value)
    return when.strftime("%Y-%m-%d %H:%M UTC")


def coverage_figure(summary: list[dict], lang: str) -> go.Figure:
    """One bar per table spanning the years it covers."""
    lines = [line for line in summary if line["first_year"] is not None]
    fig = go.Figure()
    for position, line in enumerate(lines):
        fig.add_trace(go.Bar(
            y=[line["table"]], x=[line["last_year"] - line["first_year"] + 1], base=[line["first_year"] - 0.5],
            orientation="h", marker_color=CATEGORICAL[position % len(CATEGORICAL)], showlegend=False,
            hovertemplate=t("data.coverage_hover", lang, table=line["table"], first=line["first_year"],
                            last=line["last_year"], rows=number(line["rows"], lang, 0)) + "<extra></extra>",
        ))
    fig = styled(fig, lang, title={"text": t("data.coverage_title", lang)},
                 margin={"l": 130, "r": 20, "t": 50, "b": 40}, bargap=0.35)
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title=None, tickformat="d")
    return fig
