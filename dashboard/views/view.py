"""What every page view returns: named figures and words, the tables behind them, and where the numbers come from."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from dashboard.contract import Dataset
from dashboard.figures.export import export_layout
from dashboard.i18n import t
from dashboard.indicators.catalogue import indicator_text
from dashboard.stats.tables import StatTable


@dataclass
class View:
    """A page's answer for one view state; a refusal is a figure that says why, never an exception."""

    figures: dict[str, go.Figure] = field(default_factory=dict)
    title: str = ""
    subtitle: str = ""
    tables: list[StatTable] = field(default_factory=list)  # readable tables shown under the figures
    hints: list[str] = field(default_factory=list)  # choices set aside, and why
    provenance: dict[str, str] = field(default_factory=dict)  # what the numbers are, for every CSV
    csv: dict[str, pd.DataFrame] = field(default_factory=dict)  # the numbers behind each figure, by figure name
    synthetic: bool = False  # the data is the synthetic demo

    def provenance_of(self, table: str) -> dict[str, str]:
        """The provenance lines of one CSV (the same for every table unless a page's tables differ in source)."""
        return self.provenance


def source_line(view: View, lang: str) -> str:
    """'Fuente: …' of a view's numbers, from its provenance, else the observatory's list of sources."""
    source = view.provenance.get(t("download.source", lang)) or t("footer.source", lang)
    label = t("download.source", lang)
    return source if source.startswith(label) else f"{label}: {source}"


def with_export(view: View, lang: str) -> View:
    """Each figure of the view keeps, in `meta.export`, how to save it for a slide (title, selection, source, mark)."""
    for name, figure in view.figures.items():
        own = figure.layout.title.text if figure.layout.title and figure.layout.title.text else ""
        title = own if own and name != next(iter(view.figures)) else view.title or own
        changes = export_layout(figure, title=title, subtitle=view.subtitle, source=source_line(view, lang),
                                synthetic_mark=t("export.synthetic_mark", lang) if view.synthetic else "")
        meta = figure.layout.meta if isinstance(figure.layout.meta, dict) else {}
        figure.update_layout(meta={**meta, "export": changes})
    return view


def synthetic_note(data: Dataset, lang: str, about: dict[str, str]) -> dict[str, str]:
    """Provenance lines, with the synthetic-data warning added when the data is the demo."""
    if data.is_demo:
        return {**about, t("notice.synthetic_short", lang): t("notice.synthetic", lang)}
    return about


def indicator_provenance(data: Dataset, indicator_id: str, lang: str, query: str) -> dict[str, str]:
    """What a downloaded table is: indicator, definition, formula, sources, the view, and the synthetic notice."""
    return synthetic_note(data, lang, {
        t("filter.indicator", lang): indicator_text(indicator_id, "name", lang),
        t("download.definition", lang): indicator_text(indicator_id, "definition", lang),
        t("definitions.formula", lang): indicator_text(indicator_id, "formula", lang),
        t("download.source", lang): t("footer.source", lang).split(": ", 1)[-1],  # the key says 'Source' already
        t("download.view", lang): query,
    })
