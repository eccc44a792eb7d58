#!/usr/bin/env python3
"""Aggregates a JFR recording of the harvester app: CPU samples (jdk.ExecutionSample) by top frame, by
the first frame of a named area (jsoup, Kafka, Camel, ...) anywhere in the stack, and by thread; allocation
(jdk.ObjectAllocationSample weight) by the first frame of an area.

    harvester/jfr-top.py app.jfr [top-N]
"""
import collections, re, subprocess, sys

# Areas, first match from the top of the stack wins: the costs this app can change.
AREAS = [
    ("jsoup", "org.jsoup."), ("json (jackson)", "com.fasterxml.jackson."),
    ("kafka producer/consumer", "org.apache.kafka."), ("camel", "org.apache.camel."),
    ("http client (HttpURLConnection)", "sun.net.www."), ("sockets/nio", "sun.nio."), ("sockets", "java.net."),
    ("gzip/zip", "java.util.zip."), ("checksums/digest", "sun.security.provider."),
    ("regex", "java.util.regex."), ("logging", "org.jboss.logmanager."), ("micrometer", "io.micrometer."),
    ("vertx/netty", "io.netty."), ("connectors", "org.mcfed.connector."), ("col-schema", "org.mcfed.col."),
    ("harvester", "org.mcfed.harvester."),
]


def events(path, kind):
    out = subprocess.run(["jfr", "print", "--stack-depth", "64", "--events", kind, path],
                         capture_output=True, text=True, check=True).stdout
    for block in out.split("\n}\n"):
        thread = re.search(r'(?:sampledThread|eventThread) = "([^"]*)"', block)
        weight = re.search(r"weight = ([\d.]+) (\w+)", block)
        frames = re.findall(r"^\s+([\w$.<>]+)\(.*?line:", block, re.M)
        if frames:
            w = 1
            if weight:
                w = float(weight.group(1)) * {"bytes": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}.get(weight.group(2), 1)
            yield (thread.group(1) if thread else "?"), frames, w


def area(frames):
    for f in frames:
        for name, prefix in AREAS:
            if f.startswith(prefix):
                return name
    return "other (" + frames[0].rsplit(".", 2)[0] + ")"


def show(title, counter, total, n, unit=""):
    print(f"\n{title} ({total:,.0f}{unit})")
    for k, v in counter.most_common(n):
        print(f"  {100 * v / total:5.1f} %  {k}")


def main():
    path, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
    top, areas, threads = collections.Counter(), collections.Counter(), collections.Counter()
    for thread, frames, _ in events(path, "jdk.ExecutionSample"):
        top[frames[0]] += 1
        areas[area(frames)] += 1
        threads[re.sub(r"[-#]?\d+$", "", thread)] += 1
    total = sum(top.values()) or 1
    show("CPU samples by area", areas, total, n, " samples")
    show("CPU samples by top frame", top, total, n, " samples")
    show("CPU samples by thread (numbers dropped)", threads, total, 15, " samples")
    alloc, alloc_top = collections.Counter(), collections.Counter()
    for _, frames, w in events(path, "jdk.ObjectAllocationSample"):
        alloc[area(frames)] += w
        alloc_top[frames[0] + " <- " + (frames[1] if len(frames) > 1 else "")] += w
    atotal = sum(alloc.values()) or 1
    show("allocation by area", alloc, atotal, n, " bytes")
    show("allocation by top frames", alloc_top, atotal, n, " bytes")


main()
