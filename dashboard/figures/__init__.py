"""Figure builders: DataFrame (+ options) in, plotly Figure out; no Dash imports, testable without a server."""
