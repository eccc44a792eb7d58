package org.mcfed.index.store;

import com.ibm.icu.text.RuleBasedTransliterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional to Simplified Han, token by token, with the same tokens out as Lucene's
 * {@link ICUTransformFilter} over ICU's {@code Traditional-Simplified} transform, at a fraction of its
 * cost: a token with no character the transform may change (every Latin word, most Simplified and
 * shared characters) is passed on as it is, and the transform's answer for any other token is
 * remembered, since the index's Han tokens are single characters from a small set and the transform
 * ran its rule set over each one again for every occurrence.
 */
final class SimplifiedHanFilter extends TokenFilter {

    /**
     * For each Han character of the Basic Multilingual Plane that the transform turns into one other
     * character, which the transform then leaves as it is: that character; 0 for any other.
     */
    private static final char[] SIMPLIFIED = simplifiedTable();

    /** Enough for every Han character a registry uses; past it, a token is transformed each time. */
    private static final int MAX_REMEMBERED = 20_000;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final Transliterator transform;
    private final UnicodeSet changeable;
    private final Map<String, String> simplified = new HashMap<>();

    SimplifiedHanFilter(TokenStream input) {
        super(input);
        transform = newTransform();
        changeable = transform.getSourceSet().freeze();
    }

    private static Transliterator newTransform() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        UnicodeSet source = t.getSourceSet();
        // as ICUTransformFilter does, so both run the transform on the same characters
        if (t.getFilter() == null && t instanceof RuleBasedTransliterator && !source.isEmpty()) {
            t.setFilter(source);
        }
        return t;
    }

    /**
     * The text with each Han character replaced by its Simplified form, as this filter replaces it:
     * the {@code cjk} analysis makes every Han character a token of its own before this filter, so
     * two texts with the same rendering give the same tokens (Han characters that become the same
     * one at the same places, everything else equal). HKQR publishes a record's Chinese text in both
     * scripts, and the indexer analyses it once ({@link RecordDocument}). A character the table
     * does not hold (outside the Basic Multilingual Plane, or becoming several) stays as it is, so
     * texts that differ there have different renderings and are both analysed.
     */
    static String simplifiedRendering(CharSequence text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // no Han character lies below U+2E80 (CJK Radicals Supplement)
            if (c >= '\u2E80' && SIMPLIFIED[c] != 0) {
                if (out == null) {
                    out = text.toString().toCharArray();
                }
                out[i] = SIMPLIFIED[c];
            }
        }
        return out == null ? text.toString() : new String(out);
    }

    /** Characters {@link #simplifiedRendering} replaces: how many, for tests. */
    static int simplifiedCharacters() {
        int n = 0;
        for (char c : SIMPLIFIED) {
            n += c == 0 ? 0 : 1;
        }
        return n;
    }

    private static char[] simplifiedTable() {
        Transliterator t = newTransform();
        char[] table = new char[Character.MAX_VALUE + 1];
        for (var range : t.getSourceSet().ranges()) {
            for (int cp = range.codepoint; cp <= Math.min(range.codepointEnd, Character.MAX_VALUE); cp++) {
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                    continue;
                }
                String out = t.transliterate(String.valueOf((char) cp));
                // a one-character answer the transform would not change again, so a Simplified text's own
                // character and a Traditional one's answer render alike only when the filter makes them alike
                if (out.length() == 1 && out.charAt(0) != cp && t.transliterate(out).equals(out)) {
                    table[cp] = out.charAt(0);
                }
            }
        }
        return table;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!changeable.containsNone(termAtt)) {
            String token = termAtt.toString();
            String out = simplified.get(token);
            if (out == null) {
                out = transform.transliterate(token);
                if (simplified.size() < MAX_REMEMBERED) {
                    simplified.put(token, out);
                }
            }
            if (!out.equals(token)) {
                termAtt.setEmpty().append(out);
            }
        }
        return true;
    }
}
