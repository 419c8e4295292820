#!/usr/bin/env bash
# The README's second command: runs every test — unit tests, Arquillian ITs against the WildFly
# that the build provisions, and browser ITs in headless Chromium. Installs Debian's chromium and
# chromium-driver first when they are missing. The ITs use PostgreSQL when it answers on
# 127.0.0.1:5432 and H2 otherwise (force H2 with: ./test.sh -Dit.db=h2).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "Installing chromium and chromium-driver (Debian packages) for the browser tests..."
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get install -y -q chromium chromium-driver \
    || { "${sudo_cmd[@]}" apt-get update -q && "${sudo_cmd[@]}" apt-get install -y -q chromium chromium-driver; }
fi

for port in 8080 9990 3025; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "ERROR: port $port is in use; the tests start their own WildFly and SMTP server." >&2
    echo "Stop a server started by ./run.sh with: ./run.sh stop" >&2
    exit 1
  fi
done

exec mvn -B verify "$@"
