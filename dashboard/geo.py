"""Peru's 25 regions as map shapes: the bundled GeoJSON, label points and a map view that frames the country.

The file, data/geo/peru_regions.geojson, is built by scripts/build_geo.py from INEI's official
department boundaries. Each feature's ``id`` is the INEI region code ("01".."25" of dashboard.regions), so a map
figure draws it with::

    go.Choroplethmap(geojson=regions_geojson(), locations=codes, z=values, featureidkey="id")
    fig.update_layout(map={"style": "white-bg", **map_view()})

``white-bg`` needs no tile server, so the map also works offline.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import pandas as pd

from dashboard.config import GEO_DIR

if TYPE_CHECKING:
    import geopandas as gpd

REGIONS_FILE = GEO_DIR / "peru_regions.geojson"

_TILE_PX = 512  # MapLibre draws the whole world 512 px wide at zoom 0


@lru_cache(maxsize=1)
def regions_geodataframe() -> gpd.GeoDataFrame:
    """The 25 regions (region_code, name, iso, geometry; EPSG:4326), read once per process.

    Shared by every caller, so treat it as read-only: ``.copy()`` it before adding columns.
    """
    import geopandas as gpd  # only the maps need shapes; the first page need not wait for geopandas

    gdf = gpd.read_file(REGIONS_FILE)
    return gdf[["region_code", "name", "iso", "geometry"]].sort_values("region_code", ignore_index=True)


@lru_cache(maxsize=1)
def regions_geojson() -> dict[str, Any]:
    """The GeoJSON FeatureCollection as a plain dict (features keyed by ``id`` = region code).

    Loaded once and the same object returned every time, so all map figures in a process share one
    copy of the ~100 KB of shapes instead of each parsing its own. Do not modify it.
    """
    with REGIONS_FILE.open(encoding="utf-8") as f:
        return json.load(f)


def region_centroids() -> pd.DataFrame:
    """One label point per region (region_code, lon, lat).

    Uses representative points rather than centroids: they are guaranteed to lie inside the region,
    which matters for concave shapes and for multi-part ones such as Callao.
    """
    gdf = regions_geodataframe()
    points = gdf.geometry.representative_point()
    return pd.DataFrame({"region_code": gdf["region_code"], "lon": points.x, "lat": points.y})


def _mercator_y(lat: float) -> float:
    """Web-Mercator y (radians) of a latitude in degrees."""
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def peru_bounds() -> tuple[float, float, float, float]:
    """(west, south, east, north) of the 25 regions in degrees, rounded to 0.001° (about 100 m)."""
    west, south, east, north = regions_geodataframe().total_bounds
    return tuple(round(float(v), 3) for v in (west, south, east, north))


def fit_view(bounds: tuple[float, float, float, float], width_px: float, height_px: float,
             padding: float = 0.05) -> dict[str, Any]:
    """Center and zoom that fit `bounds` (west, south, east, north) in a map of the given size in pixels.

    The same arithmetic runs in the browser (assets/observatory.js, fitMaps) on the map's real size, since
    MapLibre maps in Plotly cannot fit bounds themselves; `padding` is the share of each side left empty.
    Zoom z shows 512·2^z px per 360° of longitude and per 2π of Web-Mercator y.
    """
    west, south, east, north = bounds
    y_south, y_north = _mercator_y(south), _mercator_y(north)
    usable = 1 - 2 * padding
    zoom_x = math.log2(width_px * usable * 360 / (_TILE_PX * (east - west)))
    zoom_y = math.log2(height_px * usable * 2 * math.pi / (_TILE_PX * (y_north - y_south)))
    center_lat = math.degrees(2 * math.atan(math.exp((y_south + y_north) / 2)) - math.pi / 2)
    return {
        "center": {"lat": round(center_lat, 3), "lon": round((west + east) / 2, 3)},
        "zoom": math.floor(min(zoom_x, zoom_y) * 100) / 100,
    }


def map_view(width_px: int = 600, height_px: int = 700, padding: float = 0.05) -> dict[str, Any]:
    """Center and zoom that fit Peru in a map of the given size in pixels, with a margin (share of each side)."""
    return fit_view(peru_bounds(), width_px, height_px, padding)
