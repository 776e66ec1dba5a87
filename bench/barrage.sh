#!/usr/bin/env bash
# The hostile-input barrage (issue 14): starts the packaged plain (H2) build on a fresh database with a known
# administrator, lets bench/barrage/Barrage.java create its personas and fixtures through the API and send its requests
# to every operation of the OpenAPI document and every form of the pages (as an administrator, as an official of
# another party and anonymously), then stops the node.
#
#   bench/barrage.sh                         # builds the jar if it is missing or older than the sources
#   CONCURRENCY=8 TIMEOUT=30 bench/barrage.sh
#   ONLY='/api/commitments/\{id\}/updates|FORM POST /commitments' bench/barrage.sh   # a quick rerun of some classes
#   KEEP=1 bench/barrage.sh                  # leaves the node running for the reproductions (. target/barrage/personas.env)
#
# Results: bench/results/barrage-summary.txt (figures) and bench/results/barrage-findings.md (failures grouped by
# class, one reproduction each); every request in target/barrage/requests.tsv, large reproduction bodies in
# target/barrage/repro/, the node's log in target/barrage/node.log. docs/barrage.md says what is sent and checked.
# Needs: a JDK 17 (java, javac, jcmd), curl; socat only to replay raw-socket reproductions.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8097}
SMTP_PORT=${SMTP_PORT:-2597}
HEAP=${HEAP:-512m}
OUT=bench/results/barrage-run.txt
WORK=target/barrage
mkdir -p bench/results "$WORK" target/bench
rm -rf "$WORK/repro" "$WORK/h2"
: > "$OUT"
. bench/lib.sh

header "Pacta hostile-input barrage"

# The plain build, unless a jar newer than every source is there already.
if [ ! -f "$APP_JAR" ] || [ -n "$(find src pom.xml -newer "$APP_JAR" -print -quit)" ]; then
  say "building the plain (H2) jar"
  nice -n 10 ./mvnw -B -q package -DskipTests
fi

REUSE=1 database h2
# The barrage's own database file, so that a benchmark's is left alone, with the product's settings (decision 23). The
# second run of 5 Dec still named H2's plain file: store, and a transaction timeout on a busy machine then closed its
# file channel mid-rollback (docs/barrage.md).
URL="jdbc:h2:async:$PWD/$WORK/h2/pacta;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;DATABASE_EVENT_LISTENER='org.pacta.maintenance.UncleanStopRecovery'"
COMMON=("${COMMON[@]/-Dquarkus.datasource.jdbc.url=*/-Dquarkus.datasource.jdbc.url=$URL}")

# Mail goes to a local sink, so that reminders the follow-up jobs write are delivered as in production.
java bench/SmtpSink.java "$SMTP_PORT" > "$WORK/smtp.log" 2>&1 &
SINK=$!
start "$WORK/node.log"
say "node ready in ${READY_MS} ms (pid $APP_PID, port $PORT, heap $HEAP)"

CP=$(ls target/quarkus-app/lib/main/com.fasterxml.jackson.core.jackson-{core,databind,annotations}-*.jar | tr '\n' ':')
t0=$(date +%s)
set +e
nice -n 10 java -Xmx1g -cp "$CP" bench/barrage/Barrage.java "$PORT" "$APP_PID" bench@pacta.local bench-password-2026 \
  bench/results "$WORK" "$WORK/node.log" 2>&1 | tee -a "$OUT"
status=${PIPESTATUS[0]}
set -e
say "barrage finished in $(( $(date +%s) - t0 )) s (exit $status); node RSS $(rss)"
if [ "${KEEP:-}" = 1 ]; then
  say "node left running on port $PORT (pid $APP_PID, SMTP sink pid $SINK): . $WORK/personas.env, then the reproductions of bench/results/barrage-findings.md; kill $APP_PID $SINK when done"
  APP_PID=
  trap - EXIT
else
  stop
  kill "$SINK" 2>/dev/null || true
fi
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
