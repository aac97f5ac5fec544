#!/usr/bin/env bash
# The province from files, end to end: the Porto Alegre city project tiled
# N x N times (default 18: 324 tiles, 14.7 million segments, 95,256 facilities,
# 3.3 million populated cells) written as GeoPackages by make_province, taken in by
# `quarterhour-cli new`, then `quarterhour-cli analyze` (reading, model, result,
# catchments, results.gpkg, maps) timed as a whole process with its peak memory.
#
# Usage: tests/bench/province.sh [BUILD_DIR] [TILES_PER_SIDE] [WORK_DIR]
#   The files (about 2 GB at 18) stay in WORK_DIR when it is given; otherwise a
#   temporary folder is removed at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
side=${2:-18}
shared=${QH_SHARED_DATA:-$here/../shared/data}
if [ -n "${3:-}" ]; then
    work=$3
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
cli=$build/quarterhour-cli
[ -f "$work/city/poa.qhproj" ] || { mkdir -p "$work/city"; "$here/tests/bench/poa_project.sh" "$cli" "$shared" "$work/city"; }
if [ ! -f "$work/files/districts.gpkg" ]; then
    rm -rf "$work/files"
    /usr/bin/time -f "make_province: %e s, peak %M KB" "$build/tests/make_province" "$work/city/poa.qhproj" "$side" "$work/files"
fi
rm -f "$work/province.qhproj"
/usr/bin/time -f "new: %e s, peak %M KB" "$cli" new --network "$work/files/network.gpkg" \
    --facilities "$work/files/facilities.gpkg" --population "$work/files/cells.gpkg" \
    --units "$work/files/districts.gpkg" --targets kunming-2022 --name "Province $side" \
    --out "$work/province.qhproj" >/dev/null
rm -rf "$work/out"
/usr/bin/time -f "analyze: %e s wall, %U s user, peak %M KB" "$cli" analyze "$work/province.qhproj" \
    --out "$work/out" > "$work/analyze.txt"
grep -E "^(Time|时间)" "$work/analyze.txt" || tail -3 "$work/analyze.txt"
ls -l "$work/out" | awk 'NR > 1 {printf "%s %.0f MB\n", $9, $5 / 1e6}'
