package org.mcfed.index.store;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatchUpLanesTest {

    private static List<ConsumerRecord<String, Integer>> poll(int keys, int perKey) {
        List<ConsumerRecord<String, Integer>> records = new ArrayList<>();
        long offset = 0;
        for (int v = 0; v < perKey; v++) {
            for (int k = 0; k < keys; k++) {
                records.add(new ConsumerRecord<>("t", 0, offset++, "key-" + k, v));
            }
        }
        return records;
    }

    @Test
    void appliesEveryRecordOnSeveralThreadsAndEachKeysRecordsInOrder() {
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        try (CatchUpLanes lanes = new CatchUpLanes(3)) {
            lanes.apply(poll(200, 20), r -> {
                seen.computeIfAbsent(r.key(), k -> new CopyOnWriteArrayList<>()).add(r.value());
                threads.add(Thread.currentThread().getName());
            });
        }
        assertThat(seen).hasSize(200);
        List<Integer> inOrder = java.util.stream.IntStream.range(0, 20).boxed().toList();
        seen.values().forEach(values -> assertThat(values).isEqualTo(inOrder));
        assertThat(threads).hasSize(4000).contains(Thread.currentThread().getName(), "index-catch-up");
    }

    @Test
    void oneLaneAppliesOnTheCallersThreadInTopicOrder() {
        List<Long> offsets = new ArrayList<>();
        try (CatchUpLanes lanes = new CatchUpLanes(1)) {
            lanes.apply(poll(5, 3), r -> {
                assertThat(Thread.currentThread().getName()).isNotEqualTo("index-catch-up");
                offsets.add(r.offset());
            });
        }
        assertThat(offsets).isEqualTo(java.util.stream.LongStream.range(0, 15).boxed().toList());
    }

    @Test
    void aLanesFailureSurfacesOnTheCallerOnceEveryLaneIsDone() {
        List<ConsumerRecord<String, Integer>> records = poll(50, 4);
        List<Long> applied = new CopyOnWriteArrayList<>();
        try (CatchUpLanes lanes = new CatchUpLanes(2)) {
            assertThatThrownBy(() -> lanes.apply(records, r -> {
                if (r.key().equals("key-7") && r.value() == 2) {
                    throw new IllegalStateException("unwritable");
                }
                applied.add(r.offset());
            })).isInstanceOf(IllegalStateException.class).hasMessage("unwritable");
        }
        // the failing key's lane stops at the failure; every other key of the other lane is applied
        assertThat(applied).doesNotContain(7L + 2 * 50, 7L + 3 * 50).contains(7L, 7L + 50);
    }

    /** An error (not an exception) of the JVM's. */
    private static final class Fatal extends Error {
    }

    @Test
    void anErrorOnAHelperLaneSurfacesAsItselfAsOnTheCallersLane() {
        try (CatchUpLanes lanes = new CatchUpLanes(2)) {
            assertThatThrownBy(() -> lanes.apply(poll(50, 2), r -> {
                if (Thread.currentThread().getName().equals("index-catch-up")) {
                    throw new Fatal();
                }
            })).isInstanceOf(Fatal.class);
        }
    }
}
