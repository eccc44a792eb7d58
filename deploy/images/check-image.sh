#!/usr/bin/env bash
# Checks one service image tarball as a container runtime would see it, without one:
#   - manifest.json names it <expected ref> (what `docker load` tags it with);
#   - its entrypoint runs the Quarkus fast-jar, and it exposes the port the service listens on
#     (quarkus.http.port of <module>/src/main/resources/application.properties);
#   - smoke start (unless --no-smoke): its layers extracted in order into a folder, the entrypoint
#     started there under chroot as the image's user, with the image's environment, in its own
#     mount and PID namespace (unshare), against a real KRaft broker on this machine, until the
#     service's /q/health/ready answers UP. The service's log is kept on failure.
#
#   deploy/images/check-image.sh [--no-smoke] <image.tar> <expected ref> <module>
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
smoke=true
if [ "${1:-}" = "--no-smoke" ]; then smoke=false; shift; fi
tarball=${1:?usage: check-image.sh [--no-smoke] <image.tar> <expected ref> <module>}
expected=${2:?expected ref}
module=${3:?module}
fail() { echo "check-image $module: FAIL: $*" >&2; exit 1; }

[ -f "$tarball" ] || fail "no $tarball"
manifest=$(tar -xOf "$tarball" manifest.json) || fail "$tarball has no manifest.json (not a docker archive)"
ref=$(jq -r '.[0].RepoTags[0]' <<<"$manifest")
[ "$ref" = "$expected" ] || fail "tagged $ref, expected $expected"
config=$(tar -xOf "$tarball" "$(jq -r '.[0].Config' <<<"$manifest")")
entrypoint=$(jq -r '.config.Entrypoint | join(" ")' <<<"$config")
[[ "$entrypoint" == *"-jar /deployments/quarkus-run.jar"* ]] || fail "entrypoint '$entrypoint' does not run /deployments/quarkus-run.jar"
port=$(sed -n 's/^quarkus\.http\.port=\([0-9]*\)$/\1/p' "$ROOT/$module/src/main/resources/application.properties")
[ -n "$port" ] || fail "no quarkus.http.port in $module's application.properties"
jq -e --arg p "$port/tcp" '.config.ExposedPorts | has($p)' <<<"$config" >/dev/null \
  || fail "exposes $(jq -c '.config.ExposedPorts' <<<"$config"), not $port/tcp"
echo "check-image $module: $ref, entrypoint '$entrypoint', exposes $port/tcp, user $(jq -r '.config.User' <<<"$config")"
$smoke || exit 0

[ "$(id -u)" = 0 ] || fail "the smoke start needs root (chroot, unshare)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
work=$ROOT/deploy/images/target/smoke/$module
rm -rf "$work" && mkdir -p "$work/rootfs"
broker_pid= service_pid=
# Stops what this check started, by process id: the service (the first process of its PID
# namespace, so everything it started ends with it; unshare itself waits for it) and the broker.
cleanup() {
  if [ -n "$service_pid" ]; then
    local inner; inner=$(pgrep -P "$service_pid" || true)
    [ -n "$inner" ] && kill "$inner" 2>/dev/null
    timeout 30 tail --pid="$service_pid" -f /dev/null || { [ -n "$inner" ] && kill -9 "$inner" 2>/dev/null; }
  fi
  if [ -n "$broker_pid" ]; then
    kill "$broker_pid" 2>/dev/null
    timeout 30 tail --pid="$broker_pid" -f /dev/null || kill -9 "$broker_pid" 2>/dev/null
  fi
  # The mounts lived in the service's own mount namespace, which ended with it.
  if ! findmnt -R "$work/rootfs" >/dev/null 2>&1; then rm -rf "$work/rootfs"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

while read -r layer; do
  tar -xOf "$tarball" "$layer" | tar -x -z -C "$work/rootfs" 2>/dev/null \
    || tar -xOf "$tarball" "$layer" | tar -x -C "$work/rootfs"
done < <(jq -r '.[0].Layers[]' <<<"$manifest")

kafka_port=$(free_port); controller_port=$(free_port); http_port=$(free_port)
cp=$ROOT/deploy/launcher/target/classes:$(cat "$ROOT/deploy/launcher/target/classpath.txt")
java -cp "$cp" org.mcfed.kafka.KafkaBrokerMain "$work/kafka" "$kafka_port" "$controller_port" >"$work/broker.log" 2>&1 &
broker_pid=$!
deadline=$((SECONDS + 120))
until grep -q "broker ready" "$work/broker.log"; do
  kill -0 "$broker_pid" 2>/dev/null && [ $SECONDS -lt $deadline ] || { tail -20 "$work/broker.log" >&2; fail "the broker did not start"; }
  sleep 1
done
# The topics a deployment declares (deploy/k8s/topics.yaml), from col-schema's pipeline/topics.csv.
java -cp "$cp" org.mcfed.launcher.DeclaredTopicsMain "127.0.0.1:$kafka_port" >"$work/topics.log" 2>&1 \
  || { cat "$work/topics.log" >&2; fail "cannot create the declared topics"; }

# The image's environment, then what a deployment sets (deploy/compose, deploy/k8s).
envs=()
while read -r e; do envs+=("$e"); done < <(jq -r '.config.Env[]' <<<"$config")
envs+=("QUARKUS_HTTP_PORT=$http_port" "MCFED_KAFKA_BOOTSTRAP=127.0.0.1:$kafka_port"
       "MCFED_ADMIN_USERNAME=admin" "MCFED_ADMIN_PASSWORD=smoke-check" "MCFED_INDEX_DIR=/data/index" "HOME=/deployments")
user=$(jq -r '.config.User // "0"' <<<"$config")
workdir=$(jq -r '.config.WorkingDir // "/"' <<<"$config")
mapfile -t cmd < <(jq -r '.config.Entrypoint[]' <<<"$config")
# Inside the new namespaces: /dev from the host, then the image's user, working directory and entrypoint.
enter='root=$1 user=$2 dir=$3; shift 3; mount --rbind /dev "$root/dev" && exec chroot --userspec="$user:$user" "$root" /bin/sh -c '"'"'cd "$0" && exec "$@"'"'"' "$dir" "$@"'
unshare --mount --pid --kill-child=SIGTERM --mount-proc="$work/rootfs/proc" \
  bash -c "$enter" enter "$work/rootfs" "$user" "$workdir" env -i "${envs[@]}" "${cmd[@]}" >"$work/service.log" 2>&1 &
service_pid=$!

echo "check-image $module: smoke start in $work/rootfs (broker :$kafka_port, service :$http_port)"
deadline=$((SECONDS + 180))
until body=$(curl -fsS "http://127.0.0.1:$http_port/q/health/ready" 2>/dev/null) && jq -e '.status == "UP"' <<<"$body" >/dev/null; do
  if ! kill -0 "$service_pid" 2>/dev/null; then tail -40 "$work/service.log" >&2; fail "the service exited (log: $work/service.log)"; fi
  if [ $SECONDS -ge $deadline ]; then tail -40 "$work/service.log" >&2; fail "/q/health/ready not UP within 180 s (log: $work/service.log)"; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$http_port/q/health/live" >/dev/null || fail "/q/health/live not UP"
echo "check-image $module: OK, /q/health/live and /q/health/ready UP after $SECONDS s"
