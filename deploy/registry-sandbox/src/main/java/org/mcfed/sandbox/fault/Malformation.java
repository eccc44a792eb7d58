package org.mcfed.sandbox.fault;

/**
 * How a malformed detail page is broken. Only {@link #MISSING_TITLE} makes a record unusable
 * (COL: a record without a title is rejected); the others must be published with gaps.
 */
public enum Malformation {
    /** The title label and the heading are gone: the connector must reject the record. */
    MISSING_TITLE("missing-title", true),
    /** Level, credits and dates hold garbage: the record is published with those fields null. */
    GARBAGE_VALUES("garbage-values", false),
    /** The page declares a charset other than the one its bytes are in. */
    WRONG_CHARSET("wrong-charset", false);

    private final String code;
    private final boolean expectReject;

    Malformation(String code, boolean expectReject) {
        this.code = code;
        this.expectReject = expectReject;
    }

    public String code() {
        return code;
    }

    public boolean expectReject() {
        return expectReject;
    }
}
