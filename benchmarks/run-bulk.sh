#!/usr/bin/env bash
# 一括転送 of 1,000 numbers: runs BulkActivationBenchmark in the Arquillian set-up the
# tests use (stop any server on 8080/9990 first) and prints p50 / p95 / max from the 開始 request
# to the group's state 開始 (every member's routing decision changed by then). Figures go to
# docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true
mvn -B verify -pl ear -Dit.test=BulkActivationBenchmark -Dit.skipEmptySystem=true -Dspotless.check.skip=true \
  -Dcheckstyle.skip=true | tee /tmp/selfcare-bulk-benchmark.log \
  | grep -E "^(start|stop) \(|Tests run:|BUILD"
