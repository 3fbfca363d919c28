"""The floor of scripts/bench_callbacks.py: a Dash app whose only callback returns a 5-trace figure.

Nothing of the observatory runs in it, so its answer time is what Dash, Flask, Plotly's
figure classes and gunicorn cost by themselves; page callbacks are reported as multiples
of it. Served like the observatory (same gunicorn.conf.py, compression on):

    PYTHONPATH=scripts GUNICORN_WARM_UP=0 gunicorn floor_app:server
"""
from __future__ import annotations

import plotly.graph_objects as go
from dash import Dash, Input, Output, dcc, html

POINTS = list(range(2000, 2025))  # 25 years, as the trends page draws them

app = Dash(__name__, compress=True, serve_locally=True)
server = app.server
app.layout = html.Div([dcc.Input(id="floor-input", type="number", value=1), dcc.Graph(id="floor-graph")])


@app.callback(Output("floor-graph", "figure"), Input("floor-input", "value"))
def five_traces(value):
    shift = float(value or 0)
    return go.Figure([go.Scatter(x=POINTS, y=[shift + trace + year % 7 for year in POINTS], name=f"serie {trace}",
                                 mode="lines+markers") for trace in range(5)])
