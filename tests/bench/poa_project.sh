#!/usr/bin/env bash
# Makes the Porto Alegre city project the benchmarks share: the files from
# data/scripts/make_porto_alegre.py, taken in by `quarterhour-cli new`.
# Usage: tests/bench/poa_project.sh CLI SHARED_DATA WORK_DIR  -> WORK_DIR/poa.qhproj
set -euo pipefail
cli=$1 shared=$2 work=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
python3 "$here/data/scripts/make_porto_alegre.py" "$work" "$shared" >/dev/null
"$cli" new --network "$shared/porto_alegre_poa_osm.pbf" --facilities "$work/facilities.csv" \
    --population "$work/cells.gpkg" --units "$work/districts.geojson" --targets kunming-2022 \
    --name "Porto Alegre" --out "$work/poa.qhproj" >/dev/null
