#!/usr/bin/env bash
# Two Waypoint instances behind nginx on loopback, one PostgreSQL, a real Keycloak.
# A scripted person signs in once, then creates and revises goals through the proxy while it
# alternates between the instances; halfway, one instance is killed with SIGKILL. At the end
# every write the app acknowledged must be in the database. Before that, both instances' e-mail
# jobs (every 2 s here) race to send the weekly reminder of 100 people to a real SMTP server:
# each person must get exactly one.
#   scripts/two-instances.sh [rounds]     (default 40)
# Needs: nginx, PostgreSQL, curl and Python's aiosmtpd (installed from Debian's packages when missing).
set -euo pipefail
# First matches are taken with `sed -n 1p`, which reads to the end: `head -1` closes the pipe
# early, and under pipefail the writer's SIGPIPE (exit 141) would end the script.
cd "$(dirname "$0")/.."
rounds="${1:-40}"
work="target/two-instances"
mkdir -p "$work"
rm -f "$work"/*.log "$work/cookies"

if ! command -v nginx >/dev/null || ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq nginx python3-aiosmtpd >/dev/null
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  [ -f "$work/smtp.pid" ] && kill "$(cat "$work/smtp.pid")" 2>/dev/null || true
  scripts/keycloak.sh stop >/dev/null || true
}
trap cleanup EXIT

echo "== Building the production jar for PostgreSQL"
./mvnw -B -q -ntp package -Ppostgres -DskipTests -Dspotless.check.skip

echo "== PostgreSQL and Keycloak"
eval "$(scripts/postgres.sh waypoint_two)"
scripts/keycloak.sh start

echo "== A mail server on 127.0.0.1:2525 that writes each e-mail it accepts to $work/smtp.log"
/usr/bin/python3 -u -m aiosmtpd -n -l 127.0.0.1:2525 >"$work/smtp.log" 2>&1 &
echo $! >"$work/smtp.pid"

# The same secrets on both instances: a session cookie made by one is read by the other.
secret="two-instances-token-encryption-secret-0123456789"
start_instance() {
  local port=$1
  # Each instance has its own management port (metrics): 9081 beside 8081, 9082 beside 8082.
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port WAYPOINT_MANAGEMENT_PORT=$((port + 1000)) \
  QUARKUS_DATASOURCE_JDBC_URL="$WAYPOINT_TEST_PG_URL" \
  QUARKUS_DATASOURCE_USERNAME="$WAYPOINT_TEST_PG_USER" \
  QUARKUS_DATASOURCE_PASSWORD="$WAYPOINT_TEST_PG_PASSWORD" \
  QUARKUS_OIDC_AUTH_SERVER_URL=http://127.0.0.1:8180/realms/waypoint \
  QUARKUS_OIDC_CLIENT_ID=waypoint QUARKUS_OIDC_CREDENTIALS_SECRET=waypoint-local-secret \
  QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET="$secret" WAYPOINT_HTTPS=false \
  QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
  QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST=true QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
  WAYPOINT_MAIL_ENABLED=true QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=2525 \
  QUARKUS_MAILER_START_TLS=DISABLED WAYPOINT_MAIL_SEND_EVERY=2s WAYPOINT_MAIL_REMINDERS_EVERY=2s \
  WAYPOINT_MAIL_REMINDERS_DELAY=5s \
    java -jar target/quarkus-app/quarkus-run.jar >"$work/instance-$port.log" 2>&1 &
  pids+=($!)
  echo $! >"$work/instance-$port.pid"
  disown
}
echo "== Two instances on 8081 and 8082"
start_instance 8081
start_instance 8082
for port in 8081 8082; do
  ready=false
  for _ in $(seq 1 90); do
    if curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then ready=true; break; fi
    sleep 1
  done
  if [ "$ready" != true ]; then
    echo "The instance on $port did not become ready in 90 s; the end of its log:" >&2
    tail -40 "$work/instance-$port.log" >&2
    exit 1
  fi
  echo "instance on $port ready"
done

export PGPASSWORD="$WAYPOINT_TEST_PG_PASSWORD"
sql() { psql -h 127.0.0.1 -U "$WAYPOINT_TEST_PG_USER" -d waypoint_two -tAc "$1"; }

echo "== E-mail: 100 people whose check-in day it is now, reminders due, no quiet hours"
# A zone where it is about noon now, and that zone's weekday as their check-in day.
hour=$((10#$(date -u +%H)))
offset=$((12 - hour))
if [ "$offset" -gt 0 ]; then zone="Etc/GMT-$offset"; elif [ "$offset" -lt 0 ]; then zone="Etc/GMT+$((-offset))"; else zone="Etc/GMT"; fi
day=$(TZ="$zone" LC_ALL=C date +%A | tr '[:lower:]' '[:upper:]')
people=100
sql "INSERT INTO person (issuer, subject, name, email, display_name, time_zone, check_in_day, email_reminders,
       active, created_at, version, quiet_from, quiet_until, reminder_due_at)
     SELECT 'two-instances', 'mail-' || n, 'Mail ' || n, 'mail-' || n || '@example.test', 'Mail ' || n, '$zone',
       '$day', TRUE, TRUE, now(), 0, TIME '00:00', TIME '00:00', now() FROM generate_series(1, $people) AS n" >/dev/null
sent=0
for _ in $(seq 1 150); do
  sent=$(sql "SELECT count(*) FROM outbox_mail o JOIN person p ON p.id = o.person_id
              WHERE p.issuer = 'two-instances' AND o.state = 'SENT'")
  [ "$sent" -ge "$people" ] && break
  sleep 1
done
sleep 3 # a second e-mail to anyone would be sent by now
received=$(grep -c '^To: mail-[0-9]*@example.test' "$work/smtp.log" || true)
twice=$( (grep -o '^To: mail-[0-9]*@example.test' "$work/smtp.log" || true) | sort | uniq -d | wc -l)
queued_by() { { grep -o 'queued [0-9]* check-in reminder' "$work/instance-$1.log" || true; } | awk '{n += $2} END {print n + 0}'; }
sent_by() { { grep -o 'Sent [0-9]* e-mail' "$work/instance-$1.log" || true; } | awk '{n += $2} END {print n + 0}'; }
echo "reminders queued by 8081: $(queued_by 8081), by 8082: $(queued_by 8082);" \
  "e-mails sent by 8081: $(sent_by 8081), by 8082: $(sent_by 8082)"
echo "== E-mail result: $people people due, $sent outbox rows sent, $received e-mails received, $twice people e-mailed twice"
if [ "$sent" -ne "$people" ] || [ "$received" -ne "$people" ] || [ "$twice" -ne 0 ]; then
  echo "Each person must get exactly one reminder." >&2
  exit 1
fi

cat >"$work/nginx.conf" <<NGINX
daemon on;
pid $PWD/$work/nginx.pid;
error_log $PWD/$work/nginx-error.log;
events {}
http {
  log_format upstream '\$request_method \$uri \$status \$upstream_addr';
  access_log $PWD/$work/nginx-access.log upstream;
  upstream waypoint { server 127.0.0.1:8081 max_fails=1 fail_timeout=30s; server 127.0.0.1:8082 max_fails=1 fail_timeout=30s; }
  server {
    listen 127.0.0.1:8080;
    location / {
      proxy_pass http://waypoint;
      # The encrypted session cookie (it carries the tokens) is larger than nginx's default buffer.
      proxy_buffer_size 32k;
      proxy_buffers 8 32k;
      proxy_busy_buffers_size 64k;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$host:\$server_port;
      add_header X-Served-By \$upstream_addr always;
    }
  }
}
NGINX
nginx -c "$PWD/$work/nginx.conf" -p "$PWD/$work"
echo "== nginx on http://127.0.0.1:8080, round robin"

app=http://127.0.0.1:8080
jar="$work/cookies"
curl_app() { curl -sS -b "$jar" -c "$jar" "$@"; }

echo "== Alice signs in once, through Keycloak's login form"
login_page=$(curl_app -L "$app/sign-in")
action=$(printf '%s' "$login_page" | grep -o 'action="[^"]*"' | sed -n 1p | sed 's/action="//; s/"$//; s/&amp;/\&/g')
landing=$(curl_app -L -o /dev/null -w '%{url_effective} %{http_code}' \
  --data-urlencode username=alice --data-urlencode password=alice-password "$action")
echo "signed in, landed on: $landing"

token() { curl_app "$app/goals/new" | grep -o 'name="csrf-token" value="[^"]*"' | sed -n 1p | sed 's/.*value="//; s/"$//'; }

acknowledged=()
declare -A served
failures=0
for round in $(seq 1 "$rounds"); do
  if [ "$round" -eq $((rounds / 2)) ]; then
    echo "== Round $round: kill -9 the instance on 8081"
    kill -9 "$(cat "$work/instance-8081.pid")"
  fi
  # An extra page view every other round, so creates and revisions land on both instances.
  if [ $((round % 2)) -eq 1 ]; then curl_app -o /dev/null "$app/"; fi
  csrf=$(token)
  headers=$(curl_app -o /dev/null -D - --data-urlencode "csrf-token=$csrf" \
    --data-urlencode "title=Two-instance goal $round" --data-urlencode category=TECHNICAL \
    --data-urlencode "steps=First step of $round" "$app/goals")
  status=$(printf '%s' "$headers" | sed -n 1p | awk '{print $2}')
  by=$(printf '%s' "$headers" | grep -i '^X-Served-By' | tr -d '\r' | awk '{print $2}')
  location=$(printf '%s' "$headers" | grep -i '^Location' | tr -d '\r' | awk '{print $2}')
  location=${location%%\?*}   # the answer names the new goal, then says what happened: /goals/42?done=goal-set
  served[$by]=$(( ${served[$by]:-0} + 1 ))
  if [ "$status" = "303" ] && [[ "$location" == *"/goals/"* ]]; then
    goal_id=${location##*/goals/}
    acknowledged+=("$goal_id")
    # Revise it through the proxy too: the next request may land on the other instance.
    page=$(curl_app "$app/goals/$goal_id")
    version=$(printf '%s' "$page" | grep -o 'name="version" value="[0-9]*"' | sed -n 1p | grep -o '[0-9]*"' | tr -d '"')
    csrf=$(printf '%s' "$page" | grep -o 'name="csrf-token" value="[^"]*"' | sed -n 1p | sed 's/.*value="//; s/"$//')
    revised=$(curl_app -o /dev/null -w '%{http_code}' --data-urlencode "csrf-token=$csrf" \
      --data-urlencode "title=Two-instance goal $round (revised)" --data-urlencode category=TECHNICAL \
      --data-urlencode "version=$version" --data-urlencode "reason=round $round" "$app/goals/$goal_id/revision")
    [ "$revised" = "303" ] || { echo "round $round: revision answered $revised"; failures=$((failures + 1)); }
  else
    echo "round $round: create answered $status (Location: $location)"
    failures=$((failures + 1))
  fi
done

echo "== Goal creates answered per instance:"
for by in "${!served[@]}"; do echo "  $by: ${served[$by]}"; done
echo "== All requests through the proxy (method, status, instance):"
awk '{ up = $4; for (i = 5; i <= NF; i++) up = up " then " $i; print "  " $1 " " $3 " " up }' \
  "$work/nginx-access.log" | sort | uniq -c
stored=$(psql -h 127.0.0.1 -U "$WAYPOINT_TEST_PG_USER" -d waypoint_two -tAc \
  "SELECT count(*) FROM goal WHERE title LIKE 'Two-instance goal % (revised)'")
missing=0
for id in "${acknowledged[@]}"; do
  found=$(psql -h 127.0.0.1 -U "$WAYPOINT_TEST_PG_USER" -d waypoint_two -tAc "SELECT count(*) FROM goal WHERE id = $id")
  [ "$found" = "1" ] || missing=$((missing + 1))
done
# After the first sign-in, any 302 would be a trip back to Keycloak.
relogins=$(grep -v '^GET /sign-in ' "$work/nginx-access.log" | grep -c ' 302 ' || true)
echo "== Result: ${#acknowledged[@]} goals acknowledged, $stored stored and revised, $missing missing," \
  "$failures failed requests, $relogins redirects to sign in again"
[ "$missing" -eq 0 ] && [ "$failures" -eq 0 ] && [ "$relogins" -eq 0 ] && [ "${#acknowledged[@]}" -eq "$rounds" ] && [ "$stored" -eq "$rounds" ]
