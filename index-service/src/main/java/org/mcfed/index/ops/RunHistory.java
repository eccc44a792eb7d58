package org.mcfed.index.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The latest harvest runs per source, newest first. A run reported several times (progress
 * reports while {@code running}, then its final report) keeps one entry: the latest report.
 */
@ApplicationScoped
public class RunHistory {

    @Inject
    OpsConfig config;

    private final Map<String, List<RunView>> bySource = new TreeMap<>();

    public synchronized void add(RunView run) {
        List<RunView> runs = bySource.computeIfAbsent(run.source(), s -> new ArrayList<>());
        if (run.runId() != null) {
            runs.removeIf(r -> Objects.equals(r.runId(), run.runId()));
        }
        runs.add(run);
        runs.sort(Comparator.comparing(RunView::when, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed());
        while (runs.size() > Math.max(1, config.runsKept())) {
            runs.remove(runs.size() - 1);
        }
    }

    /** Runs per source, newest first. */
    public synchronized Map<String, List<RunView>> snapshot() {
        Map<String, List<RunView>> copy = new TreeMap<>();
        bySource.forEach((s, runs) -> copy.put(s, List.copyOf(runs)));
        return copy;
    }

    public synchronized void clear() {
        bySource.clear();
    }
}
