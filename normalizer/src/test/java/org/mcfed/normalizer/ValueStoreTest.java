package org.mcfed.normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValueStoreTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void valuesComeBackByOffsetAndTheFileGoesOnClose() throws Exception {
        ValueStore store = new ValueStore(dir);
        assertThat(Files.list(dir)).isEmpty(); // no file until something is stored
        long a = store.append(bytes("{\"id\":\"a\"}"));
        long b = store.append(bytes("{\"id\":\"bb\"}"));
        assertThat(new String(store.read(b, 11), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"bb\"}");
        assertThat(new String(store.read(a, 10), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"a\"}");
        assertThat(store.sizeBytes()).isEqualTo(21);
        assertThat(Files.list(dir)).hasSize(1);
        store.close();
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void garbageIsCountedAndClearStartsOver() {
        try (ValueStore store = new ValueStore(dir)) {
            store.append(new byte[100]);
            store.discard(100);
            assertThat(store.garbageBytes()).isEqualTo(100);
            assertThat(store.wantsCompaction()).isFalse(); // below the 64 MB floor: not worth a copy
            store.clear();
            assertThat(store.sizeBytes()).isZero();
            assertThat(store.garbageBytes()).isZero();
            long at = store.append(bytes("again"));
            assertThat(at).isZero();
            assertThat(new String(store.read(at, 5), StandardCharsets.UTF_8)).isEqualTo("again");
        }
    }

    @Test
    void readingPastTheEndIsAClearError() {
        try (ValueStore store = new ValueStore(dir)) {
            store.append(bytes("short"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.read(0, 50))
                    .hasMessageContaining("sameAs value store");
        }
    }
}
