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

    public static String recordKey(String source, String localId) {
        return "record:" + source + ":" + localId;
    }

    public static String runKey(String source) {
        return "run:" + source;
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
        return "watermark:" + source;
    }

    /** The incremental watermark a completed run reached (see {@link SourceState#watermark()}). */
    public static ProducerRecord<String, byte[]> watermark(String source, Instant since) {
        return new ProducerRecord<>(NAME, watermarkKey(source), ColJson.writeBytes(new Watermark(since)));
    }

    /** The value under {@link #watermarkKey}. */
    public record Watermark(Instant since) {
    }

    /**
     * Reads the whole topic (read-committed, up to its end as of now) and keeps what concerns
     * {@code source}. Called at the start of every run, after this instance's transactional producer
     * has fenced any earlier owner, so nothing can be committed behind its back.
     */
    public static SourceState load(Supplier<Consumer<String, byte[]>> consumers, String source, Duration timeout) {
        SourceState state = new SourceState(source);
        String recordPrefix = "record:" + source + ":";
        String runKey = runKey(source);
        String watermarkKey = watermarkKey(source);
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            ReadToEnd.fromStart(consumer, NAME, timeout, r -> {
                if (watermarkKey.equals(r.key())) {
                    state.watermark(r.value() == null ? null : readWatermark(r.value()));
                } else {
                    apply(state, r.key(), r.value(), recordPrefix, runKey);
                }
            });
        }
        return state;
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
