package org.mcfed.index.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.index.IndexConfig;
import org.mcfed.index.store.IndexRuntime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Records, rejects and compliance per source over time: a {@link HistoryPoint} each time a run
 * report says a run ended, appended to {@code ops-history.ndjson} beside the index folders (it
 * outlives a schema rebuild) and read back at start. The topics cannot give this back: the runs
 * topic is compacted to each source's latest report, and the records topic to each record's
 * latest version. Reading the runs topic again after a restart adds nothing for a run already
 * recorded; a run that ends while the index is still catching up is recorded once it has.
 */
@ApplicationScoped
public class SourceHistory {

    private static final Logger LOG = Logger.getLogger(SourceHistory.class);
    static final String FILE = "ops-history.ndjson";

    @Inject
    IndexConfig indexConfig;

    @Inject
    OpsConfig config;

    @Inject
    SourceQuality quality;

    @Inject
    RejectLedger rejects;

    @Inject
    IndexRuntime index;

    Path file;
    BooleanSupplier indexCaughtUp;
    private final Map<String, List<HistoryPoint>> bySource = new TreeMap<>();
    private final Map<String, RunView> waitingForIndex = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        file = indexConfig.dir().resolve(FILE);
        indexCaughtUp = index::ready;
        read();
    }

    /** Reads the history file (a line that cannot be read is logged and skipped), keeping {@code mcfed.ops.history-kept} points per source. */
    synchronized void read() {
        bySource.clear();
        if (!Files.isRegularFile(file)) {
            return;
        }
        int lines = 0;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lines++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    keep(ColJson.mapper().readValue(line, HistoryPoint.class));
                } catch (JsonProcessingException e) {
                    LOG.warnf("ops: skipping line %d of %s, not a history point: %s", lines, file, e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            LOG.warnf("ops: cannot read the history %s, starting without it: %s", file, e.toString());
        }
        int kept = bySource.values().stream().mapToInt(List::size).sum();
        if (lines > kept) {
            rewrite();
        }
        LOG.infof("ops: %d history points of %d sources read from %s", bySource.values().stream().mapToInt(List::size).sum(), bySource.size(), file);
    }

    /** Records the point of a run that ended (any status but {@code running}), once per source and run id. */
    public synchronized void runEnded(RunView run) {
        if (run.status() == null || "running".equals(run.status())) {
            return;
        }
        waitingForIndex.put(run.source() + '\u0000' + run.runId(), run);
        recordWaiting();
    }

    /** Per source, its points oldest first. */
    public synchronized Map<String, List<HistoryPoint>> snapshot() {
        recordWaiting();
        Map<String, List<HistoryPoint>> copy = new TreeMap<>();
        bySource.forEach((s, points) -> copy.put(s, List.copyOf(points)));
        return copy;
    }

    private void recordWaiting() {
        if (waitingForIndex.isEmpty() || !indexCaughtUp.getAsBoolean()) {
            return;
        }
        Map<String, SourceQuality.Report> records = quality.bySource();
        Map<String, RejectLedger.SourceRejects> rejected = rejects.snapshot(false);
        Instant now = Instant.now();
        for (RunView run : waitingForIndex.values()) {
            if (recorded(run)) {
                continue;
            }
            HistoryPoint point = HistoryPoint.of(run, records.get(run.source()),
                    rejected.getOrDefault(run.source(), RejectLedger.SourceRejects.NONE), now);
            keep(point);
            append(point);
        }
        waitingForIndex.clear();
    }

    private boolean recorded(RunView run) {
        return bySource.getOrDefault(run.source(), List.of()).stream()
                .anyMatch(p -> Objects.equals(p.runId(), run.runId()) && (run.runId() != null || Objects.equals(p.status(), run.status())));
    }

    private void keep(HistoryPoint point) {
        List<HistoryPoint> points = bySource.computeIfAbsent(point.source(), s -> new ArrayList<>());
        points.add(point);
        points.sort(Comparator.comparing(HistoryPoint::at));
        while (points.size() > Math.max(1, config.historyKept())) {
            points.remove(0);
        }
    }

    /** Writes the points kept, replacing the file, so it does not grow beyond what is kept. */
    private void rewrite() {
        Path next = file.resolveSibling(FILE + ".next");
        try {
            StringBuilder out = new StringBuilder();
            for (List<HistoryPoint> points : bySource.values()) {
                for (HistoryPoint p : points) {
                    out.append(ColJson.mapper().writeValueAsString(p)).append('\n');
                }
            }
            Files.writeString(next, out, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warnf("ops: cannot rewrite the history %s: %s", file, e.toString());
        }
    }

    private void append(HistoryPoint point) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, ColJson.mapper().writeValueAsString(point) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warnf("ops: cannot append to the history %s (the point stays in memory until restart): %s", file, e.toString());
        }
    }
}
