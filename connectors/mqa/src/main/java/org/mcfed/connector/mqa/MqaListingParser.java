package org.mcfed.connector.mqa;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.mcfed.connector.listing.ListingEntry;
import org.mcfed.connector.listing.QueryParam;
import org.mcfed.connector.listing.ListingPage;
import org.mcfed.connector.page.LinkResolver;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.connector.page.PageText;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an MQR listing page ({@code eakrmc.cfm?StartRow=K}): the table whose header names
 * {@code NAME OF QUALIFICATION} and {@code TYPE}, columns found by header text. Rows whose TYPE is not
 * a micro-credential (Diploma, Bachelor, ...) are counted as skipped; the others link to
 * {@code epapar.cfm?NoRujA=...}, whose NoRujA is the local id. The next page is the
 * {@code Next 25 Records} link.
 */
final class MqaListingParser {

    /** CSS queries compiled once: jsoup re-parses a query string on every select call. */
    private static final Evaluator TABLES = QueryParser.parse("table");
    private static final Evaluator ROWS = QueryParser.parse("tr");
    private static final Evaluator OWN_CELLS = QueryParser.parse("> th, > td");
    private static final Evaluator OWN_DATA_CELLS = QueryParser.parse("> td");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");

    private static final Set<String> MICRO_CREDENTIAL = Set.of("micro-credential", "micro-credentials", "micro credential",
            "microcredential", "mikrokredensial", "mikro-kredensial");

    ListingPage parse(Document page) throws PageParseException {
        for (Element table : page.select(TABLES)) {
            Map<String, Integer> columns = header(table);
            if (columns.containsKey("name of qualification") && columns.containsKey("type")) {
                return rows(table, columns, page);
            }
        }
        throw new PageParseException("no listing table with NAME OF QUALIFICATION and TYPE columns");
    }

    private static Map<String, Integer> header(Element table) {
        Map<String, Integer> columns = new HashMap<>();
        Element first = table.selectFirst(ROWS);
        if (first != null) {
            List<Element> cells = first.select(OWN_CELLS);
            for (int i = 0; i < cells.size(); i++) {
                columns.putIfAbsent(PageText.labelKey(cells.get(i).text()), i);
            }
        }
        return columns;
    }

    private static ListingPage rows(Element table, Map<String, Integer> columns, Document page) {
        int nameColumn = columns.get("name of qualification");
        int typeColumn = columns.get("type");
        LinkResolver links = new LinkResolver(page.baseUri());
        List<ListingEntry> entries = new ArrayList<>();
        int skipped = 0;
        List<Element> rows = table.select(ROWS);
        for (Element row : rows.subList(1, rows.size())) {
            List<Element> cells = row.select(OWN_DATA_CELLS);
            if (cells.size() <= Math.max(nameColumn, typeColumn)) {
                continue;
            }
            String type = PageText.clean(cells.get(typeColumn).text());
            Element link = cells.get(nameColumn).selectFirst(LINKS);
            if (type == null || !MICRO_CREDENTIAL.contains(PageText.labelKey(type)) || link == null) {
                skipped++;
                continue;
            }
            URI detail = URI.create(links.absUrl(link, "href").replace(" ", "%20"));
            String ref = QueryParam.of(detail, "NoRujA");
            if (ref == null) {
                skipped++;
                continue;
            }
            entries.add(new ListingEntry(ref, detail, Map.of(MqaField.LISTING_TYPE, List.of(type))));
        }
        return new ListingPage(entries, skipped, next(page, links));
    }

    private static URI next(Document page, LinkResolver links) {
        for (Element a : page.select(LINKS)) {
            String text = PageText.labelKey(a.text());
            if (text.startsWith("next") && text.contains("record")) {
                return URI.create(links.absUrl(a, "href"));
            }
        }
        return null;
    }
}
