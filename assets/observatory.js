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
    nameMapYearSlider();
  }

  // ---- The maps page (mapControls below) ----
  var MAP_FRAME_MS = 800;  // a year per 0.8 s while playing: slow enough to read the colour bar
  var MAP_REPORT_MS = 300;  // the year shown must rest this long before the page follows it
  var MAP_TILE_PX = 512;  // MapLibre draws the whole world 512 px wide at zoom 0
  var quiet = function () { return null; };  // Plotly rejects an animation another one interrupts: not an error

  function mapPlot(map) {
    var holder = document.getElementById(map.graphId);
    return holder && holder.querySelector(".js-plotly-plot");
  }

  // What the figure tells this script (dashboard/figures/maps.py): the year shown, every year, the bounds to fit.
  function mapFacts(data) {
    var outline = (data || []).filter(function (trace) { return trace.name === "highlight"; })[0];
    return (outline && outline.meta) || {};
  }

  // Center and zoom fitting bounds [west, south, east, north] in width × height px: dashboard.geo.fit_view.
  function fitView(bounds, width, height, padding) {
    var mercator = function (lat) { return Math.log(Math.tan(Math.PI / 4 + lat * Math.PI / 360)); };
    var ySouth = mercator(bounds[1]), yNorth = mercator(bounds[3]), usable = 1 - 2 * padding;
    var zoomX = Math.log2(width * usable * 360 / (MAP_TILE_PX * (bounds[2] - bounds[0])));
    var zoomY = Math.log2(height * usable * 2 * Math.PI / (MAP_TILE_PX * (yNorth - ySouth)));
    var lat = (2 * Math.atan(Math.exp((ySouth + yNorth) / 2)) - Math.PI / 2) * 180 / Math.PI;
    return {center: {lat: Math.round(lat * 1000) / 1000, lon: Math.round((bounds[0] + bounds[2]) * 500) / 1000},
            zoom: Math.floor(Math.min(zoomX, zoomY) * 100) / 100};
  }

  // Every map of the figure zoomed to fit Peru in its own part of the plot area, as measured now.
  function fitMaps(plot) {
    var full = plot && plot._fullLayout;
    var fit = plot && mapFacts(plot.data).fit;
    if (!full || !full._size || !fit || !window.Plotly) { return; }
    var update = {};
    Object.keys(full).filter(function (key) { return /^map\d*$/.test(key) && full[key].domain; })
      .forEach(function (key) {
        var domain = full[key].domain, now = full[key];
        var view = fitView(fit.bounds, full._size.w * (domain.x[1] - domain.x[0]),
                           full._size.h * (domain.y[1] - domain.y[0]), fit.padding);
        if (Math.abs(now.zoom - view.zoom) > 0.005 || Math.abs(now.center.lat - view.center.lat) > 0.001 ||
            Math.abs(now.center.lon - view.center.lon) > 0.001) {
          update[key + ".zoom"] = view.zoom;
          update[key + ".center"] = view.center;
        }
      });
    if (Object.keys(update).length) { window.Plotly.relayout(plot, update).catch(quiet); }
  }

  // The outline traces (named "highlight", the last of each map) drawn around `region`, or around nothing.
  function outlineRegion(plot, region) {
    if (!plot || !plot.data || !window.Plotly) { return; }
    var outlines = [];
    plot.data.forEach(function (trace, index) { if (trace.name === "highlight") { outlines.push(index); } });
    if (!outlines.length) { return; }
    var locations = region ? [region] : [];
    window.Plotly.restyle(plot, {locations: outlines.map(function () { return locations; }),
                                 z: outlines.map(function () { return locations.map(function () { return 1; }); })},
                          outlines).catch(quiet);
  }

  // Run `then` once the figure is on screen (dcc.Graph draws it after the callback that sent it) and MapLibre has
  // loaded its maps: a view set before that is lost when the map starts.
  function mapsLoaded(plot) {
    var full = plot && plot._fullLayout;
    if (!full || !full._size) { return false; }
    var maps = Object.keys(full).filter(function (key) { return /^map\d*$/.test(key); });
    return maps.length > 0 && maps.every(function (key) {
      var subplot = full[key]._subplot;
      return subplot && subplot.map && subplot.map.loaded();
    });
  }

  function whenMapDrawn(map, then) {
    var tries = 0;
    var look = function () {
      var plot = mapPlot(map);
      if (mapsLoaded(plot) && mapFacts(plot.data).fit) {
        window.requestAnimationFrame(function () { then(plot); });
      } else if (tries++ < 300) {
        window.setTimeout(look, 50);
      }
    };
    look();
  }

  // A resized window resizes the graph (dcc.Graph follows its box): fit Peru again once that has settled.
  function watchMapSize(map) {
    if (map.resizing) { return; }
    var pending = null;
    map.resizing = function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () { fitMaps(mapPlot(map)); }, 250);
    };
    window.addEventListener("resize", map.resizing);
  }

  // Show `year` from the frame already in the browser, and tell the page which year is shown. The slider moves a
  // year at a time (Dash's slider takes arrow keys only with a step); a year without data moves on to the next
  // year with data in the same direction.
  function showMapYear(map, year) {
    var plot = mapPlot(map);
    var frames = plot && plot._transitionData && plot._transitionData._frameHash;
    if (!frames || !window.Plotly) { return; }
    if (!frames[String(year)]) {
      var years = mapYears(map), later = year > map.year;
      var next = later ? years.filter(function (y) { return y > year; })[0]
        : years.filter(function (y) { return y < year; }).pop();
      var target = next !== undefined ? next : map.year;
      if (target !== undefined) { window.dash_clientside.set_props(map.sliderId, {value: target}); }
      if (target === undefined || target === map.year) { return; }
      year = target;
    }
    if (year !== map.year) {
      // The year written on the map, and its copy in what a PNG or SVG saved now will show: set in the layout
      // before the animation, whose redraw draws it (a relayout of its own would redraw the map once more).
      var exported = plot.layout.meta && plot.layout.meta.export;
      [plot.layout.annotations, exported && exported.annotations].forEach(function (notes) {
        (notes || []).forEach(function (note) { if (note.name === "year") { note.text = String(year); } });
      });
      window.Plotly.animate(plot, [String(year)], {mode: "immediate", frame: {duration: 0, redraw: true},
                                                   transition: {duration: 0}}).catch(quiet);
    }
    map.year = year;
    var wrapper = document.getElementById(map.sliderId);
    var slider = wrapper && wrapper.closest(".map-year-slider");
    window.dash_clientside.set_props(map.shownId, {children: ((slider && slider.dataset.prefix) || "") + year});
    // The page (address, profile marker, CSV) hears of the year once it rests: stepping through years with the
    // arrow keys asks the server once, not once a year, and leaves the browser free to repaint the map.
    window.clearTimeout(map.reporting);
    map.reporting = window.setTimeout(function () {
      window.dash_clientside.set_props(map.yearId, {data: year});
    }, MAP_REPORT_MS);
  }

  function mapYears(map) {
    var plot = mapPlot(map);
    return (plot && mapFacts(plot.data).years) || [];
  }

  function playButton(map, playing) {
    var button = document.getElementById(map.playId);
    if (!button) { return; }
    window.dash_clientside.set_props(map.playId, {
      children: playing ? button.dataset.pause : button.dataset.play, "aria-pressed": playing ? "true" : "false"
    });
  }

  // Play from the year after the one shown (from the first when the last is shown) to the last, then stop.
  function startPlaying(map) {
    var years = mapYears(map);
    if (years.length < 2) { return; }
    var index = years.indexOf(map.year);
    if (index < 0 || index >= years.length - 1) { index = -1; }
    var step = function () {
      index += 1;
      if (index >= years.length || !mapPlot(map)) { stopPlaying(map); return; }
      showMapYear(map, years[index]);
      window.dash_clientside.set_props(map.sliderId, {value: years[index]});
      if (index === years.length - 1) { stopPlaying(map); }
    };
    map.playing = window.setInterval(step, MAP_FRAME_MS);
    playButton(map, true);
    step();
  }

  function stopPlaying(map) {
    if (!map.playing) { return; }
    window.clearInterval(map.playing);
    map.playing = null;
    playButton(map, false);
  }

  // dcc.Slider takes no name of its own: give the map's year slider the one its wrapper holds, and the year.
  function nameMapYearSlider() {
    document.querySelectorAll(".map-year-slider").forEach(function (wrapper) {
      wrapper.querySelectorAll("[role=slider]").forEach(function (handle) {
        if (handle.getAttribute("aria-label") !== wrapper.dataset.label) {
          handle.setAttribute("aria-label", wrapper.dataset.label);
        }
      });
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
      // The maps page's controls, all in the browser: the year slider and play button show a year from the frames
      // the figure already holds (no server round trip), the region picked is outlined, and Peru is fitted to
      // the map's real size. The year shown goes to the page (address bar, profile marker, CSV) through its store.
      mapControls: function (figure, year, _clicks, region, graphId, sliderId, yearId, playId, shownId,
                             regionId) {
        var map = window.observatoryMap = window.observatoryMap || {};
        var fresh = map.graphId !== graphId || !document.getElementById(graphId);
        Object.assign(map, {graphId: graphId, sliderId: sliderId, yearId: yearId, playId: playId,
                            shownId: shownId, region: region || ""});
        var fired = (window.dash_clientside.callback_context.triggered || []).map(function (trigger) {
          return trigger.prop_id;
        });
        var all = fresh || !fired.some(function (id) { return id && id !== "."; });
        var by = function (id, prop) { return all || fired.indexOf(id + "." + prop) >= 0; };
        watchMapSize(map);
        // dcc.Graph sends its figure back after each zoom, pan or restyle (same traces): only a figure the server
        // drew (new traces) is fitted, so a user's zoom stays.
        if (by(graphId, "figure") && figure && figure.data !== map.drawn) {
          map.drawn = figure.data;
          stopPlaying(map);
          map.year = mapFacts(figure.data).year;
          whenMapDrawn(map, function (plot) { fitMaps(plot); outlineRegion(plot, map.region); });
        }
        if (by(sliderId, "value") && typeof year === "number") { showMapYear(map, year); }
        if (!all && by(playId, "n_clicks")) {
          if (map.playing) { stopPlaying(map); } else { startPlaying(map); }
        }
        if (!all && by(regionId, "value")) { outlineRegion(mapPlot(map), map.region); }
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
