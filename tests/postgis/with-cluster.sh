#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL 15 + PostGIS server: initdb into a
# temporary folder, a Unix socket in that folder (no TCP port), stopped and removed
# when the command ends, whatever it did (failed, crashed, was interrupted). The
# command finds the server in QH_PG ("host=FOLDER user=postgres"), an empty database
# "qh" with PostGIS in it, and the server's binaries in QH_PGBIN. The role "planner"
# (QH_PG_PLANNER) must give its password (QH_PG_PLANNER_PASSWORD) and may read
# every table postgres makes in qh's public schema: a bureau's server as it is.
#
#   tests/postgis/with-cluster.sh COMMAND [ARGS...]
#
# Needs Debian's postgresql-15 and postgresql-15-postgis-3 (packaging/install-deps).
set -euo pipefail
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
if [[ ! -x $pgbin/initdb ]] || ! ls /usr/share/postgresql/15/extension/postgis.control >/dev/null 2>&1; then
  echo "with-cluster: PostgreSQL 15 with PostGIS is not installed; run packaging/install-deps" >&2
  exit 1
fi
work=$(mktemp -d /tmp/qh-pg.XXXXXX)
# initdb refuses to run as root: the server then runs as the postgres user.
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[[ $(id -u) -eq 0 ]] && chown postgres "$work"
stop() {
  as_pg "$pgbin/pg_ctl" -D "$work/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM
as_pg "$pgbin/initdb" -D "$work/db" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
# Ahead of the trust lines: the planner's connections ask for a password.
as_pg sed -i '1i local all planner scram-sha-256' "$work/db/pg_hba.conf"
as_pg "$pgbin/pg_ctl" -D "$work/db" -o "-k $work -c listen_addresses='' -c fsync=off" -l "$work/server.log" -w start >/dev/null \
  || { cat "$work/server.log" >&2; exit 1; }
psql -h "$work" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 -c "CREATE DATABASE qh" >/dev/null
psql -h "$work" -U postgres -d qh -qAt -v ON_ERROR_STOP=1 -c "CREATE EXTENSION postgis" >/dev/null
psql -h "$work" -U postgres -d qh -qAt -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE planner LOGIN PASSWORD 'qh-secret'" \
  -c "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO planner" >/dev/null
export QH_PG="host=$work user=postgres" QH_PGBIN="$pgbin" QH_PG_PLANNER="host=$work user=planner" \
  QH_PG_PLANNER_PASSWORD="qh-secret"
set +e
"$@"
rc=$?
set -e
[[ $rc -ne 0 ]] && { echo "with-cluster: server log:" >&2; tail -20 "$work/server.log" >&2; }
exit $rc
