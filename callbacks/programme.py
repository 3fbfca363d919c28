"""Callbacks of the programme page: its page spec, one draw per section so a choice redraws only its figures."""
from __future__ import annotations

from callbacks._spec import Download, Draw, PageSpec, register, values_of
from dashboard.views import programme as views
from layouts import _ids as ids
from layouts._components import stat_table


def show_table(output: str):
    """The section's readable table (the paper's summary, or the loan indicator as printed) under `output`."""
    return lambda view, state: {output: stat_table(view.tables[0]) if view.tables else None}


# The view of each table behind a downloadable figure, that figure's graph, and its section's title (the
# figures carry none: the page's headings name them), which captions the figure's table.
DOWNLOADS = (("history", views.history_view, ids.PROGRAMME_HISTORY, "programme.history_title"),
             ("ratios", views.regions_view, ids.PROGRAMME_SCATTER, "programme.regions_title"),
             ("results_framework", views.results_view, ids.PROGRAMME_RESULTS, "programme.loan_title"),
             ("focalisation", views.reference_view, ids.PROGRAMME_FOCALISATION, "programme.focalisation_title"),
             ("teacher_views", views.teacher_views_view, ids.PROGRAMME_VIEWS, "programme.views_title"),
             ("disbursements", views.reference_view, ids.PROGRAMME_DISBURSEMENTS, "programme.disbursement_title"))

SPEC = PageSpec(
    "programme", views.ProgrammeState, ids.PROGRAMME_CONTEXT,
    values_of(currency=ids.PROGRAMME_CURRENCY, ratio=ids.PROGRAMME_RATIO, survey=ids.PROGRAMME_SURVEY,
              indicator=ids.PROGRAMME_INDICATOR),
    draws=(
        Draw(views.history_view, {"history": ids.PROGRAMME_HISTORY, "expenditure": ids.PROGRAMME_EXPENDITURE},
             triggers=("currency",)),
        Draw(views.regions_view, {"scatter": ids.PROGRAMME_SCATTER, "ratio_bars": ids.PROGRAMME_RATIO_BARS},
             outputs={"summary": (ids.PROGRAMME_SUMMARY, "children")}, show=show_table("summary"),
             triggers=("ratio",)),
        Draw(views.reference_view, {"focalisation": ids.PROGRAMME_FOCALISATION,
                                    "disbursements": ids.PROGRAMME_DISBURSEMENTS}, triggers=()),
        Draw(views.teacher_views_view, {"teacher_views": ids.PROGRAMME_VIEWS}, triggers=("survey",)),
        Draw(views.results_view, {"results": ids.PROGRAMME_RESULTS},
             outputs={"table": (ids.PROGRAMME_RESULTS_TABLE, "children")}, show=show_table("table"),
             triggers=("indicator",)),
    ),
    downloads=tuple(Download(graph, view, table, lambda state, _view, table=table: f"programme_{table}.csv",
                             caption=caption) for table, view, graph, caption in DOWNLOADS),
)
register(SPEC)
