package org.mcfed.index.store;

import org.mcfed.col.record.ColRecord;

import java.time.Instant;

/**
 * One entry of the change stream of {@link RecordIndex#changes}: a live record, or the deletion of
 * one (then {@code record} is null and {@code at} is when the deletion was consumed).
 *
 * @param id the COL id
 * @param at the record's {@code updatedAt}, or the deletion time
 * @param record the record, null for a deletion
 */
public record Change(String id, Instant at, ColRecord record) {

    public boolean deleted() {
        return record == null;
    }
}
