package org.mcfed.harvester.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mcfed.col.pipeline.Topics;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Checks that the raw topic holds each live record of a source exactly once, and nothing else. A run's last
 * transaction is visible to a read-committed reader only once the broker has written its commit markers to
 * every partition, which happens just after the producer's commit returns: the check waits a few seconds for
 * them (a duplicate fails it as well).
 */
final class RawReconciliation {

    private RawReconciliation() {
    }

    static List<String> assertEachLiveRecordOnce(String bootstrap, String source, Set<String> liveIds) {
        Set<String> expected = liveIds.stream().map(id -> source + ":" + id).collect(Collectors.toSet());
        AtomicReference<List<String>> keys = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            keys.set(TopicContents.read(bootstrap, Topics.RAW).stream().map(ConsumerRecord::key)
                    .filter(k -> k.startsWith(source + ":")).toList());
            assertThat(keys.get()).as("raw records of %s", source).doesNotHaveDuplicates();
            assertThat(Set.copyOf(keys.get())).isEqualTo(expected);
        });
        return keys.get();
    }
}
