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
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("");
        folded = folded.toLowerCase(Locale.ROOT).replace("&", " and ");
        folded = NON_WORD.matcher(folded).replaceAll(" ").strip();
        return folded.isEmpty() ? null : folded;
    }
}
