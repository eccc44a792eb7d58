#!/usr/bin/env bash
# Runs the whole mcfed pipeline on this machine: KRaft broker, registry sandbox, normalizer,
# index-service and harvester, each its own JVM. Builds first when the sources changed.
# Options: deploy/run-local.sh --help
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

STAMP=.run/build.stamp
if [ ! -f "$STAMP" ] || [ ! -f deploy/launcher/target/classpath.txt ] || \
   [ -n "$(find . -path ./.run -prune -o -path '*/target' -prune -o -type f \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$STAMP" -print -quit)" ]; then
  echo "building mcfed (mvn -B -q install -DskipTests; a few minutes the first time) ..."
  mvn -B -q install -DskipTests
  mkdir -p .run && touch "$STAMP"
fi
exec java -cp "deploy/launcher/target/classes:$(cat deploy/launcher/target/classpath.txt)" \
  org.mcfed.launcher.LocalPipelineMain --repo "$ROOT" "$@"
