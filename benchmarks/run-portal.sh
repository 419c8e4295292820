#!/usr/bin/env bash
# The portal's pages under load: ご契約・運用状況 (contracts list), 番号一覧 (number directory) and the
# dashboard, each requested by CONNECTIONS signed-in users at once (one session per connection), on
# the large demo set (100,000 numbers). Starts the application with the benchmark-only user set
# (SELFCARE_DEMO_BENCH_USERS: administrators with known TOTP secrets), logs them in through the
# real two-step login (benchmarks/portal-login.py), warms each page up, measures it with wrk and
# prints p50/p95/p99 per page. Figures go to docs/benchmarks.md. Leaves the application running
# (./run.sh stop). SELFCARE_SKIP_BUILD=1 restarts the last build; SELFCARE_DB_URL … for PostgreSQL
# (see ./run.sh).
# Each page is measured twice: saturated (every user asks again as soon as a page arrives: the
# server's throughput) and with users who read a page for THINK_MS (default 1000 ms) before the next.
# Environment: CONNECTIONS (default 50), DURATION (default 30s), WARMUP (default 20s), THINK_MS.
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${CONNECTIONS:-50}
THINK_MS=${THINK_MS:-1000}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-20s}
APP=http://127.0.0.1:8080

if ! command -v wrk >/dev/null; then
  echo "Installing wrk..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi

./run.sh stop >/dev/null 2>&1 || true
SELFCARE_DEMO=large SELFCARE_DEMO_BENCH_USERS=$CONNECTIONS ./run.sh >/dev/null

SESSIONS=$(mktemp)
python3 benchmarks/portal-login.py "$APP" "$CONNECTIONS" > "$SESSIONS"
echo "$(wc -l < "$SESSIONS") users signed in"
export SESSIONS
for page in /portal/contracts.xhtml /portal/numbers.xhtml /portal/index.xhtml; do
  PAGE=$page wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s benchmarks/portal-pages.lua "$APP" >/dev/null
  for think in 0 "$THINK_MS"; do
    PAGE=$page THINK_MS=$think wrk -t2 -c"$CONNECTIONS" -d"$DURATION" \
      -s benchmarks/portal-pages.lua "$APP" | grep '^RESULT'
  done
done
