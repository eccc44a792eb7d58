package org.mcfed.connector;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTest {

    @Test
    void independentOfKeyOrderAndOfBookkeepingKeys() {
        Map<String, List<String>> a = new LinkedHashMap<>();
        a.put("title", List.of("Data"));
        a.put("credits", List.of("3"));
        Map<String, List<String>> b = new LinkedHashMap<>();
        b.put("credits", List.of("3"));
        b.put(RawRecord.ETAG_FIELD, List.of("\"v2\""));
        b.put("title", List.of("Data"));
        assertThat(Checksums.of(a, null)).isEqualTo(Checksums.of(b, null)).startsWith("sha256:").hasSize(71);
    }

    @Test
    void changesWithAnyValueOrValueOrder() {
        String base = Checksums.of(Map.of("outcomes", List.of("a", "b")), null);
        assertThat(Checksums.of(Map.of("outcomes", List.of("b", "a")), null)).isNotEqualTo(base);
        assertThat(Checksums.of(Map.of("outcomes", List.of("a", "b")), "{}")).isNotEqualTo(base);
        assertThat(Checksums.of(Map.of("outcomes", List.of("ab")), null)).isNotEqualTo(base);
    }

    /**
     * The canonical form is a contract with every stored state: a checksum that moved for the same content would make
     * the next run republish every record. These values were computed before the builder was sized up front.
     */
    @Test
    void theCanonicalFormIsStable() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("title.en", List.of("Certificate in Cyber Security"));
        fields.put("_http.etag", List.of("\"x\""));
        fields.put("learningOutcomes.zh-Hant", Arrays.asList("網絡安全", null, ""));
        fields.put("level", List.of("4"));
        fields.put("empty", List.of());
        assertThat(Checksums.of(fields, null)).isEqualTo("sha256:eb52a0af7d78551544f72c3d91a60057bee38de75d638f4ec9cf006d3d88b603");
        assertThat(Checksums.of(fields, "{\"a\":\"資\"}"))
                .isEqualTo("sha256:ab372a27c9904c4a9c857fad6aba8663c2051636c72ad80f47ab764706d382d9");
        assertThat(Checksums.of(null, "p")).isEqualTo("sha256:9fbe6fdffd5c534ad707f38ab0f866fca8b4209d027318a878b9d075042725c9");
    }

    /**
     * The digest of the pieces is the digest of the joined canonical text, however the values are made: random keys
     * and values of ASCII, Chinese, a character outside the BMP, and lone surrogates at their ends (which UTF-8 writes
     * as {@code ?} alone or joined).
     */
    @Test
    void piecesDigestAsTheJoinedText() throws Exception {
        String[] parts = {"a", "Z9", " ", "網絡", "\uD83D\uDE00", "\uD83D", "\uDE00", "é", "\u001F", "_", ""};
        SplittableRandom random = new SplittableRandom(20261206);
        for (int i = 0; i < 5_000; i++) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (int k = random.nextInt(5); k >= 0; k--) {
                List<String> values = new ArrayList<>();
                for (int v = random.nextInt(4); v > 0; v--) {
                    values.add(random.nextInt(10) == 0 ? null : text(parts, random));
                }
                fields.put(text(parts, random), values);
            }
            String payload = random.nextBoolean() ? null : text(parts, random);
            assertThat(Checksums.of(fields, payload)).as("%s %s", fields, payload).isEqualTo(joined(fields, payload));
        }
    }

    private static String text(String[] parts, SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(4); n >= 0; n--) {
            s.append(parts[random.nextInt(parts.length)]);
        }
        return s.toString();
    }

    /** The canonical text joined, then digested: how {@link Checksums} computed it before it digested the pieces. */
    private static String joined(Map<String, List<String>> fields, String payload) throws Exception {
        StringBuilder canonical = new StringBuilder();
        fields.entrySet().stream().filter(e -> !e.getKey().startsWith("_")).sorted(Map.Entry.comparingByKey()).forEach(e -> {
            canonical.append(e.getKey());
            for (String v : e.getValue()) {
                canonical.append('\u001F').append(v == null ? "" : v);
            }
            canonical.append('\u001E');
        });
        if (payload != null) {
            canonical.append("payload").append('\u001F').append(payload);
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(digest);
    }
}
