package org.mcfed.normalizer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The normalizer's local {@code sameAs} state (its value file) could not be written: a full disk, most often, or a
 * failing one. Not the data's fault and not Kafka's, so the loop rewinds the batch, waits, and tries
 * again with the state made anew ({@link RawTopicNormalizer}); it waits longer than after a Kafka fault, because
 * space comes back when an operator frees it, not within a second. A snapshot is not given up for it either:
 * reading the whole records topic instead would need more space, not less.
 */
final class StateStorageException extends UncheckedIOException {

    /** {@code what} failed on {@code where}; the cause's own words (e.g. "No space left on device") follow. */
    StateStorageException(String what, Object where, IOException cause) {
        super(what + " " + where + ": " + cause.getMessage(), cause);
    }
}
