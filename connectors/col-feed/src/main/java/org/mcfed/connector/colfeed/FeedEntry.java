package org.mcfed.connector.colfeed;

import org.mcfed.connector.Checksums;
import org.mcfed.connector.RawFields;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One identified item of a COL feed page, whichever protocol carried it: a record (its metadata
 * verbatim: COL JSON, COL XML or Dublin Core) or a deletion. {@code id} is the feed's COL id, kept
 * verbatim; {@code at} is the record's {@code updatedAt} (OAI datestamp) or the deletion's
 * {@code deletedAt}, null when the feed gave none that can be read. A record with {@code problems}
 * could not be read as it stood: it travels on with them, to be rejected with those reasons.
 */
record FeedEntry(String id, Instant at, String payload, String contentType, boolean deleted, List<String> problems) {

    static final String JSON = "application/json";
    static final String XML = "application/xml";

    FeedEntry {
        problems = List.copyOf(problems);
    }

    static FeedEntry record(String id, Instant updatedAt, String payload, String contentType) {
        return new FeedEntry(id, updatedAt, payload, contentType, false, List.of());
    }

    static FeedEntry unreadable(String id, Instant updatedAt, String payload, String contentType, String problem) {
        return new FeedEntry(id, updatedAt, payload, contentType, false, List.of(problem));
    }

    static FeedEntry deletion(String id, Instant deletedAt) {
        return new FeedEntry(id, deletedAt, null, null, true, List.of());
    }

    boolean unreadable() {
        return !problems.isEmpty();
    }

    /**
     * The raw record a harvest emits for this item: the metadata verbatim as payload (with its problems,
     * when it could not be read as it stood), or a deletion (whose problems are only reported).
     */
    RawRecord toRaw(String source, String itemUrl, Instant fetchedAt, SourcePosition position) {
        Map<String, List<String>> fields = new RawFields().put("id", id)
                .put(deleted ? "deletedAt" : "updatedAt", at == null ? null : at.toString()).build();
        return new RawRecord(source, ColFeedConnector.NAME, id, itemUrl, fetchedAt, contentType,
                Checksums.of(fields, payload), fields, payload, deleted ? List.of() : problems, deleted, position);
    }
}
