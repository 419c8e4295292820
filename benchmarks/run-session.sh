#!/usr/bin/env bash
# What it costs that sessions follow the database: every request of a signed-in settings-site user
# reads the account's sign-in version (SessionCheck) before the page runs. Measured in one run on one
# server over loopback, on the cheapest request under /settings/ there is — a missing static file:
#   signed-in   GET /settings/bench-missing.css with the session cookie of W000000002
#               (filter → session check → 404 from the default servlet)
#   anonymous   the same without a cookie (filter → 302 to the login page; no session, no check)
# The difference of the two is the per-request price of the signed-in path, the check included.
# Builds and starts the application on the embedded default (./run.sh), logs in through the real
# login form with curl, warms both up, measures them alternately with wrk (CONNECTIONS connections,
# 2 threads) and prints a summary; the figures go to docs/benchmarks.md with the machine and the
# date. Leaves the application running (./run.sh stop). SELFCARE_SKIP_BUILD=1 restarts the last
# build instead of building.
# Environment: DURATION (default 15s), WARMUP (default 60s), ROUNDS (default 3), CONNECTIONS
# (default 16).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-60s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-16}
APP=http://127.0.0.1:8080

if ! command -v wrk >/dev/null; then
  echo "Installing wrk..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi

./run.sh stop >/dev/null 2>&1 || true
./run.sh >/dev/null

# Log in as the demo number user (no two-step authentication) through the login form.
JAR=$(mktemp)
OUT=$(mktemp -d)
page=$(curl -s -c "$JAR" -b "$JAR" "$APP/settings/login.xhtml")
state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
# PrimeFaces' script puts the page's CSP nonce into every form it posts; so does this login.
nonce=$(printf '%s' "$page" | grep -o "PrimeFaces.csp.init('[^']*')" | head -1 | sed "s/.*init('//; s/')$//")
curl -s -o /dev/null -c "$JAR" -b "$JAR" -X POST "$APP/settings/login.xhtml" \
  --data-urlencode "login=login" --data-urlencode "login:loginId=W000000002" \
  --data-urlencode "login:password=Demo-pass1" --data-urlencode "login:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -1)
status=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$session" "$APP/settings/index.xhtml")
[ "$status" = 200 ] || { echo "login failed (index.xhtml answered $status)" >&2; exit 1; }

URL="$APP/settings/bench-missing.css"
# Warm both paths up (the JIT needs a while), then alternate them ROUNDS times so that the machine's
# drift hits both alike; the summary takes each one's median round.
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: JSESSIONID=$session" "$URL" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$URL" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round: signed-in, then anonymous ($DURATION each, $CONNECTIONS connections)"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: JSESSIONID=$session" "$URL" \
    | tee "$OUT/signed-in.$round"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$URL" | tee "$OUT/anonymous.$round"
done

median() {  # name: the median requests/s of its rounds
  for f in "$OUT/$1".*; do awk '/^Requests\/sec:/ {print $2}' "$f"; done | sort -n \
    | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}
echo
echo "== summary ($(date -u +%F), $(nproc) cores, $(uname -sr), database H2 file (embedded default), $ROUNDS rounds)"
for name in signed-in anonymous; do
  printf '%-10s rounds: %s  median %s req/s\n' "$name" \
    "$(for f in "$OUT/$name".*; do awk '/^Requests\/sec:/ {printf "%s ", $2}' "$f"; done)" "$(median "$name")"
done
awk -v s="$(median signed-in)" -v a="$(median anonymous)" 'BEGIN {
  printf "server capacity per request: signed-in %.0f us, anonymous %.0f us\n", 1e6 / s, 1e6 / a
  printf "the signed-in path with the session check costs %.0f us more per request\n", 1e6 / s - 1e6 / a
}'
rm -f "$JAR"
