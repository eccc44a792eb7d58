package org.mcfed.normalizer;

import org.mcfed.connector.MappingException;

import java.util.List;

/**
 * Why a raw record went to {@code mcfed.rejects.v1}, classified in one place: the label is the
 * {@code reason} tag of the {@code mcfed.normalizer.rejected} counter, the {@code "class"} of the reject
 * JSON, and appears in the log line. A record that cannot be read, identified or titled, or whose
 * mapping fails, is rejected; so is one that still breaks the COL schema after standardisation and
 * cannot be repaired ({@link InvalidRecordPolicy}). Everything else is published with its gaps scored.
 */
public enum RejectClass {

    /** The raw value is not a RawRecord at all (not JSON, or missing source/connector). */
    MALFORMED_RAW("malformed-raw"),
    /** No connector of that name is on the class path, so no mapper can read it. */
    UNKNOWN_CONNECTOR("unknown-connector"),
    /** The connector could not parse the page: {@code RawRecord.problems} is non-empty. */
    UNREADABLE_PAGE("unreadable-page"),
    /** No id can be formed. */
    UNIDENTIFIED("unidentified"),
    /** No title in any language. */
    UNTITLED("untitled"),
    /** The mapper refused the record for another reason, or failed. */
    MAPPING_FAILED("mapping-failed"),
    /**
     * The standardised record breaks the COL schema on a mandatory element (e.g. a null {@code status})
     * or its provenance, which no honest repair can mend ({@link InvalidRecordPolicy}).
     */
    INVALID_RECORD("invalid-record");

    private final String label;

    RejectClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The class of a mapper's refusal: identification first, then title; a refusal naming only record
     * elements (a COL feed's stated value the schema cannot hold) is {@link #INVALID_RECORD}, as the
     * same problem found after standardisation; else (the page, the record as a whole) a mapping failure.
     */
    static RejectClass of(List<MappingException.Reason> reasons) {
        List<String> elements = reasons.stream().map(MappingException.Reason::element).toList();
        RejectClass c = ofElements(elements);
        boolean recordElementsOnly = !elements.isEmpty()
                && elements.stream().noneMatch(e -> e == null || "page".equals(e) || "$".equals(e));
        return c == MAPPING_FAILED && recordElementsOnly ? INVALID_RECORD : c;
    }

    /** The class for problems on these elements (paths such as {@code title.en} count as the title). */
    static RejectClass ofElements(List<String> elements) {
        if (elements.stream().anyMatch(RejectClass::isId)) {
            return UNIDENTIFIED;
        }
        if (elements.stream().anyMatch(RejectClass::isTitle)) {
            return UNTITLED;
        }
        return MAPPING_FAILED;
    }

    /**
     * The class of a standardised record's schema problems (validator paths): the record itself
     * ({@code $}) or its id first, then its title, else {@link #INVALID_RECORD}.
     */
    static RejectClass ofSchemaProblems(List<String> elements) {
        if (elements.stream().anyMatch(e -> "$".equals(e) || isId(e))) {
            return UNIDENTIFIED;
        }
        return elements.stream().anyMatch(RejectClass::isTitle) ? UNTITLED : INVALID_RECORD;
    }

    private static boolean isId(String element) {
        return "id".equals(element);
    }

    private static boolean isTitle(String element) {
        return element != null && (element.equals("title") || element.startsWith("title.") || element.startsWith("title["));
    }
}
