package org.mcfed.normalizer;

import org.mcfed.connector.MappingException;

import java.util.List;

/**
 * Why a raw record went to {@code mcfed.rejects.v1}, classified in one place: the label is the
 * {@code reason} tag of the {@code mcfed.normalizer.rejected} counter and appears in the log line.
 * Only these cases reject (shared/design/col-record.md): a record that cannot be read, identified or
 * titled, or whose mapping fails; everything else is published with its gaps scored.
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
    MAPPING_FAILED("mapping-failed");

    private final String label;

    RejectClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The class of a mapper's refusal: identification first, then title, else a general mapping failure. */
    static RejectClass of(List<MappingException.Reason> reasons) {
        return ofElements(reasons.stream().map(MappingException.Reason::element).toList());
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

    /** Whether a problem on this element is grounds to reject: the record itself ({@code $}), its id or its title. */
    static boolean identifies(String element) {
        return "$".equals(element) || isId(element) || isTitle(element);
    }

    private static boolean isId(String element) {
        return "id".equals(element);
    }

    private static boolean isTitle(String element) {
        return element != null && (element.equals("title") || element.startsWith("title.") || element.startsWith("title["));
    }
}
