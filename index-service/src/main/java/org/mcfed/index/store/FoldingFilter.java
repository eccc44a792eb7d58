package org.mcfed.index.store;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Lucene's {@link ICUFoldingFilter} (UTR #30 folding: case, accents, width) with the same tokens out,
 * cheaper on the tokens most text is made of: a token of ASCII characters that fold one to one (all
 * but {@code ^} and {@code `}, which UTR #30 deletes) is folded by a table in place, where ICU's
 * quick check fails on every capital and copies the token through a normalizer. The table is read
 * from ICU's own normalizer when the class loads, so it cannot disagree with it.
 */
final class FoldingFilter extends TokenFilter {

    private static final Normalizer2 NORMALIZER = ICUFoldingFilter.NORMALIZER;
    /** The folded form of each ASCII character, or 0 where folding is not one ASCII character. */
    private static final char[] ASCII_FOLDED = asciiFolded();

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final StringBuilder buffer = new StringBuilder();

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!foldAscii(termAtt.buffer(), termAtt.length())
                && NORMALIZER.quickCheck(termAtt) != Normalizer.YES) {
            buffer.setLength(0);
            NORMALIZER.normalize(termAtt, buffer);
            termAtt.setEmpty().append(buffer);
        }
        return true;
    }

    /** Folds the term in place when the table covers all of it; false (term untouched) otherwise. */
    private static boolean foldAscii(char[] term, int length) {
        for (int i = 0; i < length; i++) {
            char c = term[i];
            if (c >= ASCII_FOLDED.length || ASCII_FOLDED[c] == 0) {
                return false;
            }
        }
        for (int i = 0; i < length; i++) {
            term[i] = ASCII_FOLDED[term[i]];
        }
        return true;
    }

    private static char[] asciiFolded() {
        char[] table = new char[128];
        for (char c = 1; c < table.length; c++) {
            String folded = NORMALIZER.normalize(String.valueOf(c));
            if (folded.length() == 1 && folded.charAt(0) < table.length) {
                table[c] = folded.charAt(0);
            }
        }
        return table;
    }
}
