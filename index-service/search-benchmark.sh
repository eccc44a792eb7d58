#!/bin/sh
# Search benchmark (not part of mvn verify): indexes 1,000,000 synthetic COL records, starts the
# service on them and prints QPS, p50/p99 latency and memory at 1, 8 and 32 concurrent clients,
# over HTTP and in-process on the same index (org.mcfed.index.SearchBenchmark).
# Usage: ./search-benchmark.sh [records=1000000] [seconds per run=15] [index root=target/bench-index]
set -e
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -pl index-service -am
cd index-service
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
exec java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench.cp)" org.mcfed.index.SearchBenchmark "$@"
