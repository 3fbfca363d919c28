"""The bundled region shapes: complete, valid, light, in the right place, and keyed like dashboard.regions."""
from __future__ import annotations

import shapely
from shapely.geometry import Point

from dashboard.geo import (
    REGIONS_FILE,
    fit_view,
    map_view,
    peru_bounds,
    region_centroids,
    regions_geodataframe,
    regions_geojson,
)
from dashboard.regions import BY_CODE, REGION_CODES, REGION_NAMES

PERU_BOX = (-81.5, -18.5, -68.5, 0.1)  # west, south, east, north
UTM_18S = "EPSG:32718"  # metric CRS for areas


def test_25_valid_polygons():
    gdf = regions_geodataframe()
    assert len(gdf) == 25
    assert set(gdf.geometry.geom_type) <= {"Polygon", "MultiPolygon"}
    assert gdf.geometry.is_valid.all()
    assert not gdf.geometry.is_empty.any()


def test_codes_names_and_iso_match_dashboard_regions():
    gdf = regions_geodataframe()
    assert sorted(gdf["region_code"]) == sorted(REGION_CODES)
    assert dict(zip(gdf["region_code"], gdf["name"], strict=True)) == REGION_NAMES
    assert all(BY_CODE[code].iso == iso for code, iso in zip(gdf["region_code"], gdf["iso"], strict=True))


def test_crs_is_wgs84():
    assert regions_geodataframe().crs.to_epsg() == 4326


def test_bounds_inside_peru():
    west, south, east, north = regions_geodataframe().total_bounds
    box_west, box_south, box_east, box_north = PERU_BOX
    assert box_west <= west < east <= box_east
    assert box_south <= south < north <= box_north


def test_file_is_light():
    assert REGIONS_FILE.stat().st_size < 200 * 1024


def test_callao_present_and_smallest():
    gdf = regions_geodataframe().set_index("region_code")
    km2 = gdf.geometry.to_crs(UTM_18S).area / 1e6
    assert km2.idxmin() == "07"
    assert 20 < km2["07"] < 300  # Callao is ~150 km²; Lima ~35,000
    assert gdf.geometry["07"].distance(gdf.geometry["15"]) < 1e-6  # Callao touches Lima


def test_regions_neither_overlap_nor_leave_gaps():
    gdf = regions_geodataframe()
    assert shapely.coverage_is_valid(gdf.geometry.values)
    outline = gdf.union_all()
    parts = getattr(outline, "geoms", [outline])
    assert all(len(part.interiors) == 0 for part in parts)


def test_label_points_inside_their_region():
    polygons = regions_geodataframe().set_index("region_code").geometry
    points = region_centroids()
    assert list(points.columns) == ["region_code", "lon", "lat"]
    assert sorted(points["region_code"]) == sorted(REGION_CODES)
    for row in points.itertuples():
        assert polygons[row.region_code].contains(Point(row.lon, row.lat)), row.region_code


def test_geojson_ids_are_region_codes_and_shared():
    geojson = regions_geojson()
    assert geojson["type"] == "FeatureCollection"
    ids = [feature["id"] for feature in geojson["features"]]
    assert sorted(ids) == sorted(REGION_CODES)
    assert all(f["id"] == f["properties"]["region_code"] for f in geojson["features"])
    assert regions_geojson() is geojson  # parsed once per process


def test_map_view_frames_peru():
    view = map_view()
    west, south, east, north = PERU_BOX
    assert west < view["center"]["lon"] < east
    assert south < view["center"]["lat"] < north
    assert 3.5 < view["zoom"] < 6.5
    assert map_view(300, 350)["zoom"] < view["zoom"]  # a smaller map zooms out


def test_fit_view_of_a_box_on_the_equator_worked_by_hand():
    # A box 10° wide from 80°W to 70°W, and from 5°S to 5°N (Mercator y from -0.08738 to 0.08738 radians).
    # 600 × 400 px with no padding: zoom by width log2(600·360 / (512·10)) = log2(42.1875) = 5.398;
    # by height log2(400·2π / (512·0.174758)) = log2(28.089) = 4.812; the smaller fits both: 4.81 (floored).
    view = fit_view((-80.0, -5.0, -70.0, 5.0), 600, 400, padding=0)
    assert view == {"center": {"lat": 0.0, "lon": -75.0}, "zoom": 4.81}
    # Twice as tall leaves the width as the limit; a padding of 25% per side halves the room (one zoom level less).
    assert fit_view((-80.0, -5.0, -70.0, 5.0), 600, 800, padding=0)["zoom"] == 5.39
    assert fit_view((-80.0, -5.0, -70.0, 5.0), 600, 800, padding=0.25)["zoom"] == 4.39


def test_peru_fits_a_presenting_panel_closer_than_a_small_card():
    # Peru spans 81.33°W–68.65°W (12.67°) and 18.35°S–0.04°S: Mercator y from -0.3260 to -0.0007 (0.3253).
    west, south, east, north = peru_bounds()
    assert (round(east - west, 2), round(north - south, 2)) == (12.67, 18.31)
    # 400 × 540 px, 5% padding: by width log2(360·360 / (512·12.67)) = 4.32, by height
    # log2(486·2π / (512·0.3253)) = 4.196: the height limits, 4.19. At 1200 × 800: log2(720·2π / 166.6) = 4.763.
    assert fit_view(peru_bounds(), 400, 540)["zoom"] == 4.19
    assert fit_view(peru_bounds(), 1200, 800)["zoom"] == 4.76
