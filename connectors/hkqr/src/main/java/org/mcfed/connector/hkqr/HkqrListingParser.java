package org.mcfed.connector.hkqr;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page of the HKQR search result ({@code table#qr-result}): the registration number and
 * detail link of each row (the number cell links to the detail page), and the {@code a.next} link
 * while more pages follow. Parse with the page URL as base URI so links resolve.
 */
public final class HkqrListingParser {

    /** CSS queries compiled once: jsoup re-parses a query string on every select call. */
    private static final Evaluator RESULT_TABLE = QueryParser.parse("table#qr-result");
    private static final Evaluator ROWS = QueryParser.parse("tr");
    private static final Evaluator CELL = QueryParser.parse("td");
    private static final Evaluator CELL_LINK = QueryParser.parse("td a[href]");
    private static final Evaluator NEXT_LINK = QueryParser.parse("a.next[href]");

    /** One listing row: the registration number and the absolute English detail URL. */
    public record Entry(String regNo, String detailUrl) {
    }

    /** A listing page: its rows, the next page's absolute URL or null, and why it could not be read. */
    public record Listing(List<Entry> entries, String next, List<String> problems) {
    }

    public Listing parse(Document page) {
        Element table = page.selectFirst(RESULT_TABLE);
        if (table == null) {
            return new Listing(List.of(), null, List.of("no search result table (table#qr-result) on the listing page"));
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Element row : table.select(ROWS)) {
            if (row.selectFirst(CELL) == null) {
                continue;
            }
            Element link = row.selectFirst(CELL_LINK);
            String regNo = link == null ? "" : link.text().trim();
            if (link == null || regNo.isEmpty()) {
                problems.add("listing row without a detail link: " + row.text());
                continue;
            }
            entries.add(new Entry(regNo, link.absUrl("href")));
        }
        Element next = page.selectFirst(NEXT_LINK);
        return new Listing(entries, next == null ? null : next.absUrl("href"), problems);
    }
}
