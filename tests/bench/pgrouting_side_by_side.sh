#!/usr/bin/env bash
# Runs QuarterHour's `reach` and pgRouting's pgr_drivingDistance (PostgreSQL 15,
# pgRouting 3.4) on the same walking network and start points, and prints both
# times and the ratio. pgRouting works on a throwaway cluster (initdb in a temporary
# folder, a Unix socket only), started and stopped here. Outside CI: needs Debian's
# postgresql-15, postgresql-15-postgis-3 and postgresql-15-pgrouting.
#
#   tests/bench/pgrouting_side_by_side.sh [OSM.pbf] [STARTS.gpkg] [CUTOFF_M]
#
# Defaults: the Porto Alegre network (the reference recipe of qgis_side_by_side.sh)
# and its 1,000 reference starts, 1,000 m. pgRouting's time is the query alone (the
# network already in the database, its topology built, each start snapped to its
# nearest vertex), a lower bound of what a planner waits for; ours is the whole
# process: reading the network, building the graph, snapping, searching, writing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${QH_SHARED:-$root/../shared}
cli=${QH_CLI:-$root/build/quarterhour-cli}
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
work=$(mktemp -d)
chmod 777 "$work"
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { as_pg "$pgbin/pg_ctl" -D "$work/db" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

pbf=${1:-$shared/data/porto_alegre_poa_osm.pbf}
starts=${2:-$shared/reference/qgis-3.22-service-area/poa_starts_rand1000.gpkg}
cutoff=${3:-1000}
net=$work/network.gpkg
ogr2ogr -f GPKG "$net" "$pbf" lines -nln network -t_srs EPSG:32722 -nlt LINESTRING \
  -where "highway IN ('footway','path','pedestrian','steps','living_street','residential','service','unclassified','tertiary','tertiary_link','secondary','secondary_link','primary','primary_link','track','cycleway','road')" \
  -select osm_id,highway

as_pg "$pgbin/initdb" -D "$work/db" -A trust -U postgres >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/db" -o "-k $work -c listen_addresses='' -c fsync=off" -l "$work/pg.log" -w start >/dev/null
psql() { command psql -h "$work" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql -c "CREATE EXTENSION postgis; CREATE EXTENSION pgrouting;"
# The network split at every vertex (as QuarterHour's graph is), with its topology.
ogr2ogr -f PostgreSQL "PG:host=$work user=postgres dbname=postgres" "$net" network -nln lines -lco GEOMETRY_NAME=geom -explodecollections
ogr2ogr -f PostgreSQL "PG:host=$work user=postgres dbname=postgres" "$starts" -nln starts -lco GEOMETRY_NAME=geom -t_srs EPSG:32722
psql -q -c "
CREATE TABLE edges AS
  SELECT row_number() OVER () AS id, ST_MakeLine(ST_PointN(geom, i), ST_PointN(geom, i + 1)) AS geom
  FROM lines, generate_series(1, ST_NPoints(geom) - 1) AS i;
ALTER TABLE edges ADD COLUMN source bigint, ADD COLUMN target bigint, ADD COLUMN cost float8;
UPDATE edges SET cost = ST_Length(geom);
SET client_min_messages = warning;
SELECT pgr_createTopology('edges', 0.000001, 'geom', 'id', clean := true);
CREATE INDEX ON edges_vertices_pgr USING gist (the_geom);" >/dev/null
psql -c "CREATE TABLE start_vid AS SELECT (SELECT v.id FROM edges_vertices_pgr v ORDER BY v.the_geom <-> s.geom LIMIT 1) AS vid FROM starts s;"
edges=$(psql -c "SELECT count(*) FROM edges")

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ours=(); pgr=()
for i in 1 2 3; do
  t0=$(now)
  "$cli" reach --network "$net" --starts "$starts" --id-field start_id --all-ways --cutoff "$cutoff" --out "$work/ours.csv"
  ours+=("$(echo "$(now) - $t0" | bc -l)")
  t0=$(now)
  psql -c "SELECT count(*) FROM pgr_drivingDistance('SELECT id, source, target, cost, cost AS reverse_cost FROM edges',
             (SELECT array_agg(vid) FROM start_vid), $cutoff, directed := false)" > "$work/pgr.txt"
  pgr+=("$(echo "$(now) - $t0" | bc -l)")
done
o=$(median "${ours[@]}"); p=$(median "${pgr[@]}")
n=$(psql -c "SELECT count(*) FROM starts")
printf 'network: %s one-segment edges; starts: %s; cutoff %s m; 2 cores\n' "$edges" "$n" "$cutoff"
printf 'QuarterHour reach (whole process, median of 3): %.3f s\n' "$o"
printf 'pgRouting 3.4 pgr_drivingDistance (the query alone, median of 3): %.3f s (%s reached rows)\n' "$p" "$(cat "$work/pgr.txt")"
printf 'ratio: pgRouting takes %.1f times as long\n' "$(echo "$p / $o" | bc -l)"
