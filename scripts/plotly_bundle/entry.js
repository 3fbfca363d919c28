// plotly.js with only the trace types the observatory draws (dashboard/figures/), for dcc.Graph:
// defined as window.Plotly before the graphs load, so Dash never fetches its full 4.8 MB copy.
// The Spanish texts come with each graph's config (dashboard/figures/theme.py), not from here.
var Plotly = require("plotly.js/lib/core");

Plotly.register([
  require("plotly.js/lib/bar"),
  require("plotly.js/lib/box"),
  require("plotly.js/lib/heatmap"),
  require("plotly.js/lib/sankey"),
  require("plotly.js/lib/choroplethmap"),
]);

module.exports = Plotly;
