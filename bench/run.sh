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
OUT=bench/results/$KIND-$N${TAG:+-$TAG}.txt  # TAG names a variant, e.g. TAG=c1 JVM_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
mkdir -p bench/results target/bench
: > "$OUT"
. bench/lib.sh

header "Pacta benchmark: $KIND, $N commitments, $DUE due at the first sweep"

./mvnw -B -q package -DskipTests $([ "$KIND" = postgres ] && echo -Dquarkus.profile=postgres)

# 1. Start-up on an empty database (migrations included), memory at rest; then the same with the class-data archive
#    (design decision 22), with the JIT as it is and with C1 alone. Every later node starts with the archive and the
#    JIT as it is.
timed_start "startup (empty database, migrations run)"
archive "$KIND"
timed_start "startup with the archive (empty database)" $CDS
timed_start "startup with the archive and -XX:TieredStopAtLevel=1 (empty database)" $CDS -XX:TieredStopAtLevel=1
COMMON+=($CDS)

# 2. Data.
LATER=${LATER:-45}
generate "$N" "$DUE" "$LATER"

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
secs=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"scope":{"all":true},"channel":"webhook","url":"http://127.0.0.1:'$HOOK_PORT'/hook","leadTimes":[],"onDue":false,"onOverdue":false,"escalateEvery":"none"}' \
  "http://127.0.0.1:$PORT/api/subscriptions")
say "subscription to every commitment (POST /api/subscriptions, scope all): $secs"
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

# 8. The sweeps catch up the subscription to everything of step 6 (design decision 20), a share per sweep.
start target/bench/catch-up.log -Dpacta.dispatch.enabled=false -Dpacta.followup.sweep-every=5s
for i in $(seq 1 600); do
  [ "$(grep -c "brought forward" target/bench/catch-up.log)" -ge 3 ] && break
  sleep 0.5
done
grep "brought forward" target/bench/catch-up.log | head -3 | sed 's/.*Follow-up sweep: /catch-up sweep: /' | while read -r line; do say "$line"; done
stop
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
say "# done"
