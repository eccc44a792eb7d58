package org.mcfed.normalizer;

/**
 * One value to write to {@code mcfed.records.v1}: a COL record as JSON bytes, or null for a tombstone.
 * {@code unchanged} when the topic already holds these very bytes for this id (as far as the {@code sameAs}
 * state knows it): a raw value normalised again to the same record, as in a replay after which most records
 * come out as before, need not be written again.
 */
public record RecordWrite(String id, byte[] value, boolean unchanged) {

    /** A write the topic does not hold yet. */
    public RecordWrite(String id, byte[] value) {
        this(id, value, false);
    }

    public boolean tombstone() {
        return value == null;
    }
}
