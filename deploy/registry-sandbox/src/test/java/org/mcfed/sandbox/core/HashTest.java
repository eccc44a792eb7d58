package org.mcfed.sandbox.core;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Hash#ofBytes}, the ETag of a rendered page: the same bytes hash alike, and any change of a byte changes it. */
class HashTest {

    @Test
    void everyByteOfAPageCounts() {
        SplittableRandom random = new SplittableRandom(41);
        for (int length : new int[] {0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, 100, 257, 20_011}) {
            byte[] page = new byte[length];
            random.nextBytes(page);
            long hash = Hash.ofBytes(page);
            assertThat(Hash.ofBytes(page.clone())).isEqualTo(hash);
            for (int i = 0; i < length; i++) {
                byte[] changed = page.clone();
                changed[i] ^= (byte) (1 << random.nextInt(8));
                assertThat(Hash.ofBytes(changed)).as("length %d, byte %d", length, i).isNotEqualTo(hash);
            }
            if (length > 0) {
                assertThat(Hash.ofBytes(Arrays.copyOf(page, length + 1))).as("a byte more, length %d", length).isNotEqualTo(hash);
            }
        }
    }

    @Test
    void wordsInAnotherOrderOrPagesOfZeroesDiffer() {
        byte[] page = new byte[64];
        for (int i = 0; i < 8; i++) {
            page[i] = 1;
        }
        byte[] swapped = new byte[64];
        System.arraycopy(page, 0, swapped, 8, 8);
        assertThat(Hash.ofBytes(swapped)).isNotEqualTo(Hash.ofBytes(page));
        Set<Long> zeroes = new HashSet<>();
        for (int length = 0; length <= 200; length++) {
            zeroes.add(Hash.ofBytes(new byte[length]));
        }
        assertThat(zeroes).hasSize(201);
    }
}
