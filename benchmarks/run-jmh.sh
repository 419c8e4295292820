#!/usr/bin/env bash
# The in-process decision benchmark (JMH): builds the benchmark jar and runs it; the figures go to
# docs/benchmarks.md with the machine and the date. Extra arguments go to JMH (e.g. -f 2).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl benchmarks -am install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true
exec java -jar benchmarks/target/benchmarks.jar DecisionBenchmark "$@"
