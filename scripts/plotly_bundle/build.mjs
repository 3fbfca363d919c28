// Builds assets/plotly-observatory.min.js (+ .css: MapLibre's map controls) from the pinned npm packages.
// Same esbuild settings as plotly.js's own dist build, minus the WebGL plugins no trace here needs.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const version = JSON.parse(readFileSync("node_modules/plotly.js/package.json", "utf8")).version;
// The trace types registered by entry.js; tests/unit/test_plotly_bundle.py checks the figures use no others.
const traces = [...readFileSync("entry.js", "utf8").matchAll(/require\("plotly\.js\/lib\/(?!core")(\w+)"\)/g)].map((m) => m[1]);
traces.push("scatter"); // always part of plotly.js's core

await build({
  entryPoints: ["entry.js"],
  outfile: "../../assets/plotly-observatory.min.js",
  bundle: true,
  minify: true,
  format: "iife",
  globalName: "Plotly",
  target: "es2016",
  define: { global: "window", "define.amd": "false", "process.env.NODE_DEBUG": "false" },
  banner: { js: `/* plotly.js ${version}, traces: ${traces.sort().join(",")}. Built by scripts/build_plotly_bundle.sh. */` },
  legalComments: "eof",
  logLevel: "info",
});
