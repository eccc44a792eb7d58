package org.mcfed.connector.colfeed;

import org.mcfed.col.pipeline.ItemProblem;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A COL feed page read exactly as a harvest reads it, for a caller that fetches (or is handed) the
 * page itself: the index-service's public feed validator runs registries' feeds through this, so its
 * verdicts are the pipeline's. Parsing and raw records are {@link ColFeedTask}'s own.
 */
public final class ColFeedPages {

    /** How the page is written: the COL JSON feed or an OAI-PMH {@code ListRecords} response. */
    public enum Protocol { JSON, OAI }

    /**
     * The page's identified items as raw records of the col-feed connector (a bad one carries its
     * problems, as in a harvest), the items that could not even be identified (named by position),
     * and the next cursor or resumptionToken (null on the last page).
     */
    public record Page(List<RawRecord> records, List<ItemProblem> unidentified, String next) {
    }

    private ColFeedPages() {
    }

    /** Reads one page; a page that is not a feed page at all is a {@link PageParseException} saying why. */
    public static Page read(Protocol protocol, byte[] body, String source, URI pageUrl, Instant fetchedAt)
            throws PageParseException {
        FeedPage page = protocol == Protocol.OAI
                ? new OaiPageParser().parse(pageUrl, body) : new JsonFeedPageParser().parse(pageUrl, body);
        SourcePosition here = SourcePosition.start("validate", null).at(page.next());
        List<RawRecord> records = page.entries().stream()
                .map(e -> e.toRaw(source, pageUrl.toString(), fetchedAt, here)).toList();
        List<ItemProblem> unidentified = page.problems().stream().filter(p -> p.id() == null).toList();
        return new Page(records, unidentified, page.next());
    }

    /**
     * The page after {@code pageUrl} given its {@code next}: the same JSON query with the cursor
     * replaced, or {@code verb=ListRecords&resumptionToken=} alone on the same OAI-PMH endpoint, as
     * the protocol requires.
     */
    public static URI nextPage(Protocol protocol, URI pageUrl, String next) {
        String endpoint = pageUrl.getScheme() + "://" + pageUrl.getRawAuthority() + (pageUrl.getRawPath() == null ? "" : pageUrl.getRawPath());
        String token = URLEncoder.encode(next, StandardCharsets.UTF_8);
        if (protocol == Protocol.OAI) {
            return URI.create(endpoint + "?verb=ListRecords&resumptionToken=" + token);
        }
        StringBuilder query = new StringBuilder();
        if (pageUrl.getRawQuery() != null) {
            for (String param : pageUrl.getRawQuery().split("&")) {
                if (!param.isEmpty() && !param.startsWith("cursor=")) {
                    query.append(param).append('&');
                }
            }
        }
        return URI.create(endpoint + "?" + query + "cursor=" + token);
    }
}
