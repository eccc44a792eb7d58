#!/bin/sh
# Search benchmark of issue 12 (not part of mvn verify): indexes synthetic COL records shaped like a federated
# catalogue (Zipf-like vocabulary in en, zh-Hant, zh-Hans, ms), starts the service and the Apache Solr 9.10.1 peer
# (deploy/search-bench) on the same records, each its own JVM, and replays the committed query log at 1, 8 and 32
# clients: QPS, p50/p99/p99.9, CPU per query, memory, overlap@10 with Solr per query class, MRR and nDCG@10
# (org.mcfed.index.SearchBenchmark). --no-solr leaves the peer out.
# Usage: ./search-benchmark.sh [--no-solr] [records=1000000] [seconds per run=15] [work folder=target/bench]
set -e
solr=yes
if [ "$1" = "--no-solr" ]; then solr=no; shift; fi
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -pl index-service -am
solr_cp=""
if [ "$solr" = yes ]; then
  mvn -B -q -f deploy/search-bench/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/solr.cp
  solr_cp="$(pwd)/deploy/search-bench/target/classes:$(cat deploy/search-bench/target/solr.cp)"
fi
cd index-service
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.cp)" org.mcfed.index.SearchBenchmark \
  "${1:-1000000}" "${2:-15}" "${3:-target/bench}" $solr_cp
