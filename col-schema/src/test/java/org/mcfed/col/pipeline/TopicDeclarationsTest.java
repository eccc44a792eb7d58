package org.mcfed.col.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicDeclarationsTest {

    @Test
    void everyContractTopicIsDeclaredOnce() {
        assertThat(Topics.declared()).extracting(TopicDeclaration::name)
                .contains(Topics.RAW, Topics.RECORDS, Topics.REJECTS, Topics.HARVEST_RUNS)
                .doesNotHaveDuplicates();
    }

    @Test
    void theDurableStoresAreCompactedAndTheStreamsAreNot() {
        assertThat(Topics.declaration(Topics.RECORDS).compacted()).isTrue();
        assertThat(Topics.declaration(Topics.HARVEST_RUNS).cleanupPolicy()).isEqualTo("compact");
        assertThat(Topics.declaration(Topics.RAW).cleanupPolicy()).isEqualTo("delete");
        assertThat(Topics.declaration(Topics.REJECTS).compacted()).isFalse();
    }

    @Test
    void rawHasRoomForTheNormalizersAutoscalerAndRunReportsStayInOrder() {
        assertThat(Topics.declaration(Topics.RAW).partitions()).isEqualTo(12);
        assertThat(Topics.declaration(Topics.HARVEST_RUNS).partitions()).isEqualTo(1);
    }

    @Test
    void anUndeclaredTopicIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> Topics.declaration("mcfed.nowhere.v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mcfed.nowhere.v1").hasMessageContaining("pipeline/topics.csv");
    }
}
