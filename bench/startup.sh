#!/usr/bin/env bash
# Start-up to ready on an empty database, several ways of starting the same build side by side (interleaved, so that
# the machine's state falls on all of them alike): each entry of VARIANTS (bench/lib.sh, `variant`). The build is
# target/quarkus-app as it is (build it and make its archive first: ./mvnw package, docker/cds-archive.sh).
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
variants
for round in $(seq 1 "${ROUNDS:-3}"); do
  for entry in "${VARIANT_LIST[@]}"; do
    variant "$entry"
    timed_start "round $round, $JAVA ${OPTS[*]:-}" "${OPTS[@]}"
  done
done
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
