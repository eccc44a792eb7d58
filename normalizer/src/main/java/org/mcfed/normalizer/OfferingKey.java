package org.mcfed.normalizer;

import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What makes two listings the same offering when no registry links them explicitly: the same
 * awarding body and the same title once normalised (Unicode NFKD, accents and case dropped,
 * punctuation and runs of spaces folded to one space). A record gets one key per title language,
 * so {@code {"en": ..., "zh-Hant": ...}} matches a record titled in either. No awarding body, no key:
 * a title alone is too weak to claim two registries list the same thing.
 */
public final class OfferingKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private OfferingKey() {
    }

    /** The record's keys, sorted; empty when it names no awarding body or has no title. */
    public static Set<String> of(ColRecord record) {
        return of(record.awardingBody(), record.title());
    }

    /** The keys of an awarding body's titles (one per language), sorted; empty without either. */
    public static Set<String> of(AwardingBody awardingBody, Map<String, String> titles) {
        Set<String> keys = new TreeSet<>();
        if (awardingBody == null || titles == null) {
            return keys;
        }
        String provider = normalise(awardingBody.name());
        if (provider.isEmpty()) {
            return keys;
        }
        for (String title : titles.values()) {
            String t = normalise(title);
            if (!t.isEmpty()) {
                keys.add(provider + " | " + t);
            }
        }
        return keys;
    }

    /** Case-, accent- and punctuation-insensitive form of a name or title. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String ascii = normaliseAscii(text);
        return ascii != null ? ascii : normaliseUnicode(text);
    }

    /**
     * The same as {@link #normaliseUnicode} for plain ASCII text (most titles), in one pass without
     * decomposition or regular expressions; null when the text has any other character.
     */
    static String normaliseAscii(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 0x80) {
                return null;
            }
            boolean upper = ch >= 'A' && ch <= 'Z';
            if (upper || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                if (gap && !sb.isEmpty()) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(upper ? (char) (ch + ('a' - 'A')) : ch);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /** Unicode NFKD, combining marks dropped, lower case, runs of anything but letters and digits folded to one space. */
    static String normaliseUnicode(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(plain).replaceAll(" ").trim();
    }
}
