package org.mcfed.normalizer.app;

import org.mcfed.normalizer.RawProgress;
import org.mcfed.normalizer.RawTopicNormalizer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The body of {@code GET /admin/status}: {@code ready}, {@code rawValuesProcessed} (since start),
 * {@code lag} (raw values behind the end of the held partitions, -1 while unknown), {@code caughtUp},
 * {@code partitions}, {@code knownRecords} (the {@code sameAs} state) and {@code replay} (null before
 * the first: {@code startedAt}, {@code republish} ({@code changed} or {@code all}), {@code rawValuesProcessed},
 * {@code recordsWritten} and {@code recordsUnchanged} (not written again) since, {@code caughtUpAt} or null). A
 * replay is done when {@code replay.caughtUpAt} is set; its rate is {@code replay.rawValuesProcessed}
 * over the time from {@code startedAt} to {@code caughtUpAt}.
 */
final class ProgressJson {

    private ProgressJson() {
    }

    static Map<String, Object> of(RawTopicNormalizer loop) {
        RawProgress.Snapshot p = loop.progress();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ready", loop.isReady());
        json.put("rawValuesProcessed", p.rawValuesProcessed());
        json.put("lag", p.lag());
        json.put("caughtUp", p.caughtUp());
        json.put("partitions", new TreeSet<>(loop.assignedRawPartitions()));
        json.put("knownRecords", loop.knownRecords());
        RawProgress.Replay r = p.replay();
        if (r == null) {
            json.put("replay", null);
        } else {
            Map<String, Object> replay = new LinkedHashMap<>();
            replay.put("startedAt", r.startedAt().toString());
            replay.put("republish", r.republishAll() ? "all" : "changed");
            replay.put("rawValuesProcessed", r.rawValuesProcessed());
            replay.put("recordsWritten", r.recordsWritten());
            replay.put("recordsUnchanged", r.recordsUnchanged());
            replay.put("caughtUpAt", r.caughtUpAt() == null ? null : r.caughtUpAt().toString());
            json.put("replay", replay);
        }
        return json;
    }
}
