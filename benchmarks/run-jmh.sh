#!/usr/bin/env bash
# The in-process decision benchmarks (JMH): builds the benchmark jar and runs, in one JVM run,
# DecisionBenchmark (the routing cache's decision, 100,000 numbers) and DatabaseDecisionBenchmark
# (the same call decided by reading the database per call: in-memory H2 by default; PostgreSQL with
# -p url=jdbc:postgresql://127.0.0.1:5432/selfcare_jmh -p user=postgres after createdb). The figures
# go to docs/benchmarks.md with the machine and the date. Extra arguments go to JMH (e.g. -f 2).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl benchmarks -am install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true
exec java -jar benchmarks/target/benchmarks.jar 'jp.selfcare.bench.(Database)?DecisionBenchmark' "$@"
