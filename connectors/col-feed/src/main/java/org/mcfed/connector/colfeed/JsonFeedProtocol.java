package org.mcfed.connector.colfeed;

import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The COL JSON feed: {@code GET {base}/col/v1/records?since=&cursor=&limit=}. */
final class JsonFeedProtocol implements FeedProtocol {

    static final String PATH = "/col/v1/records";

    private final String base;
    private final int limit;
    private final JsonFeedPageParser parser = new JsonFeedPageParser();

    JsonFeedProtocol(URI baseUrl, int limit) {
        this.base = FeedUrls.trimmed(baseUrl);
        this.limit = limit;
    }

    @Override
    public URI firstPage(Instant since) {
        return URI.create(base + PATH + "?limit=" + limit + (since == null ? "" : "&since=" + since));
    }

    /** The cursor is opaque; {@code since} travels with it for servers that need the query repeated. */
    @Override
    public URI nextPage(String next, Instant since) {
        return URI.create(base + PATH + "?limit=" + limit + (since == null ? "" : "&since=" + since)
                + "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    @Override
    public FeedPage parse(URI page, byte[] body) throws PageParseException {
        return parser.parse(page, body);
    }

    @Override
    public String itemUrl(String id, URI page) {
        return page.toString();
    }
}
