#!/usr/bin/env bash
# 一括設定 CSV of 98,000 rows: runs CsvUploadBenchmark in the Arquillian set-up the tests
# use, on the large demo set (stop any server on 8080/9990 first). Prints rows/s of two warm-up
# and five measured uploads (and their median), the heap while they run, the live heap of a
# 20,000-row and a 98,000-row upload, a plain JDBC batch insert of as many rows for comparison,
# and two downloads' time and heap. Figures go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true
mvn -B verify -pl ear -Dit.test=CsvUploadBenchmark -Dit.skipEmptySystem=true -Dit.demo=large -Dspotless.check.skip=true \
  -Dcheckstyle.skip=true | tee /tmp/selfcare-csv-benchmark.log \
  | grep -E "^(warm-up|upload|plain JDBC|heap|live heap|download)|Tests run:|BUILD"
