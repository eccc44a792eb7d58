package org.mcfed.connector.mqa;

import org.mcfed.connector.listing.QueryParam;
import org.jsoup.nodes.Document;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.listing.HtmlRegistryTask;
import org.mcfed.connector.listing.ListingEntry;
import org.mcfed.connector.listing.ListingPage;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A harvest of the MQR's micro-credentials: the English listing and detail pages on the shared
 * listing + detail walk, and every record's Malay page, read as a full-language version (its title
 * and outcomes in Malay) that also fills what the English page lacks. A record whose English page is
 * unchanged (304) costs no Malay request; one without a Malay page (404) is read from its English page.
 */
final class MqaTask extends HtmlRegistryTask {

    private final MqaListingParser listing = new MqaListingParser();
    private final MqaDetailParser detail = new MqaDetailParser();
    /** The TYPE of every page the micro-credential register's sitemap lists. */
    private static final String SITEMAP_TYPE = "Micro-credential";

    @Override
    protected String connectorName() {
        return MqaConnector.NAME;
    }

    @Override
    protected URI firstListingPage(URI baseUrl) {
        return under(baseUrl, "mqr/english/eakrmc.cfm?StartRow=1");
    }

    @Override
    protected ListingPage parseListing(Document page) throws PageParseException {
        return listing.parse(page);
    }

    /**
     * An English detail page of the sitemap of the micro-credential register (docs/sources/mqa.md: it lists
     * micro-credentials only, so the row's TYPE the listing would give is {@code Micro-credential}).
     */
    @Override
    protected String sitemapId(String path, String rawQuery) {
        return path != null && path.endsWith("/english/epapar.cfm") ? QueryParam.of(rawQuery, "NoRujA") : null;
    }

    @Override
    protected ListingEntry sitemapEntry(URI detailUrl) {
        String ref = sitemapId(detailUrl.getPath(), detailUrl.getRawQuery());
        return ref == null ? null : new ListingEntry(ref, detailUrl, Map.of(MqaField.LISTING_TYPE, List.of(SITEMAP_TYPE)));
    }

    @Override
    protected boolean readsSitemap() {
        return true;
    }

    /** The same record read from jsoup documents (the harvest reads bytes, below). */
    @Override
    protected Map<String, List<String>> parseDetail(Document page, ListingEntry entry) throws PageParseException {
        Map<String, List<String>> fields = new LinkedHashMap<>(detail.parseEnglish(page));
        fields.putAll(entry.rowFields());
        Document malay = fetchSecondary(entry.localId(), malayPage(entry.detailUrl()));
        if (malay != null) {
            fields.putAll(detail.parseMalay(malay));
        }
        return fields;
    }

    /** As the harvest reads a record: each page's label cells without a jsoup document when the page is plain. */
    @Override
    protected Map<String, List<String>> parseDetail(FetchOutcome.Fetched page, ListingEntry entry) throws PageParseException {
        Map<String, List<String>> fields = new LinkedHashMap<>(detail.parseEnglish(page));
        fields.putAll(entry.rowFields());
        FetchOutcome.Fetched malay = fetchSecondaryPage(entry.localId(), malayPage(entry.detailUrl()));
        if (malay != null) {
            fields.putAll(detail.parseMalay(malay));
        }
        return fields;
    }

    /** {@code .../mqr/english/epapar.cfm?q} -> {@code .../mqr/epapar.cfm?q}. */
    static URI malayPage(URI english) {
        return english.resolve("../epapar.cfm" + (english.getRawQuery() == null ? "" : "?" + english.getRawQuery()));
    }
}
