#!/usr/bin/env bash
# The fault benchmark: the whole pipeline, two index-service replicas behind HAProxy, harvests the
# sandbox at scale 16.3 (about 100,000 records) with 503s, resets, malformed pages and stalled answers,
# while every service, each replica, the broker (twice) and two services at once are killed with
# SIGKILL in turn. Prints recovery per kill, failed searches and the reconciliation by id; exits 1
# when a check fails. Needs Debian's haproxy. Options: --scale, --rate-limit, --index-replicas, --run-dir
# as deploy/run-local.sh (services on free ports), plus --faults 'knobs' (the sandbox's fault query).
# Data and logs in .run/fault-benchmark.
# Builds and starts like the end-to-end benchmark, with another main class.
MCFED_BENCHMARK_MAIN=org.mcfed.launcher.FaultBenchmark exec "$(dirname "$0")/benchmark.sh" "$@"
