#!/usr/bin/env bash
# Builds the three service images (harvester, normalizer, index-service) as `docker load`-able
# tarballs without a Docker engine or a registry, then checks each one, smoke start included.
#
#   deploy/images/build.sh [--no-smoke]
#
# Output: deploy/images/target/images/{harvester,normalizer,index-service}.tar, tagged
# mcfed/<service>:<image.tag of deploy/images/pom.xml>. Steps:
#   1. the base image (Debian bookworm minbase + openjdk-17-jre-headless, base-image.sh), cached in
#      .run/images/ and rebuilt only when base-image.sh changes;
#   2. the services' Quarkus fast-jars (mvn install -DskipTests of the three modules);
#   3. Jib (profile 'images' of deploy/images/pom.xml) layers each fast-jar on the base;
#   4. check-image.sh: name/tag, entrypoint, exposed port, then the image's own file system started
#      under chroot against a real KRaft broker until /q/health/ready answers UP.
# Needs root (debootstrap, chroot) and, the first time, the Debian mirror and Maven Central.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
smoke=true
[ "${1:-}" = "--no-smoke" ] && smoke=false
MVN=(mvn -B -q ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL} ${MAVEN_OFFLINE:+-o})

# Each step's wall time, printed at the end: the base image is the slow part, and is cached.
timings=()
step_start=$SECONDS
step_done() { timings+=("$1: $((SECONDS - step_start)) s"); step_start=$SECONDS; }

cache=.run/images
base=$cache/base-jre17-bookworm.tar
stamp=$cache/base-jre17-bookworm.sha256
want=$(sha256sum deploy/images/base-image.sh | cut -d' ' -f1)
if [ ! -f "$base" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  command -v debootstrap >/dev/null || { echo "images: installing debootstrap"; apt-get install -y -qq debootstrap >/dev/null; }
  deploy/images/base-image.sh "$base"
  echo "$want" >"$stamp"
  step_done "base image (built)"
else
  echo "images: base image cached in $base"
  step_done "base image (cached)"
fi

echo "images: packaging harvester, normalizer, index-service (and the launcher, for the smoke test's broker)"
"${MVN[@]}" install -DskipTests -pl harvester,normalizer,index-service,deploy/launcher -am
step_done "fast-jars (mvn install)"
echo "images: Jib buildTar x3"
"${MVN[@]}" package -Pimages -DskipTests -pl deploy/images -Dimages.base="$ROOT/$base"
step_done "Jib buildTar x3"

tag=$(sed -n 's:.*<image.tag>\(.*\)</image.tag>.*:\1:p' deploy/images/pom.xml)
args=()
$smoke || args+=(--no-smoke)
for service in harvester normalizer index-service; do
  deploy/images/check-image.sh "${args[@]}" "deploy/images/target/images/$service.tar" "mcfed/$service:$tag" "$service"
done
step_done "checks$($smoke && echo ", smoke starts")"
printf 'images: %s\n' "${timings[@]}"
ls -l deploy/images/target/images/*.tar
echo "images: done; load them with: for s in harvester normalizer index-service; do docker load -i deploy/images/target/images/\$s.tar; done"
