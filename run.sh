#!/usr/bin/env bash
# The README's first command: builds the project, provisions WildFly, starts it with the EAR on
# the embedded default (H2 file database, embedded Artemis, demo data) beside a local SMTP sink
# with a browser mailbox, and prints where to click.
#
#   ./run.sh             build and (re)start everything (development: plain HTTP)
#   ./run.sh production  the same on the production server profile: HTTPS only (port 8443, plain
#                        HTTP 8080 redirects), HSTS, Secure cookies; with the operator's keystore
#                        when SELFCARE_TLS_KEYSTORE names one, else a self-signed certificate
#   ./run.sh cluster     two WildFly nodes of the HA profile (ports 8180, 8280) on PostgreSQL
#                        (127.0.0.1:5432, database selfcare_cluster unless SELFCARE_DB_URL names
#                        one) behind WildFly's load balancer (port 8080); docs/cluster.md
#   ./run.sh stop        stop everything this script started
#   ./run.sh status   say what is running
#
# Environment (all optional):
#   SELFCARE_DEMO=standard|large|none   demo data set (default standard; large = 100,000 numbers)
#   SELFCARE_DB_URL, SELFCARE_DB_USER, SELFCARE_DB_PASSWORD
#                                       use PostgreSQL instead of H2, e.g.
#                                       SELFCARE_DB_URL=jdbc:postgresql://127.0.0.1:5432/selfcare
#   SELFCARE_SKIP_BUILD=1               start what was built last time
#   SELFCARE_TLS_KEYSTORE, SELFCARE_TLS_KEYSTORE_PASSWORD
#                                       production: the operator's PKCS#12 keystore and its password
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$(pwd)
RUN="$ROOT/.run"
SERVER="$RUN/wildfly"
BUILT="$ROOT/wildfly-config/target/wildfly"
EAR="$ROOT/ear/target/selfcare.ear"
HTTP_PORT=8080
HTTPS_PORT=8443
MANAGEMENT_PORT=9990
SMTP_PORT=3025
MAILBOX_PORT=8025
ADMIN_USER=admin
ADMIN_PASSWORD='Selfcare-dev-1'
OPERATOR_USER=operator
OPERATOR_PASSWORD='Selfcare-op-1'

say() { printf '%s\n' "$*"; }
fail() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_all() {
  if alive "$RUN/wildfly.pid"; then
    say "Stopping WildFly (pid $(cat "$RUN/wildfly.pid"))..."
    "$SERVER/bin/jboss-cli.sh" --connect --command=":shutdown" >/dev/null 2>&1 \
      || kill "$(cat "$RUN/wildfly.pid")" 2>/dev/null || true
    for _ in $(seq 1 60); do alive "$RUN/wildfly.pid" || break; sleep 1; done
    alive "$RUN/wildfly.pid" && kill -9 "$(cat "$RUN/wildfly.pid")" 2>/dev/null || true
  fi
  if alive "$RUN/mailbox.pid"; then
    say "Stopping the dev mailbox (pid $(cat "$RUN/mailbox.pid"))..."
    kill "$(cat "$RUN/mailbox.pid")" 2>/dev/null || true
  fi
  for pid in "$RUN"/cluster/*.pid; do
    [ -f "$pid" ] || continue
    if alive "$pid"; then
      say "Stopping $(basename "$pid" .pid) (pid $(cat "$pid"))..."
      # its whole process group (setsid): the start script and the server it runs
      kill -- "-$(cat "$pid")" 2>/dev/null || true
      for _ in $(seq 1 60); do alive "$pid" || break; sleep 1; done
      alive "$pid" && kill -9 -- "-$(cat "$pid")" 2>/dev/null || true
    fi
    rm -f "$pid"
  done
  rm -f "$RUN/wildfly.pid" "$RUN/mailbox.pid"
}

# The cluster (docs/cluster.md): WildFly's load balancer at port offset 0 and two nodes of
# standalone-cluster.xml at offsets 100 and 200, each with a base directory of its own, on one
# PostgreSQL database. Node A deploys first (Flyway, the demo data), then node B.
start_cluster() {
  local dir="$RUN/cluster" node offset
  mkdir -p "$dir"
  # the brokers' shared cluster password: made once, kept with the data folder
  [ -s "$RUN/cluster-password" ] || (umask 077 && head -c 18 /dev/urandom | base64 > "$RUN/cluster-password")
  for node in balancer node-a node-b; do
    rm -rf "${dir:?}/$node"
    cp -a "$SERVER/standalone" "$dir/$node"
    rm -rf "$dir/$node/log" "$dir/$node/tmp" "$dir/$node/data" "$dir/$node/deployments/selfcare.ear"*
  done
  say "Starting the load balancer..."
  JAVA_OPTS="-Xms128m -Xmx512m -Djava.net.preferIPv4Stack=true" \
    setsid "$SERVER/bin/standalone.sh" -c standalone-load-balancer.xml \
    "-Djboss.server.base.dir=$dir/balancer" >"$dir/balancer.out" 2>&1 < /dev/null &
  echo $! > "$dir/balancer.pid"
  for node in node-a node-b; do
    offset=$([ "$node" = node-a ] && echo 100 || echo 200)
    say "Starting $node (port offset $offset)..."
    local args=("${server_args[@]}")
    args[1]=standalone-cluster.xml
    [ "$node" = node-a ] || args+=("-Dselfcare.demo=none")
    # each broker's journal in the database; the other node's journal is its backup
    args+=("-Dselfcare.cluster.journal.own=${node/-/_}"
      "-Dselfcare.cluster.journal.peer=$([ "$node" = node-a ] && echo node_b || echo node_a)")
    args+=("-Dselfcare.cluster.password=$(cat "$RUN/cluster-password")")
    JAVA_OPTS="-Xms256m -Xmx1536m -Djava.net.preferIPv4Stack=true" \
      setsid "$SERVER/bin/standalone.sh" "${args[@]}" "-Djboss.server.base.dir=$dir/$node" \
      "-Djboss.node.name=$node" "-Djboss.socket.binding.port-offset=$offset" \
      >"$dir/$node.out" 2>&1 < /dev/null &
    echo $! > "$dir/$node.pid"
    cp "$EAR" "$dir/$node/deployments/"
    for _ in $(seq 1 600); do
      [ -f "$dir/$node/deployments/selfcare.ear.deployed" ] && break
      [ -f "$dir/$node/deployments/selfcare.ear.failed" ] \
        && fail "deployment on $node failed; see $dir/$node/log/server.log"
      alive "$dir/$node.pid" || fail "$node stopped; see $dir/$node.out"
      sleep 1
    done
    [ -f "$dir/$node/deployments/selfcare.ear.deployed" ] || fail "$node did not deploy in 10 minutes"
  done
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://localhost:$HTTP_PORT/portal/login.xhtml" && break
    sleep 1
  done
  cat <<INFO

The cluster is running on $database (development: plain HTTP, demo logins).

  Load balancer          http://localhost:$HTTP_PORT/          (the applications: /portal/, /settings/, /billing/)
  Node A                 http://localhost:$((HTTP_PORT + 100))/   admin console http://localhost:$((MANAGEMENT_PORT + 100))/console
  Node B                 http://localhost:$((HTTP_PORT + 200))/   admin console http://localhost:$((MANAGEMENT_PORT + 200))/console
  Mailbox (every mail)   http://localhost:$MAILBOX_PORT/
  Logs                   $dir/node-a/log/server.log, $dir/node-b/log/server.log, $dir/balancer/log/server.log

Demo logins as in ./run.sh (the demo data is loaded by node A). Stop everything: ./run.sh stop
INFO
}

status() {
  alive "$RUN/wildfly.pid" && say "WildFly: running (pid $(cat "$RUN/wildfly.pid"))" || say "WildFly: stopped"
  alive "$RUN/mailbox.pid" && say "Dev mailbox: running (pid $(cat "$RUN/mailbox.pid"))" || say "Dev mailbox: stopped"
}

PROFILE=development
case "${1:-start}" in
  stop) stop_all; say "Stopped."; exit 0 ;;
  status) status; exit 0 ;;
  start) ;;
  production) PROFILE=production ;;
  cluster) PROFILE=cluster ;;
  *) fail "unknown command '$1' (use: start, production, cluster, stop, status)" ;;
esac

command -v java >/dev/null || fail "Java 17 or newer is needed (apt-get install openjdk-17-jdk-headless)."
command -v mvn >/dev/null || fail "Maven is needed (apt-get install maven)."
# The Japanese font the activation notices are rendered with as PDF.
if [ ! -f /usr/share/fonts/opentype/ipafont-gothic/ipag.ttf ]; then
  say "Installing the Japanese font for PDFs (Debian package fonts-ipafont-gothic)..."
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q fonts-ipafont-gothic \
    || say "WARNING: fonts-ipafont-gothic not installed; activation notice PDFs will fail."
fi

# Running it twice restarts what the first run started.
stop_all
for port in $HTTP_PORT $HTTPS_PORT $MANAGEMENT_PORT $SMTP_PORT $MAILBOX_PORT; do
  if port_busy "$port"; then
    fail "port $port is already in use by another program. This script needs ports" \
      "$HTTP_PORT (web), $HTTPS_PORT (web over TLS), $MANAGEMENT_PORT (admin console), $SMTP_PORT (SMTP) and $MAILBOX_PORT (mailbox)." \
      "Find it with: ss -ltnp 'sport = :$port'"
  fi
done

mkdir -p "$RUN"
if [ "${SELFCARE_SKIP_BUILD:-0}" != 1 ]; then
  say "Building (Maven; the first build downloads WildFly and takes a few minutes)..."
  mvn -B -q install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true \
    || fail "the build failed; see the Maven output above."
fi
if [ "${SELFCARE_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$RUN/mailbox.classpath" ]; then
  mvn -B -q -pl jms dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$RUN/mailbox.classpath" >/dev/null || fail "cannot resolve the dev mailbox."
fi
[ -f "$EAR" ] || fail "no EAR at $EAR: run without SELFCARE_SKIP_BUILD first."

# A fresh server when the provisioned one changed; the data folder (H2 database, message journal,
# transaction log) survives, so demo data and anything changed in the UI stay across restarts.
if [ ! -f "$SERVER/.provisioned" ] || [ "$BUILT/.provisioned" -nt "$SERVER/.provisioned" ]; then
  say "Installing the provisioned server into $SERVER..."
  if [ -d "$SERVER/standalone/data" ]; then mv "$SERVER/standalone/data" "$RUN/data.keep"; fi
  rm -rf "$SERVER"
  cp -a "$BUILT" "$SERVER"
  rm -rf "$SERVER/standalone/log" "$SERVER/standalone/tmp" "$SERVER/standalone/data" \
    "$SERVER/standalone/configuration/standalone_xml_history"
  if [ -d "$RUN/data.keep" ]; then rm -rf "$SERVER/standalone/data"; mv "$RUN/data.keep" "$SERVER/standalone/data"; fi
  "$SERVER/bin/add-user.sh" -u "$ADMIN_USER" -p "$ADMIN_PASSWORD" -s -e >/dev/null
  "$SERVER/bin/add-user.sh" -a -u "$OPERATOR_USER" -p "$OPERATOR_PASSWORD" -g operator -s >/dev/null
fi
rm -f "$SERVER"/standalone/deployments/selfcare.ear*

say "Starting the dev mailbox (SMTP $SMTP_PORT, web $MAILBOX_PORT)..."
setsid java -cp "$ROOT/jms/target/test-classes:$(cat "$RUN/mailbox.classpath")" \
  jp.selfcare.mail.dev.DevMailbox "$SMTP_PORT" "$MAILBOX_PORT" >"$RUN/mailbox.log" 2>&1 < /dev/null &
echo $! > "$RUN/mailbox.pid"

# The key of the secrets encrypted at rest: made once per dev data folder, kept with it.
[ -s "$RUN/secret-key" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$RUN/secret-key")
# Passed in the environment (MicroProfile Config reads SELFCARE_SECRET_KEY), not on the command line.
SELFCARE_SECRET_KEY="${SELFCARE_SECRET_KEY:-$(cat "$RUN/secret-key")}"
export SELFCARE_SECRET_KEY
# The call servers' API key of this dev server: the server gets only its SHA-256 (as operators
# configure it in production), the key itself stays in the data folder.
[ -s "$RUN/routing-api-key" ] || (umask 077 && head -c 24 /dev/urandom | base64 | tr '+/' '-_' > "$RUN/routing-api-key")
ROUTING_API_KEY=$(cat "$RUN/routing-api-key")
ROUTING_API_KEY_HASH=$(printf '%s' "$ROUTING_API_KEY" | sha256sum | cut -d' ' -f1)
server_args=(-c standalone-full.xml "-Dselfcare.demo=${SELFCARE_DEMO:-standard}"
  "-Dselfcare.routing.api-key-hashes=$ROUTING_API_KEY_HASH"
  "-Dselfcare.smtp.host=127.0.0.1" "-Dselfcare.smtp.port=$SMTP_PORT")
if [ "$PROFILE" = cluster ] && [ -z "${SELFCARE_DB_URL:-}" ]; then
  # the nodes share one database: the local PostgreSQL, database selfcare_cluster
  command -v psql >/dev/null || fail "the cluster needs PostgreSQL on 127.0.0.1:5432 (or SELFCARE_DB_URL)"
  psql -h 127.0.0.1 -U "${SELFCARE_DB_USER:-postgres}" -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'selfcare_cluster'" | grep -q 1 \
    || createdb -h 127.0.0.1 -U "${SELFCARE_DB_USER:-postgres}" selfcare_cluster \
    || fail "cannot create the database selfcare_cluster on 127.0.0.1:5432"
  SELFCARE_DB_URL=jdbc:postgresql://127.0.0.1:5432/selfcare_cluster
fi
if [ -n "${SELFCARE_DB_URL:-}" ]; then
  # batches of inserts as multi-row statements (docs/operations.md), unless the URL says otherwise
  case "$SELFCARE_DB_URL" in
    *reWriteBatchedInserts*) ;;
    *\?*) SELFCARE_DB_URL="$SELFCARE_DB_URL&reWriteBatchedInserts=true" ;;
    *) SELFCARE_DB_URL="$SELFCARE_DB_URL?reWriteBatchedInserts=true" ;;
  esac
  server_args+=(-Dselfcare.db.driver=postgresql "-Dselfcare.db.url=$SELFCARE_DB_URL"
    "-Dselfcare.db.user=${SELFCARE_DB_USER:-postgres}")
  # WildFly refuses an empty password; without one the datasource keeps its placeholder, which
  # servers with trust authentication ignore.
  [ -z "${SELFCARE_DB_PASSWORD:-}" ] || server_args+=("-Dselfcare.db.password=$SELFCARE_DB_PASSWORD")
  database="PostgreSQL ($SELFCARE_DB_URL)"
else
  database="H2 file database in $SERVER/standalone/data/selfcare"
fi

if [ "$PROFILE" = production ]; then
  server_args[1]=standalone-production.xml
  if [ -n "${SELFCARE_TLS_KEYSTORE:-}" ]; then
    [ -f "$SELFCARE_TLS_KEYSTORE" ] || fail "no keystore at $SELFCARE_TLS_KEYSTORE"
    [ -n "${SELFCARE_TLS_KEYSTORE_PASSWORD:-}" ] || fail "SELFCARE_TLS_KEYSTORE_PASSWORD is needed with SELFCARE_TLS_KEYSTORE"
    certificate="the operator's keystore $SELFCARE_TLS_KEYSTORE"
  else
    # A self-signed certificate for this machine, made once and kept in the run folder.
    SELFCARE_TLS_KEYSTORE="$RUN/tls/server.p12"
    if [ ! -s "$SELFCARE_TLS_KEYSTORE" ]; then
      mkdir -p "$RUN/tls"
      (umask 077 && head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$RUN/tls/password")
      "$(command -v keytool || echo "$(dirname "$(readlink -f "$(command -v java)")")/keytool")" -genkeypair -alias server -keyalg EC -groupname secp256r1 -validity 825 \
        -dname "CN=localhost" -ext "SAN=dns:localhost,ip:127.0.0.1" -storetype PKCS12 \
        -keystore "$SELFCARE_TLS_KEYSTORE" -storepass "$(cat "$RUN/tls/password")" >/dev/null 2>&1 \
        || fail "keytool could not make the self-signed certificate"
    fi
    SELFCARE_TLS_KEYSTORE_PASSWORD=$(cat "$RUN/tls/password")
    certificate="a self-signed certificate for localhost ($SELFCARE_TLS_KEYSTORE): the browser warns once"
  fi
  export SELFCARE_TLS_KEYSTORE_PASSWORD
  server_args+=("-Dselfcare.tls.keystore=$SELFCARE_TLS_KEYSTORE")
  WEB="https://localhost:$HTTPS_PORT"
  CURL_TLS="-k "
  transport="This is the production server profile: HTTPS only with $certificate;
plain HTTP on port $HTTP_PORT only redirects to HTTPS. Demo data and logins as in development."
else
  WEB="http://localhost:$HTTP_PORT"
  CURL_TLS=""
  transport="This is the development run: plain HTTP, no TLS, demo logins — never expose it beyond this machine."
fi

if [ "$PROFILE" = cluster ]; then
  start_cluster
  exit 0
fi

say "Starting WildFly..."
started=$(date +%s)
JAVA_OPTS="-Xms256m -Xmx2g -Djava.net.preferIPv4Stack=true" \
  setsid "$SERVER/bin/standalone.sh" "${server_args[@]}" >"$RUN/server.out" 2>&1 < /dev/null &
echo $! > "$RUN/wildfly.pid"

cp "$EAR" "$SERVER/standalone/deployments/"
say "Deploying the application (loading demo data on first start)..."
for _ in $(seq 1 600); do
  [ -f "$SERVER/standalone/deployments/selfcare.ear.deployed" ] && break
  if [ -f "$SERVER/standalone/deployments/selfcare.ear.failed" ]; then
    cat "$SERVER/standalone/deployments/selfcare.ear.failed" >&2
    fail "deployment failed; see $SERVER/standalone/log/server.log"
  fi
  alive "$RUN/wildfly.pid" || fail "WildFly stopped; see $RUN/server.out"
  sleep 1
done
[ -f "$SERVER/standalone/deployments/selfcare.ear.deployed" ] || fail "deployment did not finish in 10 minutes"
if command -v curl >/dev/null; then
  until curl -fs -o /dev/null "http://localhost:$MANAGEMENT_PORT/health/ready"; do sleep 1; done
  # the demo data is imported through the service-order job just after the deployment started
  for _ in $(seq 1 600); do
    curl -fs ${CURL_TLS}-o /dev/null "$WEB/ready" && break
    alive "$RUN/wildfly.pid" || fail "WildFly stopped; see $RUN/server.out"
    sleep 1
  done
  curl -fs ${CURL_TLS}-o /dev/null "$WEB/ready" \
    || fail "the demo data was not loaded in 10 minutes; see $SERVER/standalone/log/server.log"
fi
say "Ready $(( $(date +%s) - started )) s after the server was started."

cat <<INFO

Voice self-care platform is running (database: $database).
$transport

  Landing page           $WEB/
  Business Portal        $WEB/portal/index.xhtml
    number directory     $WEB/portal/numbers.xhtml
  Web Settings Site      $WEB/settings/index.xhtml
  Web Billing            $WEB/billing/login.xhtml
  Mailbox (every mail)   http://localhost:$MAILBOX_PORT/
  WildFly admin console  http://localhost:$MANAGEMENT_PORT/console   user: $ADMIN_USER  password: $ADMIN_PASSWORD
  Operators' audit log   $WEB/operator/audit.xhtml   user: $OPERATOR_USER  password: $OPERATOR_PASSWORD
  Health / metrics       http://localhost:$MANAGEMENT_PORT/health/ready   http://localhost:$MANAGEMENT_PORT/metrics
  Call-decision API      $WEB/api/routing/v1/incoming   key: $ROUTING_API_KEY
    try: curl -s ${CURL_TLS}-H 'X-Api-Key: $ROUTING_API_KEY' -H 'Content-Type: application/json' -d '{"called":"0456000000","caller":"0312345678","presentation":"NUMBER"}' $WEB/api/routing/v1/incoming

Demo logins (Business Portal, password Demo-pass1 for all; the second step mails a one-time
password: open the mailbox above and type the 6 digits of the newest mail):
  admin@sample-shoji.example   portal administrator of 株式会社サンプル商事 (N100000001)
  suzuki@sample-shoji.example  general user of 株式会社サンプル商事 in no user group (sees no service)
  admin@test-bussan.example    portal administrator of 株式会社テスト物産 (N100000002)
Web Settings Site ($WEB/settings/login.xhtml, password Demo-pass1), or from the
portal's 設定変更・契約変更 list as a voice-group administrator:
  W000000001   拠点管理者 of site 1000001; mail two-step: register any address, the code is in the mailbox
  W000000002   一般ユーザ of 03-5000-0000
  W000000003   一般ユーザ of 03-5000-0001 (message box with recorded messages)
  BM12345678   Business Mobile contract ID
Web Billing ($WEB/billing/login.xhtml, password Demo-pass1):
  SampleKeiri01    member of 株式会社サンプル商事 (03-5000-0000, 03-5000-0001), ご請求額お知らせメール on
  SampleKaikei02   with the secret question 初めて飼ったペットの名前は？ — answer ポチ (full-width)
  Its bills appear once a month is computed and closed (operators' 月次請求: 2026-11, 請求計算, 確定).
Demo data: サンプル商事 has contracts N200000001-N200000006 (2,050 numbers) and Business Mobile
N200000007; テスト物産 has N300000001. After login try the number directory with contract
N200000003, then "番号情報ダウンロード".

Logs: $SERVER/standalone/log/server.log and selfcare.log.   Stop everything: ./run.sh stop
INFO
