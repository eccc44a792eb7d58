package org.mcfed.connector.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a phrase naming languages of instruction ({@code English and Bahasa Melayu},
 * {@code English, Te reo Māori}, {@code 英文及中文}) into the names, in page order; each name is then
 * looked up in the col-schema language table (which leaves the splitting to connectors).
 */
public final class StatedLanguages {

    private static final String SEPARATORS = "\\s*(?:,|/|;|&|\\+|\\band\\b|\\bdan\\b|及|和|、)\\s*";

    private StatedLanguages() {
    }

    /** The names in the phrase; empty for null or blank. */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        for (String part : text.split(SEPARATORS)) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }
}
