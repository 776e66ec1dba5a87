#!/usr/bin/env bash
# The HTML pages beside the JSON answer they show, at 50 connections, on one node started as README says (the
# packaged jar, the JVM's own defaults: no -Xmx, default collector), follow-up sweeping as configured.
#
#   bench/pages.sh                      # builds, fills a fresh H2 file with 100,000 commitments, one round
#   REUSE=1 bench/pages.sh h2 100000    # the same database again (after a change: ./mvnw package first)
#   JFR=1 REUSE=1 bench/pages.sh        # with a Java Flight Recorder recording of the whole run (target/bench/pages.jfr)
#
# For each: anonymous, and signed in with a session cookie (what a browser sends). Results:
# bench/results/pages-<kind>-<commitments>.txt (appended, one block per run).
set -euo pipefail
cd "$(dirname "$0")/.."

KIND=${1:-h2}
N=${2:-100000}
PORT=${PORT:-8089}
SMTP_PORT=${SMTP_PORT:-2525}
DURATION=${DURATION:-30s}
OUT=bench/results/pages-$KIND-$N.txt
mkdir -p bench/results target/bench
# As README starts it: the JVM sizes its heap and picks its collector itself (lib.sh's bench defaults are for the
# memory figures of bench/run.sh).
HEAP=${HEAP:-$(( $(free -m | awk '/Mem:/{print $2}') / 4 ))m}
JVM_OPTS=${JVM_OPTS:- }
. bench/lib.sh

header "Pacta pages beside the JSON list: $KIND, $N commitments, ${DURATION} per step, commit $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')"
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests $([ "$KIND" = postgres ] && echo -Dquarkus.profile=postgres)
database "$KIND"
if [ "${REUSE:-}" != 1 ]; then
  start target/bench/pages-first.log -Dpacta.followup.enabled=false -Dpacta.dispatch.enabled=false
  stop
  generate "$N" 1000
fi
EXTRA=(-Dpacta.dispatch.enabled=false)
[ "${JFR:-}" = 1 ] && EXTRA+=(-XX:StartFlightRecording=filename=target/bench/pages.jfr,settings=profile)
start target/bench/pages.log "${EXTRA[@]}"
TOKEN=$(token)
jar=target/bench/cookies
curl -s -c $jar -o /dev/null -d j_username=bench@pacta.local -d j_password=bench-password-2026 "http://127.0.0.1:$PORT/j_security_check"
COOKIE="Cookie: $(awk '!/^#/ && NF >= 7 {printf "%s=%s; ", $6, $7}' $jar)"
base=http://127.0.0.1:$PORT
say "## $(java -version 2>&1 | head -1), -Xmx$HEAP ${JVM_OPTS}"
load 1 "warm-up: overdue report JSON, 1 connection" "$base/api/reports/overdue" -H "Authorization: Bearer $TOKEN"
load 1 "warm-up: overdue report page, 1 connection" "$base/reports/overdue"
load 1 "warm-up: dashboard, 1 connection" "$base/"
load 50 "overdue report JSON, token" "$base/api/reports/overdue" -H "Authorization: Bearer $TOKEN"
load 50 "overdue report page, anonymous" "$base/reports/overdue"
load 50 "overdue report page, signed in" "$base/reports/overdue" -H "$COOKIE"
load 50 "dashboard, anonymous" "$base/"
load 50 "dashboard, signed in" "$base/" -H "$COOKIE"
say "# sizes: overdue page $(curl -s "$base/reports/overdue" | wc -c) bytes, dashboard $(curl -s "$base/" | wc -c) bytes, JSON $(curl -s -H "Authorization: Bearer $TOKEN" "$base/api/reports/overdue" | wc -c) bytes"
stop
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
