#!/usr/bin/env bash
# The cluster's figures (docs/benchmarks.md): starts WildFly's load balancer and two nodes of the HA
# profile on PostgreSQL (127.0.0.1:5432, database selfcare_cluster_it) the way the cluster tests do,
# then ClusterBenchmark measures (1) a change committed on node A until node B decides by it, over
# 1,000 changes, and (2) decisions per second through the balancer with two nodes, then one, and
# node A directly (wrk, 64 connections, 30 s each). Stop ./run.sh first (ports 8080-8280).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  echo "Installing wrk..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi
mvn -B -q install -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true
mvn -B verify -pl ear -Dit.test=NoSuchIT -Dfailsafe.failIfNoSpecifiedTests=false -Dit.skipEmptySystem=true \
  -Dit.skipCluster=false -Dit.cluster.test=ClusterBenchmark -Dspotless.check.skip=true -Dcheckstyle.skip=true \
  | tee /tmp/selfcare-cluster-benchmark.log | grep -E "^(==|Requests/sec)|Tests run:|BUILD"
