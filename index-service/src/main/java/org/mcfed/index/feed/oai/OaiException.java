package org.mcfed.index.feed.oai;

/**
 * A request OAI-PMH answers with an {@code <error code="...">} element (HTTP 200, as the
 * protocol wants), carrying a message a harvester's operator can act on.
 */
public final class OaiException extends RuntimeException {

    private final OaiError code;

    public OaiException(OaiError code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public OaiError code() {
        return code;
    }

    /** badVerb and badArgument echo only the base URL in {@code <request>} (OAI-PMH 3.2). */
    public boolean echoesArguments() {
        return code != OaiError.badVerb && code != OaiError.badArgument;
    }
}
