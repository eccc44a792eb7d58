package org.mcfed.normalizer;

import org.mcfed.connector.RawRecord;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.sandbox.RegistrySandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * Prints normalizer throughput on real connector output (the four sandbox registries at the given
 * scale, default 1.0 = today's real sizes): in-process {@link RawRecordNormalizer} alone, then the
 * whole consumer loop on an in-process broker (read raw, map, enrich, link, write, commit).
 * Not a test; run it from the module with the test class path, e.g.
 * {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.mcfed.normalizer.NormalizerBenchmark 1.0}.
 */
public final class NormalizerBenchmark {

    private NormalizerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        List<RawRecord> raws = new ArrayList<>();
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(42).scale(scale).port(0).build().start()) {
            for (String source : List.of("nzqa", "mqa", "hkqr", "microcred-seeker")) {
                long t0 = System.nanoTime();
                List<RawRecord> harvested = RegistryHarvest.harvest(source, source, sandbox.baseUrl(source));
                System.out.printf("harvested %-17s %5d raw records in %6.1f s%n", source, harvested.size(),
                        (System.nanoTime() - t0) / 1e9);
                raws.addAll(harvested);
            }
        }
        RawRecordNormalizer normalizer = new RawRecordNormalizer();
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            int published = 0;
            for (RawRecord raw : raws) {
                if (normalizer.normalize(raw) instanceof Outcome.Published) {
                    published++;
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("in-process round %d: %d raw -> %d records in %.2f s = %.0f raw/s%n",
                    round, raws.size(), published, s, raws.size() / s);
        }
        try (KraftBroker broker = KraftBroker.onFreePorts().start()) {
            NormalizerSettings settings = NormalizerSettings.defaults(broker.bootstrapServers()).withGroupId("bench");
            TopicSetup.ensureTopics(settings);
            int sent = KafkaTestIO.sendRaw(broker.bootstrapServers(), raws).size();
            CountingEvents events = new CountingEvents();
            long t0 = System.nanoTime();
            try (RawTopicNormalizer loop = new RawTopicNormalizer(settings, normalizer, events).start()) {
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> events.consumed.get() > 0);
                long t1 = System.nanoTime();
                long first = events.consumed.get();
                await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(20))
                        .until(() -> events.consumed.get() >= sent);
                long t2 = System.nanoTime();
                System.out.printf("Kafka loop: start to first committed batch %.2f s (topics, group join, state rebuild)%n",
                        (t1 - t0) / 1e9);
                System.out.printf("Kafka loop: %d raw -> %d records + %d rejects in %.2f s after the first batch = %.0f raw/s"
                        + " (read, map, enrich, validate, link, write acks=all, commit)%n", sent - first,
                        events.published.get(), events.rejectedTotal(), (t2 - t1) / 1e9, (sent - first) / ((t2 - t1) / 1e9));
            }
        }
    }
}
