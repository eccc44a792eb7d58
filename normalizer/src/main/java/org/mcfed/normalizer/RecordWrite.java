package org.mcfed.normalizer;

/** One value to write to {@code mcfed.records.v1}: a COL record as JSON bytes, or null for a tombstone. */
public record RecordWrite(String id, byte[] value) {

    public boolean tombstone() {
        return value == null;
    }
}
