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
     * it has caught up; returns it. The replay's progress is read every millisecond, and the first reading that says
     * it caught up must count at least the raw topic's {@code rawValues}: a replay may not report that before its last
     * batch is complete (the loop links a batch while the one before it is still being acknowledged).
     */
    static RawProgress.Replay requestAndAwait(RawTopicNormalizer normalizer, boolean republishAll, long rawValues, Duration atMost) {
        Instant requested = Instant.now();
        normalizer.requestReplay(republishAll);
        RawProgress.Replay replay = await().atMost(atMost).pollInterval(Duration.ofMillis(1))
                .until(() -> normalizer.progress().replay(),
                        r -> r != null && !r.startedAt().isBefore(requested) && r.caughtUpAt() != null);
        assertThat(replay.republishAll()).isEqualTo(republishAll);
        assertThat(replay.rawValuesProcessed()).as("raw values processed when the replay first said it caught up")
                .isGreaterThanOrEqualTo(rawValues);
        assertThat(normalizer.progress().caughtUp()).isTrue();
        return replay;
    }
}
