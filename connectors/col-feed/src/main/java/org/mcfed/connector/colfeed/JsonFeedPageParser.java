package org.mcfed.connector.colfeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mcfed.col.json.ColJson;
import org.mcfed.connector.page.PageParseException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page of the COL JSON feed ({@code GET /col/v1/records}, shared/sources/col-feed.md):
 * {@code records} (kept as JSON, verbatim), {@code deleted} and {@code next}. A page that is not
 * such a document is a {@link PageParseException} with the reason; a record without an id or a
 * readable {@code updatedAt} makes the whole page unreadable, since skipping it would lose it silently.
 */
final class JsonFeedPageParser {

    private static final ObjectMapper JSON = ColJson.mapper();

    FeedPage parse(byte[] body) throws PageParseException {
        JsonNode root;
        try {
            root = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new PageParseException("feed page is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("records").isArray()) {
            throw new PageParseException("feed page has no 'records' array");
        }
        List<FeedEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode record : root.get("records")) {
            String id = text(record, "id");
            if (id == null) {
                throw new PageParseException("feed record #" + index + " has no id");
            }
            entries.add(FeedEntry.record(id, instant(record, "updatedAt", id), write(record)));
            index++;
        }
        for (JsonNode deletion : root.path("deleted")) {
            String id = text(deletion, "id");
            if (id == null) {
                throw new PageParseException("feed deletion #" + entries.size() + " has no id");
            }
            entries.add(FeedEntry.deletion(id, instant(deletion, "deletedAt", id)));
        }
        return new FeedPage(entries, text(root, "next"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static Instant instant(JsonNode node, String field, String id) throws PageParseException {
        String value = text(node, field);
        if (value == null) {
            throw new PageParseException("feed item " + id + " has no " + field);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new PageParseException("feed item " + id + " has " + field + " '" + value + "', not an ISO-8601 instant");
        }
    }

    private static String write(JsonNode record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree cannot be written back", e);
        }
    }
}
