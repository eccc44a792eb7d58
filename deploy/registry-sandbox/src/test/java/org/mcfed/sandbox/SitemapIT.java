package org.mcfed.sandbox;

import org.junit.jupiter.api.Test;
import org.mcfed.sandbox.core.Dates;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each HTML registry's sitemap (site/Sitemap.java): the index names gzip files that together list
 * every live record's detail page exactly once, with lastmod = the page's Last-Modified; after a tick
 * deleted records are gone and changed ones carry their new date; a file answers a conditional GET
 * with 304 until its records change. The COL feed has none.
 */
class SitemapIT {

    private static final Pattern URL = Pattern.compile("<url><loc>([^<]+)</loc><lastmod>([^<]+)</lastmod></url>");
    private static final Pattern FILE = Pattern.compile("<sitemap><loc>([^<]+)</loc>");
    /** Where each registry's detail URL (decoded) holds the local id. */
    private static final Map<String, Pattern> LOCAL_IDS = Map.of(
            "nzqa", Pattern.compile("/micro-credentials/([^/]+)$"),
            "hkqr", Pattern.compile("regNo=(.+)$"),
            "mqa", Pattern.compile("NoRujA=([^&]+)&"),
            "microcred-seeker", Pattern.compile("-(\\d+)$"));

    @Test
    void theSitemapListsEveryLiveDetailPageWithItsLastModifiedAndFollowsATick() throws Exception {
        try (RegistrySandbox sb = RegistrySandbox.builder().seed(5).scale(0.3).port(0).build().start()) {
            for (String source : List.of("nzqa", "mqa", "hkqr", "microcred-seeker")) {
                assertListsTheTruth(sb, source);
            }
            URI file = URI.create(sb.baseUrl("nzqa") + "/sitemap-0.xml.gz");
            String etag = Http.get(file).headers().firstValue("ETag").orElseThrow();
            assertThat(Http.get(file, "If-None-Match", etag).statusCode()).isEqualTo(304);

            sb.tick(0.1, 0.05, 0.05);
            assertThat(Http.get(file, "If-None-Match", etag).statusCode()).as("a changed file has a new ETag").isEqualTo(200);
            for (String source : List.of("nzqa", "hkqr")) {
                assertListsTheTruth(sb, source);
            }
            assertThat(Http.get(URI.create(sb.baseUrl("col-feed") + "/sitemap.xml")).statusCode()).isEqualTo(404);
        }
    }

    /** The sitemap's pages are the live records' detail pages (each answering 200 with that Last-Modified). */
    private static void assertListsTheTruth(RegistrySandbox sb, String source) throws Exception {
        String index = new String(Http.get(URI.create(sb.baseUrl(source) + "/sitemap.xml")).body(), StandardCharsets.UTF_8);
        Map<String, String> lastmodByUrl = new HashMap<>();
        Matcher files = FILE.matcher(index);
        while (files.find()) {
            String xml = gunzip(Http.get(URI.create(files.group(1))).body());
            Matcher m = URL.matcher(xml);
            while (m.find()) {
                assertThat(lastmodByUrl.put(m.group(1).replace("&amp;", "&"), m.group(2))).as("listed once").isNull();
            }
        }
        SourceTruth truth = sb.truth().source(source);
        assertThat(lastmodByUrl).as(source).hasSameSizeAs(truth.live());
        Map<String, TruthRecord> byId = truth.byId();
        Pattern localId = LOCAL_IDS.get(source);
        int checked = 0;
        for (Map.Entry<String, String> e : lastmodByUrl.entrySet()) {
            Matcher id = localId.matcher(URLDecoder.decode(e.getKey(), StandardCharsets.UTF_8));
            assertThat(id.find()).as(e.getKey()).isTrue();
            TruthRecord record = byId.get(id.group(1));
            assertThat(record).as("%s names a live record", e.getKey()).isNotNull();
            assertThat(e.getValue()).isEqualTo(record.updatedAt().toString());
            if (checked++ < 5) {
                HttpResponse<byte[]> page = Http.get(URI.create(e.getKey()));
                assertThat(page.statusCode()).as(e.getKey()).isEqualTo(200);
                assertThat(page.headers().firstValue("Last-Modified").orElseThrow())
                        .isEqualTo(Dates.http(record.updatedAt().getEpochSecond()));
            }
        }
    }

    private static String gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
