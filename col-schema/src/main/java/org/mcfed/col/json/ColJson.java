package org.mcfed.col.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.mcfed.col.record.ColRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The one JSON mapping of COL records used by every module, so that the bytes on Kafka, in the
 * feed and in exports are the same: ISO-8601 dates and instants, unknown fields tolerated
 * (a newer producer may add aggregator fields), nulls written explicitly.
 */
public final class ColJson {

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    /** Bound once: {@code readValue(.., ColRecord.class)} looks the type and its deserializer up at every call. */
    private static final ObjectReader RECORD_READER = MAPPER.readerFor(ColRecord.class);

    private ColJson() {
    }

    /** Applies the COL conventions to an existing mapper (e.g. the one Quarkus injects). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule("col-instants").addDeserializer(Instant.class, new UtcInstantDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** A shared, thread-safe mapper with the COL conventions. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static ColRecord read(String json) {
        try {
            return RECORD_READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not a COL record: " + e.getMessage(), e);
        }
    }

    public static ColRecord read(byte[] json) {
        try {
            return RECORD_READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not a COL record: " + e.getMessage(), e);
        }
    }
}
