package org.mcfed.normalizer;

/**
 * What the normalizer loop reports as it works, for metrics and tests; every method defaults to
 * nothing. Called on the loop thread after the batch's writes were acknowledged by Kafka.
 */
public interface NormalizerEvents {

    NormalizerEvents NONE = new NormalizerEvents() {
    };

    /** A value was read from {@code mcfed.raw.v1}. */
    default void consumed() {
    }

    /** A COL record was written (including a linked record republished for its {@code sameAs}). */
    default void published(String id) {
    }

    /** A COL record was normalised to the value {@code mcfed.records.v1} already holds for it, so not written again. */
    default void unchanged(String id) {
    }

    /** A raw record went to {@code mcfed.rejects.v1}. */
    default void rejected(RejectClass reason) {
    }

    /** A tombstone was written. */
    default void tombstone(String id) {
    }
}
