package org.mcfed.normalizer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.Checksums;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches normalised on several threads, slice by slice, come back in their order with the outcomes one thread gives,
 * also while the next batch is already being normalised, and a batch given up leaves no thread working on it.
 */
class ParallelNormalizingTest {

    private static final Instant FETCHED = Instant.parse("2026-11-23T06:00:00Z");
    private final RawRecordNormalizer normalizer = new RawRecordNormalizer();

    /** {@code count} raw values of a COL feed from {@code first} on; every seventh is no raw record (a reject). */
    private static List<ConsumerRecord<String, byte[]>> rawValues(int first, int count) {
        List<ConsumerRecord<String, byte[]>> values = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            String id = String.format("pqr:%06d", i);
            byte[] value;
            if (i % 7 == 0) {
                value = ("{\"not\": \"a raw record " + i + "\"").getBytes(StandardCharsets.UTF_8);
            } else {
                String payload = ColJson.write(ColRecord.builder().id(id).title(Map.of("en", "Data Literacy, part " + i))
                        .awardingBody(AwardingBody.named("Peer Polytechnic")).status("active")
                        .updatedAt(Instant.parse("2025-01-01T00:00:00Z")).build());
                value = RawRecordJson.write(new RawRecord("peer", "col-feed", id, "http://peer.example/col/v1/records",
                        FETCHED, "application/json", Checksums.of(Map.of(), payload), Map.of(), payload, List.of(), false,
                        SourcePosition.start("run-1", null)));
            }
            values.add(new ConsumerRecord<>("mcfed.raw.v1", 0, i, "peer:" + id, value));
        }
        return values;
    }

    /** What one thread makes of each value: the outcome's kind and key, and the JSON written. */
    private static List<String> described(List<ParallelNormalizing.Normalized> outcomes) {
        return outcomes.stream().map(n -> n.outcome().getClass().getSimpleName() + " " + n.outcome().key() + " "
                + (n.json() == null ? "-" : new String(n.json(), StandardCharsets.UTF_8))).toList();
    }

    @Test
    void batchesComeBackInOrderAsOneThreadNormalisesThem() {
        List<ConsumerRecord<String, byte[]>> first = rawValues(1, 10 * ParallelNormalizing.SLICE + 5);
        List<ConsumerRecord<String, byte[]>> second = rawValues(5_000, 3 * ParallelNormalizing.SLICE);
        List<String> expectedFirst;
        List<String> expectedSecond;
        try (ParallelNormalizing one = new ParallelNormalizing(normalizer, 1)) {
            expectedFirst = described(one.submit(first).join());
            expectedSecond = described(one.submit(second).join());
        }
        assertThat(expectedFirst).hasSize(first.size()).anyMatch(d -> d.startsWith("Rejected")).anyMatch(d -> d.startsWith("Published"));

        try (ParallelNormalizing three = new ParallelNormalizing(normalizer, 3)) {
            // the second batch submitted before the first is joined, as the loop does
            ParallelNormalizing.Job a = three.submit(first);
            ParallelNormalizing.Job b = three.submit(second);
            assertThat(described(a.join())).containsExactlyElementsOf(expectedFirst);
            assertThat(described(b.join())).containsExactlyElementsOf(expectedSecond);
            assertThat(a.nanos()).isPositive();
        }
    }

    @Test
    void aBatchGivenUpLeavesTheThreadsToTheNext() {
        try (ParallelNormalizing two = new ParallelNormalizing(normalizer, 2)) {
            ParallelNormalizing.Job given = two.submit(rawValues(1, 20 * ParallelNormalizing.SLICE));
            given.abandon(); // returns once no thread works on it any more
            List<ConsumerRecord<String, byte[]>> next = rawValues(9_000, 2 * ParallelNormalizing.SLICE);
            List<ParallelNormalizing.Normalized> outcomes = two.submit(next).join();
            assertThat(outcomes).hasSize(next.size()).doesNotContainNull();
            assertThat(outcomes.get(1).outcome().key()).isEqualTo(next.get(1).key().substring("peer:".length()));
        }
    }
}
