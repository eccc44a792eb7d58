package org.mcfed.connector.colfeed;

import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * OAI-PMH 2.0 at {@code {base}/oai}: {@code ListRecords} in the COL metadata format, {@code from}
 * at seconds granularity (truncated down, so the watermark's second is asked for again: {@code from}
 * is inclusive and re-reading a record is harmless), then {@code resumptionToken} alone, as the protocol requires.
 */
final class OaiProtocol implements FeedProtocol {

    static final String PATH = "/oai";
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final String base;
    private final String metadataPrefix;
    private final String set;
    private final OaiPageParser parser = new OaiPageParser();

    OaiProtocol(URI baseUrl, String metadataPrefix, String set) {
        this.base = FeedUrls.trimmed(baseUrl);
        this.metadataPrefix = metadataPrefix;
        this.set = set;
    }

    @Override
    public URI firstPage(Instant since) {
        StringBuilder url = new StringBuilder(base).append(PATH).append("?verb=ListRecords&metadataPrefix=").append(enc(metadataPrefix));
        if (since != null) {
            url.append("&from=").append(SECONDS.format(since.truncatedTo(ChronoUnit.SECONDS)));
        }
        if (set != null) {
            url.append("&set=").append(enc(set));
        }
        return URI.create(url.toString());
    }

    @Override
    public URI nextPage(String next, Instant since) {
        return URI.create(base + PATH + "?verb=ListRecords&resumptionToken=" + enc(next));
    }

    @Override
    public FeedPage parse(URI page, byte[] body) throws PageParseException {
        return parser.parse(page, body);
    }

    /** {@code GetRecord} for the identifier: the one address of a single record in OAI-PMH. */
    @Override
    public String itemUrl(String id, URI page) {
        return base + PATH + "?verb=GetRecord&metadataPrefix=" + enc(metadataPrefix) + "&identifier=" + enc(id);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
