#!/bin/sh
# Indexing benchmark (not part of mvn verify): feeds N normalised COL records through the service's
# indexing path and prints records/s, CPU ms per record and heap next to plain Lucene indexing the
# same records in the same JVM, a new replica building its index from the topic, plus the cost of one /api/sources and one /api/search?size=1 at N
# (org.mcfed.index.IndexingBenchmark). Upstream modules come from ~/.m2.
# Usage: ./indexing-benchmark.sh [records=200000] [--records-file=F (RecordsDump of a pipeline run)] [--no-probe] [--no-kafka] [--no-direct] [--max-stale=PT1S] [--replica-only] [--replica-heap=-Xmx800m,...] [--replica-buffer-mb=256,...]
#   [--follow-only] [--merges=store,tiered,tiered30,log20,...] [--trials=1] [--layout-seconds=20] [--follow-rate=records/s]: phase 3a once per merge policy and
#   trial (order alternating), then the search log replayed on the layouts they left (FollowingMerges, LayoutReplay)
set -e
cd "$(dirname "$0")"
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
exec java -Xmx4g -XX:ActiveProcessorCount=2 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/classes:target/test-classes:$(cat target/bench.cp)" org.mcfed.index.IndexingBenchmark "$@"
