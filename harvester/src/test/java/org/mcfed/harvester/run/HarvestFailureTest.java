package org.mcfed.harvester.run;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HarvestFailureTest {

    @Test
    void classifiesFencingBrokerTroubleAndTheRest() {
        assertThat(HarvestFailure.classify(new KafkaException("commit failed", new ProducerFencedException("fenced"))))
                .isEqualTo(HarvestFailure.FENCED);
        assertThat(HarvestFailure.classify(new TimeoutException("no broker"))).isEqualTo(HarvestFailure.BROKER);
        assertThat(HarvestFailure.classify(new KafkaException("abortable"))).isEqualTo(HarvestFailure.BROKER);
        assertThat(HarvestFailure.classify(new TopicAuthorizationException(Set.of("mcfed.raw.v1"))))
                .isEqualTo(HarvestFailure.PERMANENT);
        assertThat(HarvestFailure.classify(new IllegalStateException("connector bug"))).isEqualTo(HarvestFailure.PERMANENT);
    }
}
