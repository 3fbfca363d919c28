"""Callbacks of the page shell: address bar, small-screen navbar, definitions drawer, image downloads, view link."""
from dash import MATCH, ClientsideFunction, Input, Output, State, callback, clientside_callback

from layouts import _ids as ids

clientside_callback(
    ClientsideFunction("observatory", "syncAddress"),
    Output(ids.per_page(ids.ADDRESS_SYNCED, MATCH), "data"),  # the real output is the address bar
    Input(ids.per_page(ids.VIEW_QUERY, MATCH), "data"),
)

clientside_callback(
    ClientsideFunction("observatory", "pageLanguage"),
    Output(ids.per_page(ids.TAB_TITLE, MATCH), "id"),  # the real outputs: the document's title and language
    Input(ids.per_page(ids.TAB_TITLE, MATCH), "data"),
)

for button in (ids.PNG_BUTTON, ids.SVG_BUTTON):
    clientside_callback(
        ClientsideFunction("observatory", "downloadImage"),
        Output({"type": button, "graph": MATCH}, "title"),
        Input({"type": button, "graph": MATCH}, "n_clicks"),
        State({"type": button, "graph": MATCH}, "id"),
        prevent_initial_call=True,
    )

clientside_callback(
    ClientsideFunction("observatory", "viewLink"),
    Output({"type": ids.LINK_COPY, "graph": MATCH}, "content"),
    Input({"type": ids.LINK_COPY, "graph": MATCH}, "n_clicks"),
    prevent_initial_call=True,
)


@callback(Output(ids.NAV_COLLAPSE, "is_open"), Input(ids.NAV_TOGGLER, "n_clicks"), State(ids.NAV_COLLAPSE, "is_open"),
          prevent_initial_call=True)
def toggle_navbar(_clicks, is_open):
    """Open or close the page list on narrow screens."""
    return not is_open


@callback(Output(ids.per_page(ids.DEFINITIONS, MATCH), "is_open"),
          Input(ids.per_page(ids.DEFINITIONS_OPEN, MATCH), "n_clicks"),
          State(ids.per_page(ids.DEFINITIONS, MATCH), "is_open"), prevent_initial_call=True)
def toggle_definitions(_clicks, is_open):
    """Show or hide the drawer with the indicator's definition and sources."""
    return not is_open
