#!/usr/bin/env bash
# Measures Waypoint's main pages on the production jar, signed in through the project's Keycloak,
# at a small and at a company-sized instance (seeded by dev.waypoint.bench.Seeder), and prints a
# Markdown table: requests/s, p50/p99, bytes plain and gzip, SQL statements per request, each page's
# throughput as a ratio to the fastest (cheapest) signed-in page of the same run and to its own
# small-data figure; then an open-model run (constant arrival rate) on the dashboard and the board;
# start-up and memory, beside a bare Quarkus REST app of the same version (scripts/bare-app) and an
# app with only Waypoint's extensions (scripts/stack-app), each also under the same load.
#
#   scripts/benchmark.sh                      H2, company size: 10,000 people, 2 × 5 s a page (about 23 min)
#   scripts/benchmark.sh --db postgres        the same on PostgreSQL (Debian's, set up by scripts/postgres.sh)
#   scripts/benchmark.sh --people 2000 --seconds 5
#   scripts/benchmark.sh --smoke              tiny sizes and 1 s a page: proves the tool works (CI)
#
# Needs wrk (Debian's package; installed when missing and run as root). Results also go to
# target/bench/results-h2.md or results-postgres.md. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

people=10000
small=60
seconds=5
connections=16
# The production jar's documented JVM options (README, Dockerfile.jvm); the bare app gets the same.
jvm_options=(-Xmx512m -XX:+UseParallelGC)
warm_rounds=8
warm_seconds=3
db=h2
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --people) people="$2"; shift 2 ;;
    --small) small="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --smoke) people=120; small=20; seconds=1; warm_rounds=1; warm_seconds=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case "$db" in
  h2) database_name="H2 (embedded)"; build_profile=() ;;
  postgres)
    # The database kind is fixed when the jar is built; the postgres profile builds it for PostgreSQL.
    build_profile=(-Ppostgres)
    # The server and the credentials; each size gets its own fresh database below.
    postgres_env=$(scripts/postgres.sh waypoint_bench_small)
    eval "$postgres_env"
    database_name="PostgreSQL $(psql --version | awk '{print $3}')" ;;
  *) echo "unknown database $db (h2 or postgres)" >&2; exit 2 ;;
esac

if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi

work=target/bench
mkdir -p "$work"
echo "== Building the production jar"
./mvnw -B -q -ntp package -DskipTests "${build_profile[@]}"
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >/dev/null
classpath="target/test-classes:target/classes:$(cat "$work/classpath.txt")"

scripts/keycloak.sh stop >/dev/null 2>&1 || true
scripts/keycloak.sh start
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  scripts/keycloak.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

port=8089
app="http://127.0.0.1:$port"
results="$work/results-$db.md"
: >"$results"
declare -A small_rate

jdbc_url() { # $1: data directory; the size's database
  if [ "$db" = postgres ]; then
    echo "${WAYPOINT_TEST_PG_URL%/*}/waypoint_bench_$(basename "$1")"
  else
    echo "jdbc:h2:file:$PWD/$1/waypoint"
  fi
}

start_app() { # $1: data directory, $2: log every SQL statement (true/false), then NAME=value settings; start-up ms to $work/startup
  local started=$(date +%s%N)
  local database=()
  [ "$db" = postgres ] && database=(QUARKUS_DATASOURCE_JDBC_URL="$(jdbc_url "$1")"
    QUARKUS_DATASOURCE_USERNAME="$WAYPOINT_TEST_PG_USER" QUARKUS_DATASOURCE_PASSWORD="$WAYPOINT_TEST_PG_PASSWORD")
  QUARKUS_HIBERNATE_ORM_LOG_SQL="${2:-false}" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port \
    WAYPOINT_DATA_DIR="$PWD/$1" \
    QUARKUS_OIDC_AUTH_SERVER_URL=http://127.0.0.1:8180/realms/waypoint \
    QUARKUS_OIDC_CLIENT_ID=waypoint QUARKUS_OIDC_CREDENTIALS_SECRET=waypoint-local-secret \
    QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET=benchmark-only-secret-0123456789abcdef \
    WAYPOINT_HTTPS=false \
    env "${database[@]}" "${@:3}" java "${jvm_options[@]}" -jar target/quarkus-app/quarkus-run.jar >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    if curl -fsS "$app/q/health/ready" >/dev/null 2>&1; then
      echo $(( ($(date +%s%N) - started) / 1000000 )) >"$work/startup"
      return 0
    fi
    sleep 0.1
  done
  echo "Waypoint did not start; see $work/app.log" >&2
  tail -20 "$work/app.log" >&2
  exit 1
}

sign_in() { # $1: persona, $2: a page that asks to sign in (/sign-in); leaves a curl cookie jar in $work/$1.jar and prints the Cookie header
  local jar="$work/$1.jar"
  rm -f "$jar"
  local login action
  login=$(curl -sS -b "$jar" -c "$jar" -L "$app${2:-/sign-in}")
  action=$(printf '%s' "$login" | grep -o 'action="[^"]*"' | sed -n 1p | sed 's/action="//; s/"$//; s/&amp;/\&/g')
  curl -sS -b "$jar" -c "$jar" -L -o /dev/null --data-urlencode "username=$1" \
    --data-urlencode "password=$1-password" "$action"
  # Only Waypoint's own cookies (session chunks, CSRF): a browser sends Keycloak's to Keycloak.
  awk -F'\t' '$1 ~ /127.0.0.1/ && NF >= 7 && ($6 ~ /^q_session/ || $6 == "csrf-token") {printf "%s=%s; ", $6, $7}' \
    "$jar" | sed 's/; $//'
}

checked_wrk() { # $1 what is loaded (for a failure), then wrk's arguments; prints wrk's output, fails on any answer but 2xx
  local label=$1 out
  shift
  out=$(wrk "$@")
  if printf '%s\n' "$out" | grep -q "Non-2xx"; then
    echo "!! $label answered non-2xx under load" >&2
    printf '%s\n' "$out" >&2
    exit 1
  fi
  printf '%s\n' "$out"
}

measure() { # $1 label, $2 cookie, $3 path, $4 "htmx" or ""; prints "rps p50 p99 bytes gzip"
  local extra=()
  [ "$4" = "htmx" ] && extra=(-H "HX-Request: true")
  local out
  out=$(checked_wrk "$1 ($3)" -t2 -c$connections -d${seconds}s --latency -H "Cookie: $2" "${extra[@]}" "$app$3")
  local rps p50 p99 plain gz
  rps=$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(printf '%s\n' "$out" | awk '$1 == "50%" {print $2}')
  p99=$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')
  plain=$(curl -sS -o /dev/null -w '%{size_download}' -H "Cookie: $2" "${extra[@]}" "$app$3")
  gz=$(curl -sS -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -H "Cookie: $2" "${extra[@]}" "$app$3")
  echo "$rps $p50 $p99 $plain $gz"
}

compiler_seconds() { # CPU seconds the app's JIT compiler threads have used so far
  local task total=0
  for task in /proc/"$app_pid"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ Compiler*|C2\ Compiler*)
        total=$(awk -v t="$total" '{print t + ($14 + $15) / 100}' "$task/stat") ;;
    esac
  done
  echo "$total"
}

rate_at() { # $1 max req/s, $2 share; at least one a second
  awk -v m="$1" -v s="$2" 'BEGIN {r = m * s; if (r < 1) r = 1; printf "%.1f", r}'
}

open_model() { # $1 cookie, $2 path, $3 rate; prints OpenModel's line, fails on any answer but 200
  local line
  line=$(java -cp "$classpath" dev.waypoint.bench.OpenModel --url "$app$2" --cookie "$1" --rate "$3" \
    --seconds "$seconds" --warm-up "$(( (seconds + 1) / 2 ))")
  if [[ "$line" != *" errors=0 "* ]]; then
    echo "!! $2 failed under the open model: $line" >&2
    exit 1
  fi
  echo "$line"
}

run_size() { # $1 size name, $2 people
  rm -rf "$work/$1"
  mkdir -p "$work/$1"
  echo "== Seeding $2 people ($1, $database_name)"
  local credentials=()
  if [ "$db" = postgres ]; then
    scripts/postgres.sh "waypoint_bench_$1" >/dev/null
    credentials=(--user "$WAYPOINT_TEST_PG_USER" --password "$WAYPOINT_TEST_PG_PASSWORD")
  fi
  java -cp "$classpath" dev.waypoint.bench.Seeder --jdbc-url "$(jdbc_url "$work/$1")" "${credentials[@]}" \
    --people "$2" --subjects keycloak
  start_app "$work/$1" false
  local startup; startup=$(cat "$work/startup")
  waypoint_startup=$startup
  local alice bob carol
  alice=$(sign_in alice); bob=$(sign_in bob); carol=$(sign_in carol)
  local week; week=$(date -u +%G-W%V)
  # label|persona cookie var|path|htmx
  local pages=(
    "teams|alice|/teams|"
    "dashboard|alice|/|"
    "inbox|alice|/inbox|"
    "goals|alice|/goals|"
    "goal page|alice|/goals/1|"
    "check-in|alice|/check-ins/$week|"
    "check-ins|alice|/check-ins|"
    "milestones|alice|/milestones|"
    "insights|alice|/insights|"
    "people|alice|/people|"
    "search: five years (alice)|alice|/search?q=meetings|"
    "search: nothing found (alice)|alice|/search?q=zqxj|"
    "search: 30 mentees (bob)|bob|/search?q=goal|"
    "search: a team of 50 (carol)|carol|/search?q=goal|"
    "palette (alice)|alice|/search/jump?q=goal|htmx"
    "mentor dashboard|bob|/mentoring|"
    "mentorship|bob|/mentorships/1|"
    "session (agenda)|bob|/mentorships/1/sessions/29|"
    "team board|carol|/teams/1|"
    "board columns (htmx)|carol|/teams/1|htmx"
    "team overview|carol|/teams/1/overview|"
  )
  {
    echo
    echo "### $1, $database_name: $2 people ($(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 -c$connections, the better of two ${seconds} s runs)"
    echo
    echo "| page | req/s | × fastest | × small | p50 | p99 | KB | KB gzip | SQL |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  } >>"$results"
  # Warm-up: rounds over every page at two connections, until the JIT's compiler threads are nearly
  # idle (under 4 s of compiling in a round; the round after that compiled about 1 s). On 2 cores, under the full load the compilers get a small share of the CPU and were still
  # at work after three and a half minutes; at two connections they finish in about two.
  local round jit_before jit_after
  jit_before=$(compiler_seconds)
  for round in $(seq 1 "$warm_rounds"); do
    alice=$(sign_in alice); bob=$(sign_in bob); carol=$(sign_in carol)
    for entry in "${pages[@]}"; do
      IFS='|' read -r label who path mode <<<"$entry"
      local warm=()
      [ "$mode" = "htmx" ] && warm=(-H "HX-Request: true")
      wrk -t1 -c2 -d${warm_seconds}s -H "Cookie: ${!who}" "${warm[@]}" "$app$path" >/dev/null
    done
    jit_after=$(compiler_seconds)
    echo "warm-up round $round: the JIT compiled for $(awk -v a="$jit_after" -v b="$jit_before" 'BEGIN {printf "%.1f", a - b}') s"
    if [ "$round" -ge 2 ] && awk -v a="$jit_after" -v b="$jit_before" 'BEGIN {exit !(a - b < 4)}'; then
      break
    fi
    jit_before=$jit_after
  done
  # Signed in afresh for each phase: the realm's ID tokens live five minutes, and an expired one
  # makes every request refresh it with Keycloak (the load tools do not keep the new cookie).
  # Two passes over the pages; each page keeps its better one. The shared machine slows down now and
  # then for seconds at a time, and a single pass pinned that on whichever page was running.
  # The open model's rates come from the slower pass: 80 % of the better one overloaded the app
  # whenever the host was slower again during the open-model run.
  local labels=() rows=() slower=() cheapest=0 pass i
  for pass in 1 2; do
    alice=$(sign_in alice); bob=$(sign_in bob); carol=$(sign_in carol)
    i=0
    for entry in "${pages[@]}"; do
      IFS='|' read -r label who path mode <<<"$entry"
      local row; row=$(measure "$label" "${!who}" "$path" "$mode")
      labels[$i]="$label"
      if [ -z "${rows[$i]:-}" ]; then
        rows[$i]="$row"; slower[$i]="${row%% *}"
      elif awk -v a="${row%% *}" -v b="${rows[$i]%% *}" 'BEGIN {exit !(a > b)}'; then
        slower[$i]="${rows[$i]%% *}"; rows[$i]="$row"
      else
        slower[$i]="${row%% *}"
      fi
      i=$(( i + 1 ))
    done
  done
  for i in "${!rows[@]}"; do
    cheapest=$(awk -v a="${rows[$i]%% *}" -v b="$cheapest" 'BEGIN {print (a > b ? a : b)}')
    case "${labels[$i]}" in
      dashboard) dashboard_max=${slower[$i]} ;;
      "team board") board_max=${slower[$i]} ;;
    esac
  done
  alice=$(sign_in alice); carol=$(sign_in carol)
  local open_lines=() share
  for share in 0.8 0.1; do
    open_lines+=("- dashboard at $share × max: $(open_model "$alice" / "$(rate_at "$dashboard_max" "$share")")")
    open_lines+=("- team board at $share × max: $(open_model "$carol" /teams/1 "$(rate_at "$board_max" "$share")")")
  done
  local rss; rss=$(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$app_pid/status)
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

  # Statements: the same pages once more on an app that logs every SQL statement Hibernate sends.
  # Each page is asked twice and the second counted, as the tests do. The session check (plain
  # JDBC, one primary-key lookup a request) is not logged and comes on top.
  start_app "$work/$1" true
  alice=$(sign_in alice); bob=$(sign_in bob); carol=$(sign_in carol)
  local statements=()
  for entry in "${pages[@]}"; do
    IFS='|' read -r label who path mode <<<"$entry"
    local extra=()
    [ "$mode" = "htmx" ] && extra=(-H "HX-Request: true")
    curl -sS -o /dev/null -H "Cookie: ${!who}" "${extra[@]}" "$app$path"
    local before; before=$(grep -c '\[Hibernate\]' "$work/app.log" || true)
    curl -sS -o /dev/null -H "Cookie: ${!who}" "${extra[@]}" "$app$path"
    statements+=($(( $(grep -c '\[Hibernate\]' "$work/app.log" || true) - before )))
  done
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

  # One pass of the reminder job. Every seeded person is due (their next look is when they were
  # seeded); a pass takes the first 500 by when they are due. Its statements are those logged from
  # start-up until the pass ends: nothing else runs by then (the outbox's first look is at 30 s).
  start_app "$work/$1" true WAYPOINT_MAIL_ENABLED=true QUARKUS_MAILER_MOCK=true \
    WAYPOINT_MAIL_REMINDERS_DELAY=5s WAYPOINT_MAIL_SEND_EVERY=1h
  for _ in $(seq 1 120); do
    grep -q 'Reminder pass:' "$work/app.log" && break
    sleep 1
  done
  local pass pass_statements
  pass=$(grep -o 'Reminder pass: .*' "$work/app.log" | sed -n 1p || true)
  [ -n "$pass" ] || { echo "!! the reminder job did not run; see $work/app.log" >&2; exit 1; }
  pass_statements=$(awk '/Reminder pass:/ {exit} /\[Hibernate\]/ {n++} END {print n + 0}' "$work/app.log")
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

  for i in "${!labels[@]}"; do
    local label="${labels[$i]}"
    read -r rps p50 p99 plain gz <<<"${rows[$i]}"
    local ratio vs_small="–"
    ratio=$(awk -v a="$rps" -v b="$cheapest" 'BEGIN {printf "%.2f", a / b}')
    if [ "$1" = "company" ] && [ -n "${small_rate[$label]:-}" ]; then
      vs_small=$(awk -v a="$rps" -v b="${small_rate[$label]}" 'BEGIN {printf "%.2f", a / b}')
    fi
    small_rate[$label]=${small_rate[$label]:-$rps}
    printf '| %s | %s | %s | %s | %s | %s | %.1f | %.1f | %s |\n' "$label" "$rps" "$ratio" "$vs_small" "$p50" "$p99" \
      "$(awk -v b="$plain" 'BEGIN {print b / 1024}')" "$(awk -v b="$gz" 'BEGIN {print b / 1024}')" \
      "${statements[$i]}" | tee -a "$results"
  done
  {
    echo
    echo "Open model (constant arrival rate, latency from when each request was due):"
    echo
    printf '%s\n' "${open_lines[@]}"
    echo
    echo "Start-up to ready: ${startup} ms; RSS after the runs: $rss (${jvm_options[*]})."
    echo
    echo "Reminder job, one pass over $2 people: ${pass#Reminder pass: }; $pass_statements SQL statements."
  } | tee -a "$results"

}

start_yardstick() { # $1 project folder; starts its jar, ms until /hello answers to $work/startup
  local started=$(date +%s%N)
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port STACK_DATA_DIR="$PWD/$work/stack" \
    QUARKUS_OIDC_AUTH_SERVER_URL=http://127.0.0.1:8180/realms/waypoint \
    QUARKUS_OIDC_CLIENT_ID=waypoint QUARKUS_OIDC_CREDENTIALS_SECRET=waypoint-local-secret \
    QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET=benchmark-only-secret-0123456789abcdef \
    java "${jvm_options[@]}" -jar "$1/target/quarkus-app/quarkus-run.jar" >"$work/yardstick.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 300); do
    curl -fsS "$app/hello" >/dev/null 2>&1 && break
    sleep 0.1
  done
  echo $(( ($(date +%s%N) - started) / 1000000 )) >"$work/startup"
}

stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

yardstick_rate() { # $1 cookie ("" for none), $2 path: warmed up as Waypoint's pages are, then the better of two runs' req/s
  local round best=0 rate
  for round in $(seq 1 "$warm_rounds"); do
    wrk -t1 -c2 -d${warm_seconds}s -H "Cookie: $1" "$app$2" >/dev/null
  done
  local out
  for round in 1 2; do
    out=$(checked_wrk "$2" -t2 -c$connections -d${seconds}s -H "Cookie: $1" "$app$2")
    rate=$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')
    best=$(awk -v a="$rate" -v b="$best" 'BEGIN {print (a > b ? a : b)}')
  done
  echo "$best"
}

yardsticks() { # start-up and throughput of the bare app (RSS too) and of the stack app, under the same load
  echo "== The bare Quarkus REST app and the stack app, for comparison"
  ./mvnw -B -q -ntp -f scripts/bare-app/pom.xml package -DskipTests
  ./mvnw -B -q -ntp -f scripts/stack-app/pom.xml package -DskipTests
  start_yardstick scripts/bare-app
  local bare; bare=$(cat "$work/startup")
  local bare_rate; bare_rate=$(yardstick_rate "" /hello)
  local rss; rss=$(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$app_pid/status)
  stop_app
  # Timed on its second start, as Waypoint's is: the first one creates and migrates its database.
  rm -rf "$work/stack"
  start_yardstick scripts/stack-app; stop_app
  start_yardstick scripts/stack-app
  local stack; stack=$(cat "$work/startup")
  local cookie; cookie=$(sign_in alice /hello/page)
  local page; page=$(curl -sS -H "Cookie: $cookie" "$app/hello/page")
  if [[ "$page" != *"things"* ]]; then
    echo "!! the stack app's signed-in page did not answer: $page" >&2
    exit 1
  fi
  local stack_rate; stack_rate=$(yardstick_rate "$cookie" /hello/page)
  stop_app
  {
    echo
    echo "### Yardsticks (same Quarkus, ${jvm_options[*]}, wrk -t2 -c$connections, the better of two ${seconds} s runs)"
    echo
    echo "- A bare Quarkus REST app, one endpoint: start-up to ready $bare ms; $bare_rate req/s; RSS after the load: $rss."
    echo "- Waypoint's start-up at the last size ($database_name; the stack app's is on H2), ${waypoint_startup} ms, is $(awk -v a="$waypoint_startup" -v b="$stack" 'BEGIN {printf "%.2f", a / b}')× the stack app's."
    echo "- The stack app (scripts/stack-app: Waypoint's extensions, one entity, one migration, one template), H2: start-up to ready $stack ms; its signed-in page (a count, a one-line template) $stack_rate req/s."
  } | tee -a "$results"
}

run_size small "$small"
run_size company "$people"
yardsticks
echo
echo "Results in $results"
