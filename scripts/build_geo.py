"""Rebuild data/geo/peru_regions.geojson: Peru's 25 regions (INEI departments), light enough for a web map.

Source: INEI's official department boundaries (DEMARCACION, base 2018), the shapefile
``DEPARTAMENTOS.shp`` (with its .dbf, .shx, .prj) whose field ``IDDPTO`` is the INEI department
code "01".."25", the codes of ``dashboard.regions``; WGS84. It is about 5 MB, so it is not kept in
the repository: ``data/geo/README.md`` says where it comes from and gives its checksums.

INEI's polygons are drawn one by one, so neighbours do not match exactly (slivers, small overlaps),
and six lakes belong to no department. The build cleans them into a coverage (overlaps and slivers
go to the neighbour with the longest shared border; each lake to the department with the longest
shore on it), simplifies the coverage (shared borders are simplified once, so neighbours keep
meeting without gaps or overlaps), snaps to a 1e-4 degree grid (about 11 m) and checks: every
region valid, present, close to its source area. Output: a GeoJSON FeatureCollection in WGS84, one
feature per line, ``id`` = INEI code, properties {region_code, name, iso}.

Usage (from the repository root)::

    python scripts/build_geo.py --source path/to/DEPARTAMENTOS.shp
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pyogrio
import shapely
from shapely.geometry import mapping

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.regions import BY_CODE, REGION_CODES  # noqa: E402  (needs the sys.path line above)

OUTPUT = ROOT / "data" / "geo" / "peru_regions.geojson"
CODE_FIELD = "IDDPTO"

TOLERANCE = 0.015  # degrees; coverage (Visvalingam-Whyatt) tolerance, ~1.5 km: gives a file of about 130 KB
SLIVER = 0.002  # degrees (~200 m): gaps narrower than this between two departments are drawing slivers
GRID = 1e-4  # degrees; coordinates are snapped to this grid and written with 4 decimals
MIN_AREA_RATIO = 0.85  # a region that keeps less of its source area than this has been damaged


def read_source(shapefile: Path) -> dict[str, shapely.Geometry]:
    """INEI's department polygons keyed by IDDPTO, checked against the 25 codes of dashboard.regions."""
    frame = pyogrio.read_dataframe(shapefile, columns=[CODE_FIELD])
    if frame.crs is None or frame.crs.to_epsg() != 4326:
        raise SystemExit(f"{shapefile}: expected WGS84 (EPSG:4326), found {frame.crs}")
    codes = [str(code).zfill(2) for code in frame[CODE_FIELD]]
    if sorted(codes) != sorted(REGION_CODES):
        raise SystemExit(f"{shapefile}: {CODE_FIELD} codes {sorted(codes)} are not the 25 INEI departments")
    return dict(zip(codes, frame.geometry.values, strict=True))


def clean(regions: dict[str, shapely.Geometry]) -> dict[str, shapely.Geometry]:
    """Make the departments a coverage: no overlaps, no slivers, identical shared edges, no holes between them."""
    codes = sorted(regions)
    cleaned = list(shapely.coverage_clean(np.array([regions[c] for c in codes], dtype=object), gap_width=SLIVER))
    outline = shapely.union_all(cleaned)
    for part in getattr(outline, "geoms", [outline]):
        for ring in part.interiors:  # a lake in no department: it goes to the one with the longest shore on it
            lake = shapely.Polygon(ring)
            shores = [shapely.length(shapely.intersection(shapely.boundary(g), ring)) for g in cleaned]
            owner = int(np.argmax(shores))
            cleaned[owner] = shapely.union(cleaned[owner], lake)
    return dict(zip(codes, cleaned, strict=True))


def simplify(regions: dict[str, shapely.Geometry], tolerance: float) -> dict[str, shapely.Geometry]:
    """Simplify the regions together (shared borders stay shared), snap to the grid, keep them valid."""
    codes = list(regions)
    geoms = np.array([regions[c] for c in codes], dtype=object)
    if not shapely.coverage_is_valid(geoms):
        raise SystemExit("the cleaned departments still overlap or do not share their edges exactly")
    simple = shapely.coverage_simplify(geoms, tolerance)
    simple = shapely.set_precision(simple, GRID)
    simple = np.array([g if g.is_valid else shapely.make_valid(g, method="structure") for g in simple], dtype=object)
    return dict(zip(codes, simple, strict=True))


def check_result(source: dict[str, shapely.Geometry], simple: dict[str, shapely.Geometry]) -> None:
    """Fail if a region vanished, is invalid or not polygonal, or lost too much of its area."""
    problems = []
    for code, geom in simple.items():
        ratio = geom.area / source[code].area
        if geom.is_empty or not geom.is_valid or geom.geom_type not in ("Polygon", "MultiPolygon"):
            problems.append(f"{code}: {geom.geom_type}, valid={geom.is_valid}, empty={geom.is_empty}")
        elif not MIN_AREA_RATIO <= ratio <= 1 / MIN_AREA_RATIO:
            problems.append(f"{code}: area changed by a factor {ratio:.2f}")
    if problems:
        raise SystemExit("simplified geometry failed its checks:\n  " + "\n  ".join(problems))


def _rounded(value):
    """Coordinates nested in lists, rounded to the grid's 4 decimals (shortest float text)."""
    if isinstance(value, float):
        return round(value, 4)
    return [_rounded(v) for v in value]


def write_geojson(regions: dict[str, shapely.Geometry], path: Path) -> None:
    """Write the FeatureCollection, features in INEI order, one per line (readable diffs)."""
    lines = []
    for code in sorted(regions):
        geometry = mapping(regions[code])
        feature = {
            "type": "Feature",
            "id": code,
            "properties": {"region_code": code, "name": BY_CODE[code].name, "iso": BY_CODE[code].iso},
            "geometry": {"type": geometry["type"], "coordinates": _rounded(geometry["coordinates"])},
        }
        lines.append(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n", encoding="utf-8")


def build(shapefile: Path, output: Path, tolerance: float) -> None:
    """Read the shapefile, clean, simplify, check and write; print a short summary."""
    source = read_source(shapefile)
    covered = clean(source)
    simple = simplify(covered, tolerance)
    check_result(source, simple)
    write_geojson(simple, output)
    digest = hashlib.sha256(shapefile.read_bytes()).hexdigest()
    points = sum(shapely.get_num_coordinates(g) for g in simple.values())
    print(f"{shapefile.name} sha256 {digest}")
    print(f"wrote {output} ({output.stat().st_size / 1024:.1f} KB, {len(simple)} regions, {points} points, "
          f"tolerance {tolerance})")
    callao = simple["07"]
    print(f"Callao: {callao.geom_type}, area {callao.area:.5f} deg² ({callao.area / source['07'].area:.0%} of source)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, required=True, help="INEI's DEPARTAMENTOS.shp (with .dbf, .shx, .prj)")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="GeoJSON file to write (default: %(default)s)")
    parser.add_argument("--tolerance", type=float, default=TOLERANCE, help="simplification tolerance, degrees")
    args = parser.parse_args(argv)
    build(args.source.expanduser(), args.output, args.tolerance)


if __name__ == "__main__":
    main()
