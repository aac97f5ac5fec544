#!/usr/bin/python3
"""Length of the union of QGIS service-area output lines per start (GEOS unary union
through SpatiaLite, which removes the copies QGIS writes once per direction and merges
overlapping pieces), compared with a QuarterHour `reach` CSV.
Usage: qgis_sum_lines.py QGIS_LINES.gpkg OURS.csv [REFERENCE.csv]"""
import csv
import sys

from osgeo import ogr

ogr.UseExceptions()


def read_csv(path):
    out = {}
    with open(path) as fh:
        for row in csv.DictReader(fh):
            if row["reachable_len_m"]:
                out[int(row["start_id"])] = float(row["reachable_len_m"])
    return out


def report(name, ours, theirs):
    rel = sorted(abs(ours[s] - v) / v for s, v in theirs.items() if v > 0 and s in ours)
    if not rel:
        print("%s: nothing to compare" % name)
        return
    print("ours vs %s: %d starts, mean %.3f%%, median %.3f%%, worst %.3f%%, within 1%%: %d"
          % (name, len(rel), 100 * sum(rel) / len(rel), 100 * rel[len(rel) // 2], 100 * rel[-1],
             sum(r < 0.01 for r in rel)))


ds = ogr.Open(sys.argv[1])
name = ds.GetLayer(0).GetName()
res = ds.ExecuteSQL('SELECT start_id, ST_Length(ST_UnaryUnion(geom)) AS len FROM "%s"' % name,
                    dialect="SQLite")
qgis = {f.GetField(0): f.GetField(1) for f in res}
ds.ReleaseResultSet(res)
ours = read_csv(sys.argv[2])
report("this QGIS run's OUTPUT_LINES (union)", ours, qgis)
if len(sys.argv) > 3:
    report("the committed reference (../shared/reference)", ours, read_csv(sys.argv[3]))
