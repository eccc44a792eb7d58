package org.mcfed.index.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Reject;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.Change;
import org.mcfed.index.store.RecordIndex;
import org.mcfed.kafka.KafkaBrokerResource;
import org.mcfed.pipeline.kafka.DeclaredTopics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * Publishes the test pipeline's messages on the real in-process broker, as the normalizer and
 * harvester would: the {@link Catalog} on {@code mcfed.records.v1} (then tombstones for its deleted
 * records), once indexed rejects on {@code mcfed.rejects.v1}, and once the service shows those the
 * run reports on {@code mcfed.harvest-runs.v1} (so the history point of each run's end has known
 * figures), written with the shared col-schema types. Done once per test JVM and broker; every
 * test class then waits until the index shows it.
 */
public final class Pipeline {

    public static final Instant RUN_START = Instant.parse("2025-03-01T09:00:00Z");
    private static String publishedTo;

    private Pipeline() {
    }

    /** Publishes everything once for the running broker, and waits until the index holds it. */
    public static synchronized void publishOnce(RecordIndex index) {
        String bootstrap = KafkaBrokerResource.broker().bootstrapServers();
        if (!bootstrap.equals(publishedTo)) {
            createTopics(bootstrap);
            try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
                for (ColRecord r : Catalog.published()) {
                    producer.send(new ProducerRecord<>(Topics.RECORDS, r.id(), ColJson.writeBytes(r)));
                }
                producer.flush();
                for (String id : Catalog.DELETED) {
                    producer.send(new ProducerRecord<>(Topics.RECORDS, id, null));
                }
                producer.flush();
                awaitIndexed(index);
                // rejects, then the runs once the ops view holds them: a run's end takes the source's figures (history)
                for (Reject reject : rejects()) {
                    producer.send(new ProducerRecord<>(Topics.REJECTS, reject.key(), classified(reject)));
                }
                producer.send(new ProducerRecord<>(Topics.REJECTS, "nzqa:broken", "not json at all".getBytes()));
                producer.flush();
                await().atMost(Duration.ofSeconds(60)).until(() -> rejectsShown("mqa") == 3 && rejectsShown("hkqr") == 1);
                for (RunReport run : runs()) {
                    producer.send(new ProducerRecord<>(Topics.HARVEST_RUNS, run.source(), ColJson.writeBytes(run)));
                }
                producer.flush();
            }
            publishedTo = bootstrap;
        }
        awaitIndexed(index);
    }

    private static void awaitIndexed(RecordIndex index) {
        await().atMost(Duration.ofSeconds(60)).until(() -> index.count() == Catalog.live().size()
                && index.changes(null, null, null, null, 1000).items().stream().filter(Change::deleted).count() == Catalog.DELETED.size());
    }

    /** Rejected records of a source as {@code GET /api/sources} shows them. */
    private static int rejectsShown(String source) {
        Integer n = RestAssured.get("/api/sources").jsonPath().get("sources.find { it.source == '" + source + "' }.rejects.records");
        return n == null ? 0 : n;
    }

    /** The reject's JSON with the normalizer's reject class (interface 2 of issue 13); the hkqr one has none, as before classes. */
    private static byte[] classified(Reject reject) {
        ObjectNode json = ColJson.mapper().valueToTree(reject);
        if ("mqa".equals(reject.source())) {
            json.put("class", "untitled");
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** nzqa: two completed runs; mqa: a run reported running then completed; hkqr: a failed run. */
    public static List<RunReport> runs() {
        return List.of(
                new RunReport("nzqa", "nzqa-1", "completed", RUN_START.minusSeconds(86_400), RUN_START.minusSeconds(86_100), 300_000,
                        10, 400, 400, 0, 0, 0, 0, List.of()),
                new RunReport("nzqa", "nzqa-2", "completed", RUN_START, RUN_START.plusSeconds(252), 252_000,
                        12, 455, 3, 7, 445, 2, 1, List.of("GET /nzqa/list?page=7: 503 after 4 tries")),
                new RunReport("mqa", "mqa-9", "running", RUN_START, null, 0, 2, 40, 40, 0, 0, 0, 0, List.of()),
                new RunReport("mqa", "mqa-9", "completed", RUN_START, RUN_START.plusSeconds(600), 600_000,
                        20, 310, 12, 4, 294, 0, 0, List.of()),
                new RunReport("hkqr", "hkqr-3", "failed", RUN_START, RUN_START.plusSeconds(30), 30_000,
                        1, 0, 0, 0, 0, 0, 1, List.of("GET /hkqr/search: connection refused")));
    }

    /** Three mqa records without a title (one rejected twice; class {@code untitled}), one unparseable hkqr page (no class). */
    public static List<Reject> rejects() {
        var raw = ColJson.mapper().createObjectNode().put("source", "mqa").put("url", "https://www2.mqa.gov.my/mqr/english/eakrbyprog.cfm?NoRujA=MQA/X%200001");
        Reject.Reason noTitle = new Reject.Reason("title", "no title on the page");
        return List.of(
                new Reject("mqa:MQA/X 0001", "mqa", "MQA/X 0001", raw, List.of(noTitle, new Reject.Reason("issuerCountry", "country not stated")), RUN_START.plusSeconds(10)),
                new Reject("mqa:MQA/X 0002", "mqa", "MQA/X 0002", raw, List.of(noTitle), RUN_START.plusSeconds(20)),
                new Reject("mqa:MQA/X 0003", "mqa", "MQA/X 0003", raw, List.of(noTitle), RUN_START.plusSeconds(30)),
                new Reject("mqa:MQA/X 0001", "mqa", "MQA/X 0001", raw, List.of(noTitle), RUN_START.plusSeconds(40)),
                new Reject("hkqr:22/000001/L1", "hkqr", "22/000001/L1", ColJson.mapper().createObjectNode().put("source", "hkqr"),
                        List.of(new Reject.Reason("page", "unparseable page: no detail table")), RUN_START.plusSeconds(50)));
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static void createTopics(String bootstrap) {
        List<String> names = List.of(Topics.RECORDS, Topics.HARVEST_RUNS, Topics.REJECTS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // as the pipeline declares them (col-schema pipeline/topics.csv), on a single broker
            DeclaredTopics.ensure(admin, names, (short) 1, Duration.ofSeconds(60));
            if (!DeclaredTopics.awaitWritable(admin, names, Duration.ofSeconds(60))) {
                throw new IllegalStateException(names + " are not writable on every partition after 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create " + names + ": " + e.getMessage(), e);
        }
    }
}
