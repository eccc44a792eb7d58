package org.mcfed.index.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.RecordIndex;
import org.mcfed.index.testkit.Catalog;
import org.mcfed.kafka.KafkaBrokerResource;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Prints how fast other aggregators and operators can read this service: the COL JSON feed and
 * OAI-PMH walked to the end, both exports, and {@code /api/sources}, over HTTP on an index built
 * from {@code mcfed.bench.records} (default 10,000) records on the topic. Opt-in, not part of
 * {@code mvn verify}: {@code mvn -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FeedsBenchmark}.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class FeedsBenchmark {

    private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>");

    @Inject
    RecordIndex index;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void feedsExportsAndSources() throws Exception {
        int n = Integer.getInteger("mcfed.bench.records", 10_000);
        long t0 = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new ByteArraySerializer())) {
            int i = 0;
            while (i < n) {
                for (ColRecord template : Catalog.live()) {
                    if (i >= n) {
                        break;
                    }
                    String id = template.sourceOfId() + ":bench-" + i;
                    ColRecord r = template.toBuilder().id(id).updatedAt(Catalog.T0.plusMillis(i * 997L)).build();
                    producer.send(new ProducerRecord<>(Topics.RECORDS, id, ColJson.writeBytes(r)));
                    i++;
                }
            }
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() -> index.count() == n);
        report("publish + index", n, System.nanoTime() - t0, -1);

        long start = System.nanoTime();
        int walked = 0;
        String at = null;
        do {
            var page = index.changesSince(null, at, 1000);
            walked += page.items().size();
            at = page.next();
        } while (at != null);
        report("RecordIndex.changes walk (no HTTP), 1000", walked, System.nanoTime() - start, -1);

        for (int limit : new int[]{100, 1000}) {
            start = System.nanoTime();
            long bytes = 0;
            int seen = 0;
            String next = null;
            do {
                byte[] page = get("col/v1/records?limit=" + limit + (next == null ? "" : "&cursor=" + encode(next)));
                bytes += page.length;
                JsonNode json = ColJson.mapper().readTree(page);
                seen += json.get("records").size();
                next = json.get("next").isNull() ? null : json.get("next").asText();
            } while (next != null);
            assertThat(seen).isEqualTo(n);
            report("COL JSON feed, limit=" + limit, seen, System.nanoTime() - start, bytes);
        }

        start = System.nanoTime();
        long bytes = 0;
        int seen = 0;
        String body = new String(get("oai?verb=ListRecords&metadataPrefix=col"), StandardCharsets.UTF_8);
        while (true) {
            bytes += body.length();
            seen += count(body, "<record>");
            Matcher m = TOKEN.matcher(body);
            if (!m.find()) {
                break;
            }
            body = new String(get("oai?verb=ListRecords&resumptionToken=" + encode(m.group(1))), StandardCharsets.UTF_8);
        }
        assertThat(seen).isEqualTo(n);
        report("OAI-PMH ListRecords col, 100 per page", seen, System.nanoTime() - start, bytes);

        for (String format : new String[]{"ndjson", "csv"}) {
            start = System.nanoTime();
            byte[] export = get("api/export?format=" + format);
            report("export " + format, n, System.nanoTime() - start, export.length);
        }

        start = System.nanoTime();
        get("api/sources");
        report("/api/sources (walks every record)", n, System.nanoTime() - start, -1);
    }

    /** The JDK's client: RestAssured spends seconds per megabyte of JSON on its side, which would be measured instead of the service. */
    private byte[] get(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
        return r.body();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        int c = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            c++;
        }
        return c;
    }

    private static void report(String what, int records, long nanos, long bytes) {
        double s = nanos / 1e9;
        System.out.printf("BENCH %-40s %7d records in %7.2f s = %8.0f records/s%s%n", what, records, s, records / s,
                bytes < 0 ? "" : String.format(", %.1f MB (%.1f MB/s)", bytes / 1e6, bytes / 1e6 / s));
    }
}
