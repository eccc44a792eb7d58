package org.mcfed.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Kafka connection shared by every mcfed service (key {@code mcfed.kafka.bootstrap}). */
@ConfigMapping(prefix = "mcfed.kafka")
public interface KafkaConfig {

    /** Kafka bootstrap servers, {@code host:port[,host:port]}. */
    @WithDefault("localhost:9092")
    String bootstrap();
}
