package org.mcfed.index.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.mcfed.col.record.ColRecord;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-source figures of the live records (what {@code GET /api/sources} reports) without reading a
 * single stored record: at indexing, {@link #addTo} puts what the report needs of each record in
 * doc values (its source, status, which COL elements it states and which were derived, completeness,
 * updatedAt, harvestedAt, its compliance flags as {@link ComplianceTally} entries); a request sums
 * them per index segment and keeps each segment's sums for as long as that segment (with its
 * deletions) is unchanged. A request on an unchanged index
 * costs a lookup per segment; a refresh costs a pass over the doc values of the new or changed
 * segments only, where before every request parsed the JSON of every record in the index.
 */
public final class SourceTallies {

    static final int STATUS_ACTIVE = 1;
    static final int STATUS_ARCHIVED = 2;
    private static final String SOURCE = "q_source";
    private static final String STATUS = "q_status";
    private static final String ELEMENTS = "q_elements";
    private static final String COMPLETENESS = "q_completeness";
    private static final String UPDATED = "q_updated";
    private static final String HARVESTED = "q_harvested";
    private static final String COMPLIANCE = "q_compliance";

    static {
        if (ColElements.ALL.size() > 32) {
            throw new ExceptionInInitializerError("SourceTallies encodes at most 32 COL elements in one long, there are " + ColElements.ALL.size());
        }
    }

    /** Segment sums by the segment reader's cache key (a new key whenever its deletions change). */
    private final Map<IndexReader.CacheKey, Map<String, SourceTally>> bySegment = new HashMap<>();
    private IndexReader.CacheKey lastIndex;
    private Map<String, SourceTally> lastAnswer;

    /** Adds the report's doc values of a live record to its document. */
    static void addTo(Document doc, ColRecord r) {
        String source = r.harvestedFrom();
        doc.add(new SortedDocValuesField(SOURCE, new BytesRef(source == null ? "unknown" : source)));
        int status = "active".equals(r.status()) ? STATUS_ACTIVE : "archived".equals(r.status()) ? STATUS_ARCHIVED : 0;
        if (status != 0) {
            doc.add(new NumericDocValuesField(STATUS, status));
        }
        doc.add(new NumericDocValuesField(ELEMENTS, elements(r)));
        if (r.quality() != null && r.quality().completeness() != null) {
            doc.add(new DoubleDocValuesField(COMPLETENESS, r.quality().completeness()));
        }
        if (r.updatedAt() != null) {
            doc.add(new NumericDocValuesField(UPDATED, nanos(r.updatedAt())));
        }
        if (r.provenance() != null && r.provenance().harvestedAt() != null) {
            doc.add(new NumericDocValuesField(HARVESTED, nanos(r.provenance().harvestedAt())));
        }
        for (BytesRef entry : ComplianceTally.entries(r)) {
            doc.add(new SortedSetDocValuesField(COMPLIANCE, entry));
        }
    }

    /**
     * Bit i: the record states element i of {@link ColElements#ALL}; bit 32 + i: and it was derived.
     * "States" as {@link ColElements#stated} decides on the record's JSON, read here from the record's
     * components ({@link StatedElements}) instead of serialising every record to a JSON tree.
     */
    static long elements(ColRecord r) {
        List<String> derived = r.quality() == null || r.quality().derived() == null ? List.of() : r.quality().derived();
        long bits = 0;
        for (int i = 0; i < ColElements.ALL.size(); i++) {
            if (StatedElements.stated(r, i)) {
                bits |= 1L << i;
                if (derived.contains(ColElements.ALL.get(i))) {
                    bits |= 1L << (32 + i);
                }
            }
        }
        return bits;
    }

    /** The tallies of the searcher's live records by source (sorted by name). Callers must not change them. */
    public synchronized Map<String, SourceTally> of(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        IndexReader.CacheKey indexKey = reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey();
        if (indexKey != null && indexKey == lastIndex) {
            return lastAnswer;
        }
        Map<String, SourceTally> total = new TreeMap<>();
        Set<IndexReader.CacheKey> current = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
            Map<String, SourceTally> segment;
            if (helper == null) {
                segment = tally(leaf.reader());
            } else {
                current.add(helper.getKey());
                segment = bySegment.get(helper.getKey());
                if (segment == null) {
                    segment = tally(leaf.reader());
                    bySegment.put(helper.getKey(), segment);
                }
            }
            segment.forEach((source, t) -> total.computeIfAbsent(source, s -> new SourceTally()).add(t));
        }
        bySegment.keySet().retainAll(current);
        lastIndex = indexKey;
        lastAnswer = total;
        return total;
    }

    /** Forgets every cached sum. */
    public synchronized void clear() {
        bySegment.clear();
        lastIndex = null;
        lastAnswer = null;
    }

    private static Map<String, SourceTally> tally(LeafReader reader) throws IOException {
        SortedDocValues source = DocValues.getSorted(reader, SOURCE);
        NumericDocValues status = DocValues.getNumeric(reader, STATUS);
        NumericDocValues elements = DocValues.getNumeric(reader, ELEMENTS);
        NumericDocValues completeness = DocValues.getNumeric(reader, COMPLETENESS);
        NumericDocValues updated = DocValues.getNumeric(reader, UPDATED);
        NumericDocValues harvested = DocValues.getNumeric(reader, HARVESTED);
        SortedSetDocValues compliance = DocValues.getSortedSet(reader, COMPLIANCE);
        Bits live = reader.getLiveDocs();
        SourceTally[] byOrd = new SourceTally[source.getValueCount()];
        long[][] complianceByOrd = new long[source.getValueCount()][];
        // only live records carry a source: deletion markers are skipped by the iteration itself
        for (int doc = source.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = source.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            int ord = source.ordValue();
            SourceTally t = byOrd[ord];
            if (t == null) {
                t = byOrd[ord] = new SourceTally();
            }
            t.addRecord(status.advanceExact(doc) ? (int) status.longValue() : 0, elements.advanceExact(doc) ? elements.longValue() : 0);
            if (completeness.advanceExact(doc)) {
                t.addCompleteness(NumericUtils.sortableLongToDouble(completeness.longValue()));
            }
            if (updated.advanceExact(doc)) {
                t.addUpdated(updated.longValue());
            }
            if (harvested.advanceExact(doc)) {
                t.addHarvested(harvested.longValue());
            }
            if (compliance.advanceExact(doc)) {
                long[] entries = complianceByOrd[ord];
                if (entries == null) {
                    entries = complianceByOrd[ord] = new long[(int) compliance.getValueCount()];
                }
                for (int i = 0; i < compliance.docValueCount(); i++) {
                    entries[(int) compliance.nextOrd()]++;
                }
            }
        }
        Map<String, SourceTally> out = new HashMap<>();
        for (int ord = 0; ord < byOrd.length; ord++) {
            if (byOrd[ord] != null) {
                long[] entries = complianceByOrd[ord];
                for (int e = 0; entries != null && e < entries.length; e++) {
                    if (entries[e] > 0) {
                        byOrd[ord].compliance().add(compliance.lookupOrd(e).utf8ToString(), entries[e]);
                    }
                }
                out.put(source.lookupOrd(ord).utf8ToString(), byOrd[ord]);
            }
        }
        return out;
    }

    /** Epoch nanoseconds (exact for the years 1678 to 2261; clamped beyond). */
    static long nanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
