package org.mcfed.index.store;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The {@code icu} and {@code cjk} analysis chains as they were built from Lucene's own ICU filters
 * before {@link FoldingFilter} and {@link SimplifiedHanFilter}: the reference the new chains must
 * match token for token.
 */
final class ReferenceAnalyzers {

    static final Analyzer ICU = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(in);
        }
    };

    static final Analyzer CJK = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream ts = new CJKWidthFilter(tokenizer);
            ts = new LowerCaseFilter(ts);
            ts = new ICUTransformFilter(ts, Transliterator.getInstance("Traditional-Simplified"));
            return new TokenStreamComponents(tokenizer, new CJKBigramFilter(ts));
        }
    };

    private ReferenceAnalyzers() {
    }
}
