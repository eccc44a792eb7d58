package org.mcfed.sandbox.site;

import org.mcfed.sandbox.core.Dates;
import org.mcfed.sandbox.core.RecordLedger;
import org.mcfed.sandbox.http.HttpRequest;
import org.mcfed.sandbox.http.HttpResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * A registry's sitemap (sitemaps.org 0.9): {@code /sitemap.xml} is an index of gzip files
 * {@code /sitemap-N.xml.gz}, each listing the detail pages of {@link #URLS_PER_FILE} ledger slots with
 * their {@code <lastmod>} (the record's updatedAt, the detail page's Last-Modified). Live records only,
 * so a record missing from a complete read of the sitemap is deleted. Each file has validators (the
 * latest change among its slots) so a client can GET it conditionally. Chosen: no registry of
 * {@code docs/sources} documents a sitemap; this is what the connectors' incremental mode reads.
 */
public final class Sitemap {

    /** The protocol's limit of URLs per sitemap file. */
    public static final int URLS_PER_FILE = 50_000;
    private static final Pattern FILE = Pattern.compile("/sitemap-(\\d+)\\.xml\\.gz");
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    /** Whether {@code subPath} (under the site's base path) is a sitemap path. */
    public static boolean isSitemapPath(String subPath) {
        return subPath.equals("/sitemap.xml") || FILE.matcher(subPath).matches();
    }

    /** The index or one file of {@code site}'s sitemap; 404 for a site without record pages or a file past the end. */
    public static HttpResponse serve(RegistrySite site, HttpRequest req, String subPath) {
        RecordLedger ledger = site.ledger();
        if (site.recordPath(0) == null && ledger.size() > 0) {
            return HttpResponse.notFound(req.path());
        }
        String host = req.header("Host") == null ? "localhost" : req.header("Host");
        String origin = "http://" + host;
        int files = Math.max(1, (ledger.size() + URLS_PER_FILE - 1) / URLS_PER_FILE);
        if (subPath.equals("/sitemap.xml")) {
            StringBuilder sb = new StringBuilder(200 + files * 160)
                    .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"").append(NS).append("\">\n");
            long newest = 0;
            for (int n = 0; n < files; n++) {
                long changed = lastChange(ledger, n);
                newest = Math.max(newest, changed);
                sb.append("<sitemap><loc>").append(origin).append(site.basePath()).append("/sitemap-").append(n)
                  .append(".xml.gz</loc><lastmod>").append(Dates.iso(changed)).append("</lastmod></sitemap>\n");
            }
            sb.append("</sitemapindex>\n");
            return RegistrySite.page(sb.toString(), StandardCharsets.UTF_8, "utf-8", "application/xml", newest);
        }
        Matcher m = FILE.matcher(subPath);
        int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (n < 0 || n >= files) {
            return HttpResponse.notFound(req.path());
        }
        StringBuilder sb = new StringBuilder(URLS_PER_FILE * 16)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"").append(NS).append("\">\n");
        int to = Math.min(ledger.size(), (n + 1) * URLS_PER_FILE);
        for (int i = n * URLS_PER_FILE; i < to; i++) {
            if (ledger.isLive(i)) {
                sb.append("<url><loc>").append(origin).append(escape(site.recordPath(i))).append("</loc><lastmod>")
                  .append(Dates.iso(ledger.updatedAt(i))).append("</lastmod></url>\n");
            }
        }
        sb.append("</urlset>\n");
        byte[] gz = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        long changed = lastChange(ledger, n);
        return new HttpResponse(200, gz)
                .header("Content-Type", "application/gzip")
                .header("ETag", RegistrySite.etag(gz, changed))
                .header("Last-Modified", Dates.http(changed));
    }

    /** The latest update or deletion among the slots of file {@code n}. */
    private static long lastChange(RecordLedger ledger, int n) {
        long latest = 0;
        int to = Math.min(ledger.size(), (n + 1) * URLS_PER_FILE);
        for (int i = n * URLS_PER_FILE; i < to; i++) {
            latest = Math.max(latest, Math.max(ledger.updatedAt(i), ledger.deletedAt(i)));
        }
        return latest;
    }

    private static String escape(String path) {
        return path.replace("&", "&amp;");
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 6);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
