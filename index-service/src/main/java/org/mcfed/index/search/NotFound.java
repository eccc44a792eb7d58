package org.mcfed.index.search;

/** A record the client asked for is not in the index; answered {@code 404} with {@code {"error": message}}. */
public final class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message, null, false, false);
    }
}
