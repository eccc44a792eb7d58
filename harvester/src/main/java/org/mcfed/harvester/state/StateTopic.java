package org.mcfed.harvester.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.mcfed.col.json.ColJson;
import org.mcfed.pipeline.kafka.ReadToEnd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The harvester's memory, kept in Kafka: the compacted topic {@value #NAME}, written in the same
 * transactions as the raw records so that what is remembered is exactly what was published.
 * Keys: {@code record:<source>:<localId>} for a {@link KnownEntry} (a tombstone once deleted) and
 * {@code run:<source>} for the {@link Checkpoint} of the run in progress (a tombstone once the run
 * ended). One key per record keeps each message small however large a registry grows.
 */
public final class StateTopic {

    public static final String NAME = "mcfed.harvest-state.v1";

    private static final ObjectMapper JSON = ColJson.mapper();

    private StateTopic() {
    }

    private static final String RECORD = "record:";
    private static final String RUN = "run:";
    private static final String WATERMARK = "watermark:";

    public static String recordKey(String source, String localId) {
        return RECORD + source + ":" + localId;
    }

    public static String runKey(String source) {
        return RUN + source;
    }

    public static ProducerRecord<String, byte[]> put(KnownEntry entry) {
        return new ProducerRecord<>(NAME, recordKey(entry.source(), entry.localId()), ColJson.writeBytes(entry));
    }

    public static ProducerRecord<String, byte[]> forget(String source, String localId) {
        return new ProducerRecord<>(NAME, recordKey(source, localId), null);
    }

    public static ProducerRecord<String, byte[]> put(Checkpoint checkpoint) {
        return new ProducerRecord<>(NAME, runKey(checkpoint.source()), ColJson.writeBytes(checkpoint));
    }

    public static ProducerRecord<String, byte[]> runEnded(String source) {
        return new ProducerRecord<>(NAME, runKey(source), null);
    }

    public static String watermarkKey(String source) {
        return WATERMARK + source;
    }

    /** The incremental watermark a completed run reached (see {@link SourceState#watermark()}). */
    public static ProducerRecord<String, byte[]> watermark(String source, Instant since) {
        return new ProducerRecord<>(NAME, watermarkKey(source), ColJson.writeBytes(new Watermark(since)));
    }

    /** The value under {@link #watermarkKey}. */
    public record Watermark(Instant since) {
    }

    /**
     * Reads the whole topic once (read-committed, up to its end as of now) and keeps what concerns each
     * of {@code sources}: the topic holds every source's entries, so one read serves them all. Called by
     * {@link StateReads} as runs start.
     */
    public static Map<String, SourceState> loadAll(Supplier<Consumer<String, byte[]>> consumers, Set<String> sources,
                                                   Duration timeout) {
        Map<String, SourceState> states = new HashMap<>();
        sources.forEach(s -> states.put(s, new SourceState(s)));
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            ReadToEnd.fromStart(consumer, NAME, timeout, r -> {
                SourceState state = r.key() == null ? null : states.get(sourceOf(r.key()));
                if (state == null) {
                    return;
                }
                if (r.key().startsWith(WATERMARK)) {
                    state.watermark(r.value() == null ? null : readWatermark(r.value()));
                } else {
                    apply(state, r.key(), r.value(), RECORD + state.source() + ":", runKey(state.source()));
                }
            });
        }
        return states;
    }

    /** The source a key belongs to ({@code record:<source>:<localId>}, {@code run:<source>}, {@code watermark:<source>}), or null. */
    static String sourceOf(String key) {
        if (key.startsWith(RECORD)) {
            int end = key.indexOf(':', RECORD.length());
            return end < 0 ? null : key.substring(RECORD.length(), end);
        }
        if (key.startsWith(RUN)) {
            return key.substring(RUN.length());
        }
        return key.startsWith(WATERMARK) ? key.substring(WATERMARK.length()) : null;
    }

    private static Instant readWatermark(byte[] value) {
        try {
            return JSON.readValue(value, Watermark.class).since();
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable watermark in " + NAME + ": " + new String(value, StandardCharsets.UTF_8), e);
        }
    }

    static void apply(SourceState state, String key, byte[] value, String recordPrefix, String runKey) {
        if (key == null) {
            return;
        }
        try {
            if (key.equals(runKey)) {
                state.checkpoint(value == null ? null : JSON.readValue(value, Checkpoint.class));
            } else if (key.startsWith(recordPrefix)) {
                String localId = key.substring(recordPrefix.length());
                if (value == null) {
                    state.remove(localId);
                } else {
                    state.put(JSON.readValue(value, KnownEntry.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable entry " + key + " in " + NAME + ": "
                    + new String(value, StandardCharsets.UTF_8), e);
        }
    }
}
