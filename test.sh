#!/usr/bin/env bash
# The README's second command: runs every test — unit tests, Arquillian ITs against the WildFly
# that the build provisions, and browser ITs in headless Chromium. Installs Debian's chromium,
# chromium-driver and the Japanese font of the activation notice PDFs (fonts-ipafont-gothic) first
# when they are missing. The ITs use PostgreSQL when it answers on
# 127.0.0.1:5432 and H2 otherwise (force H2 with: ./test.sh -Dit.db=h2).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
  || [ ! -f /usr/share/fonts/opentype/ipafont-gothic/ipag.ttf ]; then
  echo "Installing chromium, chromium-driver and fonts-ipafont-gothic (Debian packages) for the tests..."
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  packages=(chromium chromium-driver fonts-ipafont-gothic)
  "${sudo_cmd[@]}" apt-get install -y -q "${packages[@]}" \
    || { "${sudo_cmd[@]}" apt-get update -q && "${sudo_cmd[@]}" apt-get install -y -q "${packages[@]}"; }
fi

for port in 8080 9990 3025 8180 8280; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "ERROR: port $port is in use; the tests start their own WildFly and SMTP server." >&2
    echo "Stop a server started by ./run.sh with: ./run.sh stop" >&2
    exit 1
  fi
done

exec mvn -B verify "$@"
