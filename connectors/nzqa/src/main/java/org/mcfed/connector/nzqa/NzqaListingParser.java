package org.mcfed.connector.nzqa;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.mcfed.connector.listing.ListingEntry;
import org.mcfed.connector.listing.ListingPage;
import org.mcfed.connector.page.LinkResolver;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.connector.page.PageText;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page of the NZQA register ({@code /micro-credentials/register?page=N}): the
 * {@code table.register} rows, whose title cell links to the detail page
 * {@code /micro-credentials/{ref}-{version}}, and the {@code rel="next"} link. The local id is the
 * {@code {ref}-{version}} of that link, so a new version of a listing is a new record.
 */
final class NzqaListingParser {

    /** CSS queries compiled once: jsoup re-parses a query string on every select call. */
    private static final Evaluator REGISTER_TABLE = QueryParser.parse("table.register");
    private static final Evaluator ROWS = QueryParser.parse("tr");
    private static final Evaluator HEADER_CELLS = QueryParser.parse("th");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator NEXT_LINK = QueryParser.parse("a[rel=next][href]");

    private static final Pattern LOCAL_ID = Pattern.compile("/micro-credentials/(\\d+-\\d+)/?$");

    ListingPage parse(Document page) throws PageParseException {
        Element table = page.selectFirst(REGISTER_TABLE);
        if (table == null) {
            throw new PageParseException("no register table (table.register) on the listing page");
        }
        LinkResolver links = new LinkResolver(page.baseUri());
        List<ListingEntry> entries = new ArrayList<>();
        int skipped = 0;
        for (Element row : table.select(ROWS)) {
            if (!row.select(HEADER_CELLS).isEmpty()) {
                continue;
            }
            ListingEntry entry = detailEntry(row, links);
            if (entry != null) {
                entries.add(entry);
            } else {
                skipped++;
            }
        }
        return new ListingPage(entries, skipped, nextLink(page, links));
    }

    /** The entry of the row's first link to a detail page (each link resolved and read once), or null when none is. */
    private static ListingEntry detailEntry(Element row, LinkResolver links) {
        for (Element a : row.select(LINKS)) {
            URI detail = URI.create(links.absUrl(a, "href"));
            String localId = localIdOf(detail);
            if (localId != null) {
                return ListingEntry.of(localId, detail);
            }
        }
        return null;
    }

    private static URI nextLink(Document page, LinkResolver links) {
        Element next = page.selectFirst(NEXT_LINK);
        if (next == null) {
            for (Element a : page.select(LINKS)) {
                if ("next".equalsIgnoreCase(PageText.clean(a.text()))) {
                    next = a;
                    break;
                }
            }
        }
        return next == null ? null : URI.create(links.absUrl(next, "href"));
    }

    /** The {@code ref-version} local id a detail URL ends in, or null for another page. */
    static String localIdOf(URI detail) {
        return localIdOf(detail.getPath());
    }

    /** The {@code ref-version} local id a detail URL's path ends in, or null for another page's path (or none). */
    static String localIdOf(String path) {
        Matcher m = LOCAL_ID.matcher(path == null ? "" : path);
        return m.find() ? m.group(1) : null;
    }
}
