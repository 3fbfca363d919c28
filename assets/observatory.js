/* Client-side helpers of the observatory: written for this project, no external code. */
(function () {
  "use strict";

  // Language, presentation and data switches: reload the current view (its address holds every filter)
  // with one parameter changed, so the whole page is rebuilt in the chosen language or mode.
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-toggle-param]");
    if (!link) { return; }
    event.preventDefault();
    var params = new URLSearchParams(window.location.search);
    var name = link.getAttribute("data-toggle-param");
    var value = link.getAttribute("data-toggle-value");
    var isDefault = (name === "lang" && value === "es") || (name === "present" && value === "0") ||
      (name === "data" && value === "");
    if (isDefault) { params.delete(name); } else { params.set(name, value); }
    var query = params.toString();
    window.location.assign(window.location.pathname + (query ? "?" + query : ""));
  });

  // Dash's dropdown takes the keyboard focus on a hidden text box and names its button by value only; the year
  // sliders' typed ends have no name. Name them after their label, so screen readers and keyboards agree.
  function nameControls(page) {
    document.querySelectorAll(".dash-dropdown-wrapper").forEach(function (wrapper) {
      var target = wrapper.querySelector(".dash-dropdown-focus-target");
      var button = wrapper.querySelector("button.dash-dropdown");
      if (!target || !button || !button.id) { return; }
      var label = document.getElementById(button.id + "-label");
      var names = [label ? button.id + "-label" : "", button.id + "-value", button.id + "-value-count"]
        .filter(function (id) { return id && document.getElementById(id); }).join(" ");
      target.removeAttribute("aria-hidden");
      target.setAttribute("role", "combobox");
      target.setAttribute("aria-haspopup", "listbox");
      target.setAttribute("aria-expanded", button.getAttribute("aria-expanded") || "false");
      target.setAttribute("aria-labelledby", names);
      button.setAttribute("aria-labelledby", names);
    });
    document.querySelectorAll(".dash-range-slider-min-input").forEach(function (box) {
      box.setAttribute("aria-label", page.from);
    });
    document.querySelectorAll(".dash-range-slider-max-input").forEach(function (box) {
      box.setAttribute("aria-label", page.to);
    });
  }

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
      // Save the figure next to the button for a slide (PNG or SVG, 16:9): the figure on screen with the
      // changes the server prepared in meta.export (title, selection, source, synthetic mark, no controls).
      downloadImage: function (clicks, id) {
        if (!clicks) { return window.dash_clientside.no_update; }
        var holder = document.getElementById(id.graph);
        var plot = holder && holder.querySelector(".js-plotly-plot");
        if (plot && window.Plotly) {
          var changes = (plot.layout.meta && plot.layout.meta.export) || {};
          var figure = {data: plot.data, layout: Object.assign({}, plot.layout, changes)};
          var format = id.type === "svg-button" ? "svg" : "png";
          window.Plotly.downloadImage(figure, {format: format, width: changes.width || 1600,
                                               height: changes.height || 900, filename: id.graph});
        }
        return window.dash_clientside.no_update;
      },
      // The page's language on the document (tab title, lang attribute) and names for the controls whose
      // inner parts Dash leaves unnamed. Dash sets its own tab title (without the query) when a page opens,
      // so set it again once that has happened.
      pageLanguage: function (page) {
        if (!page || !page.title) { return window.dash_clientside.no_update; }
        var apply = function () {
          document.title = page.title;
          document.documentElement.lang = page.lang;
          nameControls(page);
        };
        apply();
        window.setTimeout(apply, 300);
        if (!window.observatoryNamer) {
          window.observatoryNamer = new MutationObserver(function () {
            window.requestAnimationFrame(function () { nameControls(window.observatoryPage || page); });
          });
          window.observatoryNamer.observe(document.body, {childList: true, subtree: true});
        }
        window.observatoryPage = page;
        return window.dash_clientside.no_update;
      },
      // The address of the view, for the "copy link" button (the address bar always holds the whole view).
      viewLink: function (clicks) {
        return clicks ? window.location.href : window.dash_clientside.no_update;
      },
      // The maps page: report each year the map's slider shows to the page (address bar, profile marker, CSV)
      // without redrawing the map, and play the frames from the year shown, catching the promise Plotly rejects
      // when a pause interrupts an animation (else a console error). dcc.Graph drops listeners when it
      // re-plots, so a light timer re-attaches them while the page is open.
      watchMapYears: function (figure, graphId, yearId) {
        var watch = window.observatoryMapYears = window.observatoryMapYears || {};
        watch.graphId = graphId;
        watch.yearId = yearId;
        var plotOf = function () {
          var holder = document.getElementById(watch.graphId);
          return holder && holder.querySelector(".js-plotly-plot");
        };
        if (watch.timer) { return window.dash_clientside.no_update; }
        watch.report = function (event) {
          var year = parseInt(event && event.step && event.step.label, 10);
          if (!isNaN(year)) { window.dash_clientside.set_props(watch.yearId, {data: year}); }
        };
        watch.press = function (event) {
          var plot = plotOf();
          var args = (event && event.button && event.button.args) || [];
          var quiet = function () { return null; };
          if (!plot || !window.Plotly) { return; }
          if (args[0] === "pause") {
            window.Plotly.animate(plot, [null], {mode: "immediate", frame: {duration: 0, redraw: false},
                                                 transition: {duration: 0}}).catch(quiet);
          } else if (args[0] === "play") {
            var slider = (plot.layout.sliders || [])[0];
            if (!slider) { return; }
            var names = slider.steps.map(function (step) { return step.args[0][0]; });
            var start = slider.active + 1 < names.length ? slider.active + 1 : 0;
            window.Plotly.animate(plot, names.slice(start), {
              mode: "immediate", frame: {duration: args[1], redraw: true}, transition: {duration: 0}
            }).catch(quiet);
          }
        };
        watch.timer = window.setInterval(function () {
          var plot = plotOf();
          if (!document.getElementById(watch.graphId)) {  // the user left the page
            window.clearInterval(watch.timer);
            watch.timer = null;
            return;
          }
          if (plot && plot._ev && plot._ev.listeners("plotly_sliderchange").indexOf(watch.report) < 0) {
            plot.on("plotly_sliderchange", watch.report);
            plot.on("plotly_buttonclicked", watch.press);
          }
        }, 400);
        return window.dash_clientside.no_update;
      },
      // The data page: after each answer, forget the browser's file selection, so choosing the same (fixed)
      // file again sends it again.
      forgetChosenFiles: function (_report, uploadId) {
        var holder = document.getElementById(uploadId);
        var input = holder && holder.querySelector("input[type=file]");
        if (input) { input.value = ""; }
        return window.dash_clientside.no_update;
      }
    }
  });
})();
