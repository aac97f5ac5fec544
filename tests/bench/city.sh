#!/usr/bin/env bash
# City-scale benchmark: Porto Alegre's OSM walking network (PBF), 294 facilities
# (childcare where the IPEA hexgrid has schools, elderly care where it has health
# units) and its 812,935 residents on 100 m cells, built by
# data/scripts/make_porto_alegre.py and made into a project by `quarterhour-cli new`.
# Runs the whole `quarterhour-cli analyze` process RUNS times and prints the median
# wall time, each stage's median (as the CLI prints them) and the peak resident memory.
#
# Usage: tests/bench/city.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
runs=${2:-5}
shared=${QH_SHARED_DATA:-$here/../shared/data}
cli=$build/quarterhour-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$here/data/scripts/make_porto_alegre.py" "$work" "$shared"
"$cli" new --network "$shared/porto_alegre_poa_osm.pbf" --facilities "$work/facilities.csv" \
    --population "$work/cells.gpkg" --units "$work/districts.geojson" --targets kunming-2022 \
    --name "Porto Alegre" --out "$work/city.qhproj" >/dev/null
for r in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time.$r" "$cli" analyze "$work/city.qhproj" --out "$work/out.$r" >"$work/log.$r"
done
python3 - "$work" "$runs" <<'PYEOF'
import json, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
walls, peaks, stages = [], [], {}
for r in range(1, runs + 1):
    wall, kb = open(f"{work}/time.{r}").read().split()
    walls.append(float(wall))
    peaks.append(int(kb) / 1024)
    run = json.load(open(f"{work}/out.{r}/summary.json"))["run"]
    # The stages as the CLI prints them (maps included): "Time: N ms in all (a 1 ms, b 2 ms)".
    line = next(l for l in open(f"{work}/log.{r}") if l.startswith("Time:"))
    for part in line[line.index("(") + 1:line.rindex(")")].split(", "):
        k, v, _ = part.rsplit(" ", 2)
        stages.setdefault(k, []).append(float(v))
net = run["network"]
print(f"Porto Alegre city: {net['edges']} edges, {len(json.load(open(f'{work}/out.1/summary.json'))['facilities'])} facilities")
print(f"  whole analyze process: median {statistics.median(walls):.2f} s of {runs} (min {min(walls):.2f}, "
      f"max {max(walls):.2f}); peak memory {max(peaks):.0f} MB")
print("  stages (median ms): " + ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in stages.items()))
PYEOF
