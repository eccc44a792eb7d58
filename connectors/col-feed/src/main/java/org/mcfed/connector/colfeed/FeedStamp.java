package org.mcfed.connector.colfeed;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A feed item's time ({@code updatedAt}, {@code deletedAt}, an OAI datestamp): the instant, or why there is none. */
record FeedStamp(Instant at, String problem) {

    /** An ISO-8601 instant ({@code Z} or an offset); a bare date counts as its midnight UTC, the OAI day granularity. */
    static FeedStamp of(String field, String text) {
        if (text == null || text.isBlank()) {
            return new FeedStamp(null, "no " + field);
        }
        String value = text.strip();
        try {
            return new FeedStamp(value.length() == 10 ? Instant.parse(value + "T00:00:00Z") : Instant.parse(value), null);
        } catch (DateTimeParseException e) {
            return new FeedStamp(null, field + " '" + value + "' is not an ISO-8601 instant");
        }
    }
}
