package org.mcfed.sandbox;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each fault mode, switched on per source, does what it says, reproducibly, and only to that source. */
class FaultModesIT {
    RegistrySandbox sb;

    @BeforeEach
    void start() {
        sb = RegistrySandbox.builder().seed(5).scale(1.0).port(0).build().start();
    }

    @AfterEach
    void stop() {
        sb.close();
    }

    URI nzqaDetail(int n) {
        return URI.create(sb.baseUri() + "/nzqa/micro-credentials/" + sb.truth().source("nzqa").live().get(n).id());
    }

    @Test
    void latencyDelaysEveryAnswer() {
        URI nzqa = nzqaDetail(0);
        sb.faults("nzqa", FaultSpec.latency(1500));
        long t = System.nanoTime();
        assertThat(Http.get(nzqa).statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - t) / 1_000_000).isGreaterThanOrEqualTo(1500);
        long u = System.nanoTime();
        assertThat(Http.get(URI.create(sb.baseUri() + sb.site("hkqr").entryPage())).statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - u) / 1_000_000).as("other sources unaffected").isLessThan(1500);
    }

    @Test
    void redesignServesDetailPagesWithoutTheirLabelMarkupWhileListingsStay() {
        URI listing = URI.create(sb.baseUri() + sb.site("nzqa").entryPage());
        Http.post(URI.create(sb.baseUri() + "/_sandbox/faults?source=nzqa&redesign=true"));
        Document detail = Http.page(nzqaDetail(0));
        assertThat(detail.select("dl, dt, dd, h1")).isEmpty();
        assertThat(detail.text()).as("the words stay, only their markup changed").contains("Reference", "Title");
        assertThat(Http.page(listing).select("table.register tr")).hasSizeGreaterThan(1);
        Http.post(URI.create(sb.baseUri() + "/_sandbox/faults?source=nzqa"));
        assertThat(Http.page(nzqaDetail(0)).select("dl.mc-details dt")).isNotEmpty();
    }

    @Test
    void serverErrorsCarryRetryAfterAndARetryCanSucceedReproducibly() {
        sb.faults("nzqa", FaultSpec.builder().errorRate(0.5).errorStatus(503).retryAfterSeconds(2).build());
        List<Integer> first = statuses(sb, 40);
        assertThat(first).contains(503, 200);
        HttpResponse<byte[]> failing = null;
        for (int i = 0; i < 40 && failing == null; i++) {
            HttpResponse<byte[]> r = Http.get(nzqaDetail(100 + i));
            if (r.statusCode() == 503) {
                failing = r;
            }
        }
        assertThat(failing).isNotNull();
        assertThat(failing.headers().firstValue("Retry-After")).contains("2");
        int attempts = 1;
        while (Http.get(failing.uri()).statusCode() == 503) {
            attempts++;
            assertThat(attempts).as("a retried URL gets through").isLessThan(30);
        }
        try (RegistrySandbox again = RegistrySandbox.builder().seed(5).scale(1.0).port(0).build().start()) {
            again.faults("nzqa", FaultSpec.builder().errorRate(0.5).errorStatus(503).retryAfterSeconds(2).build());
            assertThat(statuses(again, 40)).as("same seed, same requests, same failures").isEqualTo(first);
        }
        sb.faults("nzqa", FaultSpec.errors(1.0, 500));
        HttpResponse<byte[]> r = Http.get(nzqaDetail(1));
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        sb.faults("nzqa");
        assertThat(Http.get(nzqaDetail(1)).statusCode()).isEqualTo(200);
    }

    private static List<Integer> statuses(RegistrySandbox s, int n) {
        List<Integer> out = new ArrayList<>();
        var live = s.truth().source("nzqa").live();
        for (int i = 0; i < n; i++) {
            out.add(Http.get(URI.create(s.baseUri() + "/nzqa/micro-credentials/" + live.get(i).id())).statusCode());
        }
        return out;
    }

    @Test
    void tooManyRequestsWithRetryAfter() {
        sb.faults("mqa", FaultSpec.builder().tooManyRequestsRate(1.0).retryAfterSeconds(7).build());
        HttpResponse<byte[]> r = Http.get(URI.create(sb.baseUri() + sb.site("mqa").entryPage()));
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).contains("7");
    }

    @Test
    void connectionResetsAndTruncatedBodiesFailTheClient() {
        sb.faults("hkqr", FaultSpec.resets(1.0));
        URI listing = URI.create(sb.baseUri() + sb.site("hkqr").entryPage());
        assertThatThrownBy(() -> Http.get(listing)).isInstanceOf(UncheckedIOException.class);
        sb.faults("hkqr", FaultSpec.truncated(1.0));
        assertThatThrownBy(() -> Http.get(listing)).isInstanceOf(UncheckedIOException.class);
        sb.faults("hkqr");
        assertThat(Http.get(listing).statusCode()).isEqualTo(200);
    }

    @Test
    void stalledAnswersSendHeadersAndHalfTheBodyThenHangPastTheClientTimeout() throws IOException {
        URI detail = nzqaDetail(0);
        sb.faults("nzqa", FaultSpec.stalled(1.0, 3000));
        try (java.net.Socket s = new java.net.Socket(detail.getHost(), detail.getPort())) {
            s.setSoTimeout(1000); // the client's read timeout, shorter than the stall
            s.getOutputStream().write(("GET " + detail.getRawPath() + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            java.io.InputStream in = s.getInputStream();
            byte[] buf = new byte[1 << 20];
            int n = 0;
            try {
                for (int r = in.read(buf); r > 0; r = in.read(buf, n, buf.length - n)) {
                    n += r;
                }
                throw new AssertionError("the answer ended instead of stalling");
            } catch (java.net.SocketTimeoutException expected) {
                // headers and half the body arrived, then nothing within the client's timeout
            }
            String got = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
            assertThat(got).startsWith("HTTP/1.1 200");
            int headEnd = got.indexOf("\r\n\r\n") + 4;
            int declared = Integer.parseInt(got.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
            assertThat(n - headEnd).as("body bytes before the stall").isEqualTo(declared / 2);
        }
        sb.faults("nzqa");
        assertThat(Http.get(detail).statusCode()).isEqualTo(200);
    }

    @Test
    void malformedPagesAreNamedInTheTruthAndServedBroken() {
        sb.faults("nzqa", FaultSpec.malformed(0.3));
        SourceTruth t = sb.truth().source("nzqa");
        Map<String, Integer> kinds = new java.util.HashMap<>();
        for (TruthRecord r : t.live()) {
            if (r.malformed() == null) {
                assertThat(r.expectReject()).isFalse();
                continue;
            }
            kinds.merge(r.malformed(), 1, Integer::sum);
            HttpResponse<byte[]> resp = Http.get(URI.create(sb.baseUri() + "/nzqa/micro-credentials/" + r.id()));
            Document d = Http.page(resp);
            Map<String, String> labels = Labels.dl(d, "dl.mc-details");
            switch (r.malformed()) {
                case "missing-title":
                    assertThat(r.expectReject()).isTrue();
                    assertThat(labels).doesNotContainKey("title");
                    assertThat(d.select("h1")).isEmpty();
                    break;
                case "garbage-values":
                    assertThat(r.expectReject()).isFalse();
                    assertThat(labels.get("level")).doesNotMatch("\\d+");
                    break;
                case "wrong-charset":
                    assertThat(r.expectReject()).isFalse();
                    assertThat(resp.headers().firstValue("Content-Type").orElseThrow()).contains("windows-1252");
                    assertThat(strictUtf8(resp.body())).as("bytes are really UTF-8").isTrue();
                    break;
                default:
                    throw new AssertionError(r.malformed());
            }
        }
        assertThat(kinds.keySet()).containsExactlyInAnyOrder("missing-title", "garbage-values", "wrong-charset");
        int malformed = kinds.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(malformed).isBetween(100, 180);
        assertThat(t.expectedRejects()).hasSize(kinds.get("missing-title"));
        assertThat(t.expectedPipelineRejects()).as("NZQA garbage still maps to a valid record").isEqualTo(t.expectedRejects());
        sb.faults("nzqa");
        assertThat(sb.truth().source("nzqa").expectedRejects()).isEmpty();
    }

    @Test
    void mqrGarbagePagesAreExpectedInvalidAndCountAmongThePipelinesRejects() {
        sb.faults("mqa", FaultSpec.malformed(0.3));
        SourceTruth t = sb.truth().source("mqa");
        int garbage = 0;
        for (TruthRecord r : t.live()) {
            assertThat(r.expectInvalid()).as(r.id()).isEqualTo("garbage-values".equals(r.malformed()));
            if (r.expectInvalid()) {
                garbage++;
                assertThat(r.expectReject()).as("the connector still maps it").isFalse();
            }
        }
        assertThat(garbage).isPositive();
        assertThat(t.expectedPipelineRejects()).hasSize(t.expectedRejects().size() + garbage)
                .containsAll(t.expectedRejects());
    }

    private static boolean strictUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void malformedColFeedRecordsCannotBeReadAsColRecordsWhenARejectIsExpected() {
        sb.faults("col-feed", FaultSpec.malformed(0.5));
        for (TruthRecord r : sb.truth().source("col-feed").live()) {
            if (r.malformed() == null) {
                continue;
            }
            String json = Http.text(Http.get(URI.create(sb.baseUri() + "/col-feed/col/v1/records/" + r.id())));
            if (r.malformed().equals("missing-title")) {
                assertThat(json).contains("\"title\":null");
            }
        }
    }

    @Test
    void duplicateRowsRepeatTheEndOfThePreviousPage() {
        sb.faults("microcred-seeker", FaultSpec.duplicateRows(3));
        Document p1 = Http.page(URI.create(sb.baseUri() + "/microcred-seeker/courses?page=1"));
        Document p2 = Http.page(URI.create(sb.baseUri() + "/microcred-seeker/courses?page=2"));
        List<String> a = p1.select("article.course-card a").eachAttr("href");
        List<String> b = p2.select("article.course-card a").eachAttr("href");
        assertThat(b).hasSize(27);
        assertThat(b.subList(0, 3)).isEqualTo(a.subList(21, 24));
    }

    @Test
    void loopingNextLinkPointsBackToTheFirstPage() {
        sb.faults("nzqa", FaultSpec.loopingNext(3));
        assertThatThrownBy(() -> Listings.walk(URI.create(sb.baseUri() + sb.site("nzqa").entryPage()), "a[rel=next]", 100))
                .hasMessageContaining("loops back");
        Document p3 = Http.page(URI.create(sb.baseUri() + "/nzqa/micro-credentials/register?page=3"));
        assertThat(p3.selectFirst("a[rel=next]").attr("href")).endsWith("page=1");
    }

    @Test
    void colFeedCursorsAndOaiTokensRepeatRowsAndLoopOnDemand() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        sb.faults("col-feed", FaultSpec.duplicateRows(4));
        var p1 = json.readTree(Http.get(URI.create(sb.baseUrl("col-feed") + "/col/v1/records?limit=50")).body());
        var p2 = json.readTree(Http.get(URI.create(sb.baseUrl("col-feed") + "/col/v1/records?limit=50&cursor=" + p1.get("next").asText())).body());
        assertThat(p2.get("records").get(0).get("id")).isEqualTo(p1.get("records").get(46).get("id"));
        assertThat(p2.get("records").get(3).get("id")).isEqualTo(p1.get("records").get(49).get("id"));

        sb.faults("col-feed", FaultSpec.loopingNext(2));
        var q1 = json.readTree(Http.get(URI.create(sb.baseUrl("col-feed") + "/col/v1/records?limit=50")).body());
        var q2 = json.readTree(Http.get(URI.create(sb.baseUrl("col-feed") + "/col/v1/records?limit=50&cursor=" + q1.get("next").asText())).body());
        var q3 = json.readTree(Http.get(URI.create(sb.baseUrl("col-feed") + "/col/v1/records?limit=50&cursor=" + q2.get("next").asText())).body());
        assertThat(q3.get("records")).isEqualTo(q1.get("records"));

        Document o1 = org.jsoup.Jsoup.parse(Http.text(Http.get(URI.create(sb.baseUrl("col-feed") + "/oai?verb=ListIdentifiers&metadataPrefix=col"))),
                "", org.jsoup.parser.Parser.xmlParser());
        String token = o1.selectFirst("resumptionToken").text();
        Document o2 = org.jsoup.Jsoup.parse(Http.text(Http.get(URI.create(sb.baseUrl("col-feed") + "/oai?verb=ListIdentifiers&resumptionToken=" + token))),
                "", org.jsoup.parser.Parser.xmlParser());
        Document o3 = org.jsoup.Jsoup.parse(Http.text(Http.get(URI.create(sb.baseUrl("col-feed") + "/oai?verb=ListIdentifiers&resumptionToken="
                + o2.selectFirst("resumptionToken").text()))), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(o3.select("header identifier").eachText()).isEqualTo(o1.select("header identifier").eachText());
    }

    @Test
    void oversizedPagesArePaddedButStillParse() {
        sb.faults("hkqr", FaultSpec.oversized(1.0, 3 << 20));
        HttpResponse<byte[]> r = Http.get(URI.create(sb.baseUri() + sb.site("hkqr").entryPage()));
        assertThat(r.body()).hasSize(3 << 20);
        assertThat(Http.page(r).select("table#qr-result tr:has(td)")).hasSize(50);
    }

    @Test
    void faultsAreSwitchedOverHttpAndBadKnobsAre400() {
        URI faults = URI.create(sb.baseUri() + "/_sandbox/faults?source=nzqa&errorRate=1&errorStatus=503");
        assertThat(Http.post(faults).statusCode()).isEqualTo(200);
        assertThat(sb.faultsOf("nzqa").errorRate()).isEqualTo(1.0);
        assertThat(Http.get(nzqaDetail(0)).statusCode()).isEqualTo(503);
        assertThat(Http.post(URI.create(sb.baseUri() + "/_sandbox/faults?source=all")).statusCode()).isEqualTo(200);
        assertThat(sb.faultsOf("nzqa").isNone()).isTrue();
        var bad = Http.post(URI.create(sb.baseUri() + "/_sandbox/faults?source=nzqa&errorRate=2"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("errorRate");
        assertThat(Http.post(URI.create(sb.baseUri() + "/_sandbox/faults?source=nzqa&bogus=1")).body()).contains("unknown fault knob 'bogus'");
        assertThat(Http.post(URI.create(sb.baseUri() + "/_sandbox/faults?source=nope")).statusCode()).isEqualTo(400);
    }
}
