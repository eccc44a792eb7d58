package org.mcfed.connector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code fields} of a {@link RawRecord}: blank values are left out (a missing value is an
 * absent key, never an empty string), lists keep page order, the result is unmodifiable.
 */
public final class RawFields {

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    public RawFields put(String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return this;
    }

    public RawFields putAll(String key, Collection<String> values) {
        for (String v : values) {
            put(key, v);
        }
        return this;
    }

    /** Puts {@code value} only when the key has no value yet (used to fill gaps from a second page). */
    public RawFields putIfAbsent(String key, String value) {
        if (!fields.containsKey(key)) {
            put(key, value);
        }
        return this;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    public Map<String, List<String>> build() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
