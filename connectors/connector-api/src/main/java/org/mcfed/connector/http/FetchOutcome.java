package org.mcfed.connector.http;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * What one GET ended in after the retry policy: a {@link Fetched} body, a {@link NotModified} answer
 * to a conditional GET, or a {@link Failed} fetch with its reason and whether it was retriable.
 */
public sealed interface FetchOutcome {

    /** The URL asked for. */
    URI url();

    /**
     * A 2xx body. {@code charset} is the one the {@code Content-Type} header declared, or null when it
     * declared none (the page's own {@code <meta charset>} then decides); {@code etag} and
     * {@code lastModified} are the validators to send next time, null when the server sent none.
     */
    record Fetched(URI url, int status, byte[] body, String contentType, Charset charset, String etag,
                   String lastModified, int attempts) implements FetchOutcome {
    }

    /** A 304 to a conditional GET: the page is unchanged since the validators were taken. */
    record NotModified(URI url, int attempts) implements FetchOutcome {
    }

    /**
     * A fetch that could not succeed: {@code retriable} says whether the retries ran out or it was
     * permanent; {@code status} is the HTTP status of the last answer, 0 when there was none (I/O).
     */
    record Failed(URI url, String reason, boolean retriable, int attempts, int status) implements FetchOutcome {

        /** A failure without an HTTP answer (I/O, timeout, oversized or interrupted). */
        public Failed(URI url, String reason, boolean retriable, int attempts) {
            this(url, reason, retriable, attempts, 0);
        }

        /** The server answered that the page does not exist (404 or 410). */
        public boolean notFound() {
            return FailureClassifier.isNotFound(status);
        }
    }
}
