#!/usr/bin/env bash
# The large fuzz run of every service's HTTP endpoints (not part of mvn verify at this size): [total] hostile
# requests of the seeded generators, half to the index-service, 30 % to the harvester, 20 % to the normalizer, each
# service started as its fuzz test starts it (real in-process broker; the harvester with the registry sandbox). Fails
# on any 5xx or any error without a JSON (on /oai: OAI-PMH XML) body and prints the count per status of each service.
# Usage: deploy/fuzz.sh [total=10000] [seed=14]
set -eu
cd "$(dirname "$0")/.."
total="${1:-10000}"
seed="${2:-14}"
mvn -B -q install -DskipTests -pl index-service,harvester,normalizer -am
status=0
run() { # module, fuzz test, requests
  local log
  log=$(mktemp "${TMPDIR:-/tmp}/mcfed-fuzz-$1.XXXXXX")
  if mvn -B verify -pl "$1" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$2" \
      -Dfuzz.requests="$3" -Dfuzz.seed="$seed" >"$log" 2>&1; then
    grep -a -E "fuzz: " "$log"
  else
    grep -a -E "fuzz: |FAIL" "$log" || true
    echo "$1: the fuzz run failed; its log: $log"
    status=1
  fi
}
run index-service HostileRequestsIT $((total / 2))
run harvester HarvesterHostileRequestsIT $((total * 3 / 10))
run normalizer NormalizerHostileRequestsIT $((total - total / 2 - total * 3 / 10))
exit $status
