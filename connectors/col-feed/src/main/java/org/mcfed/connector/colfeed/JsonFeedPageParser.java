package org.mcfed.connector.colfeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.ItemProblem;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a page of the COL JSON feed ({@code GET /col/v1/records}, docs/sources/col-feed.md):
 * {@code records} (kept as JSON, verbatim), {@code deleted} and {@code next}. A page that is not
 * such a document is a {@link PageParseException} with the reason. One bad item costs that item
 * only: a record without a readable {@code updatedAt} is kept with the problem (it is rejected
 * downstream with it, as is one whose id is a number), an item without an id or that is no object
 * at all is named in the page's problems by its position, and a deletion without a readable
 * {@code deletedAt} still deletes.
 */
final class JsonFeedPageParser {

    private static final ObjectMapper JSON = ColJson.mapper();

    FeedPage parse(URI page, byte[] body) throws PageParseException {
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
        List<ItemProblem> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode record : root.get("records")) {
            String item = "records[" + index++ + "]";
            String id = identify(record, page, item, problems);
            if (id == null) {
                continue;
            }
            FeedStamp updated = stamp(record, "updatedAt");
            String json = write(record);
            String problem = record.get("id").isTextual() ? updated.problem() : "id is a JSON number, not a string";
            if (problem != null) {
                problems.add(new ItemProblem(page.toString(), item, id, problem));
                entries.add(FeedEntry.unreadable(id, updated.at(), json, FeedEntry.JSON, "feed item " + id + ": " + problem));
            } else {
                entries.add(FeedEntry.record(id, updated.at(), json, FeedEntry.JSON));
            }
        }
        index = 0;
        for (JsonNode deletion : root.path("deleted")) {
            String item = "deleted[" + index++ + "]";
            String id = identify(deletion, page, item, problems);
            if (id == null) {
                continue;
            }
            FeedStamp deleted = stamp(deletion, "deletedAt");
            if (deleted.problem() != null) {
                problems.add(new ItemProblem(page.toString(), item, id, deleted.problem() + " (deleted all the same)"));
            }
            entries.add(FeedEntry.deletion(id, deleted.at()));
        }
        // a cursor may be a number; only null, absent or blank ends the list
        JsonNode next = root.get("next");
        return new FeedPage(entries, problems, next == null || !next.isValueNode() || next.isNull() || next.asText().isBlank()
                ? null : next.asText().strip());
    }

    /** The item's id (a number's digits identify it too), or null after naming the item in {@code problems}. */
    private static String identify(JsonNode item, URI page, String position, List<ItemProblem> problems) {
        String problem;
        if (!item.isObject()) {
            problem = "a JSON " + kind(item) + ", not a record object";
        } else if (!item.path("id").isTextual() && !item.path("id").isNumber()) {
            problem = item.hasNonNull("id") ? "id is a JSON " + kind(item.get("id")) + ", not a string" : "no id";
        } else if (item.get("id").asText().isBlank()) {
            problem = "no id";
        } else {
            return item.get("id").asText().strip();
        }
        problems.add(new ItemProblem(page.toString(), position, null, problem));
        return null;
    }

    private static FeedStamp stamp(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value != null && !value.isNull() && !value.isTextual()) {
            return new FeedStamp(null, field + " is a JSON " + kind(value) + ", not an ISO-8601 instant");
        }
        return FeedStamp.of(field, value == null ? null : value.asText(null));
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String write(JsonNode record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree cannot be written back", e);
        }
    }
}
