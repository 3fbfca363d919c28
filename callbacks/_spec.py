"""A page spec ties control ids to a view state's fields, the state to a view, and the view to named outputs.

`register(spec)` wires every page the same way: one callback per draw (the view, its figures stamped
with the data version, its named outputs), one that writes the address, one per CSV download and its
on-screen table. The PNG downloads are one pattern-matching callback for all pages (callbacks/shell.py).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pandas as pd
from dash import ALL, ClientsideFunction, Input, Output, State, callback, clientside_callback, ctx

from dashboard.contract import Dataset
from dashboard.exports import csv_with_provenance, next_sort, plain_text, readable_table
from dashboard.i18n import t
from dashboard.serving import dataset_for, stamped
from dashboard.views.selection import column_words, origin_words, selection_columns
from dashboard.views.view import View, with_export
from dashboard.viewstate import PageState
from layouts import _ids as ids
from layouts._components import figure_table

Control = tuple[str, str]  # (component id, property)
ViewOf = Callable[[Dataset, PageState], View]


def values_of(**component_ids: str) -> dict[str, Control]:
    """Controls whose `value` property holds the field of the same name."""
    return {name: (component_id, "value") for name, component_id in component_ids.items()}


@dataclass(frozen=True)
class Draw:
    """One callback of a page: the view it asks for, which fields redraw it, and where its parts go."""

    view: ViewOf
    figures: Mapping[str, str]  # the view's figure name -> graph id
    outputs: Mapping[str, Control] = field(default_factory=dict)  # further outputs, filled by `show`
    show: Callable[[View, PageState], Mapping[str, object]] = lambda view, state: {}
    triggers: tuple[str, ...] | None = None  # the fields whose controls redraw it (None: all of them)


@dataclass(frozen=True)
class Download:
    """The CSV button of a figure: which view's table it saves, and under which file name."""

    graph: str
    view: ViewOf
    table: str
    filename: Callable[[PageState, View], str]
    caption: str | None = None  # message key of the table's caption, where neither view nor figure has a title
    on_screen: Callable[[pd.DataFrame, PageState], pd.DataFrame] | None = None  # the rows the "Tabla" shows


@dataclass(frozen=True)
class PageSpec:
    page: str
    state: type[PageState]  # with a `from_controls(raw values, context)` constructor
    context: str  # the page's context store (language, presentation, data, page facts)
    controls: Mapping[str, Control]
    draws: tuple[Draw, ...] = ()
    downloads: tuple[Download, ...] = ()
    address: tuple[str, ...] | None = None  # the fields the address follows (None: all controls)

    def read(self, values: Mapping[str, object]) -> PageState:
        """The view state of the control values (and the context) a callback received."""
        return self.state.from_controls({name: values[name] for name in self.controls}, values["context"])

    def numbers(self, graph: str, state: PageState) -> tuple[pd.DataFrame, View, Dataset, Download]:
        """The table behind the figure `graph` for a view state, with the view and data it comes from."""
        download = next(d for d in self.downloads if d.graph == graph)
        data = dataset_for(state)
        view = download.view(data, state)
        return view.csv.get(download.table, pd.DataFrame()), view, data, download

    def caption(self, graph: str, view: View, lang: str) -> str:
        """A table's caption: the view's title, else the title of the figure drawn in `graph`."""
        names = [name for draw in self.draws for name, drawn in draw.figures.items() if drawn == graph]
        figure = view.figures.get(names[0]) if names else None
        own = figure.layout.title.text if figure is not None and figure.layout.title.text else ""
        key = next(d.caption for d in self.downloads if d.graph == graph)
        return view.title or plain_text(own) or (t(key, lang) if key else "")

    def csv(self, graph: str, state: PageState) -> tuple[pd.DataFrame, dict[str, str], str]:
        """(table, provenance lines, file name) of the CSV behind the figure `graph`, for a view state."""
        frame, view, data, download = self.numbers(graph, state)
        frame = frame.assign(**selection_columns(state, state.lang)) if not frame.empty else frame
        about = {**view.provenance_of(download.table), t("origin.label", state.lang): origin_words(data, state.lang)}
        return frame, about, download.filename(state, view)

    def wiring(self, triggers: tuple[str, ...] | None) -> tuple[dict, dict]:
        """(inputs, states) of a callback that the `triggers` fields redraw and that reads every control.

        With no trigger, the page's context starts it: the part is drawn once, when the page opens.
        """
        triggers = tuple(self.controls) if triggers is None else triggers
        inputs = {name: Input(*self.controls[name]) for name in triggers}
        states = {name: State(*control) for name, control in self.controls.items() if name not in triggers}
        if not inputs:
            return {"context": Input(self.context, "data")}, states
        return inputs, {**states, "context": State(self.context, "data")}


def register(spec: PageSpec) -> None:
    """Register the page's draws, its address and its CSV downloads."""
    for draw in spec.draws:
        _register_draw(spec, draw)
    _register_address(spec)
    for download in spec.downloads:
        _register_download(spec, download)
        _register_table(spec, download)


def _register_draw(spec: PageSpec, draw: Draw) -> None:
    outputs = {**{name: Output(graph, "figure") for name, graph in draw.figures.items()},
               **{name: Output(*control) for name, control in draw.outputs.items()}}
    inputs, states = spec.wiring(draw.triggers)

    @callback(output=outputs, inputs=inputs, state=states)
    def draw_view(**values):
        state = spec.read(values)
        data = dataset_for(state)
        view = with_export(stamped(draw.view(data, state), data), state.lang)
        return {**{name: view.figures[name] for name in draw.figures}, **draw.show(view, state)}

    draw_view.__name__ = f"draw_{spec.page}_{'_'.join(draw.figures) or 'view'}"


def _register_address(spec: PageSpec) -> None:
    inputs, states = spec.wiring(spec.address)

    @callback(output=Output(ids.per_page(ids.VIEW_QUERY, spec.page), "data"), inputs=inputs, state=states)
    def write_address(**values):
        """The address that reproduces the page's view."""
        return spec.read(values).query()

    write_address.__name__ = f"write_{spec.page}_address"


def _register_download(spec: PageSpec, download: Download) -> None:
    states = {**{name: State(*control) for name, control in spec.controls.items()},
              "context": State(spec.context, "data")}

    @callback(output=Output({"type": ids.CSV_DOWNLOAD, "graph": download.graph}, "data"),
              inputs={"clicks": Input({"type": ids.CSV_BUTTON, "graph": download.graph}, "n_clicks")},
              state=states, prevent_initial_call=True)
    def download_csv(clicks, **values):
        """The numbers behind the figure as CSV, with their provenance."""
        frame, about, filename = spec.csv(download.graph, spec.read(values))
        lang = values["context"]["lang"]
        return {"content": csv_with_provenance(frame, about, headers=column_words(lang)), "filename": filename,
                "type": "text/csv"}

    download_csv.__name__ = f"download_{download.graph.replace('-', '_')}"


def _register_table(spec: PageSpec, download: Download) -> None:
    """The "Tabla" toggle: the CSV's rows on screen, following the controls while open, sorted by header clicks."""
    graph = download.graph
    toggle = {"type": ids.TABLE_BUTTON, "graph": graph}
    # In the browser: a control's change reaches the server only when the table is open.
    clientside_callback(ClientsideFunction("figureTable", "follow"),
                        Output({"type": ids.TABLE_FOLLOW, "graph": graph}, "data"),
                        [Input(*control) for control in spec.controls.values()], State(toggle, "n_clicks"),
                        prevent_initial_call=True)

    @callback(output={"table": Output({"type": ids.TABLE_PANEL, "graph": graph}, "children"),
                      "order": Output({"type": ids.TABLE_ORDER, "graph": graph}, "data"),
                      "expanded": Output(toggle, "aria-expanded")},
              inputs={"shown": Input(toggle, "n_clicks"),
                      "headers": Input({"type": ids.TABLE_SORT, "graph": graph, "column": ALL}, "n_clicks"),
                      "follow": Input({"type": ids.TABLE_FOLLOW, "graph": graph}, "data")},
              state={**{name: State(*control) for name, control in spec.controls.items()},
                     "order": State({"type": ids.TABLE_ORDER, "graph": graph}, "data"),
                     "context": State(spec.context, "data")}, prevent_initial_call=True)
    def show_table(shown, headers, follow, order, **values):
        """The table while the toggle is on (an odd number of clicks); a header click re-sorts it."""
        if not (shown or 0) % 2:
            return {"table": None, "order": order, "expanded": "false"}
        clicked = ctx.triggered_id
        if isinstance(clicked, Mapping) and clicked.get("type") == ids.TABLE_SORT and ctx.triggered[0]["value"]:
            order = next_sort(tuple(order) if order else None, clicked["column"])
        state = spec.read(values)
        frame, view, _data, _download = spec.numbers(graph, state)
        frame = download.on_screen(frame, state) if download.on_screen else frame
        table = readable_table(frame, spec.caption(graph, view, state.lang), state.lang, column_words(state.lang),
                               tuple(order) if order else None)
        return {"table": figure_table(table, graph, view.subtitle, state.lang), "order": order, "expanded": "true"}

    show_table.__name__ = f"table_{graph.replace('-', '_')}"
