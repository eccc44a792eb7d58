package org.mcfed.connector.listing;

import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.http.RegistryHttpClient;
import org.mcfed.connector.xml.SafeXml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a registry's sitemap (sitemaps.org 0.9): an index of sitemap files, or one {@code urlset}, each
 * file plain or gzip, into the detail pages it lists with their {@code <lastmod>}. What the incremental
 * run of {@link HtmlRegistryTask} fetches instead of every listing page: one request per 50,000 records.
 * A sitemap that cannot be read completely is a failure with its reason (the run then walks the
 * listing), never a partial list: a record missing from the list would be swept as deleted.
 */
final class SitemapReader {

    /** The protocol's bound on an uncompressed sitemap file; also the guard against a gzip bomb. */
    static final int MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;

    /** A detail page the sitemap lists; {@code lastModified} null when it gives no (readable) date. */
    record Url(URI loc, Instant lastModified) {
    }

    /** The requests reading the sitemap took, and why it could not be read (null when it was read whole). */
    record Result(int requests, String failure) {
    }

    private final RegistryHttpClient http;

    SitemapReader(RegistryHttpClient http) {
        this.http = http;
    }

    /**
     * Hands each page to {@code sink} as it is read, so that no list of a large registry's pages is held (HKQR's
     * sitemap lists 713,288 pages at a million records: held as URIs they were a third of the harvester's heap). On a
     * failure the sink has seen part of the sitemap: the caller drops what it made of it.
     */
    Result read(URI sitemap, Consumer<Url> sink) {
        List<URI> files = new ArrayList<>();
        String failure = readFile(sitemap, sink, files);
        int requests = 1;
        for (int i = 0; failure == null && i < files.size(); i++) {
            requests++;
            List<URI> nested = new ArrayList<>();
            failure = readFile(files.get(i), sink, nested);
            if (failure == null && !nested.isEmpty()) {
                failure = "sitemap " + files.get(i) + " is itself an index (one level of index only)";
            }
        }
        return new Result(requests, failure);
    }

    /** Hands a {@code urlset}'s pages to {@code urls} or adds an index's files to {@code files}; returns a failure or null. */
    private String readFile(URI url, Consumer<Url> urls, List<URI> files) {
        FetchOutcome outcome = http.get(url);
        if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
            return outcome instanceof FetchOutcome.Failed f ? "sitemap " + url + ": " + f.reason() : "sitemap " + url + ": unexpected 304";
        }
        try (InputStream in = uncompressed(fetched.body())) {
            XMLStreamReader xml = SafeXml.xmlInputFactory().createXMLStreamReader(in);
            String loc = null;
            String lastmod = null;
            String text = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    text = null;
                    if (xml.getLocalName().equals("url") || xml.getLocalName().equals("sitemap")) {
                        loc = null;
                        lastmod = null;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text = text == null ? xml.getText() : text + xml.getText();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "loc" -> loc = text == null ? null : text.trim();
                        case "lastmod" -> lastmod = text == null ? null : text.trim();
                        case "url" -> add(urls, url, loc, lastmod);
                        case "sitemap" -> {
                            if (loc != null) {
                                files.add(url.resolve(loc));
                            }
                        }
                        default -> {
                        }
                    }
                    text = null;
                }
            }
            return null;
        } catch (XMLStreamException | IOException | IllegalArgumentException e) {
            return "sitemap " + url + " unreadable: " + e.getMessage();
        }
    }

    private static void add(Consumer<Url> urls, URI file, String loc, String lastmod) {
        if (loc != null && !loc.isEmpty()) {
            urls.accept(new Url(file.resolve(loc.replace(" ", "%20")), lastModified(lastmod)));
        }
    }

    /**
     * A W3C datetime as an instant; a bare date as the end of that day, so that a page changed later on the
     * day of the last fetch is still fetched (conditionally). Null when absent or unreadable: then fetched.
     */
    static Instant lastModified(String w3c) {
        if (w3c == null || w3c.isEmpty()) {
            return null;
        }
        try {
            return w3c.length() == 10 ? LocalDate.parse(w3c).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(w3c).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The body, gunzipped (bounded) when it starts with the gzip magic bytes. */
    private static InputStream uncompressed(byte[] body) throws IOException {
        InputStream raw = new ByteArrayInputStream(body);
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return raw;
        }
        byte[] out = new GZIPInputStream(raw, 1 << 16).readNBytes(MAX_UNCOMPRESSED_BYTES + 1);
        if (out.length > MAX_UNCOMPRESSED_BYTES) {
            throw new IOException("uncompressed sitemap exceeds " + MAX_UNCOMPRESSED_BYTES + " bytes");
        }
        return new ByteArrayInputStream(out);
    }
}
