package org.mcfed.connector.page;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the sources' rules want it (shared/sources/README.md): entities already decoded by the
 * HTML parser, no-break and other Unicode spaces turned into plain spaces, whitespace collapsed and
 * trimmed, NFC-composed so that Māori macrons and Chinese text compare equal however they were encoded.
 */
public final class PageText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000\\u200B\\uFEFF]+");
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]\\s*$");

    private PageText() {
    }

    /** Collapsed, trimmed NFC text; null for null, blank or a lone dash placeholder. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
        return s.isEmpty() || s.equals("-") || s.equals("–") || s.equals("—") ? null : s;
    }

    /** A label reduced for comparison: cleaned, lower-cased, trailing colon dropped. */
    public static String labelKey(String label) {
        String s = clean(label);
        if (s == null) {
            return "";
        }
        return TRAILING_COLON.matcher(s).replaceAll("").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The label key without a trailing parenthesised note, so that {@code NEC Field (National Education
     * Code)} and {@code NEC Field} meet: registries add and drop such notes between page versions.
     */
    public static String labelStem(String label) {
        String key = labelKey(label);
        int open = key.lastIndexOf('(');
        if (open > 0 && key.endsWith(")")) {
            return key.substring(0, open).trim();
        }
        return key;
    }
}
