#!/usr/bin/env bash
# The end-to-end benchmark: the whole pipeline harvests, normalises and indexes the sandbox at
# scale 163 (about 1,000,000 records) and prints per-stage rates, time to searchable, peak RSS,
# a plain-Lucene baseline from the same run, and a 1%-change incremental run. Takes a long while
# on 2 cores; `deploy/benchmark.sh --scale 10` for a quicker look. Data in .run/benchmark.
# MCFED_BENCHMARK_MAIN names another benchmark main class (deploy/fault-benchmark.sh sets it).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
mvn -B -q install -DskipTests
exec java -cp "deploy/launcher/target/classes:$(cat deploy/launcher/target/classpath.txt)" \
  "${MCFED_BENCHMARK_MAIN:-org.mcfed.launcher.PipelineBenchmark}" --repo "$ROOT" "$@"
