package org.mcfed.connector.colfeed;

import java.time.Instant;

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
}
