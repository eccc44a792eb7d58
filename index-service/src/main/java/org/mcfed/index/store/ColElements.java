package org.mcfed.index.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.vocab.Vocabularies;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The COL elements the dashboard scores registries on: the mandatory ones of
 * {@link Vocabularies#MANDATORY_FIELDS} and the optional ones of COL Art. VIII.4
 * (docs/col-record.md), by JSON field name.
 */
public final class ColElements {

    public static final List<String> OPTIONAL = List.of("durationWeeks", "replaces", "replacedBy", "cost", "financialSupport", "verification");

    public static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>(Vocabularies.MANDATORY_FIELDS);
        all.addAll(OPTIONAL);
        ALL = Collections.unmodifiableList(all);
    }

    private ColElements() {
    }

    /** Whether a record states the element: present, not null, not an empty string, list or map. */
    public static boolean stated(JsonNode record, String field) {
        JsonNode v = record.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isTextual()) {
            return !v.asText().isBlank();
        }
        if (v.isContainerNode()) {
            if (v.isEmpty()) {
                return false;
            }
            if (v.isObject()) {
                // an object whose values are all null says nothing, e.g. {"name": null, "id": null, "url": null}
                for (JsonNode child : v) {
                    if (!child.isNull()) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }

    public static boolean mandatory(String field) {
        return Vocabularies.MANDATORY_FIELDS.contains(field);
    }
}
