#!/usr/bin/env bash
# The HTTP benchmark of the call-decision API, in one run on one server over loopback:
#   decision  POST /api/routing/v1/incoming                 (the product: the routing cache)
#   trivial   POST /bench-baseline/api/trivial              (fixed answer: HTTP + JAX-RS alone)
#   database  POST /bench-baseline/api/db/incoming          (reads the database on every call)
# Builds the application and the baseline WAR, starts the application on the embedded default
# (./run.sh), deploys the baselines beside it, warms each endpoint up, then measures each with wrk
# (64 connections, 2 threads). Prints wrk's reports and a summary; the figures go to
# docs/benchmarks.md with the machine and the date. Leaves the application running (./run.sh stop).
# Then trivial and decision again below saturation (each connection pausing THINK_MS, default 10,
# between requests) for their latency there.
# Environment: DURATION (default 30s), WARMUP (default 15s), CONNECTIONS (default 64); the
# database as for ./run.sh (SELFCARE_DB_URL etc.; default the embedded H2).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-64}
DEPLOYMENTS=.run/wildfly/standalone/deployments

if ! command -v wrk >/dev/null; then
  echo "Installing wrk..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi

mvn -B -q -Pbench install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true
./run.sh stop >/dev/null 2>&1 || true
for _ in $(seq 1 30); do  # the stopped processes release their ports a moment later
  (exec 3<>/dev/tcp/127.0.0.1/3025) 2>/dev/null || (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null || break
  sleep 1
done
SELFCARE_SKIP_BUILD=1 ./run.sh >/dev/null
rm -f "$DEPLOYMENTS"/bench-baseline.war*
cp benchmarks/http-baseline/target/bench-baseline.war "$DEPLOYMENTS/"
for _ in $(seq 1 120); do
  [ -f "$DEPLOYMENTS/bench-baseline.war.deployed" ] && break
  [ -f "$DEPLOYMENTS/bench-baseline.war.failed" ] && { cat "$DEPLOYMENTS/bench-baseline.war.failed"; exit 1; }
  sleep 1
done
[ -f "$DEPLOYMENTS/bench-baseline.war.deployed" ] || { echo "baseline WAR did not deploy" >&2; exit 1; }

export API_KEY
API_KEY=$(cat .run/routing-api-key)
declare -A URLS=(
  [decision]=http://127.0.0.1:8080/api/routing/v1/incoming
  [trivial]=http://127.0.0.1:8080/bench-baseline/api/trivial
  [database]=http://127.0.0.1:8080/bench-baseline/api/db/incoming
)
ORDER=(trivial decision database)
OUT=$(mktemp -d)

for name in "${ORDER[@]}"; do
  echo "== warm-up: $name ($WARMUP)"
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s benchmarks/decision.lua "${URLS[$name]}" >/dev/null
done
for name in "${ORDER[@]}"; do
  echo "== $name: ${URLS[$name]} ($DURATION, $CONNECTIONS connections)"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s benchmarks/decision.lua "${URLS[$name]}" | tee "$OUT/$name"
done

# Latency below saturation: the same 64 connections, each pausing THINK_MS after every answer.
THINK=${THINK_MS:-10}
for name in trivial decision; do
  echo "== $name paced: ${URLS[$name]} ($DURATION, $CONNECTIONS connections, ${THINK} ms between requests)"
  THINK_MS=$THINK wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s benchmarks/decision.lua \
    "${URLS[$name]}" | tee "$OUT/$name-paced"
done

rps() { awk '/^Requests\/sec:/ {print $2}' "$OUT/$1"; }
p99() { awk '$1 == "99%" {print $2}' "$OUT/$1"; }
errors() { grep -E "Non-2xx|Socket errors" "$OUT/$1" || true; }
echo
echo "== summary ($(date -u +%F), $(nproc) cores, $(uname -sr), database ${SELFCARE_DB_URL:-H2 file (embedded default)})"
for name in "${ORDER[@]}" trivial-paced decision-paced; do
  printf '%-15s %12s req/s   p99 %s  %s\n' "$name" "$(rps "$name")" "$(p99 "$name")" "$(errors "$name")"
done
awk -v d="$(rps decision)" -v t="$(rps trivial)" -v b="$(rps database)" 'BEGIN {
  printf "decision / trivial  = %.0f %% of the trivial endpoint'"'"'s throughput (target >= 60 %%)\n", 100 * d / t
  printf "decision / database = %.1f x the per-call-database baseline (target >= 50 x)\n", d / b
}'
rm -f "$DEPLOYMENTS"/bench-baseline.war
