#!/usr/bin/env bash
# Issue 6 figures: journey pages per second and latency for the 12-event Anxi journey (wrk, keep-alive), against a
# static file served by the same server in the same run. Talks to 127.0.0.1 only; every loop is bounded.
# Run from the repository root: bench/scripts/journey-load.sh  (needs wrk and python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18617}
DATA=$(mktemp -d)
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA" "$DATA.log"; }
trap cleanup EXIT

./bricshub help >/dev/null # build once, outside the timings
./bricshub serve --port "$PORT" --host 127.0.0.1 --data "$DATA" --set http.rate.per.second=10000000 \
  --set http.rate.burst=10000000 --set public.url="http://127.0.0.1:$PORT" >"$DATA.log" 2>&1 &
PID=$!
for _ in $(seq 1 2400); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.05; done
[ -f "$DATA/admin.key" ] || { echo "the server did not start (or port $PORT is taken):" >&2; tail "$DATA.log" >&2; exit 1; }

JOURNEY=$(python3 bench/scripts/journey-seed.py "http://127.0.0.1:$PORT" "$(cat "$DATA/admin.key")")
URL="http://127.0.0.1:$PORT$JOURNEY?lang=zh"
STEPS=$(curl -s "$URL" | grep -o 'data-event-id=' | wc -l)
echo "journey $JOURNEY: $STEPS steps, $(curl -s "$URL" | wc -c) bytes of HTML ($(curl -s -H 'Accept-Encoding: gzip' "$URL" | wc -c) gzipped)"
[ "$STEPS" -eq 12 ] || { echo "expected a 12-step journey" >&2; exit 1; }

for warm in 1 2; do wrk -t2 -c"$CONNECTIONS" -d5s -H 'Accept: text/html' "$URL" >/dev/null; done
echo "--- wrk GET $JOURNEY?lang=zh (${DURATION}, ${CONNECTIONS} connections, keep-alive)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept: text/html' "$URL" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "--- wrk GET /static/site.css (baseline: a static file from the same server)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT/static/site.css" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "--- wrk journey page with Accept-Encoding: gzip (what phones send)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept: text/html' -H 'Accept-Encoding: gzip' "$URL" \
  | grep -E "Requests/sec|50%|99%|Non-2xx"
