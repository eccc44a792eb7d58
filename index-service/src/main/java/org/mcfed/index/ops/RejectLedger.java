package org.mcfed.index.ops;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rejects per source and reason, with the latest few examples of each: what an operator needs
 * to see which registry pages the connectors cannot read, and why. A record rejected again in a
 * later run counts once in {@code records} and again in {@code events}.
 */
@ApplicationScoped
public class RejectLedger {

    static final String OTHER = "(other reasons)";

    @Inject
    OpsConfig config;

    /** An example as shown publicly; the raw record is only in the admin view. */
    public record Example(String key, String localId, Instant rejectedAt, String url, String raw) {
    }

    /** One reason's tally. */
    public record ReasonCount(String element, String problem, long events, long records, List<Example> examples) {
    }

    /**
     * One source's tally; {@code byClass} counts rejected records by reject class (a record rejected
     * in two classes counts in both), sorted by class.
     */
    public record SourceRejects(long events, long records, Instant latest, List<ReasonCount> byReason, Map<String, Long> byClass) {

        static final SourceRejects NONE = new SourceRejects(0, 0, null, List.of(), Map.of());
    }

    private static final Comparator<Example> NEWEST_FIRST =
            Comparator.comparing(Example::rejectedAt, Comparator.nullsLast(Comparator.reverseOrder()));

    private static final class Tally {
        final String element;
        final String problem;
        long events;
        final Set<String> keys = new HashSet<>();
        /** Newest rejection first: by time (rejects arrive from several partitions), then by arrival. */
        final List<Example> examples = new ArrayList<>();

        Tally(String element, String problem) {
            this.element = element;
            this.problem = problem;
        }
    }

    private static final class SourceTally {
        long events;
        final Set<String> keys = new HashSet<>();
        Instant latest;
        final Map<String, Tally> reasons = new LinkedHashMap<>();
        final Map<String, Set<String>> keysByClass = new TreeMap<>();
    }

    private final Map<String, SourceTally> bySource = new TreeMap<>();

    public synchronized void add(RejectView reject) {
        SourceTally source = bySource.computeIfAbsent(reject.source(), s -> new SourceTally());
        source.events++;
        source.keys.add(reject.key());
        source.keysByClass.computeIfAbsent(reject.rejectClass(), c -> new HashSet<>()).add(reject.key());
        if (reject.rejectedAt() != null && (source.latest == null || reject.rejectedAt().isAfter(source.latest))) {
            source.latest = reject.rejectedAt();
        }
        for (RejectView.Reason reason : reject.reasons()) {
            String id = reason.element() + '\u0000' + reason.problem();
            Tally tally = source.reasons.get(id);
            if (tally == null) {
                if (source.reasons.size() >= config.reasonsPerSource()) {
                    tally = source.reasons.computeIfAbsent(OTHER, k -> new Tally("*", OTHER));
                } else {
                    tally = new Tally(reason.element(), reason.problem());
                    source.reasons.put(id, tally);
                }
            }
            tally.events++;
            tally.keys.add(reject.key());
            tally.examples.removeIf(e -> e.key().equals(reject.key()));
            tally.examples.add(0, new Example(reject.key(), reject.localId(), reject.rejectedAt(), reject.url(), rawText(reject.raw())));
            tally.examples.sort(NEWEST_FIRST);
            while (tally.examples.size() > Math.max(1, config.examplesPerReason())) {
                tally.examples.remove(tally.examples.size() - 1);
            }
        }
    }

    private String rawText(JsonNode raw) {
        if (raw == null || raw.isNull()) {
            return null;
        }
        String text = raw.isTextual() ? raw.asText() : raw.toString();
        int max = config.rawExampleChars();
        return text.length() <= max ? text : text.substring(0, max) + "… (" + (text.length() - max) + " more characters)";
    }

    /** Per source, reasons by descending record count; examples with or without their raw records. */
    public synchronized Map<String, SourceRejects> snapshot(boolean withRaw) {
        Map<String, SourceRejects> out = new TreeMap<>();
        bySource.forEach((name, s) -> {
            List<ReasonCount> reasons = new ArrayList<>();
            for (Tally t : s.reasons.values()) {
                List<Example> examples = t.examples.stream()
                        .map(e -> withRaw ? e : new Example(e.key(), e.localId(), e.rejectedAt(), e.url(), null))
                        .toList();
                reasons.add(new ReasonCount(t.element, t.problem, t.events, t.keys.size(), examples));
            }
            reasons.sort(Comparator.comparingLong(ReasonCount::records).reversed().thenComparing(ReasonCount::element));
            Map<String, Long> byClass = new TreeMap<>();
            s.keysByClass.forEach((c, keys) -> byClass.put(c, (long) keys.size()));
            out.put(name, new SourceRejects(s.events, s.keys.size(), s.latest, List.copyOf(reasons), byClass));
        });
        return out;
    }

    /** Forgets one source's rejects (after its connector was fixed), or all when {@code source} is null. */
    public synchronized int clear(String source) {
        if (source == null) {
            int n = bySource.size();
            bySource.clear();
            return n;
        }
        return bySource.remove(source) == null ? 0 : 1;
    }
}
