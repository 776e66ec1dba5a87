#!/usr/bin/env bash
# The commitment list under load while the follow-up sweep runs every 5 s (as in bench/run.sh), one build or several
# side by side: each quarkus-app directory in APPS is started in turn, ROUNDS times, on the same data.
#
#   bench/list.sh postgres 1000000                     # builds the jar, fills a fresh database, one round
#   REUSE=1 ROUNDS=3 APPS="/tmp/before /tmp/after" bench/list.sh postgres 1000000
#   REUSE=1 ROUNDS=2 VARIANTS="default|-XX:TieredStopAtLevel=1" bench/list.sh h2 1000000   # JVM options side by side
#
# Each node warms up as in bench/run.sh (the overdue report and the list, one connection each), then the list for
# one party at 50 connections with an API token and without, and the overdue report page at 50 connections; each
# build once per entry of VARIANTS (bench/lib.sh, `variant`). Results: bench/results/list-<kind>-<commitments>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

KIND=${1:-postgres}
N=${2:-1000000}
PORT=${PORT:-8089}
SMTP_PORT=${SMTP_PORT:-2525}
DURATION=${DURATION:-15s}
OUT=bench/results/list-$KIND-$N.txt
mkdir -p bench/results target/bench
: > "$OUT"
. bench/lib.sh

header "Pacta list under load: $KIND, $N commitments, sweep every 5 s"
if [ -z "${APPS:-}" ]; then
  ./mvnw -B -q package -DskipTests $([ "$KIND" = postgres ] && echo -Dquarkus.profile=postgres)
fi
database "$KIND"
if [ "${REUSE:-}" != 1 ]; then
  start target/bench/list-first.log -Dpacta.followup.enabled=false -Dpacta.dispatch.enabled=false
  stop
  generate "$N" 1000
fi
variants
for round in $(seq 1 "${ROUNDS:-1}"); do
  for app in ${APPS:-target/quarkus-app}; do
    for entry in "${VARIANT_LIST[@]}"; do
      variant "$entry"
      APP_JAR=$app/quarkus-run.jar
      start target/bench/list.log "${OPTS[@]}" -Dpacta.dispatch.enabled=false -Dpacta.followup.sweep-every=5s
      TOKEN=$(token)
      AUTH="Authorization: Bearer $TOKEN"
      party=$(curl -s -H "$AUTH" "http://127.0.0.1:$PORT/api/parties?size=1" | sed 's/.*"code":"\([^"]*\)".*/\1/')
      list="http://127.0.0.1:$PORT/api/commitments?overdue=true&party=$party"
      say "## round $round, $app, $JAVA ${OPTS[*]:-}"
      load 1 "warm-up: overdue report JSON, 1 connection" "http://127.0.0.1:$PORT/api/reports/overdue" -H "$AUTH"
      load 1 "warm-up: list, 1 connection" "$list" -H "$AUTH"
      load 50 "list, token, 50 connections" "$list" -H "$AUTH"
      load 50 "list, anonymous, 50 connections" "$list"
      load 50 "overdue report page, 50 connections" "http://127.0.0.1:$PORT/reports/overdue" -H "$AUTH"
      stop
    done
  done
done
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
