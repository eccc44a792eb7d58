package org.mcfed.index.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The analyses every text field group ({@code title}, {@code text}, {@code provider}) is indexed
 * with, so that one free-text query finds records in any of the registries' languages:
 * <ul>
 * <li>{@code icu}: ICU word segmentation (dictionary-based for Chinese, Thai, ...) and ICU folding
 * (case, accents, width); every text; the field fuzzy and prefix queries run on.</li>
 * <li>{@code en}: English stemming and stop words, for text not in a Han script and not stated to be
 * in another language that has an analysis here (Malay).</li>
 * <li>{@code ms}: Malay, through Lucene's Indonesian stemmer (the two standard languages share
 * their affix morphology), for text not in a Han script and not stated to be in English.</li>
 * <li>{@code cjk}: Han text as overlapping bigrams after mapping Traditional to Simplified
 * characters, so a query in either script finds HKQR's Traditional Chinese titles whatever the
 * word segmentation.</li>
 * </ul>
 * Field names are {@code <group>.<analysis>}, e.g. {@code title.cjk}. {@link FoldingFilter} and
 * {@link SimplifiedHanFilter} give the tokens of ICU's folding and Traditional-Simplified filters,
 * cheaper ({@code AnalysisEquivalenceTest} holds them to that).
 */
public final class RecordAnalyzers {

    public static final String ICU = "icu";
    public static final String EN = "en";
    public static final String MS = "ms";
    public static final String CJK = "cjk";

    /** Analyses applied to text without Han characters whose language is not stated (or has no analysis of its own). */
    public static final List<String> LATIN_ANALYSES = List.of(ICU, EN, MS);
    /** Analyses applied to text stated to be English. */
    public static final List<String> ENGLISH_ANALYSES = List.of(ICU, EN);
    /** Analyses applied to text stated to be Malay (or Indonesian, which the {@code ms} analysis stems). */
    public static final List<String> MALAY_ANALYSES = List.of(ICU, MS);
    /** Analyses applied to text with Han characters. */
    public static final List<String> HAN_ANALYSES = List.of(ICU, CJK);
    /** Every analysis. */
    public static final List<String> ALL = List.of(ICU, EN, MS, CJK);

    private static final Analyzer ICU_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new FoldingFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new FoldingFilter(in);
        }
    };

    private static final Analyzer CJK_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream ts = new CJKWidthFilter(tokenizer);
            ts = new LowerCaseFilter(ts);
            ts = new SimplifiedHanFilter(ts);
            return new TokenStreamComponents(tokenizer, new CJKBigramFilter(ts));
        }
    };

    private static final Analyzer EN_ANALYZER = new EnglishAnalyzer();
    private static final Analyzer MS_ANALYZER = new IndonesianAnalyzer();

    /**
     * The analysed field of each text group and analysis, named once. A document's text fields then share these
     * strings, whose hash codes are computed once, where each name made anew was hashed again by the writer and by
     * {@link #PER_FIELD} for every field of every document (3 % of a catch-up's indexing, profiled).
     */
    private static final Map<String, Map<String, String>> FIELDS = Stream.of(IndexSchema.TITLE, IndexSchema.TEXT, IndexSchema.PROVIDER)
            .collect(Collectors.toUnmodifiableMap(g -> g, g -> ALL.stream().collect(Collectors.toUnmodifiableMap(a -> a, a -> g + "." + a))));
    /** The analyzer of each field in {@link #FIELDS}. */
    private static final Map<String, Analyzer> ANALYZER_OF_FIELD = FIELDS.values().stream().flatMap(m -> m.values().stream())
            .collect(Collectors.toUnmodifiableMap(f -> f, f -> analyzer(analysisOf(f))));

    /** Picks the analyzer from the field name suffix; untokenized fields never reach it. */
    private static final Analyzer PER_FIELD = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            Analyzer known = ANALYZER_OF_FIELD.get(fieldName);
            return known != null ? known : analyzer(analysisOf(fieldName));
        }
    };

    private RecordAnalyzers() {
    }

    /** The index-wide analyzer (also the query-time one): dispatches on the field name. */
    public static Analyzer perField() {
        return PER_FIELD;
    }

    public static Analyzer analyzer(String analysis) {
        return switch (analysis) {
            case EN -> EN_ANALYZER;
            case MS -> MS_ANALYZER;
            case CJK -> CJK_ANALYZER;
            default -> ICU_ANALYZER;
        };
    }

    public static String field(String group, String analysis) {
        Map<String, String> ofGroup = FIELDS.get(group);
        String named = ofGroup == null ? null : ofGroup.get(analysis);
        return named != null ? named : group + "." + analysis;
    }

    static String analysisOf(String fieldName) {
        int dot = fieldName.lastIndexOf('.');
        return dot < 0 ? ICU : fieldName.substring(dot + 1);
    }

    /** True when the text contains a Han character (Chinese, or kanji). */
    public static boolean hasHan(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            // no Han character lies below U+2E80 (CJK Radicals Supplement): most text is decided by this test alone
            if (text.charAt(i) >= '\u2E80') {
                return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            }
        }
        return false;
    }

    /** The analyses a piece of text is queried with, or indexed with when its language is not stated. */
    public static List<String> analysesFor(CharSequence text) {
        return analysesFor(text, null);
    }

    /**
     * The analyses a piece of text in a stated language is indexed with. English text is not stemmed
     * as Malay, nor Malay text as English: each would only add terms that no query in the text's
     * language asks for (a third of the Latin text's terms), while a query
     * in the other language still finds the text by its words as written ({@code icu}) or by a
     * translation. Han text gets its two analyses whatever its tag, and text in any other language
     * (Māori, Filipino) or without a tag gets all three Latin ones.
     *
     * @param language a BCP 47 tag ({@code en}, {@code ms-MY}, {@code zh-Hant}), or null when not stated
     */
    public static List<String> analysesFor(CharSequence text, String language) {
        if (hasHan(text)) {
            return HAN_ANALYSES;
        }
        return switch (primaryLanguage(language)) {
            case "en" -> ENGLISH_ANALYSES;
            case "ms", "id" -> MALAY_ANALYSES;
            default -> LATIN_ANALYSES;
        };
    }

    /** The primary subtag of a BCP 47 tag, lower case; empty when there is none. */
    private static String primaryLanguage(String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).strip().toLowerCase(Locale.ROOT);
    }
}
