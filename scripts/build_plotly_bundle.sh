#!/usr/bin/env bash
# Rebuild assets/plotly-observatory.min.js (and its .css) from the npm packages pinned in
# scripts/plotly_bundle/package-lock.json. Run after changing the plotly version in requirements.txt
# (keep plotly.js at the version it ships: python -c "import plotly.offline as o; print(o.get_plotlyjs_version())")
# or after a figure starts drawing a new trace type (add it to scripts/plotly_bundle/entry.js).
set -euo pipefail
cd "$(dirname "$0")/plotly_bundle"
npm ci --no-audit --no-fund --ignore-scripts --engine-strict=false
node build.mjs
