package org.mcfed.harvester.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mcfed.col.pipeline.Topics;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the raw topic holds each live record of a source exactly once, and nothing else. Call it after the run
 * has ended through {@link HarvestBench#awaitReport}, which returns once a read-committed reader sees the run's last
 * transaction (its commit markers are written just after the producer's commit returns).
 */
final class RawReconciliation {

    private RawReconciliation() {
    }

    static List<String> assertEachLiveRecordOnce(String bootstrap, String source, Set<String> liveIds) {
        Set<String> expected = liveIds.stream().map(id -> source + ":" + id).collect(Collectors.toSet());
        List<String> keys = TopicContents.read(bootstrap, Topics.RAW).stream().map(ConsumerRecord::key)
                .filter(k -> k.startsWith(source + ":")).toList();
        assertThat(keys).as("raw records of %s", source).doesNotHaveDuplicates();
        assertThat(Set.copyOf(keys)).isEqualTo(expected);
        return keys;
    }
}
