#!/usr/bin/env bash
# Pacta benchmark: one node, on H2 or PostgreSQL, with generated data.
#
#   bench/run.sh h2 100000 10000          # kind, commitments, commitments due at the first sweep
#   bench/run.sh postgres 1000000 10000
#
# Needs: a JDK, wrk (Debian package), curl, jq-free (parses with grep/sed); for postgres the server on
# 127.0.0.1:5432 with trust auth. Results go to bench/results/<kind>-<commitments>.txt; docs/benchmarks.md
# explains them. Each figure is printed with the command that produced it.
set -euo pipefail
cd "$(dirname "$0")/.."

KIND=${1:-h2}
N=${2:-100000}
DUE=${3:-10000}
PORT=${PORT:-8089}
SMTP_PORT=${SMTP_PORT:-2525}
HOOK_PORT=${HOOK_PORT:-2526}
DURATION=${DURATION:-20s}
OUT=bench/results/$KIND-$N.txt
mkdir -p bench/results target/bench
: > "$OUT"
say() { echo "$*" | tee -a "$OUT"; }

say "# Pacta benchmark: $KIND, $N commitments, $DUE due at the first sweep — $(date -u +%FT%TZ)"
say "# load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
say "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"

if [ "$KIND" = postgres ]; then
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=postgres
  DB=pacta_bench
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" -qc "create database $DB"
  URL="jdbc:postgresql://127.0.0.1:5432/$DB"
  DBPROPS=(-Dquarkus.datasource.jdbc.url="$URL" -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=)
  DRIVER=$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)
  DBUSER=postgres
else
  ./mvnw -B -q package -DskipTests
  rm -rf target/bench/h2
  URL="jdbc:h2:file:$PWD/target/bench/h2/pacta;DB_CLOSE_ON_EXIT=FALSE"
  DBPROPS=(-Dquarkus.datasource.jdbc.url="$URL")
  DRIVER=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
  DBUSER=pacta
fi

COMMON=("${DBPROPS[@]}" -Dquarkus.http.port=$PORT -Dpacta.admin.email=bench@pacta.local
  -Dpacta.admin.password=bench-password-2026 -Dquarkus.mailer.host=127.0.0.1 -Dquarkus.mailer.port=$SMTP_PORT
  -Dquarkus.http.auth.session.encryption-key=bench-only-session-key-0123456789abcdef
  -Dpacta.webhooks.allow-private=true
  -Dpacta.security.secure-cookies=false -Xmx${HEAP:-320m} ${JVM_OPTS:--XX:+UseSerialGC})
# glibc's per-thread malloc arenas otherwise add hundreds of MiB of RSS on a busy JVM.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
APP_PID=

start() {  # start <log> <extra props...>
  local log=$1; shift
  local t0=$(date +%s%N)
  java "${COMMON[@]}" "$@" -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 $APP_PID 2>/dev/null || { echo "Pacta did not start; see $log"; tail -30 "$log"; exit 1; }
    sleep 0.1
  done
  READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop() { kill $APP_PID; wait $APP_PID 2>/dev/null || true; }
rss() { awk '/VmRSS/{printf "%d MiB", $2/1024}' /proc/$APP_PID/status; }
token() {
  local jar=target/bench/cookies; rm -f $jar
  curl -s -c $jar -o /dev/null -d j_username=bench@pacta.local -d j_password=bench-password-2026 "http://127.0.0.1:$PORT/j_security_check"
  curl -s -b $jar -H 'Content-Type: application/json' -d '{"name":"bench","expiresAt":"'"$(date -u -d '+30 days' +%FT%TZ)"'"}' \
    "http://127.0.0.1:$PORT/api/me/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}
# Waits until the outbox holds nothing PENDING or SENDING; sets ms to the time that took. An answer without both
# counts (a slow or failed status request) is not taken for an empty outbox.
drain() {
  local t0; t0=$(date +%s%N)
  for i in $(seq 1 1200); do
    local status pending sending
    status=$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/followup/status")
    pending=$(echo "$status" | grep -o '"PENDING":[0-9]*' | cut -d: -f2)
    sending=$(echo "$status" | grep -o '"SENDING":[0-9]*' | cut -d: -f2)
    [ -n "$pending" ] && [ -n "$sending" ] && [ $((pending + sending)) = 0 ] && break
    sleep 0.25
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  sleep 1.5  # the sinks print their count once a second
}
trap '[ -n "$APP_PID" ] && kill $APP_PID 2>/dev/null || true; kill $(jobs -p) 2>/dev/null || true' EXIT

# 1. Start-up on an empty database (migrations included), memory at rest.
start target/bench/first.log -Dpacta.followup.enabled=false -Dpacta.dispatch.enabled=false -Dpacta.followup.sweep-every=5s
say "startup to ready (empty database, migrations run): ${READY_MS} ms; $(grep -o 'started in [0-9.]*s' target/bench/first.log); RSS $(rss)"
stop

# 2. Data.
LATER=${LATER:-45}
say "$(java -cp "$DRIVER" bench/Generate.java "$URL" "$DBUSER" "" "$N" "$DUE" 20 "$LATER")"
if [ "$KIND" = postgres ]; then
  # Planner statistics, as autovacuum would have them on a database that grew over months rather than seconds.
  java -cp "$DRIVER" bench/Sql.java "$URL" "$DBUSER" "" "analyze"
fi

# 3. The sweep Quartz fires at start-up reads only what is due (a cold JVM); $LATER s after the data was written
#    as many again fall due, and a later sweep of the now warmed-up node handles them.
start target/bench/sweep.log -Dpacta.dispatch.enabled=false -Dpacta.followup.sweep-every=5s \
  -Dquarkus.log.category.\"org.pacta.followup.FollowupSweep\".level=DEBUG
TOKEN=$(token)
AUTH="Authorization: Bearer $TOKEN"
for i in $(seq 1 600); do  # two sweeps that each handled one of the two sets
  [ "$(grep -cE "Follow-up sweep: $DUE item" target/bench/sweep.log)" -ge 2 ] && break
  sleep 0.5
done
say "startup to ready with $N commitments: ${READY_MS} ms"
say "first sweep, at start-up (cold JVM): $(grep "Follow-up sweep: $DUE item" target/bench/sweep.log | sed -n 1p | sed 's/.*Follow-up sweep: //')"
say "sweep of the running node: $(grep "Follow-up sweep: $DUE item" target/bench/sweep.log | sed -n 2p | sed 's/.*Follow-up sweep: //')"

# 4. Reads under load (wrk, loopback, 2 threads).
party=$(curl -s -H "$AUTH" "http://127.0.0.1:$PORT/api/parties?size=1" | sed 's/.*"code":"\([^"]*\)".*/\1/')
load() {  # load <connections> <label> <url> [header]
  local c=$1 label=$2 url=$3; shift 3
  local threads=$(( c < 2 ? 1 : 2 ))
  wrk -t$threads -c"$c" -d3s "$@" "$url" > /dev/null 2>&1  # warm-up, not recorded
  local res; res=$(wrk -t$threads -c"$c" -d"$DURATION" --latency "$@" "$url" 2>&1)
  local rps p50 p99
  rps=$(echo "$res" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$res" | awk '/ 50%/{print $2}')
  p99=$(echo "$res" | awk '/ 99%/{print $2}')
  say "$label: ${rps} req/s, p50 ${p50}, p99 ${p99}  [wrk -t$threads -c$c -d$DURATION --latency $url]"
}
load 1 "overdue report JSON, first page, 1 connection" "http://127.0.0.1:$PORT/api/reports/overdue" -H "$AUTH"
load 1 "commitments overdue for party $party, 1 connection" "http://127.0.0.1:$PORT/api/commitments?overdue=true&party=$party" -H "$AUTH"
load 50 "commitments overdue for party $party, token, 50 connections" "http://127.0.0.1:$PORT/api/commitments?overdue=true&party=$party" -H "$AUTH"
load 50 "the same, anonymous (no authentication work), 50 connections" "http://127.0.0.1:$PORT/api/commitments?overdue=true&party=$party"
load 50 "overdue report JSON, 50 connections" "http://127.0.0.1:$PORT/api/reports/overdue" -H "$AUTH"
load 20 "dashboard page, 20 users" "http://127.0.0.1:$PORT/" -H "$AUTH"
load 20 "overdue report page, 20 users" "http://127.0.0.1:$PORT/reports/overdue" -H "$AUTH"
load 50 "overdue report page, 50 connections" "http://127.0.0.1:$PORT/reports/overdue" -H "$AUTH"
say "RSS after load: $(rss)"
stop

# 5. Email dispatch: the sweep's notifications to a local SMTP sink.
java bench/SmtpSink.java $SMTP_PORT > target/bench/smtp.log 2>&1 &
SINK=$!
start target/bench/dispatch.log -Dpacta.followup.enabled=false -Dpacta.dispatch.every=1s -Dpacta.dispatch.batch-size=200
TOKEN=$(token)
drain
sent=$(tail -1 target/bench/smtp.log | awk '{print $2}')
say "email dispatch: $sent messages in $ms ms = $(( sent * 1000 / (ms > 0 ? ms : 1) )) emails/s (SMTP sink on loopback)"
stop
kill $SINK

# 6. Webhook dispatch: as many webhook rows, to a local receiver.
java bench/WebhookSink.java $HOOK_PORT > target/bench/hooks.log 2>&1 &
HOOKS=$!
start target/bench/hooks-app.log -Dpacta.followup.enabled=false -Dpacta.dispatch.enabled=false
TOKEN=$(token)
curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"scope":{"all":true},"channel":"webhook","url":"http://127.0.0.1:'$HOOK_PORT'/hook","leadTimes":[],"onDue":false,"onOverdue":false,"escalateEvery":"none"}' \
  "http://127.0.0.1:$PORT/api/subscriptions"
stop
SQL="insert into notification (id, idempotency_key, kind, stage, commitment_id, agreement_id, occurrence, recipient_kind,
 subscription_id, channel, recipient, not_before, status, attempts, created_at)
 select 100000000 + c.id, 'bench:' || c.id, 'OVERDUE', 'OVERDUE', c.id, c.agreement_id, c.due_at, 'SUBSCRIPTION',
 (select max(id) from subscription), 'WEBHOOK', 'http://127.0.0.1:$HOOK_PORT/hook', c.due_at, 'PENDING', 0, c.due_at
 from commitment c where c.status not in ('DONE', 'CANCELLED') and c.due_at < current_timestamp order by c.id limit $DUE"
java -cp "$DRIVER" bench/Sql.java "$URL" "$DBUSER" "" "$SQL"
start target/bench/hooks-app2.log -Dpacta.followup.enabled=false -Dpacta.dispatch.every=1s -Dpacta.dispatch.batch-size=200
TOKEN=$(token)
drain
got=$(tail -1 target/bench/hooks.log | awk '{print $2}')
say "webhook dispatch: $got deliveries in $ms ms = $(( got * 1000 / (ms > 0 ? ms : 1) )) webhooks/s (receiver on loopback)"

# 7. Import: commitments through the CSV import API, in chunks under the 1 MiB body limit.
agreement=$(curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"title":"Import benchmark","parties":["'"$party"'"]}' "http://127.0.0.1:$PORT/api/agreements" | sed 's/^{"id":\([0-9]*\).*/\1/')
ROWS=${IMPORT_ROWS:-20000}
CHUNK=5000
for c in $(seq 0 $((ROWS / CHUNK - 1))); do
  { echo "title,responsibleParty,dueDate,ownerEmail,tags"
    for i in $(seq 1 $CHUNK); do echo "Imported commitment $c-$i,$party,2027-0$(( (i % 9) + 1 ))-15,owner$i@example.org,transport"; done
  } > target/bench/import-$c.csv
done
t0=$(date +%s%N)
for c in $(seq 0 $((ROWS / CHUNK - 1))); do
  curl -s -o /dev/null -w '' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @target/bench/import-$c.csv \
    "http://127.0.0.1:$PORT/api/agreements/$agreement/commitments/import"
done
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
say "import: $ROWS commitments through POST /api/agreements/{id}/commitments/import in $ms ms = $(( ROWS * 1000 / (ms > 0 ? ms : 1) )) commitments/s"
stop
kill $HOOKS
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
say "# done"
