package org.mcfed.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.sandbox.truth.SourceTruth;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every listing shape, walked by its own paging (next links, StartRow, cursors, resumption tokens), yields exactly the truth. */
class ListingPagingIT {
    static RegistrySandbox sb;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        sb = RegistrySandbox.builder().seed(7).scale(1.0).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    @Test
    void nzqaPagesOfTwentyWithShowingLine() {
        List<Document> pages = Listings.walk(URI.create(sb.baseUrl("nzqa") + "/micro-credentials/register?page=1"), "a[rel=next]", 100);
        assertThat(pages).hasSize(23);
        assertThat(pages.get(1).selectFirst("p.results-count").text()).isEqualTo("Showing 21–40 of 455");
        List<String> ids = Listings.collect(pages, d -> d.select("table.register td a").eachAttr("href"));
        ids.replaceAll(h -> h.substring(h.lastIndexOf('/') + 1));
        assertThat(ids).hasSize(455).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(sb.truth().source("nzqa").liveIds());
    }

    @Test
    void mqrMixesProgrammeRowsThatAreNotMicroCredentials() {
        List<Document> pages = Listings.walk(URI.create(sb.baseUrl("mqa") + "/mqr/english/eakrmc.cfm?StartRow=1"), "a:contains(Next 25 Records)", 100);
        Set<String> micro = new LinkedHashSet<>();
        int programmes = 0;
        for (Document d : pages) {
            assertThat(d.select("table tr").first().select("th").eachText())
                    .containsExactly("No.", "NAME OF QUALIFICATION", "TYPE", "NO OF CREDITS", "NEC FIELD");
            assertThat(d.select("table tr:has(td)").size()).isLessThanOrEqualTo(25);
            for (Element tr : d.select("table tr:has(td)")) {
                String href = tr.child(1).selectFirst("a").attr("abs:href");
                Matcher m = Pattern.compile("NoRujA=([^&]+)&IdAkrKP=\\d+").matcher(href);
                assertThat(m.find()).as(href).isTrue();
                String ref = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
                if (tr.child(2).text().equals("Micro-credential")) {
                    assertThat(micro.add(ref)).isTrue();
                } else {
                    programmes++;
                    assertThat(tr.child(2).text()).isIn("Diploma", "Bachelor", "Master", "Certificate", "Doctoral",
                            "Advanced Diploma", "Postgraduate Diploma");
                }
            }
        }
        assertThat(pages).hasSize(40);
        assertThat(micro).hasSize(600).isEqualTo(sb.truth().source("mqa").liveIds());
        assertThat(programmes).isEqualTo(400);
    }

    @Test
    void microcredSeekerCardsOfTwentyFour() {
        List<Document> pages = Listings.walk(URI.create(sb.baseUrl("microcred-seeker") + "/courses?page=1"), "a.next", 100);
        assertThat(pages).hasSize(18);
        Set<String> ids = new LinkedHashSet<>();
        Set<String> providers = new HashSet<>();
        for (Document d : pages) {
            assertThat(d.select("article.course-card").size()).isLessThanOrEqualTo(24);
            for (Element card : d.select("article.course-card")) {
                String href = card.selectFirst("a").attr("href");
                assertThat(href).matches("/microcred-seeker/course/[a-z0-9-]+-\\d+");
                assertThat(ids.add(href.substring(href.lastIndexOf('-') + 1))).isTrue();
                providers.add(card.selectFirst("span.provider").text());
            }
        }
        assertThat(ids).hasSize(425).isEqualTo(sb.truth().source("microcred-seeker").liveIds());
        assertThat(providers).hasSize(56);
    }

    @Test
    void colFeedCursorsVisitEveryRecordOnceInUpdatedAtThenIdOrderAndSinceSelectsChanges() throws Exception {
        List<JsonNode> records = feed(null, 37);
        List<String> ids = new ArrayList<>();
        String prev = "";
        for (JsonNode r : records) {
            ColRecord rec = ColJson.read(r.toString());
            ids.add(rec.id());
            String key = rec.updatedAt() + " " + rec.id();
            assertThat(key).isGreaterThan(prev);
            prev = key;
        }
        assertThat(ids).hasSize(300).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(sb.truth().source("col-feed").liveIds());

        Instant before = sb.now();
        try (RegistrySandbox moved = RegistrySandbox.builder().seed(7).scale(1.0).port(0).build().start()) {
            moved.tick(0.05, 0.02, 0.03);
            Instant since = moved.now();
            JsonNode first = JSON.readTree(Http.get(URI.create(moved.baseUrl("col-feed") + "/col/v1/records?since="
                    + since + "&limit=1000")).body());
            SourceTruth t = moved.truth().source("col-feed");
            Set<String> changed = new HashSet<>();
            t.live().stream().filter(r -> !r.updatedAt().isBefore(since)).forEach(r -> changed.add(r.id()));
            Set<String> got = new HashSet<>();
            first.get("records").forEach(r -> got.add(r.get("id").asText()));
            assertThat(got).isEqualTo(changed).hasSize(15 + 6);
            Set<String> deleted = new HashSet<>();
            first.get("deleted").forEach(d -> deleted.add(d.get("id").asText()));
            assertThat(deleted).isEqualTo(t.deletedIds()).hasSize(9);
            assertThat(before).isBefore(since);
        }
    }

    private static List<JsonNode> feed(String since, int limit) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String url = sb.baseUrl("col-feed") + "/col/v1/records?limit=" + limit + (since == null ? "" : "&since=" + since)
                    + (cursor == null ? "" : "&cursor=" + cursor);
            var resp = Http.get(URI.create(url));
            assertThat(resp.statusCode()).isEqualTo(200);
            assertThat(resp.headers().firstValue("ETag")).isPresent();
            assertThat(resp.headers().firstValue("Last-Modified")).isPresent();
            JsonNode page = JSON.readTree(resp.body());
            page.get("records").forEach(out::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo((300 + limit - 1) / limit);
        return out;
    }

    @Test
    void oaiResumptionTokensVisitEveryRecordAndSetsPartitionThem() throws Exception {
        Set<String> all = oaiIds(null);
        assertThat(all).isEqualTo(sb.truth().source("col-feed").liveIds());
        Set<String> union = new HashSet<>();
        int sum = 0;
        for (String c : List.of("PH", "SG", "BN")) {
            Set<String> part = oaiIds("country:" + c);
            sum += part.size();
            union.addAll(part);
        }
        assertThat(sum).isEqualTo(300);
        assertThat(union).isEqualTo(all);
    }

    private static Set<String> oaiIds(String set) throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        String url = sb.baseUrl("col-feed") + "/oai?verb=ListRecords&metadataPrefix=col" + (set == null ? "" : "&set=" + set);
        for (int i = 0; i < 100 && url != null; i++) {
            Document d = org.jsoup.Jsoup.parse(Http.text(Http.get(URI.create(url))), "", org.jsoup.parser.Parser.xmlParser());
            assertThat(d.select("error")).isEmpty();
            for (Element rec : d.select("ListRecords > record")) {
                String id = rec.selectFirst("header > identifier").text();
                ColRecord r = ColJson.read(rec.selectFirst("metadata > col|record").wholeText());
                assertThat(r.id()).isEqualTo(id);
                assertThat(ids.add(id)).isTrue();
            }
            Element token = d.selectFirst("resumptionToken");
            url = token == null || token.text().isEmpty() ? null
                    : sb.baseUrl("col-feed") + "/oai?verb=ListRecords&resumptionToken=" + URLEncoder.encode(token.text(), StandardCharsets.UTF_8);
        }
        return ids;
    }
}
