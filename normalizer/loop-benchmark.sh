#!/usr/bin/env bash
# Issue 16, the normalizer's side: NormalizerLoopBenchmark on the normalizer and col-schema classes of a
# base commit (default 0a22ad7, before issue 16) and on the current ones, back to back in one run, so
# the figures stand next to their baseline and the two digests of mcfed.records.v1 can be compared.
# Usage (from normalizer/, after `mvn -o install -DskipTests -pl col-schema,normalizer -am`,
# `mvn -o test-compile` and `mvn -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt`):
#   ./loop-benchmark.sh [scale=3] [records=100000] [base=0a22ad7]
set -euo pipefail
cd "$(dirname "$0")"
scale=${1:-3}
records=${2:-100000}
base=${3:-0a22ad7}
cp=$(cat target/cp.txt)
out=target/loop-benchmark-base-$base
if [ ! -d "$out/classes" ]; then
  rm -rf "$out" && mkdir -p "$out/src" "$out/classes" "$out/col-schema"
  git -C .. archive "$base" normalizer/src/main/java col-schema/src/main | tar -x -C "$out/src"
  cp -r "$out/src/col-schema/src/main/resources/." "$out/col-schema/"
  javac -nowarn -d "$out/col-schema" -cp "$cp" $(find "$out/src/col-schema/src/main/java" -name '*.java')
  javac -nowarn -d "$out/classes" -cp "$out/col-schema:$cp" \
    $(find "$out/src/normalizer/src/main/java" -name '*.java' -not -path '*/app/*')
fi
jvm=(-Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn ${BENCH_JAVA_OPTS:-})
echo "== base $base"
java "${jvm[@]}" -cp "target/test-classes:$out/classes:$out/col-schema:$cp" \
  org.mcfed.normalizer.NormalizerLoopBenchmark "$scale" "$records" "base $base"
echo "== current $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ../col-schema || echo '+changes')"
java "${jvm[@]}" -cp "target/test-classes:target/classes:$cp" \
  org.mcfed.normalizer.NormalizerLoopBenchmark "$scale" "$records" "current"
