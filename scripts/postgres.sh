#!/usr/bin/env bash
# Makes sure a local PostgreSQL (Debian's package) runs on 127.0.0.1:5432 and that a fresh, empty
# database exists for Waypoint. Usage: scripts/postgres.sh [database] (default waypoint_test).
# Prints the environment to use it: eval "$(scripts/postgres.sh)".
set -euo pipefail
database="${1:-waypoint_test}"
user=waypoint
password=waypoint

if ! command -v pg_ctlcluster >/dev/null; then
  echo "Installing PostgreSQL from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>&1 || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done

as_postgres() { (cd / && runuser -u postgres -- "$@"); }
if ! as_postgres psql -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$user'" | grep -q 1; then
  as_postgres psql -q -c "CREATE ROLE $user LOGIN PASSWORD '$password'" >&2
fi
as_postgres dropdb --if-exists "$database" >&2
as_postgres createdb -O "$user" "$database" >&2

echo "export WAYPOINT_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/$database"
echo "export WAYPOINT_TEST_PG_USER=$user"
echo "export WAYPOINT_TEST_PG_PASSWORD=$password"
