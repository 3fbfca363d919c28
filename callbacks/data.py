"""Callbacks of the data page: an upload or a reset, then the report and the data in service."""
from __future__ import annotations

from dash import ClientsideFunction, Input, Output, State, callback, clientside_callback, ctx

from dashboard import answer_cache, uploads
from dashboard.views.data import DataState
from layouts import _ids as ids
from layouts._components import current_dataset, synthetic_banner
from layouts.data import in_service_panel, report

answer_cache.register_action(ids.DATA_REPORT)  # an upload or reset acts: never answered from the cache


@callback(
    Output(ids.DATA_REPORT, "children"), Output(ids.DATA_IN_SERVICE, "children"), Output(ids.DATA_BANNER, "children"),
    Output(ids.DATA_UPLOAD, "contents"),
    Input(ids.DATA_UPLOAD, "contents"), Input(ids.DATA_RESET, "submit_n_clicks"),
    State(ids.DATA_UPLOAD, "filename"), State(ids.DATA_TOKEN, "value"), State(ids.DATA_CONTEXT, "data"),
    prevent_initial_call=True,
)
def change_data(contents, _reset_clicks, filenames, token, context):
    """Upload or reset (admins only); every answer shows the data in service afterwards, switched or not."""
    lang = context["lang"]
    if ctx.triggered_id == ids.DATA_RESET:
        outcome = uploads.reset_data(token)
    else:
        outcome = uploads.receive_upload(contents, filenames, token)
    data, error = ((outcome.dataset, None) if outcome.dataset is not None
                   else current_dataset(DataState.from_context(context).but(data="")))  # never the demo of ?data=
    # Clearing the upload lets the same files be sent again after they are fixed.
    return report(outcome, lang), in_service_panel(data, error, lang), synthetic_banner(data, lang), None


clientside_callback(
    ClientsideFunction("observatory", "forgetChosenFiles"),
    Output(ids.DATA_UPLOAD, "className"),  # a stand-in: the real effect is on the file input
    Input(ids.DATA_REPORT, "children"), State(ids.DATA_UPLOAD, "id"),
    prevent_initial_call=True,
)
