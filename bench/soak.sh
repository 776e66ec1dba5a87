#!/usr/bin/env bash
# Soak of the embedded H2 database (issue 14): a generated ledger worked through many lives of one node (sweeps,
# a subscription to everything whose catch-up and webhook dispatch run throughout, owner emails, reads, writes
# through the API, big CSV imports), each life ended by SIGTERM or kill -9 (mid-writes, mid-sweep, mid-import), and
# after each, with the node down, every row checked: every table by scan and through each index, every reference
# (org.pacta.maintenance.DatabaseCheck), and every write the API acknowledged (bench/Soak.java ledger).
#
#   nice -n 15 bash bench/soak.sh [cycles] [commitments]     # defaults: 10 cycles, 1,000,000 commitments
#
# Environment:
#   H2_FS=file H2_SETTINGS=";DB_CLOSE_ON_EXIT=FALSE"  the H2 URL's file system and settings instead of the
#                                product's (bench/lib.sh); these two are the configuration before decision 23
#   H2_JAR=/path/h2-2.4.240.jar  node, generator and checker on another H2 jar (a copy of the app with it swapped in)
#   COMPACT=0                    keep the generator's sparse file, as the 28 Nov afternoon run had it
#   MODES="clean kill ..."       how the lives end, in turn (default: all five kinds below)
#   WORK=40                      seconds each life works before it is ended
#   TAG=name                     results in bench/results/soak-h2-<commitments>[-TAG].txt
#   BUILD=0                      use target/quarkus-app as it is
# The generated database is kept in target/soak/base-* and copied for each run.
set -euo pipefail
cd "$(dirname "$0")/.."

CYCLES=${1:-10}
N=${2:-1000000}
PORT=${PORT:-8091}
SMTP_PORT=${SMTP_PORT:-2535}
HOOK_PORT=${HOOK_PORT:-2536}
WORK=${WORK:-40}
read -ra MODES <<< "${MODES:-clean kill clean-import kill-sweep kill-import}"
OUT=bench/results/soak-h2-$N${TAG:+-$TAG}.txt
mkdir -p bench/results target/soak
: > "$OUT"
. bench/lib.sh
HEAP=${HEAP:-384m}

header "Pacta soak: H2, $N commitments, $CYCLES lives (${MODES[*]}), URL ${H2_FS:-async}: '${H2_SETTINGS-product default}', H2 jar ${H2_JAR:-of the build}"
[ "${BUILD:-1}" = 0 ] || ./mvnw -B -q package -DskipTests

APP=target/quarkus-app
if [ -n "${H2_JAR:-}" ]; then  # the manifest names the jar file, so the other version takes its name
  rm -rf target/soak/app && cp -r target/quarkus-app target/soak/app && APP=target/soak/app
  cp "$H2_JAR" $APP/lib/main/com.h2database.h2-*.jar
fi
APP_JAR=$APP/quarkus-run.jar
REUSE=1 database h2
DRIVER=$(ls $APP/lib/main/com.h2database.h2-*.jar)
H2_VERSION=$(unzip -p "$DRIVER" META-INF/MANIFEST.MF | awk -F': ' '/Bundle-Version/{print $2}' | tr -d '\r')
say "# H2 $H2_VERSION; node URL $URL"
FILE=target/bench/h2/pacta.mv.db
# Read-only: the check must not change what the next life opens (nor compact it on close, as a writer would).
CHECK_URL="jdbc:h2:file:$PWD/target/bench/h2/pacta;ACCESS_MODE_DATA=r"

# The ledger: generated once per size, H2 version and compaction, then copied.
BASE=target/soak/base-$N-$H2_VERSION-c${COMPACT:-1}
if [ ! -f $BASE/pacta.mv.db ]; then
  rm -rf target/bench/h2
  start target/soak/migrate.log -Dpacta.followup.enabled=false -Dpacta.dispatch.enabled=false
  stop
  generate "$N" 10000
  mkdir -p $BASE && cp $FILE $BASE/
fi
rm -rf target/bench/h2 && mkdir -p target/bench/h2 && cp $BASE/pacta.mv.db $FILE
LEDGER=target/soak/ledger.txt
: > $LEDGER

java bench/SmtpSink.java $SMTP_PORT > target/soak/smtp.log 2>&1 &
java bench/WebhookSink.java $HOOK_PORT > target/soak/hooks.log 2>&1 &

# import <agreement>: a big write, 5,000 commitments in one transaction, ledgered like the writer's.
import() {
  local tag="import-$cycle" a=$1 code
  echo "try $tag I $a 5000" >> $LEDGER
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
    --data-binary @target/soak/import.csv "http://127.0.0.1:$PORT/api/agreements/$a/commitments/import" || true)
  if [ "${code:0:1}" = 2 ]; then echo "ack $tag I $a 5000 -" >> $LEDGER; elif [ "$code" != 000 ]; then echo "nak $tag I $a 5000 $code" >> $LEDGER; fi
}
{ echo "title,responsibleParty,dueDate,ownerEmail,tags"
  for i in $(seq 1 5000); do echo "Soak import $i,B1,2027-0$(( (i % 9) + 1 ))-15,owner$i@example.org,transport"; done
} > target/soak/import.csv

total_lost=0 total_damaged=0 t_all=$(date +%s)
for cycle in $(seq 1 "$CYCLES"); do
  mode=${MODES[$(( (cycle - 1) % ${#MODES[@]} ))]}
  log=target/soak/node-$cycle.log
  start "$log" -Dpacta.followup.sweep-every=5s -Dpacta.dispatch.every=1s -Dpacta.dispatch.batch-size=200 \
    -Dquarkus.log.category.\"org.pacta.followup.FollowupSweep\".level=DEBUG
  ready=$READY_MS
  TOKEN=$(token)
  if [ "$cycle" = 1 ]; then  # dispatch work for every life: the catch-up of a subscription to everything (decision 20)
    curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d '{"scope":{"all":true},"channel":"webhook","url":"http://127.0.0.1:'$HOOK_PORT'/hook","leadTimes":[],"onDue":false,"onOverdue":true,"escalateEvery":"none"}' \
      "http://127.0.0.1:$PORT/api/subscriptions"
  fi
  java bench/Soak.java write "http://127.0.0.1:$PORT" "$TOKEN" $LEDGER "$WORK" 3 "c$cycle" "$N" > target/soak/writer-$cycle.log 2>&1 &
  writer=$!
  sleep $(( WORK / 2 ))
  case $mode in
    clean) sleep $(( WORK / 2 - 5 )); kill $APP_PID ;;  # SIGTERM with writes in flight
    kill) sleep $(( RANDOM % (WORK / 2 - 5) )); kill -9 $APP_PID ;;
    kill-sweep)  # kill -9 right after a sweep batch is logged: the sweep has more to write
      b=$(grep -c "Sweep batch" "$log" || true)
      for i in $(seq 1 600); do [ "$(grep -c "Sweep batch" "$log" || true)" -gt "$b" ] && break; sleep 0.05; done
      kill -9 $APP_PID ;;
    clean-import|kill-import)
      agreement=$(curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d '{"title":"Soak import '$cycle'","parties":["B1"]}' "http://127.0.0.1:$PORT/api/agreements" | sed 's/^{"id":\([0-9]*\).*/\1/')
      echo "ack agreement-$cycle G $agreement - $agreement" >> $LEDGER
      import "$agreement" &
      imp=$!
      sleep "0.$(( RANDOM % 9 + 1 ))"
      if [ $mode = kill-import ]; then kill -9 $APP_PID; else kill $APP_PID; fi
      wait $imp || true ;;
  esac
  wait $APP_PID 2>/dev/null || true
  wait $writer || true
  stopped=$(grep -c "stopped in" "$log" || true)
  t0=$(date +%s)
  # The file as the next start opens it: the node's URL, whose listener scans a file left open by a kill (UncleanStopRecovery);
  # a read-only open would show H2's quick recovery instead, which the node no longer uses.
  # (jboss-logging beside them: the listener logs through it, and H2 reports a class it cannot load as "not found")
  java -cp "$APP/app/*:$DRIVER:$(ls $APP/lib/*/org.jboss.logging.jboss-logging-*.jar | head -1)" org.pacta.maintenance.DatabaseCheck "$URL" pacta "" > target/soak/check-$cycle.txt 2>&1 \
    && damaged=0 || damaged=1
  t1=$(date +%s)
  ledger=$(java -cp "$DRIVER" bench/Soak.java ledger "$CHECK_URL" $LEDGER 2>&1) && lost=0 || lost=1
  total_damaged=$((total_damaged + damaged)); total_lost=$((total_lost + lost))
  rows=$({ grep -oE '^[A-Z_]+ +[0-9]+ rows by scan' target/soak/check-$cycle.txt || true; } | awk '{s+=$2} END{print s+0}')
  say "life $cycle ($mode): ready in ${ready} ms; $(tail -1 target/soak/writer-$cycle.log); clean stop logged: $stopped;" \
    "check: $(tail -1 target/soak/check-$cycle.txt), $rows rows in $(grep -c 'rows by scan' target/soak/check-$cycle.txt) tables" \
    "read by scan and every index in $((t1 - t0)) s; $(echo "$ledger" | head -1); file $(du -m $FILE | cut -f1) MiB"
  { grep -E '^(PROBLEM|ERROR)' target/soak/check-$cycle.txt || true; } | head -20 | while read -r l; do say "  $l"; done
  { echo "$ledger" | grep '^LOST' || true; } | head -10 | while read -r l; do say "  $l"; done
  { grep -hoE '(not found in primary index|MVStoreException|File corrupted|Chunk [0-9]+ not found|Reading from file)[^"]{0,80}' "$log" || true; } \
    | sort | uniq -c | head -5 | while read -r l; do say "  node log: $l"; done
done
say "soak: $CYCLES lives in $(( ($(date +%s) - t_all) / 60 )) min; lives with damage found by the check: $total_damaged;" \
  "lives after which an acknowledged write was missing: $total_lost; emails $(tail -1 target/soak/smtp.log | awk '{print $2}')," \
  "webhooks $(tail -1 target/soak/hooks.log | awk '{print $2}') delivered"
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ $total_damaged = 0 ] && [ $total_lost = 0 ]
