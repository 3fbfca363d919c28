"""One module per page, each a pure function `(Dataset, ViewState) -> View`: a page's whole answer, no Dash.

The callbacks only read the controls into the page's state, ask the view and hand its named parts
to Dash, so everything a page says can be tested without a server (tests/unit/views/).
"""
