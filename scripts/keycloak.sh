#!/usr/bin/env bash
# A real Keycloak on 127.0.0.1:8180 with the Waypoint realm (scripts/keycloak/waypoint-realm.json),
# no Docker: the distribution comes from Maven Central through the Maven wrapper.
#   scripts/keycloak.sh start   downloads (once), imports the realm, starts, waits until ready
#   scripts/keycloak.sh stop    stops it
# Personas sign in with <name>-password, e.g. alice / alice-password.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${KEYCLOAK_VERSION:-26.5.6}"
port="${KEYCLOAK_PORT:-8180}"
base="target/keycloak"
home="$base/keycloak-$version"
pidfile="$base/keycloak.pid"

start() {
  if [ ! -x "$home/bin/kc.sh" ]; then
    echo "Fetching Keycloak $version from Maven Central"
    ./mvnw -B -q -ntp dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
      -DoutputDirectory="$base" -Dmdep.overWriteReleases=true
    unzip -q -o "$base/keycloak-quarkus-dist-$version.zip" -d "$base"
  fi
  # A fresh realm every start: the import is skipped for a realm that exists already.
  rm -rf "$home/data/h2"
  mkdir -p "$home/data/import"
  cp scripts/keycloak/waypoint-realm.json "$home/data/import/"
  echo "Starting Keycloak on http://127.0.0.1:$port"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid "$home/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port="$port" \
    </dev/null >"$base/keycloak.log" 2>&1 &
  echo $! >"$pidfile"
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/realms/waypoint/.well-known/openid-configuration" >/dev/null 2>&1; then
      echo "Keycloak is ready: realm waypoint, client waypoint"
      return 0
    fi
    sleep 1
  done
  echo "Keycloak did not start; see $base/keycloak.log" >&2
  tail -20 "$base/keycloak.log" >&2
  return 1
}

stop() {
  if [ -f "$pidfile" ]; then
    kill -- -"$(cat "$pidfile")" 2>/dev/null || kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
    echo "Keycloak stopped"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
