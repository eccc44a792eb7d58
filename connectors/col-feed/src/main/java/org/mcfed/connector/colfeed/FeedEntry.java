package org.mcfed.connector.colfeed;

import org.mcfed.connector.Checksums;
import org.mcfed.connector.RawFields;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One item of a COL feed page, whichever protocol carried it: a record (its COL JSON verbatim) or a
 * deletion. {@code id} is the feed's COL id, kept verbatim; {@code at} is the record's
 * {@code updatedAt} (OAI datestamp) or the deletion's {@code deletedAt}.
 */
record FeedEntry(String id, Instant at, String json, boolean deleted) {

    static FeedEntry record(String id, Instant updatedAt, String json) {
        return new FeedEntry(id, updatedAt, json, false);
    }

    static FeedEntry deletion(String id, Instant deletedAt) {
        return new FeedEntry(id, deletedAt, null, true);
    }

    /** The raw record a harvest emits for this item: the COL JSON verbatim as payload, or a deletion. */
    RawRecord toRaw(String source, String itemUrl, Instant fetchedAt, SourcePosition position) {
        RawFields fields = new RawFields().put("id", id).put(deleted ? "deletedAt" : "updatedAt", at.toString());
        Map<String, List<String>> values = fields.build();
        return new RawRecord(source, ColFeedConnector.NAME, id, itemUrl, fetchedAt, deleted ? null : "application/json",
                Checksums.of(values, json), values, json, List.of(), deleted, position);
    }
}
