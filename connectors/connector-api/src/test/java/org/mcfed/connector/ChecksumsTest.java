package org.mcfed.connector;

import org.junit.jupiter.api.Test;

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
}
