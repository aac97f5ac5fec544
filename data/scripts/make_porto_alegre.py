#!/usr/bin/env python3
"""The Porto Alegre city case of the scale benchmarks (tests/bench/city.sh).

Usage: make_porto_alegre.py OUT_DIR [SHARED_DATA_DIR]

From ../shared/data (see PROVENANCE.txt there: OSM extract of Porto Alegre, ODbL;
the Access to Opportunities hexgrid, CC BY 4.0, Pereira et al., IPEA) it writes:

  cells.gpkg          population on 100 m cells (EPSG:32722): each hex's residents
                      shared equally over the 100 m cells whose centres are nearest
                      to that hex's centre (H3 hexes tile the plane, so this is
                      the hex, cut into cells); totals are kept exactly
  facilities.csv      one childcare centre (40 places a school) where a hex has
                      schools and one elderly-care home (60 beds a health unit)
                      where it has health units, at the hex centre (lon/lat)
  districts.geojson   sixteen districts on a 4 x 4 grid over the cells

The network is the OSM extract itself (porto_alegre_poa_osm.pbf), read by the app.
"""
import csv
import json
import math
import os
import subprocess
import sys
import tempfile

CELL = 100.0


def project_points(points):
    """lon/lat -> EPSG:32722 metres, with GDAL's ogr2ogr (GDAL is a dependency)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.csv")
        dst = os.path.join(tmp, "out.csv")
        with open(src, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["n", "lon", "lat"])
            for n, (lon, lat) in enumerate(points):
                w.writerow([n, repr(lon), repr(lat)])
        subprocess.run(["ogr2ogr", "-q", "-f", "CSV", dst, src, "-oo", "X_POSSIBLE_NAMES=lon",
                        "-oo", "Y_POSSIBLE_NAMES=lat", "-oo", "KEEP_GEOM_COLUMNS=NO", "-s_srs", "EPSG:4326",
                        "-t_srs", "EPSG:32722", "-lco", "GEOMETRY=AS_XY"], check=True)
        out = [None] * len(points)
        with open(dst, newline="") as f:
            for row in csv.DictReader(f):
                out[int(row["n"])] = (float(row["X"]), float(row["Y"]))
        return out


def main():
    args = [a for a in sys.argv[1:]]
    if not args:
        sys.exit(__doc__)
    out_dir = args[0]
    shared = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data")
    os.makedirs(out_dir, exist_ok=True)

    hexes = []
    with open(os.path.join(shared, "porto_alegre_poa_hexgrid.csv"), newline="") as f:
        for row in csv.DictReader(f):
            hexes.append(row)
    xy = project_points([(float(h["lon"]), float(h["lat"])) for h in hexes])

    # Nearest hex centre for every 100 m cell around the hexes (H3 resolution 9:
    # centres about 300 m apart, circumradius about 175 m).
    bucket = 500.0
    buckets = {}
    for k, (x, y) in enumerate(xy):
        buckets.setdefault((math.floor(x / bucket), math.floor(y / bucket)), []).append(k)

    def nearest(px, py):
        bx, by = math.floor(px / bucket), math.floor(py / bucket)
        best, best_d = None, 1e18
        for i in (bx - 1, bx, bx + 1):
            for j in (by - 1, by, by + 1):
                for k in buckets.get((i, j), ()):
                    d = (xy[k][0] - px) ** 2 + (xy[k][1] - py) ** 2
                    if d < best_d or (d == best_d and k < best):
                        best, best_d = k, d
        return best, math.sqrt(best_d)

    cells_of = {}
    for k, (x, y) in enumerate(xy):
        if float(hexes[k]["population"] or 0) <= 0:
            continue
        i0, i1 = math.floor((x - 200) / CELL), math.floor((x + 200) / CELL)
        j0, j1 = math.floor((y - 200) / CELL), math.floor((y + 200) / CELL)
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                cx, cy = (i + 0.5) * CELL, (j + 0.5) * CELL
                n, d = nearest(cx, cy)
                if n == k and d <= 200:
                    cells_of.setdefault(k, []).append((i, j))
    features = []
    total = 0.0
    for k, (x, y) in enumerate(xy):
        people = float(hexes[k]["population"] or 0)
        if people <= 0:
            continue
        cells = cells_of.get(k) or [(math.floor(x / CELL), math.floor(y / CELL))]
        share = people / len(cells)
        total += people
        for (i, j) in cells:
            x0, y0 = i * CELL, j * CELL
            ring = [[x0, y0], [x0 + CELL, y0], [x0 + CELL, y0 + CELL], [x0, y0 + CELL], [x0, y0]]
            features.append({"type": "Feature", "properties": {"cell": f"{i}_{j}", "hex": hexes[k]["id"],
                                                                "population": round(share, 4)},
                             "geometry": {"type": "Polygon", "coordinates": [ring]}})
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32722"}}
    with tempfile.TemporaryDirectory() as tmp:
        geojson = os.path.join(tmp, "cells.geojson")
        with open(geojson, "w") as f:
            json.dump({"type": "FeatureCollection", "crs": crs, "features": features}, f)
        gpkg = os.path.join(out_dir, "cells.gpkg")
        if os.path.exists(gpkg):
            os.remove(gpkg)
        subprocess.run(["ogr2ogr", "-q", "-f", "GPKG", gpkg, geojson, "-nln", "cells"], check=True)

    with open(os.path.join(out_dir, "facilities.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "type", "lon", "lat", "childcare_places", "beds"])
        for h in hexes:
            schools, health = float(h["schools"] or 0), float(h["healthcare"] or 0)
            if schools > 0:
                w.writerow([h["id"] + "-c", "Creche " + h["id"][-5:], "childcare", h["lon"], h["lat"],
                            int(40 * schools), ""])
            if health > 0:
                w.writerow([h["id"] + "-e", "Lar " + h["id"][-5:], "elderly_care", h["lon"], h["lat"],
                            "", int(60 * health)])

    xs = [p[0] for p in xy]
    ys = [p[1] for p in xy]
    minx, maxx, miny, maxy = min(xs) - 200, max(xs) + 200, min(ys) - 200, max(ys) + 200
    districts = []
    for i in range(4):
        for j in range(4):
            x0, x1 = minx + (maxx - minx) * i / 4, minx + (maxx - minx) * (i + 1) / 4
            y0, y1 = miny + (maxy - miny) * j / 4, miny + (maxy - miny) * (j + 1) / 4
            districts.append({"type": "Feature", "properties": {"code": f"D{i * 4 + j:02d}",
                                                                "name": f"District {i * 4 + j + 1}"},
                              "geometry": {"type": "Polygon", "coordinates": [[[x0, y0], [x1, y0], [x1, y1],
                                                                               [x0, y1], [x0, y0]]]}})
    with open(os.path.join(out_dir, "districts.geojson"), "w") as f:
        json.dump({"type": "FeatureCollection", "crs": crs, "features": districts}, f)
    print(f"{len(features)} cells holding {total:.0f} residents, "
          f"{sum(1 for h in hexes if float(h['schools'] or 0) > 0)} childcare and "
          f"{sum(1 for h in hexes if float(h['healthcare'] or 0) > 0)} elderly-care facilities, 16 districts")


if __name__ == "__main__":
    main()
