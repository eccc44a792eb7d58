package org.mcfed.connector.run;

import org.mcfed.col.pipeline.ItemProblem;
import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.PollResult;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.SourceTask;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One whole harvest run of a {@link SourceTask}, polled until done, with what it found: the records,
 * the unchanged ids, the failures, the feed items that could not be read as they stood, whether the walk
 * was complete, and the deletion sweep (known ids the run did not see, only after a complete run). The harvester checkpoints between polls itself;
 * this is the same loop without Kafka, for tests, benchmarks and one-off harvests.
 */
public record SourceRun(List<RawRecord> records, List<String> unchanged, List<FetchFailure> failures,
                        boolean complete, int polls, SourcePosition position, List<ItemProblem> itemProblems) {

    /** Runs {@code task} from {@code resume} to the end; {@code maxPolls} guards against a task that never finishes. */
    public static SourceRun harvest(SourceTask task, SourceConfig config, SourcePosition resume,
                                    Map<String, KnownRecord> known, int maxPolls) {
        List<RawRecord> records = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<FetchFailure> failures = new ArrayList<>();
        List<ItemProblem> itemProblems = new ArrayList<>();
        task.start(config, resume, known);
        try {
            for (int polls = 1; polls <= maxPolls; polls++) {
                PollResult r = task.poll();
                records.addAll(r.records());
                unchanged.addAll(r.unchanged());
                unchanged.addAll(r.rederivedUnchanged());
                failures.addAll(r.failures());
                itemProblems.addAll(r.itemProblems());
                if (r.done()) {
                    return new SourceRun(List.copyOf(records), List.copyOf(unchanged), List.copyOf(failures),
                            r.complete(), polls, r.position(), List.copyOf(itemProblems));
                }
            }
            throw new IllegalStateException(config.name() + ": task not done after " + maxPolls + " polls");
        } finally {
            task.stop();
        }
    }

    /** Every local id the run saw: fetched, unchanged, or listed but failed (a failed id is not deleted). */
    public Set<String> seenIds() {
        Set<String> seen = new LinkedHashSet<>();
        records.forEach(r -> seen.add(r.localId()));
        seen.addAll(unchanged);
        failures.stream().filter(f -> f.localId() != null).forEach(f -> seen.add(f.localId()));
        return Collections.unmodifiableSet(seen);
    }

    /** Known ids the run did not see, when it was complete; nothing when it was not (a failed run deletes nothing). */
    public Set<String> deletedAmong(Set<String> knownIds) {
        if (!complete) {
            return Set.of();
        }
        Set<String> gone = new TreeSet<>(knownIds);
        gone.removeAll(seenIds());
        return Collections.unmodifiableSet(gone);
    }

    /** The validators and checksums to pass as {@code known} to the next run: earlier ones updated by this run. */
    public Map<String, KnownRecord> knownAfter(Map<String, KnownRecord> before) {
        Map<String, KnownRecord> next = new java.util.HashMap<>(before);
        for (RawRecord r : records) {
            if (r.deleted()) {
                next.remove(r.localId()); // the source said so (a feed's deletion)
            } else {
                next.put(r.localId(), r.toKnown());
            }
        }
        deletedAmong(before.keySet()).forEach(next::remove);
        return next;
    }
}
