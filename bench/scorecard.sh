#!/usr/bin/env bash
# The scorecard (GET /api/reports/scorecard) at a million commitments: the whole ledger, one party, one agreement,
# and a past date, each at 1 connection (the time of one answer) and at 10.
#
#   bench/scorecard.sh                   # builds, fills a fresh H2 file with 1,000,000 commitments and a history
#   REUSE=1 SKIP_BUILD=1 bench/scorecard.sh h2 1000000
#   bench/scorecard.sh postgres 1000000
#
# bench/Generate.java writes no history and dates every commitment's creation now; this adds one (portable SQL): a
# commitment is created 200 days before its baseline, a revised one (baseline before deadline, 30%) has a deadline
# change recorded a day before its baseline or yesterday, a DONE one a progress update at its completion (moved to an
# hour ago if the generator put it in the future). Results: bench/results/scorecard-<kind>-<commitments>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

KIND=${1:-h2}
N=${2:-1000000}
PORT=${PORT:-8093}
SMTP_PORT=${SMTP_PORT:-2525}
DURATION=${DURATION:-15s}
OUT=bench/results/scorecard-$KIND-$N.txt
mkdir -p bench/results target/bench
: > "$OUT"
. bench/lib.sh

header "Pacta scorecard: $KIND, $N commitments, ${DURATION} per step, commit $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')"
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -o -q package -DskipTests $([ "$KIND" = postgres ] && echo -Dquarkus.profile=postgres)
database "$KIND"
sql() { java -cp "$DRIVER" bench/Sql.java "${URL%%;DATABASE_EVENT_LISTENER=*}" "$DBUSER" "" "$1"; }
if [ "${REUSE:-}" != 1 ]; then
  start target/bench/scorecard-first.log -Dpacta.followup.enabled=false -Dpacta.dispatch.enabled=false
  stop
  COMPACT=0 generate "$N" 1000
  t0=$(date +%s%N)
  sql "update commitment set completed_at = current_timestamp - interval '1' hour where completed_at > current_timestamp"
  sql "update commitment set created_at = baseline_due_at - interval '200' day"
  sql "insert into deadline_change (id, commitment_id, old_due_at, old_zone, old_date_only, new_due_at, new_zone,
    new_date_only, reason, author, changed_at) select id, id, baseline_due_at, 'UTC', false, due_at, 'UTC', false,
    'Bench revision', 'bench', case when baseline_due_at < current_timestamp then baseline_due_at - interval '1' day
    else current_timestamp - interval '1' day end from commitment where baseline_due_at <> due_at"
  sql "insert into progress_update (id, commitment_id, author, recorded_at, note, new_status, percent_complete)
    select id, id, 'bench', completed_at, null, 'DONE', 100 from commitment where status = 'DONE'"
  say "history added in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  sql "analyze" > /dev/null
  if [ "$KIND" = h2 ]; then java -cp "$DRIVER" bench/Sql.java "${URL%%;*}" "$DBUSER" "" "shutdown compact" > /dev/null; fi
fi
start target/bench/scorecard.log -Dpacta.dispatch.enabled=false
TOKEN=$(token)
AUTH="Authorization: Bearer $TOKEN"
party=$(curl -s -H "$AUTH" "http://127.0.0.1:$PORT/api/parties?size=1" | sed 's/.*"code":"\([^"]*\)".*/\1/')
agreement=$(curl -s -H "$AUTH" "http://127.0.0.1:$PORT/api/agreements?size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
past=$(date -u -d '-90 days' +%F)
base="http://127.0.0.1:$PORT/api/reports/scorecard"
say "party $party, agreement $agreement, past date $past"
for what in "whole ledger|$base" "one party|$base?party=$party" "one agreement|$base?agreementId=$agreement" \
    "whole ledger at $past|$base?to=$past" "one party at $past|$base?party=$party&to=$past"; do
  label=${what%%|*}; url=${what#*|}
  load 1 "$label, 1 connection" "$url" -H "$AUTH"
  load 10 "$label, 10 connections" "$url" -H "$AUTH"
done
stop
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
