#!/bin/sh
# Fuzz run of the index-service's public HTTP endpoints (not part of mvn verify at this size): starts the service on
# an index built from an in-process broker's topic, as HostileRequestsIT does, sends it [requests] hostile requests
# of the seeded generator and fails on any 5xx or any error without a JSON (OAI: OAI-PMH XML) body. Prints the count
# per status. Against a service already running elsewhere, without Maven's test start:
#   mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz.cp
#   java -cp target/test-classes:target/classes:$(cat target/fuzz.cp) org.mcfed.fuzz.FuzzRun \
#     org.mcfed.index.fuzz.HostileRequests <base url> [requests] [seed] 262144
# All three services at once: ../deploy/fuzz.sh.
# Usage: ./fuzz.sh [requests=10000] [seed=14]
set -e
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -pl index-service -am
cd index-service
exec mvn -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=HostileRequestsIT \
  -Dfuzz.requests="${1:-10000}" -Dfuzz.seed="${2:-14}"
