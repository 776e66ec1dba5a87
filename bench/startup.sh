#!/usr/bin/env bash
# Start-up to ready on an empty database, several ways of starting the same build side by side (interleaved, so that
# the machine's state falls on all of them alike). Each entry of VARIANTS is a set of JVM options; "default" is none;
# an entry may begin with the java to run (a path ending in /java). The build is target/quarkus-app as it is (build
# it and make its archive first: ./mvnw package, docker/cds-archive.sh).
#
#   ROUNDS=3 VARIANTS="default|-XX:SharedArchiveFile=target/quarkus-app/pacta.jsa" bash bench/startup.sh h2
#
# Results: bench/results/startup-<kind>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

KIND=${1:-h2}
PORT=${PORT:-8089}
SMTP_PORT=${SMTP_PORT:-2525}
OUT=bench/results/startup-$KIND.txt
mkdir -p bench/results target/bench
: > "$OUT"
. bench/lib.sh

header "Pacta start-up to ready, empty $KIND database"
IFS='|' read -ra variants <<< "${VARIANTS:-default}"
for round in $(seq 1 "${ROUNDS:-3}"); do
  for variant in "${variants[@]}"; do
    opts=()
    [ "$variant" = default ] || read -ra opts <<< "$variant"
    JAVA=java
    if [ ${#opts[@]} -gt 0 ] && [[ "${opts[0]}" == */java ]]; then JAVA=${opts[0]}; opts=("${opts[@]:1}"); fi
    database "$KIND"
    start target/bench/startup.log "${opts[@]}" -Dpacta.followup.enabled=false -Dpacta.dispatch.enabled=false
    say "round $round, $JAVA ${opts[*]:-}: ${READY_MS} ms to ready; $(grep -o 'started in [0-9.]*s' target/bench/startup.log); RSS $(rss)"
    grep -m1 '\[cds' target/bench/startup.log | tee -a "$OUT" || true
    stop
  done
done
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
