package org.mcfed.index.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.mcfed.index.store.IndexSchema;
import org.mcfed.index.store.RecordAnalyzers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the Lucene query of a {@link UserQuery}. Each word must match (in {@code strict} mode; in
 * relaxed mode, tried when the strict one finds nothing, any word may) in the title, the body text
 * (description, learning outcomes, skills) or the provider, under any of the analyses of
 * {@link RecordAnalyzers}, or within one or two edits of a title or body word (typo tolerance).
 * Phrases must match as phrases. Titles weigh most, then the provider, then the body.
 */
public final class TextQuery {

    private static final Map<String, Float> GROUP_BOOST = Map.of(IndexSchema.TITLE, 3f, IndexSchema.PROVIDER, 1.5f, IndexSchema.TEXT, 1f);
    private static final Map<String, Float> ANALYSIS_BOOST = Map.of(RecordAnalyzers.ICU, 1f, RecordAnalyzers.EN, 0.9f,
            RecordAnalyzers.MS, 0.7f, RecordAnalyzers.CJK, 0.9f);
    private static final List<String> GROUPS = List.of(IndexSchema.TITLE, IndexSchema.TEXT, IndexSchema.PROVIDER);

    private TextQuery() {
    }

    /** The query, or match-all for an empty one. */
    public static Query build(UserQuery q, boolean strict) {
        if (q.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int should = 0;
        int must = 0;
        for (UserQuery.Word w : q.words()) {
            Query wq = word(w);
            if (wq == null) {
                continue;
            }
            boolean stopWord = !w.prefix() && !RecordAnalyzers.hasHan(w.text()) && onlyIcuMatches(w.text());
            BooleanClause.Occur occur = strict && !stopWord ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
            all.add(wq, occur);
            if (occur == BooleanClause.Occur.MUST) {
                must++;
            } else {
                should++;
            }
        }
        for (String p : q.phrases()) {
            Query pq = phrase(p);
            if (pq != null) {
                all.add(pq, strict ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
                if (strict) {
                    must++;
                } else {
                    should++;
                }
            }
        }
        if (must == 0 && should == 0) {
            return new MatchAllDocsQuery();
        }
        if (must == 0) {
            all.setMinimumNumberShouldMatch(1);
        }
        return all.build();
    }

    /** Whether the strict query could differ from the relaxed one (more than one required part). */
    public static boolean canRelax(UserQuery q) {
        return q.parts() > 1;
    }

    private static Query word(UserQuery.Word w) {
        List<Query> alternatives = new ArrayList<>();
        if (w.prefix()) {
            String token = singleIcuToken(w.text());
            if (token != null) {
                for (String group : GROUPS) {
                    alternatives.add(boost(new PrefixQuery(new Term(RecordAnalyzers.field(group, RecordAnalyzers.ICU), token)), GROUP_BOOST.get(group)));
                }
            }
        }
        for (String group : GROUPS) {
            for (String analysis : RecordAnalyzers.analysesFor(w.text())) {
                String field = RecordAnalyzers.field(group, analysis);
                Query q = new QueryBuilder(RecordAnalyzers.analyzer(analysis)).createBooleanQuery(field, w.text(), BooleanClause.Occur.MUST);
                if (q != null) {
                    alternatives.add(boost(q, GROUP_BOOST.get(group) * ANALYSIS_BOOST.get(analysis)));
                }
            }
        }
        String token = RecordAnalyzers.hasHan(w.text()) ? null : singleIcuToken(w.text());
        if (token != null && token.codePointCount(0, token.length()) >= 4 && !w.prefix()) {
            int edits = token.length() >= 8 ? 2 : 1;
            alternatives.add(boost(fuzzy(IndexSchema.TITLE, token, edits), 1f));
            alternatives.add(boost(fuzzy(IndexSchema.TEXT, token, edits), 0.3f));
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private static Query phrase(String p) {
        List<Query> alternatives = new ArrayList<>();
        for (String group : GROUPS) {
            for (String analysis : RecordAnalyzers.analysesFor(p)) {
                String field = RecordAnalyzers.field(group, analysis);
                Query q = new QueryBuilder(RecordAnalyzers.analyzer(analysis)).createPhraseQuery(field, p);
                if (q != null) {
                    alternatives.add(boost(q, GROUP_BOOST.get(group) * ANALYSIS_BOOST.get(analysis)));
                }
            }
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private static Query fuzzy(String group, String token, int edits) {
        return new FuzzyQuery(new Term(RecordAnalyzers.field(group, RecordAnalyzers.ICU), token), edits, 1, Limits.FUZZY_EXPANSIONS, true);
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    /** True when the English analysis drops the word entirely (a stop word such as "of"). */
    private static boolean onlyIcuMatches(String text) {
        return tokens(RecordAnalyzers.analyzer(RecordAnalyzers.EN), text).isEmpty();
    }

    /** The word's one ICU-folded token, or null when the word is several tokens. */
    private static String singleIcuToken(String text) {
        List<String> tokens = tokens(RecordAnalyzers.analyzer(RecordAnalyzers.ICU), text);
        return tokens.size() == 1 ? tokens.get(0) : null;
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
