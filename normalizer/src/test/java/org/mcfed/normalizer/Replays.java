package org.mcfed.normalizer;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replays as the tests request them: through the loop's own call, then its progress until the replay has caught up. */
final class Replays {

    private Replays() {
    }

    /**
     * Requests a replay (every record written again when {@code republishAll}) and waits at most {@code atMost} until
     * it has caught up, having processed at least the raw topic's {@code rawValues}; returns it.
     */
    static RawProgress.Replay requestAndAwait(RawTopicNormalizer normalizer, boolean republishAll, long rawValues, Duration atMost) {
        Instant requested = Instant.now();
        normalizer.requestReplay(republishAll);
        await().atMost(atMost).untilAsserted(() -> {
            RawProgress.Replay replay = normalizer.progress().replay();
            assertThat(replay).isNotNull();
            assertThat(replay.startedAt()).as("this replay, not an earlier one").isAfterOrEqualTo(requested);
            assertThat(replay.republishAll()).isEqualTo(republishAll);
            assertThat(replay.caughtUpAt()).as("the replay reports when it caught up").isNotNull();
            assertThat(replay.rawValuesProcessed()).isGreaterThanOrEqualTo(rawValues);
            assertThat(normalizer.progress().caughtUp()).isTrue();
        });
        return normalizer.progress().replay();
    }
}
