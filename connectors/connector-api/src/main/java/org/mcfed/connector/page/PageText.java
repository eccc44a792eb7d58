package org.mcfed.connector.page;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the sources' rules want it (docs/sources/README.md): entities already decoded by the
 * HTML parser, no-break and other Unicode spaces turned into plain spaces, whitespace collapsed and
 * trimmed, NFC-composed so that Māori macrons and Chinese text compare equal however they were encoded.
 * <p>
 * Every value and label of every page goes through here, so it is one pass over the chars rather
 * than a regular expression, and it normalises only text that is not already NFC (text below
 * U+0300, the first combining mark, always is). {@code PageTextTest} holds the regular-expression
 * definition this must equal: the set of {@link #isSpace spaces}, then {@link String#trim()}.
 */
public final class PageText {

    /** The trailing colon of a label, for the rare label that ends with a line separator (see {@link #labelKey}). */
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]\\s*$");
    /** Chars below this are NFC whatever follows them; combining marks start here. */
    private static final char FIRST_COMBINING = '\u0300';

    private PageText() {
    }

    /** Collapsed, trimmed NFC text; null for null, blank or a lone dash placeholder. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = collapse(nfc(text));
        return s.isEmpty() || s.equals("-") || s.equals("–") || s.equals("—") ? null : s;
    }

    /** A label reduced for comparison: cleaned, lower-cased, trailing colon dropped. */
    public static String labelKey(String label) {
        String s = clean(label);
        if (s == null) {
            return "";
        }
        char last = s.charAt(s.length() - 1);
        if (last == ':' || last == '：') {
            s = s.substring(0, s.length() - 1);
        } else if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
            // "$" also matches before a final line terminator; not worth a hand-written copy.
            s = TRAILING_COLON.matcher(s).replaceAll("");
        }
        return s.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The label key without a trailing parenthesised note, so that {@code NEC Field (National Education
     * Code)} and {@code NEC Field} meet: registries add and drop such notes between page versions.
     */
    public static String labelStem(String label) {
        return stemOf(labelKey(label));
    }

    /** {@link #labelStem} of a label whose {@link #labelKey} is already known. */
    static String stemOf(String key) {
        int open = key.lastIndexOf('(');
        if (open > 0 && key.endsWith(")")) {
            return key.substring(0, open).trim();
        }
        return key;
    }

    /** Whitespace, no-break, figure, narrow no-break, ideographic and zero-width spaces, and the BOM. */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    private static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_COMBINING) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /** Each run of {@link #isSpace spaces} as one plain space, then trimmed as {@link String#trim()} trims. */
    private static String collapse(String s) {
        int n = s.length();
        if (n == 0) {
            return s;
        }
        if (isTidy(s, n)) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        boolean inRun = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && out.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && out.charAt(end - 1) <= ' ') {
            end--;
        }
        return out.substring(start, end);
    }

    /** Whether collapsing and trimming would leave {@code s} as it is (the usual case: jsoup's text is tidy). */
    private static boolean isTidy(String s, int n) {
        char first = s.charAt(0);
        char last = s.charAt(n - 1);
        if (first <= ' ' || last <= ' ' || isSpace(first) || isSpace(last)) {
            return false;
        }
        boolean previousSpace = false;
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (c != ' ' || previousSpace) {
                    return false;
                }
                previousSpace = true;
            } else {
                previousSpace = false;
            }
        }
        return true;
    }
}
