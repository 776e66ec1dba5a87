#!/usr/bin/env bash
# A spreadsheet plan in and out (issue 15, target: preview + apply a 10,000-row XLSX in under 5 s). Generates a plan
# workbook of N rows (bench/PlanXlsx.java: commitments 1..n, three milestones under each, mixed deadline formats),
# starts the packaged jar on a new H2 database with follow-up and dispatch off, and times, ROUNDS times, with an
# administrator's API token: POST /api/imports/preview, a dry run into a new agreement, the import itself, and the same
# file again into that agreement (every row unchanged).
#
#   bench/import.sh                  # 10,000 rows; builds the jar first
#   SKIP_BUILD=1 bench/import.sh 20000
#   JFR=1 ROUNDS=2 bench/import.sh   # also a flight recording of the node: target/bench/import.jfr (jfr print --events ...)
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-10000}
PORT=${PORT:-8089}
SMTP_PORT=${SMTP_PORT:-2525}
ROUNDS=${ROUNDS:-3}
OUT=bench/results/import-$N.txt
mkdir -p bench/results target/bench
: > "$OUT"
. bench/lib.sh

header "Pacta spreadsheet import: $N rows, H2"
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests
LIB=target/quarkus-app/lib/main
FILE=target/bench/plan-$N.xlsx
java -cp "$(ls $LIB/org.dhatim.fastexcel-0*.jar):$(ls $LIB/com.github.rzymek.opczip-*.jar)" bench/PlanXlsx.java "$FILE" "$N"
say "workbook: $FILE, $(stat -c %s "$FILE") bytes, $N rows"

database h2
PROFILE=()
[ "${JFR:-}" = 1 ] && PROFILE=(-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=target/bench/import.jfr,settings=profile,dumponexit=true)
start target/bench/import.log "${PROFILE[@]}" -Dpacta.followup.enabled=false -Dpacta.dispatch.enabled=false
say "ready in ${READY_MS} ms"
TOKEN=$(token)
AUTH="Authorization: Bearer $TOKEN"
API=http://127.0.0.1:$PORT/api
curl -fs -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"code":"BE","name":"Bench ministry","timeZone":"Europe/Minsk"}' "$API/parties"
MAPPING='{"columns": {"No.": "reference", "Action": "title", "Lead agency": "responsibleBody", "Deadline": "dueDate",
 "Status": "status"}, "party": "BE"}'
XLSX=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet

# timed <label> <curl args...>: one request; says its status, time and the answer's counts; leaves the answer in BODY.
timed() {
  local label=$1; shift
  local res; res=$(curl -s -o target/bench/import-answer.json -w '%{http_code} %{time_total}' -H "$AUTH" "$@")
  BODY=$(cat target/bench/import-answer.json)
  local counts; counts=$(python3 -c 'import json, sys
d = json.load(sys.stdin)
print(" ".join(f"{k} {len(v) if isinstance(v, list) else v};" for k, v in d.items()
               if k in ("rowCount", "created", "updated", "unchanged", "agreementId", "problems", "notes", "detail")))' \
    < target/bench/import-answer.json)
  say "$label: HTTP ${res% *} in ${res#* } s; $counts"
  SECONDS_TAKEN=${res#* }
}

for round in $(seq 1 "$ROUNDS"); do
  say "## round $round"
  timed "preview" -F "file=@$FILE;type=$XLSX" "$API/imports/preview"
  preview=$SECONDS_TAKEN
  timed "dry run, new agreement" -F "file=@$FILE;type=$XLSX" -F "mapping=$MAPPING" -F "title=Bench roadmap $round" \
    -F "parties=BE" -F "dryRun=true" "$API/imports"
  timed "import, new agreement" -F "file=@$FILE;type=$XLSX" -F "mapping=$MAPPING" -F "title=Bench roadmap $round" \
    -F "parties=BE" "$API/imports"
  apply=$SECONDS_TAKEN
  id=$(echo "$BODY" | grep -o '"agreementId":[0-9]*' | cut -d: -f2)
  timed "re-import, same file" -F "file=@$FILE;type=$XLSX" -F "mapping=$MAPPING" -F "agreementId=$id" "$API/imports"
  say "preview + import: $(awk -v a="$preview" -v b="$apply" 'BEGIN { printf "%.2f", a + b }') s; RSS $(rss)"
done
stop
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
