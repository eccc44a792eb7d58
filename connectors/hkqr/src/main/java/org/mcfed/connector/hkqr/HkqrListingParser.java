package org.mcfed.connector.hkqr;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page of the HKQR search result ({@code table#qr-result}): the registration number and
 * detail link of each row (the number cell links to the detail page), and the {@code a.next} link
 * while more pages follow. Parse with the page URL as base URI so links resolve.
 */
public final class HkqrListingParser {

    /** One listing row: the registration number and the absolute English detail URL. */
    public record Entry(String regNo, String detailUrl) {
    }

    /** A listing page: its rows, the next page's absolute URL or null, and why it could not be read. */
    public record Listing(List<Entry> entries, String next, List<String> problems) {
    }

    public Listing parse(Document page) {
        Element table = page.selectFirst("table#qr-result");
        if (table == null) {
            return new Listing(List.of(), null, List.of("no search result table (table#qr-result) on the listing page"));
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Element row : table.select("tr")) {
            if (row.selectFirst("td") == null) {
                continue;
            }
            Element link = row.selectFirst("td a[href]");
            String regNo = link == null ? "" : link.text().trim();
            if (link == null || regNo.isEmpty()) {
                problems.add("listing row without a detail link: " + row.text());
                continue;
            }
            entries.add(new Entry(regNo, link.absUrl("href")));
        }
        Element next = page.selectFirst("a.next[href]");
        return new Listing(entries, next == null ? null : next.absUrl("href"), problems);
    }
}
