"""Data (/data): what is in service and where each table comes from; upload of new tables and reset, for admins."""
from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard import store, uploads
from dashboard.config import settings
from dashboard.contract import TABLES, ColumnSpec, Dataset, Issue
from dashboard.i18n import number, t
from dashboard.serving import stamped
from dashboard.views.data import DataState, DataView, data_view, moment
from layouts import _ids as ids
from layouts._components import current_dataset, graph_config, page_context, page_shell, page_title, synthetic_banner

dash.register_page(__name__, path="/data", title=page_title("data"), name="data")

# The drop zone must look like one; inline because assets/style.css belongs to the shell.
DROP_ZONE = {"border": "2px dashed #8a94a6", "borderRadius": "6px", "padding": "1.4rem 1rem", "textAlign": "center",
             "background": "#ffffff", "cursor": "pointer"}


def layout(**query):
    state, notices = DataState.from_query(query)
    lang = state.lang
    data, error = current_dataset(state.but(data=""))  # this page shows and changes the data in service only
    body = [
        page_context(ids.DATA_CONTEXT, state),
        html.Div(synthetic_banner(data, lang), id=ids.DATA_BANNER),
        html.H1(t("nav.data", lang), className="h3"),
        html.P(t("data.lead", lang), className="data-lead"),
        dbc.Row([
            dbc.Col(dbc.Card(dbc.CardBody([
                html.H2(t("data.in_service", lang), className="h5"),
                html.Div(in_service_panel(data, error, lang), id=ids.DATA_IN_SERVICE),
            ]), className="mb-3 data-card"), lg=7),
            dbc.Col([upload_card(lang), reset_card(lang), contract_card(lang)], lg=5),
        ]),
    ]
    # The data error is shown in the panel (with the reset that fixes it), not twice.
    return page_shell("data", state, body, notices, None, None)


# ---------------------------------------------------------------- what is in service


def in_service_panel(data: Dataset | None, error: str | None, lang: str) -> list:
    """Kind, version and directory of the data in service, a line per table with its origin, the years covered."""
    if data is None:
        return [dbc.Alert(t("notice.data_error", lang, detail=error or ""), color="danger", className="data-error")]
    # The view scans every table: drawn once per worker, dataset and language.
    view = store.derived(data, f"data-view-{lang}", lambda d: stamped(data_view(d, DataState(lang=lang)), d))
    record = store.pointer_record()
    since = moment(record["since"]) if record else t("data.since_start", lang)
    # dataset.json describes the data in English; another language shows its own description or none
    description = str(data.metadata.get(f"description_{lang}") or (data.metadata.get("description") or "")
                      if lang == "en" else data.metadata.get(f"description_{lang}") or "")
    facts = html.Dl([
        html.Dt(t("data.version", lang), className="col-sm-3 fw-semibold"),
        html.Dd(html.Code(data.fingerprint, className="data-version"), className="col-sm-9 mb-1"),
        html.Dt(t("data.since", lang), className="col-sm-3 fw-semibold"), html.Dd(since, className="col-sm-9 mb-1"),
        *([html.Dt(t("data.description", lang), className="col-sm-3 fw-semibold"),
           html.Dd(description[:300], className="col-sm-9 mb-1 data-description")] if description else []),
    ], className="row small mb-2 data-facts")
    # A fallback to an earlier version, or an upload cut short, is told on the page, never only in the log.
    notice = store.service_notice(lang)
    return [
        dbc.Alert(notice, color="warning", className="service-notice") if notice else None,
        html.Div(dbc.Badge(t(view.kind, lang), color="warning" if view.synthetic else "success",
                           className="data-kind"), className="mb-2"),
        facts,
        tables_in_service(view, lang),
        dcc.Graph(id=ids.DATA_COVERAGE, figure=view.figures["coverage"], config=graph_config(lang, "coverage"),
                  style={"height": f"{120 + 28 * len(data.tables)}px"}, className="observatory-graph"),
        html.Div([html.H3(t("data.notes", lang), className="h6 mt-2"),
                  html.Ul([html.Li(note) for note in view.notes], className="small")]) if view.notes else None,
    ]


def tables_in_service(view: DataView, lang: str) -> dbc.Table | html.P:
    if not view.tables_in_service:
        return html.P(t("data.no_tables", lang))
    header = html.Thead(html.Tr([
        html.Th(t("data.table", lang)), html.Th(t("data.rows", lang), className="text-end"),
        html.Th(t("data.years", lang)), html.Th(t("data.regions", lang), className="text-end"),
        html.Th(t("data.origin", lang)),
    ]))
    rows = [
        html.Tr([
            html.Td([html.Code(line["table"]), html.Div(line["source"], className="text-muted")
                     if line["source"] else None], className="small"),
            html.Td(line["rows"], className="text-end"),
            html.Td(line["years"], className="text-nowrap"),
            html.Td(line["regions"], className="text-end"),
            html.Td(line["origin"], className="small"),
        ], **{"data-table": line["table"]})
        for line in view.tables_in_service
    ]
    return dbc.Table([header, html.Tbody(rows)], size="sm", hover=True, responsive=True, className="data-tables")


# ---------------------------------------------------------------- changing the data


def upload_card(lang: str) -> dbc.Card:
    """The token, the drop zone and the report; when the operator set no token, how to turn uploads on."""
    config = settings()
    if not uploads.uploads_enabled():
        body = [
            html.H2(t("data.upload_title", lang), className="h5"),
            dbc.Alert([html.Strong(t("data.uploads_off_title", lang)), html.Br(), t("data.uploads_off", lang)],
                      color="info", className="uploads-off mb-0"),
        ]
        return dbc.Card(dbc.CardBody(body), className="mb-3 data-card")
    body = [
        html.H2(t("data.upload_title", lang), className="h5"),
        dbc.Label(t("data.token", lang), html_for=ids.DATA_TOKEN, className="small fw-semibold mb-1"),
        dbc.Input(id=ids.DATA_TOKEN, type="password", autocomplete="off",
                  placeholder=t("data.token_placeholder", lang), className="mb-2"),
        dcc.Upload(
            id=ids.DATA_UPLOAD, multiple=True, className="data-upload-zone", style=DROP_ZONE,
            children=html.Div([t("data.drop", lang), html.A(t("data.choose", lang), className="data-choose")]),
        ),
        html.P(t("data.upload_help", lang, example="population.csv, enrolment.xlsx"), className="small mt-2 mb-1"),
        html.P(t("data.official_help", lang), className="small mb-1"),
        html.P(t("data.upload_limits", lang, mb=config.max_upload_mb, rows=number(config.max_rows, lang, 0)),
               className="small text-muted mb-2"),
        dbc.Label(t("data.import_year", lang), html_for=ids.DATA_IMPORT_YEAR, className="small fw-semibold mb-1"),
        dbc.Input(id=ids.DATA_IMPORT_YEAR, type="number", min=1990, max=2100, step=1, size="sm",
                  className="mb-2 data-import-year", style={"maxWidth": "8rem"}),
        dcc.Loading(html.Div(id=ids.DATA_REPORT, className="data-report", role="status", **{"aria-live": "polite"}),
                    type="circle", delay_show=200),
        html.Div([
            dbc.Button(t("data.import_apply", lang), id=ids.DATA_IMPORT_APPLY, color="primary", size="sm",
                       className="me-2"),
            dbc.Button(t("data.import_cancel", lang), id=ids.DATA_IMPORT_CANCEL, color="secondary", outline=True,
                       size="sm"),
        ], id=ids.DATA_IMPORT_ACTIONS, hidden=True, className="mt-2 data-import-actions"),
    ]
    return dbc.Card(dbc.CardBody(body), className="mb-3 data-card")


def reset_card(lang: str) -> dbc.Card:
    configured = settings().data_dir
    suffix = "dir" if configured is not None else "demo"
    help_text = t(f"data.reset_help_{suffix}", lang)
    enabled = uploads.uploads_enabled()
    button = dbc.Button(t(f"data.reset_button_{suffix}", lang), color="danger", outline=True, size="sm",
                        disabled=not enabled, className="data-reset-button")
    return dbc.Card(dbc.CardBody([
        html.H2(t("data.reset_title", lang), className="h5"),
        html.P(help_text, className="small"),
        # The browser asks for confirmation; without a token the button is inert (it has no callback then).
        dcc.ConfirmDialogProvider(button, id=ids.DATA_RESET, message=help_text) if enabled else button,
    ]), className="mb-3 data-card")


def report(outcome: uploads.UploadOutcome, lang: str) -> list:
    """The result of an upload or reset: one sentence, then every problem and note (file, column, rule, rows)."""
    if outcome.awaiting_apply:
        alert = dbc.Alert([html.Strong(t("data.import_preview_title", lang)), " ", outcome.imported.preview(lang)],
                          color="info", className="upload-result upload-preview")
    elif outcome.switched:
        version = outcome.dataset.fingerprint if outcome.dataset is not None else "?"
        summary = (t("data.switched", lang, tables=", ".join(outcome.tables), version=version) if outcome.tables
                   else t("data.reset_done", lang, version=version))
        imported = [html.Br(), outcome.imported.preview(lang)] if outcome.imported is not None else []
        alert = dbc.Alert([summary, *imported], color="success", className="upload-result upload-switched")
    else:
        problems = outcome.problems
        files = sorted({i.file for i in problems if i.file}) or list(outcome.files)
        summary = (t("data.refused", lang, count=len(problems), files=", ".join(files)) if files
                   else t("data.refused_plain", lang))
        alert = dbc.Alert(summary, color="danger", className="upload-result upload-refused")
    return [alert, issues_list(outcome.issues, lang)] if outcome.issues else [alert]


def import_cancelled(lang: str) -> list:
    return [dbc.Alert(t("data.import_cancelled", lang), color="secondary", className="upload-result")]


def issues_list(issues: tuple[Issue, ...], lang: str) -> html.Ol:
    """Every issue: where (file, column, rows) and which rule, then the message; file text stays plain text."""
    items = []
    for issue in issues:
        where = [html.Strong(issue.file or "–")]
        if issue.column:
            where += [" · ", t("data.report_column", lang), " ", html.Code(issue.column)]
        if issue.rows:
            where += [" · ", t("data.report_rows", lang), " ", ", ".join(map(str, issue.rows))]
        where += [" · ", html.Code(issue.rule, className="issue-rule")]
        if issue.warning:
            where += [" ", dbc.Badge(t("data.note", lang), color="secondary")]
        kind = "border-secondary issue-note" if issue.warning else "border-danger issue-problem"
        items.append(html.Li([html.Div(where, className="issue-where"), html.Div(issue.message(lang))],
                             className=f"border-start border-3 ps-2 mb-2 {kind}", **{"data-rule": issue.rule}))
    return html.Ol(items, className="list-unstyled small upload-issues mb-0")


# ---------------------------------------------------------------- the contract, for whoever prepares files


def contract_card(lang: str) -> dbc.Card:
    items = [
        dbc.AccordionItem([
            html.P([html.Strong(t("data.keys", lang) + ": "), ", ".join(spec.keys)], className="small mb-1"),
            html.Ul([html.Li(column_rule(column, lang), className="small" if column.required else "small fst-italic")
                     for column in spec.columns], className="mb-0 contract-columns"),
        ], title=f"{name}{' ' + t('data.optional_table', lang) if spec.optional else ''}")
        for name, spec in TABLES.items()
    ]
    return dbc.Card(dbc.CardBody([
        html.H2(t("data.contract_title", lang), className="h5"),
        html.P(t("data.contract_help", lang), className="small"),
        dbc.Accordion(items, start_collapsed=True, always_open=True, className="contract-accordion"),
    ]), className="mb-3 data-card")


def column_rule(column: ColumnSpec, lang: str) -> list:
    """A column and what it may hold, in the contract's own terms (codes, ranges)."""
    if column.allowed and column.kind != "region":
        rule = " | ".join(column.allowed)
    elif column.kind == "region":
        rule = "01–25"
    elif column.kind == "school_id":
        rule = t("data.seven_digits", lang)
    elif column.minimum is not None:
        rule = f"{column.minimum:g}–{column.maximum:g}"
    else:
        rule = column.kind
    return [html.Code(column.name), f": {rule}"]
