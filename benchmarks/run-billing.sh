#!/usr/bin/env bash
# The call-record import: 1,000,000 call records of the sample customer's numbers imported through
# the job (checked, looked up, rated, written once) with the server's heap sampled, and the same
# file loaded by a plain PostgreSQL COPY as the reference. Runs CallImportBenchmark in the Arquillian
# set-up the tests use (PostgreSQL on 127.0.0.1:5432; stop any server on 8080/9990 first). Figures
# go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true
mvn -B verify -pl ear -Dit.test=CallImportBenchmark -Dit.skipEmptySystem=true -Dspotless.check.skip=true \
  -Dcheckstyle.skip=true | tee /tmp/selfcare-billing-benchmark.log \
  | grep -E "^round|Tests run:|BUILD"
