#!/usr/bin/env bash
# The Billing Station's benchmarks, in the Arquillian set-up the tests use (PostgreSQL on
# 127.0.0.1:5432; stop any server on 8080/9990 first). Figures go to docs/benchmarks.md.
# CallImportBenchmark: 1,000,000 call records of the sample customer's numbers imported through the
# job (checked, looked up, rated, written once) with the server's heap sampled, and the same file
# loaded by a plain PostgreSQL COPY as the reference.
# BillingBenchmark: 10,000,000 call records (a customer of 100,000 lines and the sample customer's
# 2,050, three months), the monthly billing of a month, 通話明細 searches and the per-caller totals.
# Run one of them with: BENCHMARK=BillingBenchmark benchmarks/run-billing.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true
mvn -B verify -pl ear -Dit.test="${BENCHMARK:-CallImportBenchmark,BillingBenchmark}" -Dit.skipEmptySystem=true -Dspotless.check.skip=true \
  -Dcheckstyle.skip=true | tee /tmp/selfcare-billing-benchmark.log \
  | grep -E "^round|^calls|^通話明細|^発信元|Tests run:|BUILD"
