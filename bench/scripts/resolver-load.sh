#!/usr/bin/env bash
# Issue 6 figures: GS1 resolver redirects per second and latency percentiles under wrk (keep-alive), beside a static
# file served by the same server in the same run. Seeds one brand owner, a product's links at GTIN, lot and serial
# level, then resolves a serial-level Digital Link (links inherited from its lot and GTIN). Talks to 127.0.0.1 only.
# Run from the repository root: bench/scripts/resolver-load.sh  (needs wrk and curl: apt-get install wrk curl)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18091}
DATA=$(mktemp -d)
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
BASE="http://127.0.0.1:$PORT"
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA" "$DATA.log"; }
trap cleanup EXIT

./bricshub help >/dev/null # build once, outside the timings
./bricshub serve --port "$PORT" --host 127.0.0.1 --data "$DATA" --set http.rate.per.second=10000000 \
  --set http.rate.burst=10000000 >"$DATA.log" 2>&1 &
PID=$!
for _ in $(seq 1 2400); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.05; done

post() { # path, key, JSON body -> response body; fails on a non-2xx answer
  curl -sf -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$3" "$BASE$1"
}
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p"; }
ADMIN=$(cat "$DATA/admin.key")
ORG=$(post /api/admin/orgs "$ADMIN" '{"name":"Anxi Tea","country":"CN","prefixes":["9506000"],"kind":"brand_owner"}' | field id)
OWNER=$(post "/api/admin/orgs/$ORG/keys" "$ADMIN" '{"role":"owner"}' | field key)
G=/01/09506000134376
link() { # anchor path, link type, target, extra JSON members
  post /api/links "$OWNER" "{\"anchor\":\"https://id.example.org$1\",\"linkType\":\"$2\",\"href\":\"$3\",\"title\":\"$2\"$4}" >/dev/null
}
link "$G" gs1:pip https://brand.example/en/tea ',"hreflang":["en"],"type":"text/html","default":true'
link "$G" gs1:pip https://brand.example/zh/tea ',"hreflang":["zh"],"type":"text/html"'
link "$G" gs1:certificationInfo https://lab.example/cert.pdf ',"type":"application/pdf"'
link "$G" gs1:certificationInfo https://lab.example/cert-za.html ',"context":["ZA"],"type":"text/html"'
link "$G/10/LOT1" gs1:recallStatus https://brand.example/recall/LOT1 ''
link "$G/10/LOT1/21/S1" gs1:dpp https://brand.example/dpp/S1 ',"type":"application/json"'

REDIRECT="$BASE$G/10/LOT1/21/S1?linkType=gs1:certificationInfo"
echo "resolving $REDIRECT -> $(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$REDIRECT")"
DEFAULT="$BASE$G/10/LOT1"
echo "resolving $DEFAULT -> $(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$DEFAULT")"

# The JIT needs about a minute of this load to settle (figures still climb after 20 s); warm every measured path.
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-40s}" "$REDIRECT" >/dev/null
for url in "$DEFAULT" "$BASE/static/site.css" "$BASE/health"; do wrk -t2 -c"$CONNECTIONS" -d10s "$url" >/dev/null; done
run() { # label, URL
  echo "--- wrk $1 (${DURATION}, ${CONNECTIONS} connections, keep-alive)"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
}
run "GET serial-level Digital Link, linkType inherited from the GTIN -> 307" "$REDIRECT"
run "GET lot-level Digital Link, no linkType -> 307 to the GTIN's default link" "$DEFAULT"
run "GET /static/site.css (baseline: a static file from the same server)" "$BASE/static/site.css"
run "GET /health (baseline: the server's lightest JSON answer)" "$BASE/health"
run "GET serial-level redirect again (order effects)" "$REDIRECT"
