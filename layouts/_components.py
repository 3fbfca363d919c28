"""Pieces every page is built from: the shell (navbar, notices, footer), figure cards, controls."""
from __future__ import annotations

import json
from collections.abc import Sequence

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.contract import Dataset, DataValidationError
from dashboard.exports import ReadableTable
from dashboard.figures.theme import graph_locale_config
from dashboard.i18n import t
from dashboard.serving import dataset_for
from dashboard.viewstate import Notice, PageState
from dashboard.vocabulary import PRIMARY_GRADES, SPLIT_VALUES, SUBJECTS
from layouts import _ids as ids

PAGES = (
    ("home", "/"), ("trends", "/trends"), ("parity", "/parity"), ("maps", "/maps"), ("cohort", "/cohort"),
    ("coaching", "/coaching"), ("programme", "/programme"), ("data", "/data"),
)


def tab_title(page: str, lang: str | None) -> str:
    """The browser tab's title of a page ('Tendencias · Observatorio educativo'); home is the observatory's name."""
    if page == "":
        return t("notfound.title", lang)
    return t("app.title", lang) if page == "home" else f"{t(f'nav.{page}', lang)} · {t('app.short', lang)}"


def page_title(page: str):
    """The title Dash gives the tab on opening a page (Spanish: Dash passes no query; the page then sets its own)."""
    return lambda **query: tab_title(page, query.get("lang"))


def current_dataset(state: PageState) -> tuple[Dataset | None, str | None]:
    """The data a view reads, or None and the reason in plain words (a page then says so instead of crashing)."""
    try:
        return dataset_for(state), None
    except DataValidationError as error:
        return None, error.report()


def navbar(active: str, state: PageState) -> dbc.Navbar:
    lang = state.lang
    query = state.common_query()
    links = [
        dbc.NavItem(dbc.NavLink(t(f"nav.{key}", lang), href=f"{path}{query}", active=key == active,
                                className="nav-page"))
        for key, path in PAGES
    ]
    switches = html.Div([
        html.A(t("switch.language", lang), id=ids.LANG_SWITCH, href="#", className="btn btn-sm btn-outline-light me-2",
               title=t("switch.language_title", lang), **{"data-toggle-param": "lang",
                                                           "data-toggle-value": "es" if lang == "en" else "en"}),
        html.A(t("switch.present_exit" if state.present else "switch.present", lang), id=ids.PRESENT_SWITCH,
               href="#", className="btn btn-sm btn-light",
               **{"data-toggle-param": "present", "data-toggle-value": "0" if state.present else "1"}),
    ], className="d-flex align-items-center ms-lg-3 my-2 my-lg-0")
    return dbc.Navbar(
        dbc.Container([
            dbc.NavbarBrand(t("app.short", lang), href=f"/{query}", className="fw-semibold"),
            dbc.NavbarToggler(id=ids.NAV_TOGGLER),
            dbc.Collapse(dbc.Nav([*links], className="me-auto", navbar=True), id=ids.NAV_COLLAPSE, navbar=True),
            switches,
            # A row of its own: on a laptop the page links and both data choices do not fit on one line.
            html.Div(data_switch(active, state), className="w-100 d-flex justify-content-lg-end pb-1 data-switch-row"),
        ], fluid=True, className="flex-wrap"),
        color="primary", dark=True, className="mb-3 observatory-nav",
    )


DATA_CHOICES = (("", "switch.data_real"), ("demo", "switch.data_demo"))


def page_path(page: str) -> str:
    return dict(PAGES).get(page, "/")


def data_switch(active: str, state: PageState) -> html.Div:
    """The two data choices: the same view (the rest of the address kept) on the published data or the demo."""
    lang = state.lang
    return html.Div([
        html.A(t(key, lang), id=f"{ids.DATA_SWITCH}-{value or 'real'}",
               href=f"{page_path(active)}{state.but(data=value).query()}",
               className="btn btn-sm " + ("btn-light" if state.data == value else "btn-outline-light"),
               **{"data-toggle-param": "data", "data-toggle-value": value,
                  # links take aria-current, not aria-pressed, to say which choice is in force
                  **({"aria-current": "true"} if state.data == value else {})})
        for value, key in DATA_CHOICES
    ], id=ids.DATA_SWITCH, className="btn-group btn-group-sm text-nowrap", role="group",
        title=t("switch.data_title", lang), **{"aria-label": t("switch.data_title", lang)})


def demo_offer(active: str, state: PageState, dataset: Dataset | None) -> dbc.Alert | None:
    """What this page cannot show with the data in service, in plain words, and the same view on the demo."""
    from dashboard.views.provenance import lacking

    if dataset is None or state.data == "demo" or dataset.is_demo:
        return None
    reasons = lacking(active, dataset, state.lang)
    if not reasons:
        return None
    link = html.A(t("provenance.see_demo", state.lang), href=f"{page_path(active)}{state.but(data='demo').query()}",
                  id=f"{ids.DEMO_OFFER}-link", className="alert-link",
                  **{"data-toggle-param": "data", "data-toggle-value": "demo"})
    return dbc.Alert([html.Span(" ".join(reasons)), " ", link], color="info", id=ids.DEMO_OFFER,
                     className="py-2 demo-offer")


def notices(items: Sequence[Notice], lang: str) -> list:
    """One dismissable alert per address parameter that was ignored or replaced."""
    alerts = []
    for notice in items:
        if notice.unknown:
            text = t("notice.unknown_param", lang, param=notice.param)
        else:
            text = t("notice.bad_param", lang, param=notice.param, given=notice.given,
                     used=used_words(notice, lang) or t("notice.default", lang))
        alerts.append(dbc.Alert(text, color="warning", dismissable=True, className="py-2 param-notice"))
    return alerts


def used_words(notice: Notice, lang: str) -> str:
    """The value used instead of a bad one, in the reader's words (an indicator's name, never its id)."""
    from dashboard.indicators.catalogue import CATALOGUE, indicator_text
    from dashboard.views.selection import region_words

    used = notice.used
    if notice.param == "indicator" and used in CATALOGUE:
        return f"«{indicator_text(used, 'name', lang)}»"
    if notice.param in ("region", "regions") and used:
        return region_words(used.split(","), lang)
    if notice.param in SPLIT_VALUES and used in SPLIT_VALUES[notice.param]:
        return t(f"{notice.param}.{used}", lang)
    return used


def synthetic_banner(dataset: Dataset | None, lang: str) -> html.Div | None:
    """The synthetic-data warning; after a partial upload it names the tables that are still synthetic."""
    if dataset is None or not dataset.is_demo:
        return None
    listed = dataset.metadata.get("synthetic_tables")
    recorded = dataset.metadata.get("tables")
    uploaded = isinstance(recorded, dict) and any(isinstance(entry, dict) and entry.get("origin") == "upload"
                                                  for entry in recorded.values())
    if uploaded and isinstance(listed, list) and listed and set(listed) < set(dataset.tables):
        text = t("notice.synthetic_partial", lang, tables=", ".join(map(str, listed)))
    else:
        text = t("notice.synthetic", lang)
    return html.Div([html.Strong(t("notice.synthetic_short", lang) + ". "), text],
                    className="synthetic-banner", role="note", id=ids.SYNTHETIC_NOTICE)


def page_shell(active: str, state: PageState, body: list, param_notices: Sequence[Notice] = (),
               dataset: Dataset | None = None, data_error: str | None = None) -> html.Div:
    """The whole page: navbar, synthetic-data notice, address notices, the page body and the sources footer."""
    lang = state.lang
    error = [dbc.Alert(t("notice.data_error", lang, detail=data_error), color="danger")] if data_error else []
    return html.Div([
        navbar(active, state),
        dbc.Container([
            synthetic_banner(dataset, lang),
            demo_offer(active, state, dataset),
            *notices(param_notices, lang),
            *error,
            *body,
            html.Footer(t("footer.source", lang), className="page-footer text-muted small mt-4 mb-3"),
        ], fluid=True, className="page-body"),
        dcc.Store(id=ids.per_page(ids.VIEW_QUERY, active)),
        dcc.Store(id=ids.per_page(ids.ADDRESS_SYNCED, active)),
        dcc.Store(id=ids.per_page(ids.TAB_TITLE, active),
                  data={"title": tab_title(active, lang), "lang": lang,
                        "from": t("slider.from", lang), "to": t("slider.to", lang)}),
    ], className="observatory-page present" if state.present else "observatory-page", lang=lang,
        id=ids.PAGE)


def figure_card(graph_id: str, lang: str, height: int = 480, title_id: str | None = None,
                csv: bool = True, extra: list | None = None, title: str | None = None) -> dbc.Card:
    """A figure with its loading indicator, fixed height (no layout jumps) and download buttons."""
    buttons = [dbc.Button(t(f"download.{kind}", lang), id={"type": button, "graph": graph_id}, size="sm",
                          color="primary", outline=True, className="me-2")
               for kind, button in (("png", ids.PNG_BUTTON), ("svg", ids.SVG_BUTTON))]
    if csv:
        buttons.append(dbc.Button(t("download.csv", lang), id={"type": ids.CSV_BUTTON, "graph": graph_id}, size="sm",
                                  color="primary", outline=True, className="me-2"))
        buttons.append(dcc.Download(id={"type": ids.CSV_DOWNLOAD, "graph": graph_id}))
        buttons.append(html.Button(t("table.show", lang), id={"type": ids.TABLE_BUTTON, "graph": graph_id},
                                   className="btn btn-sm btn-outline-primary me-2 table-toggle",
                                   title=t("table.show_title", lang), n_clicks=0,
                                  **{"aria-expanded": "false", "aria-controls": table_panel_id(graph_id)}))
    buttons.append(html.Span(dcc.Clipboard(id={"type": ids.LINK_COPY, "graph": graph_id}, title=t("link.copy", lang),
                                           className="btn btn-sm btn-outline-primary link-copy",
                                           children=t("link.copy", lang), copied_children=t("link.copied", lang))))
    return dbc.Card(dbc.CardBody([
        html.H2(title, className="h5 figure-title", **({"id": title_id} if title_id else {}))
        if title_id or title else None,
        dcc.Loading(
            dcc.Graph(id=graph_id, config=graph_config(lang, graph_id), style={"height": f"{height}px"},
                      className="observatory-graph"),
            delay_show=250, type="circle", overlay_style={"visibility": "visible", "opacity": 0.5},
        ),
        *(extra or []),
        html.Div(buttons, className="figure-downloads mt-2 controls"),
        *([html.Div(id={"type": ids.TABLE_PANEL, "graph": graph_id}, className="figure-table-panel"),
           dcc.Store(id={"type": ids.TABLE_ORDER, "graph": graph_id}),
           dcc.Store(id={"type": ids.TABLE_FOLLOW, "graph": graph_id})] if csv else []),
    ]), className="figure-card mb-3")


def table_panel_id(graph_id: str) -> str:
    """The DOM id Dash gives a figure's table panel (a pattern-matching id is written as sorted JSON)."""
    return json.dumps({"graph": graph_id, "type": ids.TABLE_PANEL}, separators=(",", ":"))


def figure_table(table: ReadableTable, graph_id: str, selection: str, lang: str) -> html.Div:
    """A figure's numbers as an HTML table: caption with title and selection, headers that sort on click.

    Each header holds a button (reachable and pressed with the keyboard); `aria-sort` tells screen readers
    the column the rows follow. Wide tables scroll inside their own box, never the page.
    """
    if not table.rows:
        return html.P(t("table.empty", lang), className="small text-muted mt-2")

    def header(position: int, words: str) -> html.Th:
        order = "none"
        if table.sort and table.sort[0] == position:
            order = "ascending" if table.sort[1] else "descending"
        button = html.Button(words, id={"type": ids.TABLE_SORT, "graph": graph_id, "column": position},
                             className="table-sort", title=t("table.sort_hint", lang), n_clicks=0)
        return html.Th(button, scope="col", className="text-end" if table.numeric[position] else None,
                       **{"aria-sort": order})

    def row(cells: tuple[str, ...]) -> html.Tr:
        first, *rest = cells
        return html.Tr([html.Th(first, scope="row", className="fw-normal"),
                        *[html.Td(cell, className="text-end" if table.numeric[i] else None)
                          for i, cell in enumerate(rest, start=1)]])

    caption = html.Caption([html.Span(table.caption, className="fw-semibold d-block"),
                            html.Span(selection, className="small")] if selection else table.caption)
    box = html.Div(html.Table([caption, html.Thead(html.Tr([header(i, h) for i, h in enumerate(table.headers)])),
                               html.Tbody([row(cells) for cells in table.rows])],
                              className="table table-sm table-striped figure-table"),
                   className="figure-table-box mt-2", tabIndex=0, role="region", **{"aria-label": table.caption})
    if table.total <= len(table.rows):
        return box
    return html.Div([box, html.P(t("table.first_rows", lang, shown=len(table.rows), total=table.total),
                                 className="small text-muted mt-1")])


def heading(view) -> list:
    """A figure card's heading: the view's title, and under it the selection and origin (kept when presenting)."""
    return [view.title, html.Div(view.subtitle, className="figure-subtitle fw-normal")] if view.subtitle \
        else view.title


# The toolbar keeps what a presenter uses (zoom, reset); saving goes through the buttons under the chart,
# which add the title and source; "Share chart" would upload the data to Plotly's cloud.
MODEBAR_REMOVED = ["sendChartToCloud", "toImage", "lasso2d", "select2d", "pan2d", "zoomIn2d", "zoomOut2d",
                   "autoScale2d", "toggleSpikelines", "hoverClosestCartesian", "hoverCompareCartesian",
                   "hoverClosestGeo", "toggleHover"]


def graph_config(lang: str, filename: str) -> dict:
    """The one graph config of every chart: Plotly's words in the user's language and the presenter's toolbar."""
    return {
        **graph_locale_config(lang),
        "displaylogo": False,
        "showSendToCloud": False,
        "showEditInChartStudio": False,
        "modeBarButtonsToRemove": MODEBAR_REMOVED,
        "toImageButtonOptions": {"format": "png", "filename": filename, "width": 1600, "height": 900, "scale": 1},
    }


def dropdown(lang: str, **props) -> dcc.Dropdown:
    """A dcc.Dropdown whose own words (select all, search, N selected...) are in the user's language."""
    keys = ("select_all", "deselect_all", "selected_count", "search", "clear_search", "clear_selection",
            "no_options_found")
    return dcc.Dropdown(labels={key: t(f"dropdown.{key}", lang) for key in keys}, **props)


def control(label: str, component, hint: str | None = None, width: int | None = None,
            label_for: str | None = None) -> dbc.Col:
    """A labelled control in the controls row; `hint` explains why a control is disabled.

    The label is tied to the control (for a text box) or named `<id>-label` (a dropdown's script names its
    keyboard target with it), so every control is announced by its label.
    """
    control_id = label_for or getattr(component, "id", None)
    tie = {"html_for": control_id, "id": f"{control_id}-label"} if isinstance(control_id, str) else {}
    children = [dbc.Label(label, className="small fw-semibold mb-1", **tie), component]
    if hint:
        children.append(html.Div(hint, className="form-text control-hint"))
    return dbc.Col(children, md=width or True, className="mb-2")


def controls_card(rows: list) -> dbc.Card:
    return dbc.Card(dbc.CardBody(rows), className="controls controls-card mb-3")


def definitions_drawer(lang: str, page: str, children: list | None = None) -> list:
    """The 'Definitions and sources' link and its side drawer (content set by the page's callback or given)."""
    return [
        dbc.Button(t("definitions.open", lang), id=ids.per_page(ids.DEFINITIONS_OPEN, page), color="link",
                   className="px-0 controls"),
        dbc.Offcanvas(children, id=ids.per_page(ids.DEFINITIONS, page), title=t("definitions.title", lang),
                      placement="end", is_open=False,
                      scrollable=True, className="definitions-drawer"),
    ]


def indicator_dropdown(component_id: str, lang: str, value: str, indicator_ids: Sequence[str],
                       unavailable: dict[str, str] | None = None) -> dcc.Dropdown:
    """The 18 EFA indicators by number and name; those the loaded tables cannot compute are disabled."""
    from dashboard.indicators.catalogue import CATALOGUE, indicator_text

    unavailable = unavailable or {}
    options = [
        {"label": f"{CATALOGUE[i].number}. {indicator_text(i, 'name', lang)}", "value": i,
         "disabled": i in unavailable, "title": unavailable.get(i, indicator_text(i, "definition", lang))}
        for i in indicator_ids
    ]
    return dropdown(lang, id=component_id, options=options, value=value, clearable=False, searchable=True,
                        optionHeight=48, maxHeight=420)


def split_dropdown(component_id: str, split: str, lang: str, value: str) -> dcc.Dropdown:
    """'All' or one value of a split (area, sex, management), labelled in the user's language."""
    options = [{"label": t("filter.all", lang), "value": ""}] + [
        {"label": t(f"{split}.{v}", lang), "value": v} for v in SPLIT_VALUES[split]]
    return dropdown(lang, id=component_id, options=options, value=value, clearable=False, searchable=False)


def region_options(lang: str) -> list[dict]:
    from dashboard.regions import REGIONS

    return [{"label": f"{r.name} ({r.code})", "value": r.code, "search": r.name} for r in REGIONS]


def year_range_control(slider_id: str, first: int, last: int, value: tuple[int, int]) -> dcc.RangeSlider:
    """The year range as a slider whose ends can also be typed (Dash's direct input boxes)."""
    marks = {y: str(y) for y in range(first - first % 5 + (5 if first % 5 else 0), last + 1, 5)}
    marks.update({first: str(first), last: str(last)})
    return dcc.RangeSlider(id=slider_id, min=first, max=last, step=1, value=list(value), marks=marks,
                           allowCross=False, allow_direct_input=True, updatemode="mouseup",
                           tooltip={"placement": "bottom", "always_visible": False})


def grade_dropdown(component_id: str, lang: str, value: int) -> dcc.Dropdown:
    """All of primary, or one of its grades."""
    return dropdown(lang, id=component_id, clearable=False, searchable=False, value=value,
                        options=[{"label": t("filter.all_grades", lang), "value": 0}]
                        + [{"label": t("filter.grade_n", lang, grade=g), "value": g} for g in PRIMARY_GRADES])


def subject_options(lang: str) -> list[dict]:
    """The ECE's tests, named in the user's language."""
    return [{"label": t(f"subject.{s}", lang), "value": s} for s in SUBJECTS]


def page_context(component_id: str, state: PageState, **extra) -> dcc.Store:
    """What a page's callbacks need to know but users do not change on the page (language, presentation, data)."""
    return dcc.Store(id=component_id, data={**PageState.shared(state.values()), **extra})


def indicator_definition(indicator_id: str, lang: str, synthetic: bool) -> list:
    """The drawer's content: the indicator's definition, formula, tables and their sources, and quality flags."""
    from dashboard.indicators.catalogue import CATALOGUE, indicator_text
    from dashboard.indicators.quality import FLAG_RULES

    spec = CATALOGUE[indicator_id]
    tables = [html.Li([html.Code(name), " — ", t(f"source.{name}", lang)]) for name in spec.tables]
    return [
        html.H3(f"{spec.number}. {indicator_text(indicator_id, 'name', lang)}", className="h5"),
        html.P(indicator_text(indicator_id, "definition", lang)),
        html.H4(t("definitions.formula", lang), className="h6"),
        html.P(indicator_text(indicator_id, "formula", lang), className="formula"),
        html.H4(t("definitions.tables", lang), className="h6"),
        html.Ul(tables),
        html.H4(t("definitions.flags", lang), className="h6"),
        html.Ul([html.Li(t(f"flag.{rule}", lang)) for rule in FLAG_RULES]),
        html.P(t("definitions.efa", lang), className="small text-muted"),
        html.P(t("notice.synthetic", lang), className="small synthetic-banner") if synthetic else None,
    ]


def stat_table(table) -> html.Div:
    """A StatTable (title, headers, rows of text) as an HTML table; text is escaped by Dash, never parsed."""
    def align(i: int) -> str | None:
        return "text-end" if i >= table.labels else None

    header = html.Thead(html.Tr([html.Th(h, className=align(i)) for i, h in enumerate(table.headers)]))
    body = html.Tbody([html.Tr([html.Td(cell, className=align(i)) for i, cell in enumerate(row)])
                       for row in table.rows])
    # The caption says what the table tests; screen readers announce it with the table.
    caption = [html.Caption(table.caption, className="stat-caption")] if table.caption else []
    return html.Div([
        html.H3(table.title, className="h6 mt-3"),
        dbc.Table([*caption, header, body], size="sm", bordered=False, striped=True, className="stat-table"),
        *[html.P(note, className="small text-muted stat-note") for note in table.notes],
    ])
