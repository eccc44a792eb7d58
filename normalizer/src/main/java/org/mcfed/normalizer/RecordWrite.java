package org.mcfed.normalizer;

/**
 * One value to write to {@code mcfed.records.v1}: a COL record as JSON bytes, or null for a tombstone.
 * {@code unchanged} when the topic already holds these very bytes for this id (as far as the {@code sameAs}
 * state knows it): a raw value normalised again to the same record, as in a replay after which most records
 * come out as before, need not be written again. {@code newRecord} when the write comes from a record the
 * topic did not hold: that record, or a record now linked to it; the write then carries the
 * {@link org.mcfed.pipeline.kafka.NewRecord} header, and the index-service may refresh it less promptly than
 * a change.
 */
public record RecordWrite(String id, byte[] value, boolean unchanged, boolean newRecord) {

    /** A write the topic does not hold yet, of a record it held (a change or a deletion). */
    public RecordWrite(String id, byte[] value) {
        this(id, value, false, false);
    }

    public boolean tombstone() {
        return value == null;
    }

    /** This write, as coming from a record new to the topic. */
    RecordWrite ofNewRecord() {
        return new RecordWrite(id, value, unchanged, true);
    }
}
