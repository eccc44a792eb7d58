package org.mcfed.connector.hkqr;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.page.HtmlPages;
import org.mcfed.connector.page.LinkResolver;
import org.mcfed.connector.page.PlainTableScan;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page of the HKQR search result ({@code table#qr-result}): the registration number and
 * detail link of each row (the number cell links to the detail page), and the {@code a.next} link
 * while more pages follow. Parse with the page URL as base URI so links resolve. The harvest reads a
 * plain page without a jsoup document ({@link #parse(FetchOutcome.Fetched)}), the same rows either way.
 */
public final class HkqrListingParser {

    /** CSS queries compiled once: jsoup re-parses a query string on every select call. */
    private static final Evaluator RESULT_TABLE = QueryParser.parse("table#qr-result");
    private static final Evaluator ROWS = QueryParser.parse("tr");
    private static final Evaluator CELL = QueryParser.parse("td");
    private static final Evaluator CELL_LINK = QueryParser.parse("td a[href]");
    private static final Evaluator NEXT_LINK = QueryParser.parse("a.next[href]");
    /** The same table and link for {@link PlainTableScan#linkRows}. */
    private static final String RESULT_TABLE_ID = "qr-result";
    private static final String NEXT_CLASS = "next";

    /** One listing row: the registration number and the absolute English detail URL. */
    public record Entry(String regNo, String detailUrl) {
    }

    /** A listing page: its rows, the next page's absolute URL or null, and why it could not be read. */
    public record Listing(List<Entry> entries, String next, List<String> problems) {
    }

    /**
     * As {@link #parse(Document)} of the fetched page, read by {@link PlainTableScan#linkRows} when the page is
     * plain: a listing page is 50 rows, and its tree was built only to read one link a row.
     */
    public Listing parse(FetchOutcome.Fetched page) {
        PlainTableScan.LinkTable table = PlainTableScan.linkRows(page.body(), page.charset(), RESULT_TABLE_ID, NEXT_CLASS);
        Listing scanned = table == null ? null : listing(table, page.url() == null ? "" : page.url().toString());
        return scanned != null ? scanned : parse(HtmlPages.parse(page));
    }

    /** The listing of a scanned table; null when a row is a problem (its message quotes the row as jsoup reads it). */
    private static Listing listing(PlainTableScan.LinkTable table, String baseUri) {
        LinkResolver links = new LinkResolver(baseUri);
        List<Entry> entries = new ArrayList<>();
        for (PlainTableScan.LinkRow row : table.rows()) {
            if (!row.hasDataCell()) {
                continue;
            }
            String regNo = row.href() == null ? "" : row.linkText().trim();
            if (regNo.isEmpty()) {
                return null;
            }
            entries.add(new Entry(regNo, links.resolve(row.href())));
        }
        String next = table.linkHref() == null ? null : links.resolve(table.linkHref());
        return new Listing(entries, next, List.of());
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
