#!/usr/bin/env bash
# Issue 16, the normalizer's replay at scale: the normalizer of a built repository (its quarkus-run.jar, with the
# heap and GC options the local launcher gives it) against a copy of a pipeline run's Kafka folder, with a fresh
# sameAs state (loaded from mcfed.records.v1), then `replays` replays of the raw topic one after the other
# (POST /admin/replay, republish=changed), each timed by /admin/status and with the normalizer's and the broker's
# CPU. A G1 log and the normalizer's log stay in the output folder.
# Usage, after `mvn -o install -DskipTests` of REPO and a `PipelineBenchmark` run (its --run-dir holds kafka/):
#   normalizer/replay-benchmark.sh RUN_DIR/kafka REPO LABEL [replays=2]
# Two builds on the same raw topic: run it once per repository (a worktree of each commit), one after the other,
# with nothing else running. Extra JVM options for the normalizer: REPLAY_JAVA_OPTS. REPLAY_REPUBLISH=all writes every
# record again in each replay (the default, changed, writes only what changed).
set -euo pipefail
republish=${REPLAY_REPUBLISH:-changed}
base=$1; repo=$(cd "$2" && pwd); label=$3; n=${4:-2}
out=${REPLAY_OUT:-/tmp/replay-benchmark}/$label
rm -rf "$out"; mkdir -p "$out"
cp -r "$base" "$out/kafka"
cp="$repo/deploy/launcher/target/classes:$(cat "$repo/deploy/launcher/target/classpath.txt")"
java -Xmx1g -cp "$cp" org.mcfed.kafka.KafkaBrokerMain "$out/kafka" 9192 9193 > "$out/broker.log" 2>&1 &
broker=$!
for _ in $(seq 1 60); do (echo > /dev/tcp/localhost/9192) 2>/dev/null && break; sleep 1; done
pw=replay-$RANDOM$RANDOM
# the heap and G1 options this build's launcher gives the normalizer (LocalPipeline's NORMALIZER_HEAP and
# NORMALIZER_GC, read from its source; a build without NORMALIZER_GC has none)
launcher="$repo/deploy/launcher/src/main/java/org/mcfed/launcher/LocalPipeline.java"
options() { awk -v name="$1 = " 'index($0, name) { on = 1 } on { print } on && /;/ { exit }' "$launcher" | grep -o '"-X[^"]*"' | tr -d '"' | tr '\n' ' ' || true; }
heap=$(options NORMALIZER_HEAP); gc=$(options NORMALIZER_GC)
MCFED_ADMIN_PASSWORD=$pw MALLOC_ARENA_MAX=2 java $heap $gc -Dquarkus.http.port=8183 -Dquarkus.http.host=0.0.0.0 \
  -Dmcfed.kafka.bootstrap=localhost:9192 -Dmcfed.admin.username=admin -Dvertx.disableURIValidation=true \
  -Dmcfed.normalizer.instance-id=normalizer-1 -Dmcfed.normalizer.state-dir="$out/state" \
  -Xlog:gc*:file="$out/gc.log":time,uptime ${REPLAY_JAVA_OPTS:-} \
  -jar "$repo/normalizer/target/quarkus-app/quarkus-run.jar" > "$out/normalizer.log" 2>&1 &
normalizer=$!
# the normalizer first (it saves its state and closes its clients while the broker still answers), then the broker
stop() {
  kill "$normalizer" 2>/dev/null || true; wait "$normalizer" 2>/dev/null || true
  kill "$broker" 2>/dev/null || true; wait "$broker" 2>/dev/null || true
  rm -rf "$out/kafka" "$out/state"
}
trap stop EXIT
status() { curl -s -u "admin:$pw" http://localhost:8183/admin/status; }
cpu() { ps -o cputimes= -p "$1" | tr -d ' '; }
for i in $(seq 1 600); do status | grep -q '"ready":true' && break; sleep 1; done
echo "$label: ready after $i s (sameAs state loaded), normalizer CPU $(cpu $normalizer) s"
for r in $(seq 1 "$n"); do
  c0=$(cpu $normalizer); b0=$(cpu $broker)
  curl -s -u "admin:$pw" -X POST "http://localhost:8183/admin/replay?republish=$republish" > /dev/null
  sleep 1
  until status | python3 -c 'import json,sys; r=json.load(sys.stdin).get("replay") or {}; sys.exit(0 if r.get("caughtUpAt") else 1)'; do
    sleep 0.5
  done
  c1=$(cpu $normalizer); b1=$(cpu $broker)
  status | python3 -c "
import json, re, sys
from datetime import datetime
r = json.load(sys.stdin)['replay']
t = lambda s: datetime.fromisoformat(re.sub(r'(\.\d{6})\d*', r'\1', s.replace('Z', '+00:00')))
print('$label replay $r (republish=$republish): %.1f s, %d raw values, %d written, %d unchanged; CPU normalizer $((c1 - c0)) s, broker $((b1 - b0)) s'
      % ((t(r['caughtUpAt']) - t(r['startedAt'])).total_seconds(), r['rawValuesProcessed'], r['recordsWritten'], r['recordsUnchanged']))"
done
echo "$label: G1 concurrent marking cycles $(grep -c 'Concurrent Mark Cycle [0-9]' "$out/gc.log" || true)," \
  "full collections $(grep -c 'Pause Full' "$out/gc.log" || true) (from the start, state loading included)"
