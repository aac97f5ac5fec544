#!/usr/bin/python3
"""Derive the QuarterHour sample region data/liechtenstein/ from
../shared/data/liechtenstein_nominatim_testdb.osm.pbf (OSM, ODbL 1.0).

Reproducible: same input -> same output. Needs osmium-tool and python3-gdal
(packaging/install-deps --data). Run from the repository root:
    /usr/bin/python3 data/scripts/make_liechtenstein.py [path/to/osm.pbf]
Every assumption is written to data/liechtenstein/README.md; the constants below
are the single source of the numbers quoted there.
"""
import math
import os
import subprocess
import sys
import tempfile

from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data",
                                                         "liechtenstein_nominatim_testdb.osm.pbf")
OUT = os.path.join(ROOT, "data", "liechtenstein", "liechtenstein.gpkg")
COUNTRY_RELATION = "r1155955"
EPSG = 32632  # WGS 84 / UTM zone 32N, metric
CELL = 100.0  # population grid cell size, metres

# The walking network recipe of ../shared/reference/qgis-3.22-service-area/README.md
WALK_CLASSES = ("footway", "path", "pedestrian", "steps", "living_street", "residential",
                "service", "unclassified", "tertiary", "tertiary_link", "secondary",
                "secondary_link", "primary", "primary_link", "track", "cycleway", "road")

# --- Assumptions (documented in data/liechtenstein/README.md) -------------------
SHARE_60PLUS = 0.25   # share of residents aged 60+, uniform
SHARE_0_3 = 0.028     # share of residents aged 0-3 (under 3), uniform
SHARE_3_6 = 0.028     # share of residents aged 3-6 (kindergarten age), uniform
RESIDENTIAL = {"house": 2, "detached": 2, "semidetached_house": 2, "terrace": 2, "bungalow": 1,
               "farm": 2, "residential": 3, "apartments": 3, "dormitory": 3, "yes": 2}
MIN_YES_FOOTPRINT = 30.0  # building=yes smaller than this (m2) is taken as a shed
NON_RESIDENTIAL_KEYS = ("amenity", "shop", "office", "tourism", "craft", "industrial", "leisure")
CAPACITY = {  # assumed capacities by OSM kind
    "kindergarten": {"childcare_places": 0, "kindergarten_places": 40, "inclusive_places": 40,
                     "beds": 0, "nursing_beds": 0},
    "childcare": {"childcare_places": 30, "kindergarten_places": 0, "inclusive_places": 24,
                  "beds": 0, "nursing_beds": 0},
    "nursing_home": {"childcare_places": 0, "kindergarten_places": 0, "inclusive_places": 0,
                     "beds": 60, "nursing_beds": 45},
}
# OSM kind -> QuarterHour facility type: amenity=kindergarten is a 幼儿园 (3-6 years),
# amenity=childcare a 托育 facility (0-3 years), a nursing home an elderly-care institution.
TYPE = {"kindergarten": "kindergarten", "childcare": "childcare", "nursing_home": "elderly_care"}
PLACES = {"kindergarten": "kindergarten_places", "childcare": "childcare_places",
          "elderly_care": "beds"}


def hstore(tags, key):
    if not tags:
        return None
    needle = '"%s"=>"' % key
    i = tags.find(needle)
    if i < 0:
        return None
    j = tags.find('"', i + len(needle))
    return tags[i + len(needle):j]


def clip(tmp):
    li_osm = os.path.join(tmp, "li.osm")
    li_pbf = os.path.join(tmp, "li.pbf")
    subprocess.run(["osmium", "getid", "-r", SRC, COUNTRY_RELATION, "-o", li_osm, "-f", "osm",
                    "--overwrite"], check=True)
    subprocess.run(["osmium", "extract", "-p", li_osm, "-s", "smart", SRC, "-o", li_pbf,
                    "--overwrite"], check=True)
    return li_pbf


def main():
    with tempfile.TemporaryDirectory() as tmp:
        pbf = clip(tmp)
        if os.path.exists(OUT):
            os.remove(OUT)
        tmp_out = os.path.join(tmp, "out.gpkg")
        where = "highway IN (%s)" % ",".join("'%s'" % c for c in WALK_CLASSES)
        # 1. walking network, exactly the reference recipe, plus foot/access pulled from other_tags
        gdal.VectorTranslate(tmp_out, pbf, format="GPKG", layerName="network",
                             dstSRS="EPSG:%d" % EPSG, geometryType="LINESTRING",
                             SQLStatement="SELECT osm_id, highway, name, "
                                          "hstore_get_value(other_tags,'foot') AS foot, "
                                          "hstore_get_value(other_tags,'access') AS access, GEOMETRY "
                                          "FROM lines WHERE " + where,
                             SQLDialect="SQLite")
        src = ogr.Open(pbf)
        dst = ogr.Open(tmp_out, update=1)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(EPSG)
        wgs = osr.SpatialReference()
        wgs.ImportFromEPSG(4326)
        for s in (srs, wgs):
            s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        to_utm = osr.CoordinateTransformation(wgs, srs)

        # country polygon, for keeping only what lies in Liechtenstein
        country = None
        mp = src.GetLayerByName("multipolygons")
        mp.SetAttributeFilter("osm_id = '%s'" % COUNTRY_RELATION[1:])
        for f in mp:
            country = f.GetGeometryRef().Clone()
        country.Transform(to_utm)

        # 2. municipalities (admin_level=8) with their place-node population
        pops = {}
        pts = src.GetLayerByName("points")
        pts.SetAttributeFilter("place IS NOT NULL")
        for f in pts:
            p = hstore(f.GetField("other_tags"), "population")
            if p is not None and f.GetField("name"):
                g = f.GetGeometryRef().Clone()
                g.Transform(to_utm)
                pops.setdefault(f.GetField("name"), []).append((int(p), g))
        munis = []
        mp.SetAttributeFilter("admin_level = '8' AND boundary = 'administrative'")
        for f in mp:
            g = f.GetGeometryRef().Clone()
            g.Transform(to_utm)
            if not country.Contains(g.PointOnSurface()):
                continue
            name = f.GetField("name")
            match = [p for p, pg in pops.get(name, []) if g.Contains(pg)]
            if len(match) != 1:
                raise SystemExit("municipality %s: expected one place node with population, got %d"
                                 % (name, len(match)))
            munis.append({"osm_id": int(f.GetField("osm_id")), "name": name, "pop": match[0],
                          "geom": g})
        munis.sort(key=lambda m: m["name"])
        lyr = dst.CreateLayer("municipalities", srs, ogr.wkbMultiPolygon)
        for name, t in (("unit_id", ogr.OFTInteger), ("osm_id", ogr.OFTInteger64),
                        ("name", ogr.OFTString), ("population", ogr.OFTInteger)):
            lyr.CreateField(ogr.FieldDefn(name, t))
        for i, m in enumerate(munis):
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetField("unit_id", i + 1)
            f.SetField("osm_id", m["osm_id"])
            f.SetField("name", m["name"])
            f.SetField("population", m["pop"])
            f.SetGeometry(ogr.ForceToMultiPolygon(m["geom"]))
            lyr.CreateFeature(f)

        # 3. facilities, polygons reduced to points
        facs = []

        def add_fac(osm_type, osm_id, name, tags, amenity, geom):
            social = hstore(tags, "social_facility")
            social_for = hstore(tags, "social_facility:for")
            if amenity in ("kindergarten", "childcare"):
                kind = amenity
            elif social == "nursing_home" or social_for == "senior":
                kind = "nursing_home"
            else:
                return
            ftype = TYPE[kind]
            g = geom.PointOnSurface() if geom.GetGeometryType() != ogr.wkbPoint else geom.Clone()
            g.Transform(to_utm)
            if not country.Contains(g):
                return
            cap = dict(CAPACITY[kind])
            source = "assumed"
            for key, col in (("capacity", PLACES[ftype]),
                             ("capacity:beds", "beds")):
                v = hstore(tags, key)
                if v and v.isdigit():
                    cap[col] = int(v)
                    source = "osm"
            facs.append(dict(osm_type=osm_type, osm_id=int(osm_id), name=name or "", kind=kind,
                             type=ftype, capacity_source=source, geom=g, **cap))

        pts.SetAttributeFilter(None)
        for f in pts:
            tags = f.GetField("other_tags")
            am = hstore(tags, "amenity")
            if am in ("kindergarten", "childcare", "social_facility"):
                add_fac("node", f.GetField("osm_id"), f.GetField("name"), tags, am,
                        f.GetGeometryRef())
        mp.SetAttributeFilter("amenity IN ('kindergarten','childcare','social_facility')")
        for f in mp:
            oid = f.GetField("osm_id")
            add_fac("relation" if oid else "way", oid or f.GetField("osm_way_id"),
                    f.GetField("name"), f.GetField("other_tags"), f.GetField("amenity"),
                    f.GetGeometryRef())
        # children's facilities first, then elderly care: the ids of the first release
        # (before kindergartens and 0-3 childcare were told apart) stay what they were
        facs.sort(key=lambda r: (r["type"] == "elderly_care", r["osm_type"], r["osm_id"]))
        lyr = dst.CreateLayer("facilities", srs, ogr.wkbPoint)
        for name, t in (("fac_id", ogr.OFTInteger), ("osm_type", ogr.OFTString),
                        ("osm_id", ogr.OFTInteger64), ("name", ogr.OFTString),
                        ("kind", ogr.OFTString), ("type", ogr.OFTString),
                        ("beds", ogr.OFTInteger), ("nursing_beds", ogr.OFTInteger),
                        ("childcare_places", ogr.OFTInteger),
                        ("kindergarten_places", ogr.OFTInteger), ("inclusive_places", ogr.OFTInteger),
                        ("capacity_source", ogr.OFTString)):
            lyr.CreateField(ogr.FieldDefn(name, t))
        for i, r in enumerate(facs):
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetField("fac_id", i + 1)
            for k in ("osm_type", "osm_id", "name", "kind", "type", "beds", "nursing_beds",
                      "childcare_places", "kindergarten_places", "inclusive_places",
                      "capacity_source"):
                f.SetField(k, r[k])
            f.SetGeometry(r["geom"])
            lyr.CreateFeature(f)

        # 4. dasymetric population grid: municipality population spread over residential floor area
        floor = {}  # (muni index, col, row) -> floor area m2
        mp.SetAttributeFilter("building IS NOT NULL")
        for f in mp:
            b = f.GetField("building")
            if b not in RESIDENTIAL:
                continue
            tags = f.GetField("other_tags")
            if b == "yes" and (any(f.GetField(k) for k in ("amenity", "shop", "office", "tourism",
                                                            "craft", "leisure"))
                               or any(hstore(tags, k) for k in NON_RESIDENTIAL_KEYS)):
                continue
            g = f.GetGeometryRef().Clone()
            g.Transform(to_utm)
            area = g.GetArea()
            if b == "yes" and area < MIN_YES_FOOTPRINT:
                continue
            lv = hstore(tags, "building:levels")
            try:
                levels = max(1.0, float(lv)) if lv else RESIDENTIAL[b]
            except ValueError:
                levels = RESIDENTIAL[b]
            c = g.Centroid()
            for mi, m in enumerate(munis):
                if m["geom"].Contains(c):
                    key = (mi, math.floor(c.GetX() / CELL), math.floor(c.GetY() / CELL))
                    floor[key] = floor.get(key, 0.0) + area * levels
                    break
        total_floor = [0.0] * len(munis)
        for (mi, _, _), a in floor.items():
            total_floor[mi] += a
        lyr = dst.CreateLayer("population_grid", srs, ogr.wkbMultiPolygon)
        for name, t in (("cell_id", ogr.OFTInteger), ("grid_col", ogr.OFTInteger),
                        ("grid_row", ogr.OFTInteger), ("municipality", ogr.OFTString),
                        ("res_floor_m2", ogr.OFTReal), ("pop_total", ogr.OFTReal),
                        ("pop_60plus", ogr.OFTReal), ("pop_0_3", ogr.OFTReal),
                        ("pop_3_6", ogr.OFTReal)):
            lyr.CreateField(ogr.FieldDefn(name, t))
        for i, key in enumerate(sorted(floor, key=lambda k: (k[2], k[1], k[0]))):
            mi, col, row = key
            m = munis[mi]
            x0, y0 = col * CELL, row * CELL
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in ((x0, y0), (x0 + CELL, y0), (x0 + CELL, y0 + CELL), (x0, y0 + CELL),
                         (x0, y0)):
                ring.AddPoint_2D(x, y)
            sq = ogr.Geometry(ogr.wkbPolygon)
            sq.AddGeometry(ring)
            piece = sq.Intersection(m["geom"])
            pop = m["pop"] * floor[key] / total_floor[mi]
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetField("cell_id", i + 1)
            f.SetField("grid_col", col)
            f.SetField("grid_row", row)
            f.SetField("municipality", m["name"])
            f.SetField("res_floor_m2", round(floor[key], 1))
            f.SetField("pop_total", pop)
            f.SetField("pop_60plus", pop * SHARE_60PLUS)
            f.SetField("pop_0_3", pop * SHARE_0_3)
            f.SetField("pop_3_6", pop * SHARE_3_6)
            f.SetGeometry(ogr.ForceToMultiPolygon(piece))
            lyr.CreateFeature(f)
        dst = None
        src = None
        # compact copy into place (VACUUM-equivalent)
        gdal.VectorTranslate(OUT, tmp_out, format="GPKG")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
