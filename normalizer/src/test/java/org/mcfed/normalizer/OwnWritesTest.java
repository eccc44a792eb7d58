package org.mcfed.normalizer;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OwnWritesTest {

    @Test
    void ownWritesThatFollowOnFromTheReaderAreSkipped() {
        OwnWrites own = new OwnWrites();
        own.readTo(Map.of(0, 10L, 1, 0L, 2, 7L));
        own.acknowledged(0, 10);
        own.acknowledged(0, 11);
        own.acknowledged(1, 0);
        assertThat(own.skipTo(0)).isEqualTo(12);
        assertThat(own.skipTo(1)).isEqualTo(1);
        // nothing written: the reader goes on from where it stands
        assertThat(own.skipTo(2)).isEqualTo(7);
    }

    @Test
    void aGapMeansAnotherWriterAndThePartitionIsReadAgain() {
        OwnWrites own = new OwnWrites();
        own.readTo(Map.of(0, 10L, 1, 5L));
        own.acknowledged(0, 10);
        own.acknowledged(0, 12); // offset 11 is someone else's
        own.acknowledged(0, 13); // and stays unknown after it
        own.acknowledged(1, 6);  // the first own write is already past another's value at 5
        assertThat(own.skipTo(0)).isEqualTo(-1);
        assertThat(own.skipTo(1)).isEqualTo(-1);
    }

    @Test
    void writesWithoutAnOffsetOrToUnknownPartitionsVouchForNothing() {
        OwnWrites own = new OwnWrites();
        assertThat(own.skipTo(0)).as("before the reader has read anything").isEqualTo(-1);
        own.acknowledged(0, 0);
        assertThat(own.skipTo(0)).isEqualTo(-1);

        own.readTo(Map.of(0, 3L));
        own.acknowledged(0, -1);
        assertThat(own.skipTo(0)).isEqualTo(-1);
        own.acknowledged(4, 0); // a partition the reader does not hold
        assertThat(own.skipTo(4)).isEqualTo(-1);
    }

    @Test
    void forgettingMakesEveryPartitionReadUntilTheReaderReadsAgain() {
        OwnWrites own = new OwnWrites();
        own.readTo(Map.of(0, 0L, 1, 0L));
        own.acknowledged(0, 0);
        own.forget();
        own.acknowledged(0, 1);
        assertThat(own.skipTo(0)).isEqualTo(-1);
        assertThat(own.skipTo(1)).isEqualTo(-1);
        own.readTo(Map.of(0, 2L, 1, 0L));
        own.acknowledged(0, 2);
        assertThat(own.skipTo(0)).isEqualTo(3);
    }
}
