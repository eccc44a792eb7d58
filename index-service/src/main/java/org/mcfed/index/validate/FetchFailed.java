package org.mcfed.index.validate;

/** A feed page that could not be fetched: the reason, and the limit that stopped it when one did. */
final class FetchFailed extends Exception {

    private final transient CheckLimit limit;

    FetchFailed(String message, CheckLimit limit) {
        super(message);
        this.limit = limit;
    }

    /** The limit that cut the fetch, or null for a failure of the feed itself (status, connection). */
    CheckLimit limit() {
        return limit;
    }
}
