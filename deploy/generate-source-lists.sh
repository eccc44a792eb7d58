#!/usr/bin/env bash
# Regenerates the deployments' source lists (compose, Kubernetes, the real-registries run) from
# deploy/sources.tsv. Run from anywhere after editing that list.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f deploy/launcher/target/classpath.txt ]; then
  mvn -B -q install -DskipTests -pl deploy/launcher -am
fi
exec java -cp "deploy/launcher/target/classes:$(cat deploy/launcher/target/classpath.txt)" \
  org.mcfed.launcher.sources.SourceListFiles "$PWD"
