package org.mcfed.index.ops;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A source's figures when one of its harvest runs ended: the run's status, duration and failures,
 * the source's records in the index, its rejected records by reject class, and the share of its
 * records meeting each compliance flag. One line of the history file; the dashboard's time series.
 *
 * @param at when the run finished, else started, else when its report was read
 * @param compliance per flag id, the share of the records the flag applies to that meet it
 */
public record HistoryPoint(String source, String runId, String status, Instant at, Long durationMs, Long failed,
                           long records, long rejected, Map<String, Long> rejectsByClass, Map<String, Double> compliance) {

    /** The point of a run that ended, with the source's figures as they stand {@code now}. */
    static HistoryPoint of(RunView run, SourceQuality.Report quality, RejectLedger.SourceRejects rejects, Instant now) {
        Map<String, Double> compliance = new TreeMap<>();
        if (quality != null) {
            quality.compliance().forEach((flag, f) -> compliance.put(flag, f.share()));
        }
        Instant at = run.finishedAt() != null ? run.finishedAt() : run.startedAt() != null ? run.startedAt() : now;
        return new HistoryPoint(run.source(), run.runId(), run.status(), at, run.durationMs(), run.failed(),
                quality == null ? 0 : quality.records(), rejects.records(), Collections.unmodifiableMap(new TreeMap<>(rejects.byClass())),
                Collections.unmodifiableMap(compliance));
    }
}
