package org.mcfed.index.store;

import org.apache.lucene.util.BytesRef;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.ComplianceFlag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compliance flags summed over a source's records ({@code quality.compliance}): per flag, how many
 * records it applies to, how many meet it, and how often each element is missing. Each record
 * carries its flags as doc-values entries ({@link #entries}) that {@link SourceTallies} counts per
 * segment, so the dashboard's compliance summary reads no stored record either.
 */
public final class ComplianceTally {

    private static final char SEP = '\t';
    private static final String APPLIES = "applies";
    private static final String MET = "met";
    private static final String MISSING = "missing";

    /** One flag over a source's records: {@code missing} counts records lacking each element. */
    public record Flag(long records, long met, Map<String, Long> missing) {
    }

    private final Map<String, Long> counts = new TreeMap<>();

    /** The doc-values entries of a record's flags; none for a record without {@code quality.compliance}. */
    static List<BytesRef> entries(ColRecord r) {
        List<BytesRef> out = new ArrayList<>();
        if (r.quality() == null || r.quality().compliance() == null) {
            return out;
        }
        for (Map.Entry<String, ComplianceFlag> e : r.quality().compliance().entrySet()) {
            ComplianceFlag flag = e.getValue();
            if (e.getKey() == null || flag == null) {
                continue;
            }
            out.add(new BytesRef(e.getKey() + SEP + APPLIES));
            if (flag.met()) {
                out.add(new BytesRef(e.getKey() + SEP + MET));
            }
            for (String element : flag.missing()) {
                out.add(new BytesRef(e.getKey() + SEP + MISSING + SEP + element));
            }
        }
        return out;
    }

    /** Counts {@code records} records carrying the doc-values entry {@code entry}. */
    void add(String entry, long records) {
        counts.merge(entry, records, Long::sum);
    }

    /** Adds another tally of the same source (another segment) into this one. */
    void add(ComplianceTally o) {
        o.counts.forEach(this::add);
    }

    /** Per flag id (sorted), the records it applies to and meet it, and the elements missing with their record counts. */
    public Map<String, Flag> flags() {
        Map<String, long[]> totals = new TreeMap<>();
        Map<String, Map<String, Long>> missing = new TreeMap<>();
        counts.forEach((entry, n) -> {
            String[] parts = entry.split(String.valueOf(SEP), 3);
            long[] t = totals.computeIfAbsent(parts[0], f -> new long[2]);
            switch (parts[1]) {
                case APPLIES -> t[0] += n;
                case MET -> t[1] += n;
                default -> missing.computeIfAbsent(parts[0], f -> new TreeMap<>()).put(parts[2], n);
            }
        });
        Map<String, Flag> out = new TreeMap<>();
        totals.forEach((flag, t) -> out.put(flag, new Flag(t[0], t[1], missing.getOrDefault(flag, Map.of()))));
        return out;
    }
}
