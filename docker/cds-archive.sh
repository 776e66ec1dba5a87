#!/usr/bin/env bash
# Writes the class-data archive that lets a packaged Pacta start in about half the time (docs/design.md, decision 22).
#
#   docker/cds-archive.sh [app-dir]        # default target/quarkus-app; writes <app-dir>/pacta.jsa
#   java -XX:SharedArchiveFile=<app-dir>/pacta.jsa -jar <app-dir>/quarkus-run.jar
#
# It starts Pacta once with -XX:ArchiveClassesAtExit on a scratch database, waits until it is ready, opens a few
# pages and stops it; the JVM writes the classes it loaded as it exits. On a JDK with an AOT cache (24 and later)
# it writes that instead, <app-dir>/pacta.aot, used with -XX:AOTCache=<app-dir>/pacta.aot. The plain build trains
# on a throwaway H2 file. A postgres build needs a scratch PostgreSQL database it may fill: set PACTA_DB_URL (and
# PACTA_DB_USER, PACTA_DB_PASSWORD). Run it with the java that will run Pacta (JAVA, default `java`): the archive
# holds only for that JVM build and these jar files at this path. A java that finds it stale says so in one
# warning and starts without it, so an old archive slows nothing down; make a new one after each build.
set -euo pipefail

APP=$(cd "${1:-target/quarkus-app}" && pwd)
JAVA=${JAVA:-java}
PORT=${CDS_PORT:-18089}
if "$JAVA" -XX:+PrintFlagsFinal -version 2> /dev/null | grep -q ' AOTCacheOutput '; then
  ARCHIVE=$APP/pacta.aot WRITE=-XX:AOTCacheOutput USE=-XX:AOTCache
else
  ARCHIVE=$APP/pacta.jsa WRITE=-XX:ArchiveClassesAtExit USE=-XX:SharedArchiveFile
fi
SCRATCH=$(mktemp -d)
LOG=$SCRATCH/training.log
pid=
trap '[ -n "$pid" ] && kill $pid 2> /dev/null; rm -rf "$SCRATCH"' EXIT

[ -f "$APP/quarkus-run.jar" ] || { echo "no $APP/quarkus-run.jar: build Pacta first (./mvnw package)" >&2; exit 2; }
command -v curl > /dev/null || { echo "curl is needed to tell when the training run is ready" >&2; exit 2; }
props=(-Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dpacta.followup.enabled=false
  -Dpacta.dispatch.enabled=false -Dpacta.admin.email=cds@pacta.invalid -Dpacta.admin.password="$(head -c 18 /dev/urandom | base64)"
  -Dquarkus.http.auth.session.encryption-key="$(head -c 32 /dev/urandom | base64)")
[ -z "${PACTA_DB_URL:-}" ] && props+=(-Dquarkus.datasource.jdbc.url="jdbc:h2:async:$SCRATCH/pacta;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0")

rm -f "$ARCHIVE"
(cd "$APP" && exec "$JAVA" $WRITE="$ARCHIVE" -Xlog:cds=error -Xlog:cds+dynamic=error "${props[@]}" \
  -jar "$APP/quarkus-run.jar" > "$LOG" 2>&1) &
pid=$!
for i in $(seq 600); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
  if ! kill -0 $pid 2>/dev/null || [ $i = 600 ]; then
    if grep -q 'does not support the provided URL: jdbc:h2' "$LOG"; then
      echo "$APP is a postgres build: set PACTA_DB_URL (and PACTA_DB_USER, PACTA_DB_PASSWORD) to a scratch database" >&2
    else
      echo "Pacta did not start for the training run:" >&2; tail -30 "$LOG" >&2
    fi
    exit 1
  fi
  sleep 0.2
done
for page in / /login /agreements /overdue /api/agreements /api/reports/overdue /q/openapi; do
  curl -s -o /dev/null "http://127.0.0.1:$PORT$page" || true
done
kill $pid
wait $pid 2>/dev/null || true
pid=
[ -s "$ARCHIVE" ] || { echo "the JVM wrote no archive:" >&2; tail -30 "$LOG" >&2; exit 1; }
echo "wrote $ARCHIVE ($(du -m "$ARCHIVE" | cut -f1) MiB); start Pacta with $USE=$ARCHIVE -jar $APP/quarkus-run.jar"
