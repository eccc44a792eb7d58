package org.mcfed.index.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnrefreshedWritesTest {

    @Test
    void keepsTheLastWriteOfAnIdUntilTheSearchersHaveCaughtUpWithIt() {
        UnrefreshedWrites w = new UnrefreshedWrites();
        w.remember("nzqa:1-1", "NZ", 1, 0);
        w.remember("nzqa:1-1", null, 2, 0);
        assertThat(w.last("nzqa:1-1")).isEqualTo(new UnrefreshedWrites.Write(null, 2));
        assertThat(w.last("nzqa:2-1")).isNull();
        // the searchers have caught up with sequence number 5,000 when the map reaches its pruning size
        for (int i = 3; i <= 10_001; i++) {
            w.remember("mqa:" + i, "MY", i, 5_000);
        }
        assertThat(w.size()).isEqualTo(5_001);
        assertThat(w.last("nzqa:1-1")).as("visible to the searchers: asked there").isNull();
        assertThat(w.last("mqa:5000")).isNull();
        assertThat(w.last("mqa:5001")).isEqualTo(new UnrefreshedWrites.Write("MY", 5_001));
        assertThat(w.last("mqa:10001")).isNotNull();
    }
}
