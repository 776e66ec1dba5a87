#!/usr/bin/env bash
# One node against two (issue 6): the same sweep and the same email dispatch on PostgreSQL, first with one Pacta
# node, then with two sharing the database (clustered Quartz, outbox claims with SKIP LOCKED).
#
#   bench/nodes.sh 100000 10000       # commitments, of which due at the sweep (one email each)
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100000}
DUE=${2:-10000}
PORT=${PORT:-8089}
PORT2=${PORT2:-8090}
SMTP_PORT=${SMTP_PORT:-2525}
OUT=bench/results/nodes-postgres-$N.txt
mkdir -p bench/results target/bench
: > "$OUT"
. bench/lib.sh

header "Pacta one node against two: postgres, $N commitments, $DUE due"
./mvnw -B -q package -DskipTests -Dquarkus.profile=postgres
database postgres
sql() { java -cp "$DRIVER" bench/Sql.java "$URL" "$DBUSER" "" "$1" > /dev/null; }
start target/bench/nodes-first.log -Dpacta.followup.enabled=false -Dpacta.dispatch.enabled=false
stop
generate "$N" "$DUE"
java bench/SmtpSink.java $SMTP_PORT > target/bench/nodes-smtp.log 2>&1 &
SINK=$!

# nodes <count> <log prefix> <props...>: starts that many nodes (ports PORT, PORT2); B_PID is the second.
B_PID=
nodes() {
  local count=$1 prefix=$2; shift 2
  start target/bench/$prefix-a.log "$@"
  if [ "$count" = 2 ]; then
    local a=$APP_PID main=$PORT
    PORT=$PORT2 start target/bench/$prefix-b.log "$@" -Dquarkus.http.port=$PORT2
    B_PID=$APP_PID
    APP_PID=$a
  fi
}
stop_nodes() {
  stop
  if [ -n "$B_PID" ]; then kill $B_PID; wait $B_PID 2>/dev/null || true; B_PID=; fi
}
# The sweep's time, as the node that ran it logged it (clustered Quartz fires each sweep on one node).
swept() {
  for i in $(seq 1 600); do
    local line; line=$(grep -h "Follow-up sweep: $DUE item" target/bench/$1-*.log | head -1 || true)
    [ -n "$line" ] && { echo "$line" | sed 's/.*Follow-up sweep: //'; return; }
    sleep 0.5
  done
  echo "no sweep of $DUE items logged"
}
# The same items due again, and an empty outbox.
again() {
  sql "update commitment set next_followup_at = current_timestamp - interval '1 minute'
       where id in (select commitment_id from notification)"
  sql "delete from notification"
}

for count in 1 2; do
  nodes $count sweep$count -Dpacta.dispatch.enabled=false -Dpacta.followup.sweep-every=5s
  say "$count node(s), sweep of $DUE due: $(swept sweep$count)"
  stop_nodes
  before=$(tail -1 target/bench/nodes-smtp.log | awk '{print $2}'); before=${before:-0}
  # Held back until every node is up, so that the clock starts with all of them ready.
  sql "update notification set not_before = current_timestamp + interval '1 day'"
  nodes $count dispatch$count -Dpacta.followup.enabled=false -Dpacta.dispatch.every=1s -Dpacta.dispatch.batch-size=200
  TOKEN=$(token)
  sql "update notification set not_before = current_timestamp - interval '1 second'"
  drain
  sent=$(( $(tail -1 target/bench/nodes-smtp.log | awk '{print $2}') - before ))
  say "$count node(s), email dispatch: $sent messages in $ms ms = $(( sent * 1000 / (ms > 0 ? ms : 1) )) emails/s"
  stop_nodes
  [ "$count" = 1 ] && again
done
kill $SINK
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
