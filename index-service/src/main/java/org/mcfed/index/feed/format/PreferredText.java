package org.mcfed.index.feed.format;

import java.util.Map;

/** The one text a single-language output shows of a language map: English where the registry gives it, else its first language. */
public final class PreferredText {

    private PreferredText() {
    }

    /** The language and text, or null when the map is null or empty. */
    public static Map.Entry<String, String> of(Map<String, String> languageMap) {
        if (languageMap == null || languageMap.isEmpty()) {
            return null;
        }
        String text = languageMap.get("en");
        return text != null ? Map.entry("en", text) : languageMap.entrySet().iterator().next();
    }
}
