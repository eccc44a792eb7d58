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

    /** Enough for every Han character a registry uses; past it, a token is transformed each time. */
    private static final int MAX_REMEMBERED = 20_000;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final Transliterator transform;
    private final UnicodeSet changeable;
    private final Map<String, String> simplified = new HashMap<>();

    SimplifiedHanFilter(TokenStream input) {
        super(input);
        transform = Transliterator.getInstance("Traditional-Simplified");
        changeable = transform.getSourceSet().freeze();
        // as ICUTransformFilter does, so both run the transform on the same characters
        if (transform.getFilter() == null && transform instanceof RuleBasedTransliterator && !changeable.isEmpty()) {
            transform.setFilter(changeable);
        }
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
