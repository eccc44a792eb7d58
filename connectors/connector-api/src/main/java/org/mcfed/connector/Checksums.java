package org.mcfed.connector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code sha256:<hex>} over a record's canonical content: the extracted fields sorted by key (each
 * value list in page order), then the payload. Keys starting with {@code _} (HTTP validators, fetch
 * bookkeeping) are left out, so a new ETag on identical content is not a change.
 */
public final class Checksums {

    private static final char UNIT = '\u001F';
    private static final char RECORD = '\u001E';

    private Checksums() {
    }

    public static String of(Map<String, List<String>> fields, String payload) {
        MessageDigest sha = sha256();
        // the extracted fields, bookkeeping keys left out, in key order
        List<Map.Entry<String, List<String>>> content = new ArrayList<>();
        if (fields != null) {
            for (Map.Entry<String, List<String>> e : fields.entrySet()) {
                if (!e.getKey().startsWith("_")) {
                    content.add(e);
                }
            }
            content.sort(Map.Entry.comparingByKey());
        }
        // The digest takes each piece's UTF-8 bytes in turn: the bytes of the canonical text, since every piece
        // is between separators (ASCII), so no character pair spans two pieces. Joining the pieces in one
        // builder first copied the text three times, character by character once a value held Chinese: 2.2 to
        // 2.5 µs a record against 1.8 (BENCHMARKS.md, 2026-12-06, twenty-seventh session).
        for (Map.Entry<String, List<String>> e : content) {
            update(sha, e.getKey());
            for (String v : e.getValue()) {
                sha.update((byte) UNIT);
                update(sha, v == null ? "" : v);
            }
            sha.update((byte) RECORD);
        }
        if (payload != null) {
            update(sha, "payload");
            sha.update((byte) UNIT);
            update(sha, payload);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String piece) {
        if (!piece.isEmpty()) {
            sha.update(piece.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Over raw bytes, for a page that could not be parsed into fields. */
    public static String of(byte[] bytes) {
        return "sha256:" + HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /**
     * One digest per thread, reset by each {@code digest()}: looking the algorithm up among the providers at
     * every record was a sixth of a checksum's cost.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    });

    private static MessageDigest sha256() {
        MessageDigest sha = SHA_256.get();
        sha.reset();
        return sha;
    }
}
