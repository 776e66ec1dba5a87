# Shared by the benchmark scripts (sourced): the database, starting and stopping a node, a token, a wrk load.
# Expects OUT (the result file), PORT and SMTP_PORT to be set.

say() { echo "$*" | tee -a "$OUT"; }
header() {  # header <title>: what runs, when, on what, and how busy the machine was before it
  say "# $1 — $(date -u +%FT%TZ)"
  say "# load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  say "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
}

# database <h2|postgres>: an empty database for a node (an H2 file, or a fresh PostgreSQL database; with REUSE=1 the
# one a previous run left); sets URL, DBUSER, DRIVER (the JDBC driver jar, for bench/Generate.java and
# bench/Sql.java) and COMMON (the node's options).
database() {
  if [ "$1" = postgres ]; then
    local db=pacta_bench
    [ "${REUSE:-}" = 1 ] || fresh_pg "$db"
    URL="jdbc:postgresql://127.0.0.1:5432/$db"
    DBPROPS=(-Dquarkus.datasource.jdbc.url="$URL" -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=)
    DRIVER=$(ls target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)
    DBUSER=postgres
  else
    [ "${REUSE:-}" = 1 ] || rm -rf target/bench/h2
    # The product's file system and settings (src/main/resources/application.properties); H2_FS and H2_SETTINGS
    # replace them (bench/soak.sh).
    URL="jdbc:h2:${H2_FS:-async}:$PWD/target/bench/h2/pacta${H2_SETTINGS-;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;DATABASE_EVENT_LISTENER='org.pacta.maintenance.UncleanStopRecovery'}"
    DBPROPS=(-Dquarkus.datasource.jdbc.url="$URL")
    DRIVER=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
    DBUSER=pacta
  fi
  COMMON=("${DBPROPS[@]}" -Dquarkus.http.port=$PORT -Dpacta.admin.email=bench@pacta.local
    -Dpacta.admin.password=bench-password-2026 -Dquarkus.mailer.host=127.0.0.1 -Dquarkus.mailer.port=$SMTP_PORT
    -Dquarkus.http.auth.session.encryption-key=bench-only-session-key-0123456789abcdef
    -Dpacta.webhooks.allow-private=true
    -Dpacta.security.secure-cookies=false -Xmx${HEAP:-224m} ${JVM_OPTS:--XX:+UseSerialGC})
}

fresh_pg() { psql -h 127.0.0.1 -U postgres -qc "drop database if exists $1 with (force)" -qc "create database $1"; }

# variants: the entries of VARIANTS ("|" between them), ways of starting a node to compare side by side.
# variant <entry>: sets JAVA and OPTS from one entry, a set of JVM options ("default": none) that may begin with the
# java to run (a path ending in /java).
variants() { IFS='|' read -ra VARIANT_LIST <<< "${VARIANTS:-default}"; }
variant() {
  OPTS=()
  [ "$1" = default ] || read -ra OPTS <<< "$1"
  JAVA=java
  if [ ${#OPTS[@]} -gt 0 ] && [[ "${OPTS[0]}" == */java ]]; then JAVA=${OPTS[0]}; OPTS=("${OPTS[@]:1}"); fi
}

# archive <h2|postgres>: the class-data archive of target/quarkus-app (docker/cds-archive.sh, design decision 22),
# trained on a scratch database; sets CDS, the option that starts a node with it.
archive() {
  if [ "$1" = postgres ]; then
    fresh_pg pacta_cds
    PACTA_DB_URL=jdbc:postgresql://127.0.0.1:5432/pacta_cds PACTA_DB_USER=postgres PACTA_DB_PASSWORD= \
      bash docker/cds-archive.sh target/quarkus-app | tee -a "$OUT"
    psql -h 127.0.0.1 -U postgres -qc "drop database pacta_cds with (force)"
  else
    bash docker/cds-archive.sh target/quarkus-app | tee -a "$OUT"
  fi
  CDS=-XX:SharedArchiveFile=target/quarkus-app/pacta.jsa
}

# generate <commitments> <due> [<later-seconds>]: fills the stopped node's database (bench/Generate.java), then
# gives the planner its statistics, as a database that grew over months rather than seconds would have them. On H2
# it then compacts the file: the generator's big batches leave it about 85% dead space (7.9 GB for 206 MB of live
# pages at 1M), which a ledger grown by ordinary writes never has, and which H2 would otherwise spend the run
# rewriting in the background.
generate() {
  # The tools run with H2 alone on their class path: without Pacta's recovery listener, on a file they close cleanly.
  local tool_url=${URL%%;DATABASE_EVENT_LISTENER=*}
  say "$(java -cp "$DRIVER" bench/Generate.java "$tool_url" "$DBUSER" "" "$1" "$2" 20 "${3:-0}")"
  java -cp "$DRIVER" bench/Sql.java "$tool_url" "$DBUSER" "" "analyze" > /dev/null
  if [[ "$URL" == jdbc:h2:* ]] && [ "${COMPACT:-1}" = 1 ]; then  # COMPACT=0 keeps the sparse file (bench/soak.sh)
    local file=${URL#jdbc:h2:*:}; file=${file%%;*}.mv.db
    local t0=$(date +%s%N) before=$(du -sm "$file" | cut -f1)
    java -cp "$DRIVER" bench/Sql.java "${URL%%;*}" "$DBUSER" "" "shutdown compact" > /dev/null
    say "H2 file compacted from ${before} MiB to $(du -sm "$file" | cut -f1) MiB in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  fi
}

# glibc's per-thread malloc arenas otherwise add hundreds of MiB of RSS on a busy JVM.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
APP_PID=
APP_JAR=target/quarkus-app/quarkus-run.jar

start() {  # start <log> <extra props...>: runs $APP_JAR and waits until it is ready
  local log=$1; shift
  local t0=$(date +%s%N)
  "${JAVA:-java}" "${COMMON[@]}" "$@" -jar "$APP_JAR" > "$log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 $APP_PID 2>/dev/null || { echo "Pacta did not start; see $log"; tail -30 "$log"; exit 1; }
    sleep 0.1
  done
  READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop() { kill $APP_PID; wait $APP_PID 2>/dev/null || true; }
# timed_start <label> <options...>: a start on a new empty database, follow-up and dispatch off; says how long it took
# to be ready, Quarkus's own figure and the memory, and any warning the JVM gave about a class-data archive.
timed_start() {
  local label=$1 log=target/bench/timed-start.log; shift
  database "$KIND"
  start "$log" "$@" -Dpacta.followup.enabled=false -Dpacta.dispatch.enabled=false
  say "$label: ${READY_MS} ms to ready; $(grep -o 'started in [0-9.]*s' "$log"); RSS $(rss)"
  grep -m1 '\[cds' "$log" | tee -a "$OUT" || true
  stop
}
# The file-backed part is the JVM's own libraries and the class-data archives' mapped pages, which the kernel can
# drop and share between processes.
rss() {
  awk '/VmRSS/{r=$2} /RssAnon/{a=$2} /RssFile/{f=$2} END{printf "%d MiB (%d anonymous, %d file-backed)", r/1024, a/1024, f/1024}' \
    /proc/$APP_PID/status
}
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
# Waits (up to 60 s) until the node has used less than a tenth of a core over half a second: background work a
# previous step set off (the dashboard's figures of a million rows take a core for seconds) is not charged to the next.
settle() {
  local ticks=$(getconf CLK_TCK)
  for i in $(seq 1 120); do
    local a b
    a=$(awk '{print $14 + $15}' /proc/$APP_PID/stat); sleep 0.5; b=$(awk '{print $14 + $15}' /proc/$APP_PID/stat)
    [ $(( (b - a) * 20 )) -lt "$ticks" ] && return
  done
}
# load <connections> <label> <url> [header...]: the node settled, 3 s of warm-up, then $DURATION recorded; sets RPS.
load() {
  local c=$1 label=$2 url=$3; shift 3
  settle
  local threads=$(( c < 2 ? 1 : 2 ))
  wrk -t$threads -c"$c" -d3s "$@" "$url" > /dev/null 2>&1  # warm-up, not recorded
  # wrk fails when no answer came back in the whole step (each took longer than it): that is a result, not an error.
  local res; res=$(wrk -t$threads -c"$c" -d"$DURATION" --latency "$@" "$url" 2>&1) || true
  local p50 p99
  RPS=$(echo "$res" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$res" | awk '/ 50%/{print $2}')
  p99=$(echo "$res" | awk '/ 99%/{print $2}')
  if [ -z "$p50" ]; then
    RPS=0
    say "$label: 0 answers in $DURATION  [wrk -t$threads -c$c -d$DURATION --latency $url]"
  else
    say "$label: ${RPS} req/s, p50 ${p50}, p99 ${p99}  [wrk -t$threads -c$c -d$DURATION --latency $url]"
  fi
}
trap '[ -n "$APP_PID" ] && kill $APP_PID 2>/dev/null || true; kill $(jobs -p) 2>/dev/null || true' EXIT
