#!/usr/bin/env bash
# Tries docs/operations.md's PostgreSQL backup and restore on a database with data in it (in CI, the
# test suite's): pg_dump while it may be in use, pg_restore into a new database, then every table's
# row count compared. Any difference fails.
#   scripts/pg-backup-check.sh [database]   (default waypoint_test; needs WAYPOINT_TEST_PG_USER and
#                                             _PASSWORD, as eval "$(scripts/postgres.sh)" prints)
set -euo pipefail
cd "$(dirname "$0")/.."
source_db="${1:-waypoint_test}"
restored_db="${source_db}_restored"
user="${WAYPOINT_TEST_PG_USER:?run eval \"\$(scripts/postgres.sh)\" first}"
export PGPASSWORD="${WAYPOINT_TEST_PG_PASSWORD:?}"
work=target/pg-backup
mkdir -p "$work"

as_postgres() { (cd / && runuser -u postgres -- "$@"); }
sql() { psql -h 127.0.0.1 -U "$user" -d "$1" -tAc "$2"; }

echo "== pg_dump $source_db"
pg_dump -h 127.0.0.1 -U "$user" -d "$source_db" -Fc -f "$work/waypoint.dump"
as_postgres dropdb --if-exists "$restored_db"
as_postgres createdb -O "$user" "$restored_db"
echo "== pg_restore into $restored_db"
pg_restore -h 127.0.0.1 -U "$user" -d "$restored_db" --no-owner "$work/waypoint.dump"

tables=$(sql "$source_db" "SELECT table_name FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")
different=0
rows=0
printf '  %-28s %10s %10s\n' table "$source_db" restored
for table in $tables; do
  before=$(sql "$source_db" "SELECT count(*) FROM \"$table\"")
  after=$(sql "$restored_db" "SELECT count(*) FROM \"$table\"")
  printf '  %-28s %10s %10s\n' "$table" "$before" "$after"
  rows=$((rows + before))
  [ "$before" = "$after" ] || different=$((different + 1))
done
version=$(sql "$restored_db" "SELECT max(version::int) FROM flyway_schema_history WHERE success")
echo "== $(wc -w <<<"$tables") tables, $rows rows, schema version $version; tables that differ: $different"
as_postgres dropdb "$restored_db"
[ "$different" -eq 0 ] && [ "$rows" -gt 0 ]
