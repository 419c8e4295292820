#!/usr/bin/env bash
# Service-order import of 100,000 numbers with add-ons (100 contracts of 1,000): runs
# ProvisioningBenchmark in the Arquillian set-up the tests use (PostgreSQL on 127.0.0.1:5432 when it
# answers; stop any server on 8080/9990 first). Prints, for a warm-up round and a measured one, the
# import's numbers/s and heap, the same file imported again (all skipped), and a plain JDBC batch
# insert of the same rows for comparison. Figures go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true
mvn -B verify -pl ear -Dit.test=ProvisioningBenchmark -Dit.skipEmptySystem=true -Dspotless.check.skip=true \
  -Dcheckstyle.skip=true | tee /tmp/selfcare-provisioning-benchmark.log \
  | grep -E "^round|Tests run:|BUILD"
