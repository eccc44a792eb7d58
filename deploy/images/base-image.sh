#!/usr/bin/env bash
# Builds the services' base image without a Docker engine or a registry: a Debian bookworm
# minbase root file system with Debian's openjdk-17-jre-headless (debootstrap), saved in the
# `docker save` archive layout that Jib reads as a `tar://` base image.
#
#   deploy/images/base-image.sh <output.tar>
#
# The archive is a cache: build.sh keeps it in .run/images/ and calls this only when it is missing
# or this script changed. Needs root (debootstrap chroots) and debootstrap (apt-get install debootstrap).
set -euo pipefail

out=${1:?usage: base-image.sh <output.tar>}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
# uid/gid the services run as (the former Dockerfile's USER 185); owns /data, the volumes' mount point.
app_uid=185

command -v debootstrap >/dev/null || { echo "base-image: debootstrap is missing (apt-get install debootstrap)" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "base-image: debootstrap needs root" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/mcfed-base.XXXXXX")
trap 'rm -rf "$work"' EXIT
rootfs=$work/rootfs

echo "base-image: debootstrap $suite minbase + openjdk-17-jre-headless from $mirror"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
  "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -30 "$work/debootstrap.log" >&2; echo "base-image: debootstrap failed" >&2; exit 1; }

# What a container never uses: package caches, docs, man pages, locales.
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
  "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/var/log/*
find "$rootfs"/usr/share/locale -mindepth 1 -maxdepth 1 ! -name 'C.*' -exec rm -rf {} + 2>/dev/null || true
# debootstrap copies the build machine's resolver and host name; a container gets its own.
: >"$rootfs"/etc/resolv.conf
echo mcfed >"$rootfs"/etc/hostname
echo "mcfed:x:$app_uid:$app_uid:mcfed service:/deployments:/usr/sbin/nologin" >>"$rootfs"/etc/passwd
echo "mcfed:x:$app_uid:" >>"$rootfs"/etc/group
mkdir -p "$rootfs"/data "$rootfs"/deployments
chown "$app_uid:$app_uid" "$rootfs"/data "$rootfs"/deployments

java_home=$(dirname "$(dirname "$(readlink -f "$rootfs"/usr/bin/java | sed "s#^$rootfs##")")")
echo "base-image: java at $java_home"

archive=$work/archive
mkdir -p "$archive"
tar --numeric-owner --sort=name --mtime='2026-01-01 00:00Z' -C "$rootfs" -cf "$archive/layer.tar" .
diff_id=sha256:$(sha256sum "$archive/layer.tar" | cut -d' ' -f1)
cat >"$archive/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"],
           "WorkingDir":"/deployments","User":"$app_uid"},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created_by":"deploy/images/base-image.sh: debootstrap $suite minbase + openjdk-17-jre-headless"}]}
JSON
cat >"$archive/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["mcfed/base-jre17:bookworm"],"Layers":["layer.tar"]}]
JSON
mkdir -p "$(dirname "$out")"
tar -C "$archive" -cf "$out.partial" manifest.json config.json layer.tar
mv "$out.partial" "$out"
echo "base-image: wrote $out ($(du -h "$out" | cut -f1))"
