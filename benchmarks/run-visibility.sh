#!/usr/bin/env bash
# Commit → visible to call decisions: runs CommitVisibilityBenchmark in the Arquillian
# set-up the tests use (a provisioned WildFly with the EAR, H2; stop any server on 8080/9990 first)
# and prints the server-side and client-side distributions. Figures go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true
mvn -B verify -pl ear -Dit.test=CommitVisibilityBenchmark -Dit.skipEmptySystem=true -Dspotless.check.skip=true \
  -Dcheckstyle.skip=true | tee /tmp/selfcare-visibility.log \
  | grep -E "^(== commit|server refresh|client \(|first decision)|Tests run:|BUILD"
