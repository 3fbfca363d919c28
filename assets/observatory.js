/* Client-side helpers of the observatory: written for this project, no external code. */
(function () {
  "use strict";

  // Language and presentation switches: reload the current view (its address holds every filter)
  // with one parameter changed, so the whole page is rebuilt in the chosen language or mode.
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-toggle-param]");
    if (!link) { return; }
    event.preventDefault();
    var params = new URLSearchParams(window.location.search);
    var name = link.getAttribute("data-toggle-param");
    var value = link.getAttribute("data-toggle-value");
    var isDefault = (name === "lang" && value === "es") || (name === "present" && value === "0");
    if (isDefault) { params.delete(name); } else { params.set(name, value); }
    var query = params.toString();
    window.location.assign(window.location.pathname + (query ? "?" + query : ""));
  });

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    observatory: {
      // Keep the address bar equal to the view without reloading or adding history entries.
      syncAddress: function (query) {
        if (typeof query !== "string") { return window.dash_clientside.no_update; }
        var target = window.location.pathname + query;
        if (target !== window.location.pathname + window.location.search) {
          window.history.replaceState(window.history.state, "", target);
        }
        return window.dash_clientside.no_update;
      },
      // Save the figure next to the button as a PNG sized for slides (16:9).
      downloadPng: function (clicks, id) {
        if (!clicks) { return window.dash_clientside.no_update; }
        var holder = document.getElementById(id.graph);
        var plot = holder && holder.querySelector(".js-plotly-plot");
        if (plot && window.Plotly) {
          window.Plotly.downloadImage(plot, {format: "png", width: 1600, height: 900, filename: id.graph});
        }
        return window.dash_clientside.no_update;
      }
    }
  });
})();
