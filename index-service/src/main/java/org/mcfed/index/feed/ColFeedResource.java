package org.mcfed.index.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.Change;
import org.mcfed.index.store.Page;
import org.mcfed.index.store.RecordIndex;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * The COL JSON feed ({@code GET /col/v1/records}, docs/sources/col-feed.md), so that another
 * aggregator, or this project's own col-feed connector, can harvest this one incrementally:
 * records and deletions in the order of their change time then id, {@code since} inclusive.
 * Every page carries an ETag and Last-Modified and answers 304 to a matching conditional GET.
 */
@Path("/col/v1/records")
public class ColFeedResource {

    static final int MAX_LIMIT = 1000;

    @Inject
    RecordIndex index;

    @Inject
    FeedConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response records(@QueryParam("since") String since, @QueryParam("cursor") String cursor,
                            @QueryParam("limit") String limit, @Context Request request) {
        Instant from = parseSince(since);
        int size = parseLimit(limit);
        Page<Change> page;
        try {
            page = index.changesSince(from, blankToNull(cursor), size);
        } catch (IllegalArgumentException e) {
            throw new ClientError(e.getMessage());
        }
        List<ColRecord> records = new ArrayList<>();
        List<Deletion> deleted = new ArrayList<>();
        Instant lastModified = null;
        for (Change change : page.items()) {
            if (change.deleted()) {
                deleted.add(new Deletion(change.id(), change.at()));
            } else {
                records.add(change.record());
            }
            if (lastModified == null || change.at().isAfter(lastModified)) {
                lastModified = change.at();
            }
        }
        if (lastModified == null) {
            lastModified = index.latestChange().orElse(Instant.EPOCH);
        }
        byte[] body = ColJson.writeBytes(new FeedPage(records, deleted, page.next()));
        EntityTag etag = new EntityTag(sha256(body));
        Date modified = httpDate(lastModified);
        Response.ResponseBuilder notModified;
        try {
            notModified = request.evaluatePreconditions(modified, etag);
        } catch (RuntimeException e) {
            // an unreadable If-Modified-Since is ignored (RFC 9110, 13.1.3); the ETag still decides
            notModified = request.evaluatePreconditions(etag);
        }
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        if (notModified != null) {
            return notModified.tag(etag).lastModified(modified).cacheControl(cache).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(etag).lastModified(modified).cacheControl(cache).build();
    }

    private int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return Math.min(config.defaultLimit(), MAX_LIMIT);
        }
        try {
            int n = Integer.parseInt(limit.trim());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ClientError("limit must be a whole number from 1 to " + MAX_LIMIT + ", got '" + limit + "'");
    }

    /** An ISO-8601 instant ({@code 2025-03-01T10:00:00Z}); an offset such as {@code +08:00} is accepted too. */
    static Instant parseSince(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        String s = since.trim();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException again) {
                throw new ClientError("since must be an ISO-8601 instant such as 2025-03-01T10:00:00Z, got '" + since + "'");
            }
        }
    }

    /** HTTP dates have whole seconds: round up, so a client's If-Modified-Since never looks older than the page. */
    private static Date httpDate(Instant at) {
        Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
        return Date.from(seconds.equals(at) ? seconds : seconds.plusSeconds(1));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String sha256(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
