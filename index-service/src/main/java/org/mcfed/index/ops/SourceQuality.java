package org.mcfed.index.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mcfed.index.store.ColElements;
import org.mcfed.index.store.ComplianceTally;
import org.mcfed.index.store.LuceneRecordStore;
import org.mcfed.index.store.SourceTally;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * COL completeness and freshness per source, from the records in the index: for every COL
 * element, how many records of a registry state it as published, how many the aggregator derived
 * (listed in {@code quality.derived}, e.g. hours from credits), and how many lack it. This is
 * "which registries publish which COL elements". Summed from doc values per index segment
 * ({@link org.mcfed.index.store.SourceTallies}), never by reading the stored records.
 */
@ApplicationScoped
public class SourceQuality {

    @Inject
    LuceneRecordStore store;

    /** One element's tally for one source; {@code share} is (published + derived) / records. */
    public record ElementCount(long published, long derived, long missing, double share) {
    }

    /**
     * One compliance flag over a source's records: the records it applies to, how many meet it, their
     * share, and the elements most often missing (most records first, at most {@link #MOST_MISSING}).
     */
    public record FlagSummary(long records, long met, double share, List<MissingElement> mostMissing) {
    }

    /** An element a flag requires and how many of the source's records lack it. */
    public record MissingElement(String element, long records) {
    }

    static final int MOST_MISSING = 5;

    /**
     * One source's records.
     *
     * @param averageCompleteness the mean of the records' own {@code quality.completeness}
     * @param newestUpdatedAt the latest {@code updatedAt}: when the aggregate last changed one of its records
     * @param oldestHarvestedAt the oldest {@code provenance.harvestedAt}: the stalest record
     * @param compliance per flag id, over the records carrying {@code quality.compliance}
     */
    public record Report(long records, long active, long archived, Double averageCompleteness,
                         Instant newestUpdatedAt, Instant newestHarvestedAt, Instant oldestHarvestedAt,
                         Map<String, ElementCount> elements, Map<String, FlagSummary> compliance) {
    }

    private final Object lock = new Object();
    private Map<String, SourceTally> reportedTallies;
    private Map<String, Report> reported;

    /**
     * Per source (from {@code provenance.source}, else the id's prefix), from the per-segment tallies
     * of {@link LuceneRecordStore#sourceTallies()}: cheap whatever the index size, and as fresh as
     * search (near-real-time).
     */
    public Map<String, Report> bySource() {
        Map<String, SourceTally> tallies = store.sourceTallies();
        synchronized (lock) {
            if (tallies != reportedTallies) {
                Map<String, Report> reports = new TreeMap<>();
                tallies.forEach((s, t) -> reports.put(s, report(t)));
                reported = Collections.unmodifiableMap(reports);
                reportedTallies = tallies;
            }
            return reported;
        }
    }

    private static Report report(SourceTally t) {
        Map<String, ElementCount> out = new LinkedHashMap<>();
        long records = t.records();
        for (int i = 0; i < ColElements.ALL.size(); i++) {
            long published = t.published(i);
            long derived = t.derived(i);
            out.put(ColElements.ALL.get(i), new ElementCount(published, derived, t.missing(i), share(published + derived, records)));
        }
        Double average = t.averageCompleteness() == null ? null : Math.round(1000.0 * t.averageCompleteness()) / 1000.0;
        return new Report(records, t.active(), t.archived(), average, t.newestUpdatedAt(), t.newestHarvestedAt(),
                t.oldestHarvestedAt(), out, compliance(t.compliance()));
    }

    private static Map<String, FlagSummary> compliance(ComplianceTally tally) {
        Map<String, FlagSummary> out = new TreeMap<>();
        tally.flags().forEach((flag, f) -> out.put(flag, new FlagSummary(f.records(), f.met(), share(f.met(), f.records()),
                f.missing().entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                        .limit(MOST_MISSING).map(e -> new MissingElement(e.getKey(), e.getValue())).toList())));
        return out;
    }

    /** {@code part / whole} rounded to three decimals, 0 of nothing. */
    static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    /** Drops every cached sum (after an admin reload): the next report sums the whole index again. */
    public void invalidate() {
        store.forgetSourceTallies();
        synchronized (lock) {
            reportedTallies = null;
            reported = null;
        }
    }
}
