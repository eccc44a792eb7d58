#!/usr/bin/env bash
# A/B benchmark of the harvester APP (the quarkus-app jar, as the launcher runs it): CPU ms per record,
# records/s, peak RSS and GC time of full runs of every sandbox source, for one or more builds in the
# same run, alternating. Each round gets a fresh broker (so every run is a full run) against one sandbox.
#
#   harvester/app-bench.sh [--scale 5] [--rounds 2] [--jfr] [--port-base 18400] NAME=QUARKUS_APP_DIR[:JVM_OPTS] ...
#
# e.g. harvester/app-bench.sh before=/tmp/quarkus-app-before after=harvester/target/quarkus-app
# Build first: mvn -o -q install -DskipTests -pl harvester,deploy/kafka-broker,deploy/registry-sandbox -am
# JVM_OPTS (space separated, after a colon) compare configurations of one build: "lin20=dir:-Dx=y".
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SCALE=5; ROUNDS=2; JFR=0; BASE=18400; M2=${M2:-$HOME/.m2/repository}
builds=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --scale) SCALE=$2; shift 2;; --rounds) ROUNDS=$2; shift 2;; --jfr) JFR=1; shift;;
    --port-base) BASE=$2; shift 2;; --m2) M2=$2; shift 2;;
    *=*) builds+=("$1"); shift;;
    *) echo "unknown argument: $1" >&2; exit 2;;
  esac
done
[[ ${#builds[@]} -gt 0 ]] || { echo "give at least one NAME=QUARKUS_APP_DIR" >&2; exit 2; }
WORK=$(mktemp -d /tmp/harvester-app-bench.XXXX)
SANDBOX_PORT=$BASE; KAFKA_PORT=$((BASE+1)); CONTROLLER_PORT=$((BASE+2)); HARVESTER_PORT=$((BASE+3))
PASS=bench-$$
pids=()
cleanup() { for p in "${pids[@]:-}"; do [[ -n $p ]] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

classpath() { # module -> its runtime class path (cached in target/cp.txt)
  local m=$1
  [[ -s $m/target/cp.txt ]] || mvn -o -q -f "$m/pom.xml" dependency:build-classpath -Dmaven.repo.local="$M2" \
      -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime >/dev/null
  echo "$m/target/classes:$(cat "$m/target/cp.txt")"
}
cpu_ms() { # pid -> utime+stime in ms
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) * 1000 / hz }' "/proc/$1/stat"
}
wait_http() { for _ in $(seq 1 600); do curl -sf -o /dev/null "$1" && return 0; sleep 0.2; done; echo "no answer from $1" >&2; exit 1; }

java -Xmx2g -Dsandbox.port="$SANDBOX_PORT" -Dsandbox.scale="$SCALE" -Dsandbox.seed=42 \
    -cp "$(classpath deploy/registry-sandbox)" org.mcfed.sandbox.SandboxMain >"$WORK/sandbox.log" 2>&1 &
pids+=($!)
wait_http "http://localhost:$SANDBOX_PORT/_sandbox/info"
BROKER_CP=$(classpath deploy/kafka-broker)
SOURCES=$(awk -F'\t' '!/^#/ && NF >= 4 { print $1 "\t" $2 }' deploy/sources.tsv)

printf '%-10s %5s %9s %8s %11s %14s %8s %11s %7s\n' build round records wall_s "CPU_ms/rec" "+start_ms/rec" "rec/s" "peakRSS_MiB" "GC_ms"
for round in $(seq 1 "$ROUNDS"); do
  for b in "${builds[@]}"; do
    name=${b%%=*}; rest=${b#*=}; app=${rest%%:*}; opts=""; [[ $rest == *:* ]] && opts=${rest#*:}
    run=$WORK/$name-$round; mkdir -p "$run"
    java -Xmx1g -cp "$BROKER_CP" org.mcfed.kafka.KafkaBrokerMain "$run/kafka" "$KAFKA_PORT" "$CONTROLLER_PORT" >"$run/kafka.log" 2>&1 &
    kpid=$!; pids+=($kpid)
    for _ in $(seq 1 300); do (exec 3<>/dev/tcp/localhost/$KAFKA_PORT) 2>/dev/null && break; sleep 0.2; done
    : >"$run/sources.properties"
    while IFS=$'\t' read -r s c; do
      printf 'mcfed.sources.%s.connector=%s\nmcfed.sources.%s.base-url=http://localhost:%s/%s\nmcfed.sources.%s.schedule=manual\nmcfed.sources.%s.enabled=true\nmcfed.sources.%s.rate-limit=5000\n' \
        "$s" "$c" "$s" "$SANDBOX_PORT" "$s" "$s" "$s" "$s" >>"$run/sources.properties"
    done <<<"$SOURCES"
    jfr=(); [[ $JFR == 1 ]] && jfr=("-XX:StartFlightRecording=filename=$run/app.jfr,settings=profile")
    # shellcheck disable=SC2086
    MCFED_ADMIN_PASSWORD=$PASS MALLOC_ARENA_MAX=2 java -Xmx768m "${jfr[@]}" -Xlog:gc:file="$run/gc.log" $opts \
      -Dquarkus.http.port="$HARVESTER_PORT" -Dmcfed.kafka.bootstrap="localhost:$KAFKA_PORT" -Dmcfed.admin.username=admin \
      -Dmcfed.harvester.admin-password=$PASS -Dvertx.disableURIValidation=true \
      -Dquarkus.config.locations="$run/sources.properties" -jar "$app/quarkus-run.jar" >"$run/harvester.log" 2>&1 &
    hpid=$!; pids+=($hpid)
    wait_http "http://localhost:$HARVESTER_PORT/q/health/live"
    api="http://localhost:$HARVESTER_PORT/admin/sources"
    cpu0=$(cpu_ms $hpid); t0=$(date +%s.%N)
    while IFS=$'\t' read -r s _; do
      until [[ $(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASS" -X POST "$api/$s/run") == 202 ]]; do sleep 0.5; done
    done <<<"$SOURCES"
    n=$(wc -l <<<"$SOURCES")
    until [[ $(curl -s -u "admin:$PASS" "$api" | jq '[.[] | select(.running == false and (.lastRuns | length) > 0)] | length') == "$n" ]]; do sleep 0.5; done
    t1=$(date +%s.%N); cpu1=$(cpu_ms $hpid)
    curl -s -u "admin:$PASS" "$api" >"$run/sources.json"
    records=$(jq '[.[].lastRuns[0] | .fetched + .unchanged] | add' "$run/sources.json")
    bad=$(jq -r '[.[].lastRuns[0] | select(.status != "completed") | .source] | join(",")' "$run/sources.json")
    rss=$(awk '/VmHWM/ { printf "%.0f", $2/1024 }' "/proc/$hpid/status")
    gcms=$(grep -oE '[0-9.]+ms$' "$run/gc.log" | awk '{ s += $1 } END { printf "%.0f", s }')
    kill $hpid; wait $hpid 2>/dev/null || true; kill $kpid; wait $kpid 2>/dev/null || true
    printf '%-10s %5s %9d %8.1f %11.3f %14.3f %8.0f %11s %7s %s\n' "$name" "$round" "$records" "$(echo "$t1 - $t0" | bc)" \
      "$(echo "($cpu1 - $cpu0) / $records" | bc -l)" "$(echo "$cpu1 / $records" | bc -l)" "$(echo "$records / ($t1 - $t0)" | bc -l)" "$rss" "$gcms" \
      "${bad:+NOT COMPLETED: $bad}"
  done
done
echo "logs, JFR recordings: $WORK"
