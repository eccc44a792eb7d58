package org.mcfed.col.crosswalk;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names are compared in the crosswalks: Unicode-compatibility folded,
 * diacritics removed ({@code Māori} = {@code Maori}), lower case, {@code &} read as
 * {@code and}, punctuation and runs of white space collapsed to one space. Registries write
 * the same name in all these ways; CJK text passes through unchanged.
 */
public final class LookupKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private LookupKey() {
    }

    /** The comparison key of a name, or null for null or blank input. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String ascii = ofAscii(name);
        if (ascii != null) {
            return ascii.isEmpty() ? null : ascii;
        }
        return ofUnicode(name);
    }

    /**
     * The key of a plain ASCII name (most names), in one pass with the same result as
     * {@link #ofUnicode} but no decomposition or regular expressions; null for any other character.
     */
    static String ofAscii(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 8);
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch >= 0x80) {
                return null;
            }
            boolean upper = ch >= 'A' && ch <= 'Z';
            if (upper || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '&') {
                if (gap && !sb.isEmpty()) {
                    sb.append(' ');
                }
                if (ch == '&') {
                    if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                        sb.append(' ');
                    }
                    sb.append("and");
                    gap = true;
                    continue;
                }
                gap = false;
                sb.append(upper ? (char) (ch + ('a' - 'A')) : ch);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /** NFKD, marks dropped, lower case, {@code &} as {@code and}, runs of non-letters/digits to one space; null when empty. */
    static String ofUnicode(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("");
        folded = folded.toLowerCase(Locale.ROOT).replace("&", " and ");
        folded = NON_WORD.matcher(folded).replaceAll(" ").strip();
        return folded.isEmpty() ? null : folded;
    }
}
