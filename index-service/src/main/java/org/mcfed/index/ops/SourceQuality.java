package org.mcfed.index.ops;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.RecordIndex;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * COL completeness and freshness per source, from the records in the index: for every COL
 * element, how many records of a registry state it as published, how many the aggregator derived
 * (listed in {@code quality.derived}, e.g. hours from credits), and how many lack it. This is
 * "which registries publish which COL elements". The walk over the index is cached briefly.
 */
@ApplicationScoped
public class SourceQuality {

    @Inject
    RecordIndex index;

    @Inject
    OpsConfig config;

    /** One element's tally for one source; {@code share} is (published + derived) / records. */
    public record ElementCount(long published, long derived, long missing, double share) {
    }

    /**
     * One source's records.
     *
     * @param averageCompleteness the mean of the records' own {@code quality.completeness}
     * @param newestUpdatedAt the latest {@code updatedAt}: when the aggregate last changed one of its records
     * @param oldestHarvestedAt the oldest {@code provenance.harvestedAt}: the stalest record
     */
    public record Report(long records, long active, long archived, Double averageCompleteness,
                         Instant newestUpdatedAt, Instant newestHarvestedAt, Instant oldestHarvestedAt,
                         Map<String, ElementCount> elements) {
    }

    private static final class Tally {
        long records;
        long active;
        long archived;
        double completenessSum;
        long completenessCount;
        Instant newestUpdatedAt;
        Instant newestHarvestedAt;
        Instant oldestHarvestedAt;
        final Map<String, long[]> elements = new LinkedHashMap<>();

        Tally() {
            ColElements.ALL.forEach(e -> elements.put(e, new long[3]));
        }

        void add(ColRecord r) {
            records++;
            if ("active".equals(r.status())) {
                active++;
            } else if ("archived".equals(r.status())) {
                archived++;
            }
            if (r.quality() != null && r.quality().completeness() != null) {
                completenessSum += r.quality().completeness();
                completenessCount++;
            }
            newestUpdatedAt = max(newestUpdatedAt, r.updatedAt());
            Instant harvested = r.provenance() == null ? null : r.provenance().harvestedAt();
            newestHarvestedAt = max(newestHarvestedAt, harvested);
            if (harvested != null && (oldestHarvestedAt == null || harvested.isBefore(oldestHarvestedAt))) {
                oldestHarvestedAt = harvested;
            }
            JsonNode json = ColJson.mapper().valueToTree(r);
            List<String> derived = r.quality() == null || r.quality().derived() == null ? List.of() : r.quality().derived();
            elements.forEach((field, counts) -> {
                if (!ColElements.stated(json, field)) {
                    counts[2]++;
                } else if (derived.contains(field)) {
                    counts[1]++;
                } else {
                    counts[0]++;
                }
            });
        }

        Report report() {
            Map<String, ElementCount> out = new LinkedHashMap<>();
            elements.forEach((field, c) -> out.put(field, new ElementCount(c[0], c[1], c[2],
                    records == 0 ? 0 : Math.round(1000.0 * (c[0] + c[1]) / records) / 1000.0)));
            Double average = completenessCount == 0 ? null : Math.round(1000.0 * completenessSum / completenessCount) / 1000.0;
            return new Report(records, active, archived, average, newestUpdatedAt, newestHarvestedAt, oldestHarvestedAt, out);
        }

        private static Instant max(Instant a, Instant b) {
            return a == null ? b : b == null || a.isAfter(b) ? a : b;
        }
    }

    private Map<String, Report> cached;
    private Instant cachedAt;

    /** Per source (from {@code provenance.source}, else the id's prefix). */
    public synchronized Map<String, Report> bySource() {
        Instant now = Instant.now();
        if (cached == null || cachedAt.plus(Duration.ofSeconds(config.completenessCacheSeconds())).isBefore(now)) {
            Map<String, Tally> tallies = new TreeMap<>();
            index.forEach(r -> {
                String source = r.harvestedFrom();
                tallies.computeIfAbsent(source == null ? "unknown" : source, s -> new Tally()).add(r);
            });
            Map<String, Report> reports = new TreeMap<>();
            tallies.forEach((s, t) -> reports.put(s, t.report()));
            cached = reports;
            cachedAt = now;
        }
        return cached;
    }

    /** Drops the cached walk (after an admin reload). */
    public synchronized void invalidate() {
        cached = null;
    }
}
