package org.mcfed.normalizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.mcfed.col.json.ColJson;
import org.mcfed.connector.RawRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads values of {@code mcfed.raw.v1} with the shared COL JSON conventions ({@link ColJson}). */
public final class RawRecordJson {

    private RawRecordJson() {
    }

    /** The raw record, or an {@link IOException} saying why the bytes are not one. */
    public static RawRecord read(byte[] value) throws IOException {
        if (value == null) {
            throw new IOException("null value (mcfed.raw.v1 carries no tombstones)");
        }
        RawRecord raw = ColJson.mapper().readValue(value, RawRecord.class);
        if (raw == null || blank(raw.source()) || blank(raw.connector())) {
            throw new IOException("not a raw record: 'source' and 'connector' are required");
        }
        return raw;
    }

    /** The value as a JSON tree for a reject; bytes that are not JSON are kept verbatim as a string. */
    public static JsonNode tree(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode node = ColJson.mapper().readTree(value);
            return node == null ? TextNode.valueOf("") : node;
        } catch (IOException e) {
            return TextNode.valueOf(new String(value, StandardCharsets.UTF_8));
        }
    }

    public static JsonNode tree(RawRecord raw) {
        return ColJson.mapper().valueToTree(raw);
    }

    public static byte[] write(RawRecord raw) {
        return ColJson.writeBytes(raw);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
