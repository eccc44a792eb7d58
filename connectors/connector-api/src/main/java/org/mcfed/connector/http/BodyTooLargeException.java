package org.mcfed.connector.http;

import java.io.IOException;

/** A response body over the configured size guard: permanent, a registry page is never that large. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("response body exceeds " + limit + " bytes");
    }
}
