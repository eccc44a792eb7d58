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

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The {@code icu} and {@code cjk} analysis chains as they were built from Lucene's own ICU filters
 * before {@link FoldingFilter} and {@link SimplifiedHanFilter}: the reference the new chains must
 * match token for token.
 */
final class ReferenceAnalyzers {

    static final Analyzer ICU = chain(ICUTokenizer::new, ICUFoldingFilter::new, ICUFoldingFilter::new);

    static final Analyzer CJK = chain(StandardTokenizer::new,
            ts -> new CJKBigramFilter(new ICUTransformFilter(new LowerCaseFilter(new CJKWidthFilter(ts)),
                    Transliterator.getInstance("Traditional-Simplified"))),
            ts -> ts);

    private ReferenceAnalyzers() {
    }

    /** An analyzer of a tokenizer and its filters, {@code normalize} being the query-time normalization. */
    private static Analyzer chain(Supplier<Tokenizer> tokenizer, UnaryOperator<TokenStream> filters, UnaryOperator<TokenStream> normalize) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalize.apply(in);
            }
        };
    }
}
