#!/usr/bin/python3
"""Derive a census table per subdistrict (街道/乡镇) of Beijing, as a statistics
bureau hands it out: one row per unit, Chinese headers, CSV (UTF-8 with BOM) and
XLSX. Source: ../shared/data/beijing_subdistricts_mosstool/ (PROVENANCE.txt item 9:
331 polygons, columns 省 市 县 乡; worldpop.npy column 0 = population per polygon,
WorldPop-derived, CC BY 4.0). The boundaries stay where they are (not for shipping).

Only the standard library (the .dbf and .npy are read here); the XLSX is made with
ogr2ogr (gdal-bin) when it is there. Same input -> same output.
    python3 data/scripts/make_beijing_census.py OUT_DIR [SOURCE_DIR [DIVISION_CSV]]
writes OUT_DIR/北京市街道人口.csv and OUT_DIR/北京市街道人口.xlsx with the columns
区县, 街道, 常住人口. With DIVISION_CSV (../shared/data/china_division_streets.csv,
PROVENANCE.txt item 11: 9-digit township codes), also the table as a statistics
bureau keys it, by 12-digit 统计用区划代码 (the 9 digits and 000):
OUT_DIR/北京市街道人口_代码.csv (代码, 常住人口), and OUT_DIR/北京市街道代码.csv (乡,
代码: the 9-digit code of each subdistrict whose name is Beijing's only one, to
join onto the polygons). Subdistricts whose name is not unique get no code.
"""
import ast
import os
import shutil
import struct
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read_dbf(path):
    """The records of a dBASE file as dicts (text decoded as UTF-8: the .cpg says so)."""
    with open(path, "rb") as f:
        data = f.read()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("utf-8")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(count):
        rec = data[header_len + i * record_len:header_len + (i + 1) * record_len]
        if rec[:1] == b"*":
            continue
        row, off = {}, 1
        for name, length in fields:
            row[name] = rec[off:off + length].decode("utf-8", "replace").strip()
            off += length
        rows.append(row)
    return rows


def read_npy(path):
    """A 2-D little-endian int64 NumPy array (format version 1) as a list of rows."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:6] == b"\x93NUMPY"
    header_len = struct.unpack("<H", data[8:10])[0]
    header = ast.literal_eval(data[10:10 + header_len].decode("latin1"))
    assert header["descr"] == "<i8" and not header["fortran_order"], header
    rows, cols = header["shape"]
    values = struct.unpack("<%dq" % (rows * cols), data[10 + header_len:10 + header_len + 8 * rows * cols])
    return [values[r * cols:(r + 1) * cols] for r in range(rows)]


def main():
    out = sys.argv[1]
    src = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared", "data", "beijing_subdistricts_mosstool")
    units = read_dbf(os.path.join(src, "beijing.dbf"))
    people = read_npy(os.path.join(src, "worldpop.npy"))
    assert len(units) == len(people), (len(units), len(people))
    os.makedirs(out, exist_ok=True)
    csv = os.path.join(out, "北京市街道人口.csv")
    with open(csv, "w", encoding="utf-8-sig", newline="") as f:
        f.write("区县,街道,常住人口\r\n")
        for unit, row in zip(units, people):
            f.write("%s,%s,%d\r\n" % (unit["县"], unit["乡"], row[0]))
    ogr2ogr = shutil.which("ogr2ogr")
    if ogr2ogr:
        xlsx = os.path.join(out, "北京市街道人口.xlsx")
        if os.path.exists(xlsx):
            os.remove(xlsx)
        subprocess.run([ogr2ogr, "-f", "XLSX", "-nln", "人口", "-oo", "AUTODETECT_TYPE=YES", xlsx, csv], check=True)
    print("wrote", csv, "(%d units, %d residents)" % (len(units), sum(r[0] for r in people)))
    if len(sys.argv) > 3:
        write_codes(out, units, people, sys.argv[3])


def write_codes(out, units, people, division_csv):
    """The census keyed by code, and the codes of the subdistricts by name."""
    import csv as csvmod
    with open(division_csv, encoding="utf-8") as f:
        beijing = [r for r in csvmod.DictReader(f) if r["provinceCode"] == "11"]
    count = {}
    for r in beijing:
        count[r["name"]] = count.get(r["name"], 0) + 1
    code_of = {r["name"]: r["code"] for r in beijing if count[r["name"]] == 1}
    coded = os.path.join(out, "北京市街道人口_代码.csv")
    names = os.path.join(out, "北京市街道代码.csv")
    n = 0
    with open(coded, "w", encoding="utf-8-sig", newline="") as f, open(names, "w", encoding="utf-8", newline="") as g:
        f.write("代码,常住人口\r\n")
        g.write("乡,代码\n")
        for unit, row in zip(units, people):
            code = code_of.get(unit["乡"])
            if code:
                f.write("%s000,%d\r\n" % (code, row[0]))
                g.write("%s,%s\n" % (unit["乡"], code))
                n += 1
    print("wrote", coded, "and", names, "(%d of %d units with a code)" % (n, len(units)))


if __name__ == "__main__":
    main()
