#!/usr/bin/env bash
# Issue 2 figures: time to healthy (fresh and existing data folder), GET /health under wrk beside a static file of
# the same server, and resident memory at idle. Talks to 127.0.0.1 only; every loop is bounded.
# Run from the repository root: bench/scripts/http-baseline.sh  (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18090}
DATA=$(mktemp -d)
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA" "$DATA.log"; }
trap cleanup EXIT

./bricshub help >/dev/null # build once, outside the timings
start_server() {
  local t0; t0=$(date +%s.%N)
  ./bricshub serve --port "$PORT" --host 127.0.0.1 --data "$DATA" --set http.rate.per.second=10000000 \
    --set http.rate.burst=10000000 >"$DATA.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 2400); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.05; done
  ELAPSED=$(echo "$(date +%s.%N) - $t0" | bc)
}
stop_server() { kill -TERM "$PID"; wait "$PID" || true; }

start_server
echo "time to healthy, fresh data folder:    $ELAPSED s"
stop_server
start_server
echo "time to healthy, existing data folder: $ELAPSED s"
JPID=$(pgrep -f "bricshub.jar serve --port $PORT" | head -n 1)
sleep 10
echo "idle RSS of the JVM: $(awk '/VmRSS/ {print $2, $3}' /proc/"$JPID"/status)"
PGPID=$(head -n 1 "$DATA/pg/postmaster.pid")
# PSS, not RSS: PostgreSQL's shared buffers would otherwise be counted once per process.
pss() { for p in "$@"; do awk '/^Pss:/ {print $2}' /proc/"$p"/smaps_rollup; done | awk '{s+=$1} END {print s, "kB"}'; }
echo "idle PSS of the JVM: $(pss "$JPID")"
echo "idle PSS of embedded PostgreSQL (postmaster + children): $(pss "$PGPID" $(pgrep -P "$PGPID"))"

for warm in 1 2; do wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT/health" >/dev/null; done
echo "--- wrk GET /health (${DURATION}, ${CONNECTIONS} connections, keep-alive)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT/health" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "--- wrk GET /static/site.css (baseline: a static file from the same server)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT/static/site.css" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "--- wrk GET /health again (order effects)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT/health" | grep -E "Requests/sec|50%|99%|Non-2xx"
