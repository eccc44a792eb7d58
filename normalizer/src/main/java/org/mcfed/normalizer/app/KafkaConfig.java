package org.mcfed.normalizer.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Kafka cluster every mcfed service talks to (docs/api.md). */
@ConfigMapping(prefix = "mcfed.kafka")
public interface KafkaConfig {

    /** Kafka bootstrap servers, e.g. {@code localhost:9092}. */
    @WithDefault("localhost:9092")
    String bootstrap();
}
