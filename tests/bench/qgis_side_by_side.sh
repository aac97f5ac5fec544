#!/usr/bin/env bash
# Runs QuarterHour's `reach` and QGIS 3.22's native:serviceareafromlayer on the same
# network and start points, as whole processes, and prints both times, the ratio and
# the per-start agreement. Outside CI: needs the Debian package qgis and python3-gdal.
#
#   tests/bench/qgis_side_by_side.sh [NETWORK.gpkg|OSM.pbf] [STARTS.gpkg] [CUTOFF_M]
#
# Defaults: the Porto Alegre network built with the reference recipe from
# ../shared/data/porto_alegre_poa_osm.pbf, the 1,000 reference starts, 1,000 m.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${QH_SHARED:-$root/../shared}
cli=${QH_CLI:-$root/build/quarterhour-cli}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

net=${1:-}
starts=${2:-$shared/reference/qgis-3.22-service-area/poa_starts_rand1000.gpkg}
cutoff=${3:-1000}
if [[ -z "$net" || "$net" == *.pbf ]]; then
  pbf=${net:-$shared/data/porto_alegre_poa_osm.pbf}
  net=$work/network.gpkg
  ogr2ogr -f GPKG "$net" "$pbf" lines -nln network -t_srs EPSG:32722 -nlt LINESTRING \
    -where "highway IN ('footway','path','pedestrian','steps','living_street','residential','service','unclassified','tertiary','tertiary_link','secondary','secondary_link','primary','primary_link','track','cycleway','road')" \
    -select osm_id,highway,name,other_tags
fi
printf '<!DOCTYPE qgis>\n<qgis version="3.22.16" projectname="">\n</qgis>\n' > "$work/empty.qgs"

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ours=()
for i in 1 2 3; do
  t0=$(now)
  "$cli" reach --network "$net" --starts "$starts" --id-field start_id --all-ways \
    --cutoff "$cutoff" --out "$work/ours.csv"
  ours+=("$(echo "$(now) - $t0" | bc -l)")
done
qgis=()
runs=${QGIS_RUNS:-1}
if command -v qgis_process.bin >/dev/null; then
  for ((i = 0; i < runs; i++)); do
    rm -f "$work/qgis.gpkg"
    t0=$(now)
    QT_QPA_PLATFORM=offscreen qgis_process.bin run native:serviceareafromlayer \
      --PROJECT_PATH="$work/empty.qgs" -- INPUT="$net" STRATEGY=0 DEFAULT_DIRECTION=2 TOLERANCE=0 \
      START_POINTS="$starts" TRAVEL_COST2="$cutoff" INCLUDE_BOUNDS=false \
      OUTPUT_LINES="$work/qgis.gpkg" > "$work/qgis.log" 2>&1
    qgis+=("$(echo "$(now) - $t0" | bc -l)")
  done
fi

n=$(ogrinfo -ro -q -sql "SELECT COUNT(*) FROM $(ogrinfo -ro -q "$starts" | head -1 | awk '{print $2}')" "$starts" | awk -F'= ' '/COUNT/ {print $2}')
o=$(median "${ours[@]}")
printf 'starts: %s, cutoff %s m, 2 cores\n' "$n" "$cutoff"
printf 'QuarterHour reach (whole process, median of 3): %.3f s\n' "$o"
if [[ ${#qgis[@]} -gt 0 ]]; then
  q=$(median "${qgis[@]}")
  printf 'QGIS 3.22 serviceareafromlayer (whole process, median of %d): %.2f s\n' "$runs" "$q"
  printf 'speed-up: %.0fx\n' "$(echo "$q / $o" | bc -l)"
  ref=""
  [[ "$starts" == */reference/qgis-3.22-service-area/*_starts_*.gpkg ]] && \
    ref=$(echo "$starts" | sed 's/_starts_\(.*\)\.gpkg$/_\1_reach.csv/')
  /usr/bin/python3 "$here/qgis_sum_lines.py" "$work/qgis.gpkg" "$work/ours.csv" ${ref:+"$ref"}
else
  echo "QGIS not installed (apt-get install qgis): only our time is shown"
fi
