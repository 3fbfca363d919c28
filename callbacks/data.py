"""Callbacks of the data page: an upload or a reset, then the report and the data in service."""
from __future__ import annotations

from dash import ClientsideFunction, Input, Output, State, callback, clientside_callback, ctx, no_update

from dashboard import answer_cache, uploads
from dashboard.views.data import DataState
from layouts import _ids as ids
from layouts._components import current_dataset, synthetic_banner
from layouts.data import import_cancelled, in_service_panel, report

answer_cache.register_action(ids.DATA_REPORT)  # an upload or reset acts: never answered from the cache


@callback(
    Output(ids.DATA_REPORT, "children"), Output(ids.DATA_IN_SERVICE, "children"), Output(ids.DATA_BANNER, "children"),
    Output(ids.DATA_UPLOAD, "contents"), Output(ids.DATA_IMPORT_ACTIONS, "hidden"),
    Input(ids.DATA_UPLOAD, "contents"), Input(ids.DATA_RESET, "submit_n_clicks"),
    Input(ids.DATA_IMPORT_APPLY, "n_clicks"), Input(ids.DATA_IMPORT_CANCEL, "n_clicks"),
    State(ids.DATA_UPLOAD, "filename"), State(ids.DATA_TOKEN, "value"), State(ids.DATA_IMPORT_YEAR, "value"),
    State(ids.DATA_CONTEXT, "data"),
    prevent_initial_call=True,
)
def change_data(contents, _reset_clicks, _apply_clicks, _cancel_clicks, filenames, token, year, context):
    """Upload, apply previewed official files, or reset (admins only); every answer shows the data in service."""
    lang = context["lang"]
    if ctx.triggered_id == ids.DATA_IMPORT_CANCEL:
        return import_cancelled(lang), no_update, no_update, None, True
    if ctx.triggered_id == ids.DATA_RESET:
        outcome = uploads.reset_data(token)
    else:
        outcome = uploads.receive_upload(contents, filenames, token, year=year,
                                         apply=ctx.triggered_id == ids.DATA_IMPORT_APPLY)
    data, error = ((outcome.dataset, None) if outcome.dataset is not None
                   else current_dataset(DataState.from_context(context).but(data="")))  # never the demo of ?data=
    # Previewed files stay in the browser until applied; otherwise clearing lets fixed files be sent again.
    waiting = outcome.awaiting_apply
    return (report(outcome, lang), in_service_panel(data, error, lang), synthetic_banner(data, lang),
            no_update if waiting else None, not waiting)


clientside_callback(
    ClientsideFunction("observatory", "forgetChosenFiles"),
    Output(ids.DATA_UPLOAD, "className"),  # a stand-in: the real effect is on the file input
    Input(ids.DATA_REPORT, "children"), State(ids.DATA_UPLOAD, "id"),
    prevent_initial_call=True,
)
