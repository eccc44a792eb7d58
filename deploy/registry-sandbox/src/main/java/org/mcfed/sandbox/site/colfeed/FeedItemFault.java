package org.mcfed.sandbox.site.colfeed;

/**
 * How the COL-feed registry serves a record as a broken feed item (fault knob {@code badItemRate}),
 * in the JSON feed and in OAI-PMH {@code ListRecords}. An item that can still be identified must
 * reach the pipeline and be rejected with its reason; one that cannot must be named, by position,
 * in the harvest's run report. The truth names each such record by {@link #code()}.
 */
enum FeedItemFault {
    /** JSON: a string where the record object should be; OAI-PMH: a record without its header. */
    NOT_AN_OBJECT("item-not-an-object", false),
    /** JSON: the record without {@code id}; OAI-PMH: a header whose identifier is empty. */
    WITHOUT_ID("item-without-id", false),
    /** JSON {@code updatedAt}, OAI-PMH datestamp: a day-first date, not ISO 8601. */
    BAD_DATE("item-bad-date", true),
    /**
     * JSON: {@code updatedAt} as a number of seconds; OAI-PMH: metadata that does not parse (COL JSON cut
     * short, COL XML with a tag left open, so the page is not well-formed, oai_dc in the wrong namespace).
     */
    WRONG_TYPES("item-wrong-types", true);

    private final String code;
    private final boolean identified;

    FeedItemFault(String code, boolean identified) {
        this.code = code;
        this.identified = identified;
    }

    String code() {
        return code;
    }

    /** Whether the item still names its record, so a harvest can reject it with the reason. */
    boolean identified() {
        return identified;
    }
}
