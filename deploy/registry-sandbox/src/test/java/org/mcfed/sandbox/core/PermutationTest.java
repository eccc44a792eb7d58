package org.mcfed.sandbox.core;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

class PermutationTest {
    @Test
    void isABijectionForAwkwardSizes() {
        for (int n : new int[] {1, 2, 17, 455, 4376, 100_000}) {
            Permutation p = new Permutation(n, n * 31L);
            BitSet seen = new BitSet(n);
            for (int i = 0; i < n; i++) {
                int v = p.apply(i);
                assertThat(v).isBetween(0, n - 1);
                assertThat(seen.get(v)).isFalse();
                seen.set(v);
            }
        }
    }
}
