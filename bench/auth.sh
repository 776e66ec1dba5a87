#!/usr/bin/env bash
# What security costs (issue 4): the token-authenticated `GET /api/commitments?overdue=true&party=X` on the product
# jar against the same request on a build with security off (Maven profile bench-security-off: every request is
# the administrator, no credential read, no role checked), same data, alternating, ROUNDS times.
#
#   bench/auth.sh h2 100000
#   bench/auth.sh postgres 100000
set -euo pipefail
cd "$(dirname "$0")/.."

KIND=${1:-h2}
N=${2:-100000}
PORT=${PORT:-8089}
SMTP_PORT=${SMTP_PORT:-2525}
DURATION=${DURATION:-20s}
ROUNDS=${ROUNDS:-2}
OUT=bench/results/auth-$KIND-$N.txt
mkdir -p bench/results target/bench
: > "$OUT"
. bench/lib.sh

header "Pacta authentication cost: $KIND, $N commitments"
PROFILE=$([ "$KIND" = postgres ] && echo -Dquarkus.profile=postgres || true)
./mvnw -B -q package -DskipTests $PROFILE
rm -rf target/bench-security-off  # its own build directory, built from scratch each time
./mvnw -B -q package -DskipTests -Pbench-security-off $PROFILE
database "$KIND"
NODE=(-Dpacta.followup.enabled=false -Dpacta.dispatch.enabled=false)
start target/bench/auth-first.log "${NODE[@]}"
stop
generate "$N" 0

for round in $(seq 1 "$ROUNDS"); do
  APP_JAR=target/quarkus-app/quarkus-run.jar
  start target/bench/auth-on.log "${NODE[@]}"
  TOKEN=$(token)
  party=$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/parties?size=1" | sed 's/.*"code":"\([^"]*\)".*/\1/')
  url="http://127.0.0.1:$PORT/api/commitments?overdue=true&party=$party"
  load 50 "round $round, security on (token checked), 50 connections" "$url" -H "Authorization: Bearer $TOKEN"
  on=$RPS
  stop
  # The same request, header included; this build never reads it.
  APP_JAR=target/bench-security-off/quarkus-app/quarkus-run.jar
  start target/bench/auth-off.log "${NODE[@]}"
  load 50 "round $round, security off, 50 connections" "$url" -H "Authorization: Bearer $TOKEN"
  off=$RPS
  stop
  say "round $round: security on / off = $(awk -v a="$on" -v b="$off" 'BEGIN { printf "%.2f", a / b }')"
done
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
