#!/usr/bin/env bash
# A maintenance notice published to 10,000 subscribed addresses: runs NoticeBenchmark in the
# Arquillian set-up the tests use (PostgreSQL on 127.0.0.1:5432 when it answers; stop any server on
# 8080/9990 first). Prints, for a warm-up round and a measured one, the publish call's time, the time
# until every address's mail is queued, and a portal page's latency meanwhile. Figures go to
# docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true
mvn -B verify -pl ear -Dit.test=NoticeBenchmark -Dit.skipEmptySystem=true -Dspotless.check.skip=true \
  -Dcheckstyle.skip=true | tee /tmp/selfcare-notice-benchmark.log \
  | grep -E "^round|Tests run:|BUILD"
