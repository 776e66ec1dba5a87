#!/usr/bin/env bash
# The scorecard (GET /api/reports/scorecard) at a million commitments: the whole ledger, one party, one agreement,
# and a past date, each answer computed (a period no answer was kept for), also just after a write; then the kept
# answers under load (wrk, 1 and 10 connections).
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
say "ready in ${READY_MS} ms; $(grep -o 'Scorecard ledger loaded.*' target/bench/scorecard.log || echo 'scorecard ledger not loaded yet')"
TOKEN=$(token)
AUTH="Authorization: Bearer $TOKEN"
party=$(curl -s -H "$AUTH" "http://127.0.0.1:$PORT/api/parties?size=1" | sed 's/.*"code":"\([^"]*\)".*/\1/')
agreement=$(curl -s -H "$AUTH" "http://127.0.0.1:$PORT/api/agreements?size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
item=$(curl -s -H "$AUTH" "http://127.0.0.1:$PORT/api/agreements/$agreement/commitments?size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
past=$(date -u -d '-90 days' +%F)
base="http://127.0.0.1:$PORT/api/reports/scorecard"
say "party $party, agreement $agreement, commitment $item, past date $past"

# uncached <label> <n> <url> [--write]: n answers one after another, each for a period no answer was kept for (its
# start a day earlier each time), so each is computed; with --write, a progress update to a commitment just before
# each (the node then reloads that agreement first). Says the fastest, the median and the slowest, in ms.
uncached() {
  local label=$1 n=$2 url=$3 write=${4:-} sep='?' times=()
  [[ $url == *\?* ]] && sep='&'
  for i in $(seq 1 "$n"); do
    if [ -n "$write" ]; then
      curl -s -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' \
        -d '{"status":"IN_PROGRESS","note":"Bench step '"$i"'"}' "http://127.0.0.1:$PORT/api/commitments/$item/updates"
    fi
    # An answer that takes longer than MAX_TIME seconds is given up and counted as that long.
    times+=("$(curl -s -o /dev/null --max-time "${MAX_TIME:-300}" -w '%{time_total} %{size_download}' -H "$AUTH" \
      "$url${sep}from=$(date -u -d "-$((400 + i)) days" +%F)" || true)")
  done
  say "$label, uncached: $(printf '%s\n' "${times[@]}" | sort -n | awk '{t[NR]=$1*1000; b=$2} END {printf "min %.0f ms, median %.0f ms, max %.0f ms over %d answers of %d bytes", t[1], t[int((NR+1)/2)], t[NR], NR, b}')"
}
uncached "whole ledger" 15 "$base"
uncached "whole ledger, each after a write" 15 "$base" --write
uncached "one party" 15 "$base?party=$party"
uncached "one agreement" 15 "$base?agreementId=$agreement"
uncached "whole ledger at $past (from the history)" 1 "$base?to=$past"
uncached "one party at $past (from the history)" 1 "$base?party=$party&to=$past"
for what in "whole ledger|$base" "one party|$base?party=$party" "one agreement|$base?agreementId=$agreement"; do
  label=${what%%|*}; url=${what#*|}
  load 1 "$label, 1 connection" "$url" -H "$AUTH"
  load 10 "$label, 10 connections" "$url" -H "$AUTH"
done
say "# heap after the run: $(jcmd $APP_PID GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || echo unknown)"
stop
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
