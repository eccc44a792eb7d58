package org.mcfed.index.store;

import com.ibm.icu.text.RuleBasedTransliterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Traditional to Simplified Han, token by token, with the same tokens out as Lucene's
 * {@link ICUTransformFilter} over ICU's {@code Traditional-Simplified} transform, at a fraction of its
 * cost: the index's Han tokens are single characters, and the transform's answer for every single
 * character of the Basic Multilingual Plane is computed once per JVM ({@link #ANSWER}). Only a token of
 * several characters that holds one the transform may change (rare: no Latin word does), or a character
 * whose answer is several, goes through the transform, which runs its rule set over the token each time.
 */
final class SimplifiedHanFilter extends TokenFilter {

    /**
     * For each Han character of the Basic Multilingual Plane that the transform turns into one other
     * character, which the transform then leaves as it is: that character; 0 for any other.
     */
    private static final char[] SIMPLIFIED;
    /**
     * For each character of the Basic Multilingual Plane that the transform may change: its answer when
     * that is one character (itself when the transform leaves it), {@link #SEVERAL} when it is several;
     * 0 for a character the transform never changes.
     */
    private static final char[] ANSWER;
    /** In {@link #ANSWER}: the transform's answer has several characters (U+FFFF is no character). */
    private static final char SEVERAL = '\uFFFF';
    /** The characters the transform may change. Frozen, so every filter may read it. */
    private static final UnicodeSet CHANGEABLE;

    static {
        Transliterator t = newTransform();
        CHANGEABLE = t.getSourceSet().freeze();
        SIMPLIFIED = new char[Character.MAX_VALUE + 1];
        ANSWER = new char[Character.MAX_VALUE + 1];
        for (var range : CHANGEABLE.ranges()) {
            for (int cp = range.codepoint; cp <= Math.min(range.codepointEnd, Character.MAX_VALUE); cp++) {
                String out = t.transliterate(String.valueOf((char) cp));
                ANSWER[cp] = out.length() == 1 ? out.charAt(0) : SEVERAL;
            }
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char out = ANSWER[c];
            // a one-character answer the transform would not change again (never, or to itself), so a Simplified
            // text's own character and a Traditional one's answer render alike only when the filter makes them alike
            if (out != 0 && out != SEVERAL && out != c && (ANSWER[out] == 0 || ANSWER[out] == out)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                SIMPLIFIED[c] = out;
            }
        }
    }

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    /** For tokens of several characters; made at the first such token, as few filters ever see one. */
    private Transliterator transform;

    SimplifiedHanFilter(TokenStream input) {
        super(input);
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

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (termAtt.length() == 1) {
            char answer = ANSWER[termAtt.charAt(0)];
            if (answer == 0) {
                return true;
            }
            if (answer != SEVERAL) {
                termAtt.buffer()[0] = answer;
                return true;
            }
        } else if (CHANGEABLE.containsNone(termAtt)) {
            return true;
        }
        if (transform == null) {
            transform = newTransform();
        }
        String token = termAtt.toString();
        String out = transform.transliterate(token);
        if (!out.equals(token)) {
            termAtt.setEmpty().append(out);
        }
        return true;
    }
}
