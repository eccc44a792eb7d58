package org.mcfed.sandbox.core;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RecordLedgerTest {

    @Test
    void tickDeletesChangesAndAddsTheGivenSharesAndStampsOnlyThose() {
        RecordLedger l = new RecordLedger(1000, 2, (i, rev) -> (i + rev) % 2, i -> 1_000L + i);
        assertThat(l.liveCount()).isEqualTo(1000);
        assertThat(l.liveCount(0)).isEqualTo(500);
        int[] c = l.tick(0.1, 0.05, 0.02, 5_000L, new SplittableRandom(1));
        assertThat(c).containsExactly(100, 50, 20);
        assertThat(l.size()).isEqualTo(1050);
        assertThat(l.liveCount()).isEqualTo(1030);
        int stamped = 0;
        int deleted = 0;
        for (int i = 0; i < l.size(); i++) {
            if (l.deletedAt(i) == 5_000L) {
                deleted++;
                assertThat(l.isLive(i)).isFalse();
            } else if (l.updatedAt(i) == 5_000L) {
                stamped++;
                assertThat(i >= 1000 || l.revision(i) == 1).isTrue();
            } else {
                assertThat(l.updatedAt(i)).isEqualTo(1_000L + i);
                assertThat(l.revision(i)).isZero();
            }
        }
        assertThat(deleted).isEqualTo(20);
        assertThat(stamped).isEqualTo(150);
        assertThat(l.lastChange()).isEqualTo(5_000L);
        int previous = -1;
        for (int p = 0; p < l.liveCount(0); p++) {
            int i = l.liveAt(0, p);
            assertThat(i).isGreaterThan(previous);
            assertThat(l.category(i)).isZero();
            previous = i;
        }
    }

    @Test
    void aPositiveFractionMovesAtLeastOneRecordAndTheSameRandomStreamTheSameOnes() {
        RecordLedger a = new RecordLedger(50, 1, (i, r) -> 0, i -> 1L);
        RecordLedger b = new RecordLedger(50, 1, (i, r) -> 0, i -> 1L);
        assertThat(a.tick(0.001, 0, 0, 9, new SplittableRandom(3))).containsExactly(1, 0, 0);
        b.tick(0.001, 0, 0, 9, new SplittableRandom(3));
        for (int i = 0; i < 50; i++) {
            assertThat(a.revision(i)).isEqualTo(b.revision(i));
        }
    }
}
