package org.mcfed.index.search;

/**
 * A request the API cannot answer because of what the client sent; answered {@code 400} with
 * {@code {"error": message}}. The message names the parameter and what would be accepted.
 */
public final class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message, null, false, false);
    }
}
