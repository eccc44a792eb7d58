package org.mcfed.connector.listing;

import org.mcfed.col.json.AsciiDigits;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.http.RegistryHttpClient;
import org.mcfed.connector.xml.SafeXml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

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

    /**
     * A detail page the sitemap lists, its URL absolute: a {@link PlainUrl plain} one as written ({@code parsed} null),
     * any other as {@code java.net.URI} resolved it ({@code parsed}, so that it is not parsed again);
     * {@code lastModified} null when it gives no (readable) date.
     */
    record Url(String loc, URI parsed, Instant lastModified) {

        /** A page listed with an absolute URL (as a test writes it): parsed here unless plain. */
        Url(String loc, Instant lastModified) {
            this(loc, PlainUrl.plain(loc) ? null : URI.create(loc), lastModified);
        }

        URI uri() {
            return parsed != null ? parsed : URI.create(loc);
        }
    }

    /** The requests reading the sitemap took, and why it could not be read (null when it was read whole). */
    record Result(int requests, String failure) {
    }

    private final RegistryHttpClient http;
    /** Where each gzip file is gunzipped in turn (its XML is read whole before the next file's). */
    private final SitemapBytes bytes = new SitemapBytes(MAX_UNCOMPRESSED_BYTES);
    /** Fetches an index's next file while this one is read; null fetches each in turn. */
    private final Executor ahead;

    SitemapReader(RegistryHttpClient http) {
        this(http, null);
    }

    /**
     * @param ahead where an index's next file is fetched while the reader reads the current one (the registry builds
     *              and sends it meanwhile), or null to fetch each file when its turn comes
     */
    SitemapReader(RegistryHttpClient http, Executor ahead) {
        this.http = http;
        this.ahead = ahead;
    }

    /**
     * Hands each file's pages to {@code sink} once the file is read, so that no list of a large registry's pages is held
     * beyond one file's (at most 50,000 by the protocol; HKQR's sitemap lists 713,288 pages at a million records, and
     * held as URIs they were a third of the harvester's heap). On a failure the sink has seen part of the sitemap: the
     * caller drops what it made of it.
     */
    Result read(URI sitemap, Consumer<Url> sink) {
        List<URI> files = new ArrayList<>();
        String failure = readFile(sitemap, http.get(sitemap), sink, files);
        int requests = 1;
        CompletableFuture<FetchOutcome> next = files.isEmpty() || failure != null ? null : fetch(files.get(0));
        for (int i = 0; failure == null && i < files.size(); i++) {
            requests++;
            FetchOutcome outcome = await(next);
            next = i + 1 < files.size() ? fetch(files.get(i + 1)) : null;
            List<URI> nested = new ArrayList<>();
            failure = readFile(files.get(i), outcome, sink, nested);
            if (failure == null && !nested.isEmpty()) {
                failure = "sitemap " + files.get(i) + " is itself an index (one level of index only)";
            }
        }
        if (next != null) {
            await(next);
            requests++;
        }
        return new Result(requests, failure);
    }

    /**
     * A file fetched ahead, waited for so that an interrupt ends the wait: a run stopped while its sitemap is read
     * shuts its workers down, and a fetch they never started would otherwise be waited for forever.
     */
    private static FetchOutcome await(CompletableFuture<FetchOutcome> fetch) {
        try {
            return fetch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("sitemap read interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private CompletableFuture<FetchOutcome> fetch(URI file) {
        return ahead == null ? CompletableFuture.completedFuture(http.get(file)) : CompletableFuture.supplyAsync(() -> http.get(file), ahead);
    }

    /** Hands a {@code urlset}'s pages to {@code urls} or adds an index's files to {@code files}; returns a failure or null. */
    private String readFile(URI url, FetchOutcome outcome, Consumer<Url> urls, List<URI> files) {
        if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
            return outcome instanceof FetchOutcome.Failed f ? "sitemap " + url + ": " + f.reason() : "sitemap " + url + ": unexpected 304";
        }
        SitemapScan.Listed listed;
        try {
            SitemapBytes.Xml xml = bytes.xml(fetched.body());
            listed = SitemapScan.scan(xml.bytes(), xml.length());
            if (listed == null) {
                listed = viaStax(xml.bytes(), xml.length());
            }
        } catch (XMLStreamException | IOException | IllegalArgumentException e) {
            return "sitemap " + url + " unreadable: " + e.getMessage();
        }
        try {
            for (int i = 0; i < listed.size(); i++) {
                add(urls, url, listed.loc(i), listed.lastmod(i));
            }
            for (String file : listed.files()) {
                files.add(url.resolve(file));
            }
            return null;
        } catch (IllegalArgumentException e) {
            return "sitemap " + url + " unreadable: " + e.getMessage();
        }
    }

    /**
     * The file read by StAX, for what {@link SitemapScan} declines: each {@code url}'s and {@code sitemap}'s
     * {@code loc} and {@code lastmod}, by local name, the text since the last tag.
     */
    static SitemapScan.Listed viaStax(byte[] file) throws XMLStreamException {
        return viaStax(file, file.length);
    }

    /** {@link #viaStax(byte[])} of the file's first {@code length} bytes. */
    static SitemapScan.Listed viaStax(byte[] file, int length) throws XMLStreamException {
        SitemapScan.Listed listed = new SitemapScan.Listed();
        XMLStreamReader xml = SafeXml.xmlInputFactory().createXMLStreamReader(new ByteArrayInputStream(file, 0, length));
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
                    case "url" -> listed.url(loc, lastmod);
                    case "sitemap" -> {
                        if (loc != null) {
                            listed.files().add(loc);
                        }
                    }
                    default -> {
                    }
                }
                text = null;
            }
        }
        return listed;
    }

    /** One page: a plain URL as written (a URI of it would be itself), any other resolved against the file's URL. */
    private static void add(Consumer<Url> urls, URI file, String loc, String lastmod) {
        if (loc != null && !loc.isEmpty()) {
            String spaced = loc.replace(" ", "%20");
            URI parsed = PlainUrl.plain(spaced) ? null : file.resolve(spaced);
            urls.accept(new Url(parsed == null ? spaced : parsed.toString(), parsed, lastModified(lastmod)));
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
        // most sitemaps write UTC to the second (2026-01-01T10:00:00Z): read by hand, as OffsetDateTime's general parse
        // was a third of the harvester's cost per sitemap entry; anything else, or out of range, goes to the parser
        if (w3c.length() == 20 && w3c.charAt(19) == 'Z') {
            long seconds = AsciiDigits.dateTimeSeconds(w3c);
            if (seconds != AsciiDigits.NONE) {
                return Instant.ofEpochSecond(seconds);
            }
        }
        try {
            return w3c.length() == 10 ? LocalDate.parse(w3c).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(w3c).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
