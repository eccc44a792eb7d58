package org.mcfed.harvester.run;

import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.KafkaException;

/**
 * Every way a run can break off, classified in one place (the model is Camel's
 * {@code PollOnError}): what the harvester does next depends only on the kind.
 */
public enum HarvestFailure {

    /** Another instance took the source over (its transactional producer fenced ours): stop, never resume here. */
    FENCED,
    /** Kafka unreachable or timing out: nothing of the open transaction counts; resume from the checkpoint after a backoff. */
    BROKER,
    /** The connector broke its contract (threw from poll) or the configuration is unusable: end the run as failed. */
    PERMANENT;

    public static HarvestFailure classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ProducerFencedException || c instanceof InvalidProducerEpochException
                    || c instanceof FencedInstanceIdException) {
                return FENCED;
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AuthorizationException) {
                return PERMANENT;
            }
            if (c instanceof RetriableException || c instanceof TimeoutException || c instanceof KafkaException) {
                return BROKER;
            }
        }
        return PERMANENT;
    }
}
