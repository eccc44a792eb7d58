package org.mcfed.col.record;

/** A level as the national framework states it, e.g. {@code {"framework":"HKQF","level":"4"}}. */
public record NqfLevel(String framework, String level) {
    /** The facet form used by the search API: {@code HKQF:4}. */
    public String key() {
        return framework + ":" + level;
    }
}
