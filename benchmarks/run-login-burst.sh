#!/usr/bin/env bash
# A burst of logins with unknown login IDs against the settings site's real login form. An unknown
# ID costs the same Argon2 verification (19 MiB, t=2) as a wrong password, so that the two cannot be
# told apart; PasswordHasher lets only as many run at once as the machine has cores (at least 2)
# and queues the rest. The burst shows what that bound buys and what it costs:
#   - every login of the burst gets an answer: checked (ログインIDまたはパスワードが正しくありません), or,
#     beyond the running ones and the bounded line of waiting ones, refused at once as busy;
#   - the server's resident memory during the burst (peak of VmRSS sampled every 100 ms) against
#     before it — without the bound, LOGINS concurrent verifications would want LOGINS × 19 MiB;
#   - logins per second and the latency of a login in the burst (the queue's price);
#   - the latency of call decisions (routing API) asked one after another during the burst against
#     an idle server: the network's calls are still answered.
# Builds and starts the application on the embedded default (./run.sh; SELFCARE_SKIP_BUILD=1 restarts
# the last build), opens LOGINS login pages first (each its own session, view state and CSP nonce),
# then posts them all at once. Leaves the application running (./run.sh stop).
# Environment: LOGINS (default 200).
set -euo pipefail
cd "$(dirname "$0")/.."

LOGINS=${LOGINS:-200}
APP=http://127.0.0.1:8080
OUT=$(mktemp -d)

./run.sh stop >/dev/null 2>&1 || true
for _ in $(seq 1 30); do  # the stopped processes release their ports a moment later
  (exec 3<>/dev/tcp/127.0.0.1/3025) 2>/dev/null || (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null || break
  sleep 1
done
./run.sh >/dev/null
server=$(pgrep -f "jboss-modules.jar.*$(pwd)/.run/wildfly" | head -1)
[ -n "$server" ] || { echo "no WildFly process found" >&2; exit 1; }
API_KEY=$(cat .run/routing-api-key)

decide() {  # one incoming-call decision; prints its time in ms
  curl -s -o /dev/null -w '%{time_total}\n' -X POST "$APP/api/routing/v1/incoming" \
    -H 'Content-Type: application/json' -H "X-Api-Key: $API_KEY" \
    -d '{"called":"0350000001","caller":"0311112222","presentation":"NUMBER"}' \
    | awk '{printf "%.1f\n", $1 * 1000}'
}
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$server/status"; }
percentile() {  # p file: the p-th percentile (nearest rank) of the numbers in file
  sort -n "$2" | awk -v p="$1" '{v[NR] = $1} END {i = int((NR * p + 99) / 100); if (i < 1) i = 1; print v[i]}'
}

# Warm up: the login path (JSF, Argon2) and the decision path, then the idle decision latency.
for i in $(seq 1 20); do
  jar="$OUT/warm.jar"
  page=$(curl -s -c "$jar" -b "$jar" "$APP/settings/login.xhtml")
  state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  nonce=$(printf '%s' "$page" | grep -o "PrimeFaces.csp.init('[^']*')" | head -1 | sed "s/.*init('//; s/')$//")
  curl -s -o /dev/null -b "$jar" -X POST "$APP/settings/login.xhtml" \
    --data-urlencode "login=login" --data-urlencode "login:loginId=Z8$(printf '%08d' "$i")" \
    --data-urlencode "login:password=Wrong-pass1" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
  rm -f "$jar"
done
for _ in $(seq 1 200); do decide >/dev/null; done
for _ in $(seq 1 200); do decide; done > "$OUT/decide-idle"

# Each login of the burst gets its own session and login page beforehand.
for i in $(seq 1 "$LOGINS"); do
  page=$(curl -s -c "$OUT/$i.jar" -b "$OUT/$i.jar" "$APP/settings/login.xhtml")
  printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//' > "$OUT/$i.state"
  printf '%s' "$page" | grep -o "PrimeFaces.csp.init('[^']*')" | head -1 | sed "s/.*init('//; s/')$//" > "$OUT/$i.nonce"
done

login() {  # i: posts login i with an unknown ID; prints its time in ms
  curl -s -o "$OUT/$1.answer" -w '%{time_total}\n' -b "$OUT/$1.jar" -X POST "$APP/settings/login.xhtml" \
    --data-urlencode "login=login" --data-urlencode "login:loginId=Z9$(printf '%08d' "$1")" \
    --data-urlencode "login:password=Wrong-pass1" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$(cat "$OUT/$1.state")" \
    --data-urlencode "primefaces.nonce=$(cat "$OUT/$1.nonce")" | awk '{printf "%.1f\n", $1 * 1000}'
}
export -f login
export APP OUT

rss_before=$(rss_kib)
( while :; do rss_kib; sleep 0.1; done ) > "$OUT/rss" &
sampler=$!
start=$(date +%s.%N)
seq 1 "$LOGINS" | xargs -P "$LOGINS" -I{} bash -c 'login {}' > "$OUT/login-times" &
burst=$!
sleep 0.5
: > "$OUT/decide-burst"
while kill -0 "$burst" 2>/dev/null; do decide >> "$OUT/decide-burst"; done
wait "$burst"
end=$(date +%s.%N)
kill "$sampler"

answered=$(grep -l 'ログインIDまたはパスワードが正しくありません' "$OUT"/*.answer | wc -l)
busy=$(grep -l 'ただいまログインが集中しています' "$OUT"/*.answer | wc -l)
cores=$(nproc)
echo "== login burst ($(date -u +%F), $cores cores, $(uname -sr), H2 file (embedded default), JVM -Xmx2g)"
echo "logins posted at once:      $LOGINS unknown login IDs, each in its own session"
echo "answers:                    $answered checked (ログインIDまたはパスワードが正しくありません), $busy refused at once as busy (ただいまログインが集中しています), $((LOGINS - answered - busy)) other"
awk -v s="$start" -v e="$end" -v n="$LOGINS" 'BEGIN {printf "burst took:                 %.1f s (%.1f logins/s)\n", e - s, n / (e - s)}'
echo "login latency in the burst: p50 $(percentile 50 "$OUT/login-times") ms, p99 $(percentile 99 "$OUT/login-times") ms, max $(percentile 100 "$OUT/login-times") ms"
echo "server RSS:                 before $((rss_before / 1024)) MiB, peak during the burst $(($(sort -n "$OUT/rss" | tail -1) / 1024)) MiB"
echo "  (unbounded, $LOGINS verifications at once would want $((LOGINS * 19)) MiB of Argon2 memory)"
echo "call decisions, idle:       p50 $(percentile 50 "$OUT/decide-idle") ms, p99 $(percentile 99 "$OUT/decide-idle") ms (200 in a row, curl)"
echo "call decisions, in burst:   p50 $(percentile 50 "$OUT/decide-burst") ms, p99 $(percentile 99 "$OUT/decide-burst") ms, max $(percentile 100 "$OUT/decide-burst") ms ($(wc -l < "$OUT/decide-burst") in a row)"
rm -rf "$OUT"
