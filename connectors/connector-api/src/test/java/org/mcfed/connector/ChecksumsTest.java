package org.mcfed.connector;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
}
