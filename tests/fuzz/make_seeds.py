#!/usr/bin/env python3
"""Writes the fuzz harnesses' fixture (a tiny made-up town: a 6 x 6 street grid
of 100 m blocks, four facilities, 25 population cells, two units, in EPSG:32632)
and their seed corpora. Nothing here comes from a third party.

Usage: tests/fuzz/make_seeds.py   (rewrites tests/fuzz/fixture and tests/fuzz/corpus)
"""
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
X0, Y0 = 758000.0, 5225000.0
CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32632"}}


def write(path, text, binary=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(text if binary else text.encode("utf-8"))


def collection(features):
    return json.dumps({"type": "FeatureCollection", "crs": CRS, "features": features},
                      ensure_ascii=False, indent=1)


def feature(props, geom):
    return {"type": "Feature", "properties": props, "geometry": geom}


def square(x, y, w, h):
    return {"type": "Polygon", "coordinates": [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]]}


def fixture():
    lines = []
    for i in range(6):
        lines.append(feature({"highway": "residential", "name": "横街%d" % i},
                             {"type": "LineString", "coordinates": [[X0, Y0 + 100 * i], [X0 + 500, Y0 + 100 * i]]}))
        lines.append(feature({"highway": "footway", "name": "竖街%d" % i},
                             {"type": "LineString", "coordinates": [[X0 + 100 * i, Y0], [X0 + 100 * i, Y0 + 500]]}))
    facilities = [
        ("F1", "阳光托育中心", "childcare", 40, 0, 30, X0 + 110, Y0 + 120),
        ("F2", "东区养老院", "elderly_care", 0, 60, 0, X0 + 420, Y0 + 390),
        ("F3", "西区日间照料中心", "elderly_care", 0, 12, 0, X0 + 80, Y0 + 460),
        ("F4", "小太阳幼儿园", "kindergarten", 90, 0, 0, X0 + 300, Y0 + 210),
    ]
    fac = [feature({"fac_id": f[0], "name": f[1], "type": f[2], "childcare_places": f[3] if f[2] == "childcare" else 0,
                    "kindergarten_places": f[3] if f[2] == "kindergarten" else 0, "beds": f[4],
                    "inclusive_places": f[5]}, {"type": "Point", "coordinates": [f[6], f[7]]}) for f in facilities]
    cells = []
    for i in range(5):
        for j in range(5):
            total = 40 + 7 * i + 3 * j
            cells.append(feature({"cell_id": "c%d%d" % (i, j), "pop_total": total, "pop_60plus": total // 5,
                                  "pop_0_3": total // 25 + 1, "pop_3_6": total // 30 + 1},
                                 square(X0 + 100 * i, Y0 + 100 * j, 100, 100)))
    units = [feature({"unit_id": "110105001", "name": "西社区"}, square(X0, Y0, 250, 500)),
             feature({"unit_id": "110105002", "name": "东社区"}, square(X0 + 250, Y0, 250, 500))]
    out = os.path.join(HERE, "fixture")
    shutil.rmtree(out, ignore_errors=True)
    write(os.path.join(out, "network.geojson"), collection(lines))
    write(os.path.join(out, "facilities.geojson"), collection(fac))
    write(os.path.join(out, "population.geojson"), collection(cells))
    write(os.path.join(out, "units.geojson"), collection(units))
    return facilities


def project():
    groups = [{"key": "total", "label": "Residents", "field": "pop_total", "label_zh": "常住人口"},
              {"key": "elderly", "label": "Residents 60+", "field": "pop_60plus", "label_zh": "60岁以上老人"},
              {"key": "infants", "label": "Children 0-3", "field": "pop_0_3", "label_zh": "0–3岁婴幼儿"},
              {"key": "children_3_6", "label": "Children 3-6", "field": "pop_3_6", "label_zh": "3–6岁幼儿"}]
    types = [("childcare", "托育", "infants", "childcare_places", "total", 1.0),
             ("kindergarten", "幼儿园", "children_3_6", "kindergarten_places", "total", 1.0),
             ("elderly_care", "养老", "elderly", "beds", "elderly", 0.8)]
    return {
        "format": "quarterhour-project", "version": 1, "name": "模糊测试小镇", "crs": "EPSG:32632",
        "targets": "kunming-2022",
        "layers": {
            "network": {"path": "network.geojson"},
            "facilities": {"path": "facilities.geojson", "id_field": "fac_id", "name_field": "name",
                           "type_field": "type",
                           "capacity_fields": {"beds": "beds", "childcare_places": "childcare_places",
                                               "kindergarten_places": "kindergarten_places",
                                               "inclusive_places": "inclusive_places"}},
            "population": {"path": "population.geojson", "groups": groups},
            "units": {"path": "units.geojson", "id_field": "unit_id", "name_field": "name"},
        },
        "profile": {
            "name": "fuzz", "max_snap_distance_m": 200, "sample_spacing_m": 25, "catchment_buffer_m": 30,
            "facility_types": [{"key": k, "label": k, "label_zh": zh, "demand_group": g, "minutes": 5,
                                "speed_mps": s, "capacity": c, "ratio_per": r} for k, zh, g, c, r, s in types],
        },
    }


def seeds(facilities):
    corpus = os.path.join(HERE, "corpus")
    shutil.rmtree(corpus, ignore_errors=True)
    p = project()
    write(os.path.join(corpus, "project", "sample.qhproj"), json.dumps(p, ensure_ascii=False, indent=1))
    q = json.loads(json.dumps(p))
    q["plan"] = {"added": [{"id": "P1", "name": "新增托育点", "type": "childcare", "x": X0 + 400, "y": Y0 + 100,
                            "capacity": {"childcare_places": 25}}],
                 "moved": [{"id": "F2", "x": X0 + 380, "y": Y0 + 300}], "removed": ["F3"]}
    del q["profile"]["sample_spacing_m"]
    write(os.path.join(corpus, "project", "plan.qhproj"), json.dumps(q, ensure_ascii=False, indent=1))
    # Target profiles: the bundled ones are the seeds.
    for name in ("kunming-2022", "national-gb50180", "shaoxing-2022"):
        shutil.copy(os.path.join(HERE, "..", "..", "resources", "profiles", name + ".json"),
                    os.path.join(os.makedirs(os.path.join(corpus, "profile"), exist_ok=True) or corpus, "profile",
                                 name + ".json"))
    # Mapping files: the "layers" keys of a project, any subset.
    write(os.path.join(corpus, "mapping", "fields.json"), json.dumps(
        {"facilities": {"name_field": "name", "type_field": "type", "capacity_fields": {"beds": "beds"},
                        "type_values": {"childcare": "childcare", "养老院": "elderly_care"}},
         "units": {"id_field": "unit_id", "name_field": "name"}}, ensure_ascii=False))
    write(os.path.join(corpus, "mapping", "population.json"), json.dumps(
        {"population": {"groups": {"total": "pop_total", "elderly": "pop_60plus"}},
         "crs": "EPSG:32632", "targets": "national-gb50180"}, ensure_ascii=False))
    write(os.path.join(corpus, "mapping", "census.json"), json.dumps(
        {"population": {"census": {"join_field": "name", "join_on": "name", "cell_m": 50,
                                   "buildings": {"path": "units.geojson"}},
                        "groups": {"total": "pop_total"}}}, ensure_ascii=False))
    # Layers: the first byte is the format (c csv, g geojson, o osm, x xlsx, k kml,
    # s zipped shapefile, p geopackage), the second the role (0 facilities,
    # 1 population, 2 units, 3 network); the rest is the file (see fuzz_layer.cpp).
    def layer(name, fmt, role, data):
        write(os.path.join(corpus, "layer", name), fmt.encode() + role.encode() + data, binary=True)
    rows = ["编号,名称,类型,床位数,托位数,经度,纬度"]
    for f in facilities:
        lon = 9.52 + (f[6] - X0) / 70000.0
        lat = 47.14 + (f[7] - Y0) / 111000.0
        kind = {"childcare": "托育机构", "elderly_care": "养老院", "kindergarten": "幼儿园"}[f[2]]
        rows.append("%s,%s,%s,%s,%s,%.6f,%.6f" % (f[0], f[1], kind, f[4] or "", "约%d" % f[3] if f[3] else "", lon, lat))
    layer("facilities.csv", "c", "0", ("\n".join(rows) + "\n").encode())
    layer("zone_easting.csv", "c", "0",
          "名称,类型,X,Y\n养老院甲,养老院,39500000.5,4400000.5\n托育乙,托育中心,39500300,4400200\n".encode())
    layer("census.csv", "c", "1", "社区,常住人口,60岁以上\n西社区,1200,240\n东社区,800,130\n".encode())
    fixture_dir = os.path.join(HERE, "fixture")
    for role, name in enumerate(("facilities", "population", "units", "network")):
        with open(os.path.join(fixture_dir, name + ".geojson"), "rb") as f:
            layer(name + ".geojson", "g", str(role), f.read())
    layer("streets.osm", "o", "3", (
          '<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6">\n'
          ' <node id="1" lat="47.1400" lon="9.5200"/>\n <node id="2" lat="47.1410" lon="9.5200"/>\n'
          ' <node id="3" lat="47.1410" lon="9.5215"/>\n'
          ' <node id="4" lat="47.1405" lon="9.5210"><tag k="amenity" v="kindergarten"/><tag k="name" v="幼儿园"/></node>\n'
          ' <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="footway"/></way>\n'
          ' <way id="11"><nd ref="1"/><nd ref="3"/><nd ref="2"/><nd ref="1"/><tag k="building" v="yes"/>'
          '<tag k="building:levels" v="6"/></way>\n</osm>\n').encode())
    # Binary formats, converted from the fixture by GDAL's ogr2ogr when it is installed.
    if shutil.which("ogr2ogr"):
        tmp = tempfile.mkdtemp()
        try:
            with open(os.path.join(tmp, "facilities.csv"), "w", encoding="utf-8") as f:
                f.write("\n".join(rows) + "\n")  # the XLSX has Chinese headers and lon/lat, as planners' sheets do
            for fmt, driver, ext, name, role in (("x", "XLSX", "xlsx", "facilities", "0"),
                                                 ("k", "KML", "kml", "units", "2"),
                                                 ("s", "ESRI Shapefile", "shz", "units", "2")):
                target = os.path.join(tmp, name + "." + ext)
                source = os.path.join(tmp, "facilities.csv") if ext == "xlsx" else os.path.join(fixture_dir, name + ".geojson")
                subprocess.run(["ogr2ogr", "-f", driver, target, source]
                               + (["-lco", "ENCODING=CP936"] if ext == "shz" else []), check=True)
                with open(target, "rb") as f:
                    layer(name + "." + ext, fmt, role, f.read())
            # A GeoPackage of the facilities, its SQLite pages made small (21 KB, not 100).
            target = os.path.join(tmp, "facilities.gpkg")
            subprocess.run(["ogr2ogr", "-f", "GPKG", target, os.path.join(fixture_dir, "facilities.geojson"),
                            "-dsco", "ADD_GPKG_OGR_CONTENTS=NO", "-lco", "SPATIAL_INDEX=NO"], check=True)
            db = sqlite3.connect(target)
            db.execute("PRAGMA page_size=512")
            db.execute("VACUUM")
            db.close()
            with open(target, "rb") as f:
                layer("facilities.gpkg", "p", "0", f.read())
        finally:
            shutil.rmtree(tmp)
    # Argument vectors: one argument per line (the harness maps paths onto its fixture).
    for name, args in {
        "analyze": ["analyze", "@project", "--out", "@out", "--minutes", "10"],
        "reach": ["reach", "--network", "@network", "--starts", "@starts", "--cutoff", "300", "--out", "@out/r.csv"],
        "import": ["import", "@facilities"],
        "info": ["info", "@units"],
        "new": ["new", "--network", "@network", "--facilities", "@facilities", "--population", "@population",
                "--units", "@units", "--out", "@out/new.qhproj"],
        "suggest": ["suggest", "@project", "--type", "childcare", "--count", "1"],
        "tables": ["tables", "@project", "--out", "@out/t.csv"],
        "profiles": ["profiles"],
        "lang": ["--lang", "zh_CN", "analyze", "@project", "--out", "@out", "--speed", "1e-300"],
    }.items():
        write(os.path.join(corpus, "cli", name + ".args"), "\n".join(args) + "\n")


if __name__ == "__main__":
    seeds(fixture())
