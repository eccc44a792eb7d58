package org.mcfed.index.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.mcfed.index.store.IndexSchema;
import org.mcfed.index.store.RecordAnalyzers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the Lucene query of a {@link UserQuery}. Each word must match (in {@code strict} mode; in
 * relaxed mode, tried when the strict one finds nothing, any word may) in the title, the body text
 * (description, learning outcomes, skills) or the provider, under any of the analyses of
 * {@link RecordAnalyzers}, or within one or two edits of a title or body word (typo tolerance).
 * Phrases must match as phrases. Titles weigh most, then the provider, then the body. With a
 * {@link QueryTranslation}, a unit of the query the lexicon knows (one or more words) may instead
 * match by one of its translations, at a constant score below its own words' (cross-lingual search).
 */
public final class TextQuery {

    private static final Map<String, Float> GROUP_BOOST = Map.of(IndexSchema.TITLE, 3f, IndexSchema.PROVIDER, 1.5f, IndexSchema.TEXT, 1f);
    private static final Map<String, Float> ANALYSIS_BOOST = Map.of(RecordAnalyzers.ICU, 1f, RecordAnalyzers.EN, 0.9f,
            RecordAnalyzers.MS, 0.7f, RecordAnalyzers.CJK, 0.9f);
    private static final List<String> GROUPS = List.of(IndexSchema.TITLE, IndexSchema.TEXT, IndexSchema.PROVIDER);
    /**
     * Score of a match by a translation, times the field group's weight: a constant, so that however
     * rare a translated term is it scores below a match of the learner's own words in the same field.
     */
    private static final float TRANSLATION_SCORE = 0.4f;
    /** Score of an exact id match: above any text score. */
    private static final float EXACT_ID_SCORE = 1000f;
    /** Weight of the title-phrase bonus, the title's own weight: a phrase match counts as much again as its words. */
    private static final float TITLE_PHRASE_BOOST = 3f;
    /** The fields a translation is searched in, by its language. */
    private static final Map<String, List<String>> TARGET_ANALYSES = Map.of("en", List.of(RecordAnalyzers.EN, RecordAnalyzers.ICU),
            "ms", List.of(RecordAnalyzers.MS, RecordAnalyzers.ICU), "zh-Hans", List.of(RecordAnalyzers.CJK), "zh-Hant", List.of(RecordAnalyzers.CJK));

    private TextQuery() {
    }

    /** The query of {@code q} as typed, every word its own unit (no translation), typo tolerant; match-all for an empty one. */
    public static Query build(UserQuery q, boolean strict) {
        return build(QueryTranslation.off(q), q.phrases(), strict, KnownWords.NONE);
    }

    /**
     * The query, or match-all for an empty one. A unit matches by its own words or, with a lower
     * weight, by any of its translations, so records in the query's language rank first. A word
     * the index {@code known}s is searched as typed; only an unknown one also matches the words
     * within one or two edits of it (a typo), which is most of a query's cost when it is done for
     * every word. Titles that have the words as a phrase rank above those that have them apart.
     */
    public static Query build(QueryTranslation translation, List<String> phrases, boolean strict, KnownWords known) {
        if (translation.units().isEmpty() && phrases.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int should = 0;
        int must = 0;
        for (QueryTranslation.Unit u : translation.units()) {
            Query uq = unit(u, known);
            if (uq == null) {
                continue;
            }
            BooleanClause.Occur occur = strict && !u.words().stream().allMatch(TextQuery::isStopWord) ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
            all.add(uq, occur);
            if (occur == BooleanClause.Occur.MUST) {
                must++;
            } else {
                should++;
            }
        }
        for (String p : phrases) {
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
        Query inTitle = titlePhrase(translation);
        if (inTitle != null) {
            all.add(inTitle, BooleanClause.Occur.SHOULD);
        }
        if (must == 0) {
            all.setMinimumNumberShouldMatch(1);
        }
        return all.build();
    }

    /**
     * The text query, or the record whose id is {@code q} exactly, which then ranks first: a learner
     * or an operator pasting a record's id (its code) wants that record.
     */
    public static Query withExactId(Query text, String q) {
        String id = q == null ? "" : q.strip();
        if (id.indexOf(':') < 1 || id.length() > 200) {
            return text;
        }
        return new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.ID, id))), EXACT_ID_SCORE), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** Whether the strict query could differ from the relaxed one (more than one required part). */
    public static boolean canRelax(QueryTranslation translation, List<String> phrases) {
        return translation.units().size() + phrases.size() > 1;
    }

    private static boolean isStopWord(UserQuery.Word w) {
        return !w.prefix() && !RecordAnalyzers.hasHan(w.text()) && onlyIcuMatches(w.text());
    }

    /** A unit's own words (each required, stop words optional) or one of its translations. */
    private static Query unit(QueryTranslation.Unit u, KnownWords known) {
        Query own;
        if (u.words().size() == 1) {
            own = word(u.words().get(0), known);
        } else {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (UserQuery.Word w : u.words()) {
                Query wq = word(w, known);
                if (wq != null) {
                    words.add(wq, isStopWord(w) ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
                }
            }
            BooleanQuery built = words.build();
            own = built.clauses().isEmpty() ? null : built;
        }
        if (u.translation() == null) {
            return own;
        }
        Set<Query> translations = new LinkedHashSet<>();
        for (QueryTranslation.Target t : u.translation().to()) {
            translations.addAll(translated(t));
        }
        if (translations.isEmpty()) {
            return own;
        }
        // the best translation only: several translations matching one record are one match, not a sum
        Query translated = new DisjunctionMaxQuery(translations, 0f);
        return own == null ? translated : new DisjunctionMaxQuery(List.of(own, translated), 0.1f);
    }

    /** A translation searched as a phrase in the fields of its language, at a constant score below the learner's own words. */
    private static List<Query> translated(QueryTranslation.Target t) {
        List<Query> out = new ArrayList<>();
        for (String group : GROUPS) {
            for (String analysis : TARGET_ANALYSES.get(t.language())) {
                Query q = new QueryBuilder(RecordAnalyzers.analyzer(analysis)).createPhraseQuery(RecordAnalyzers.field(group, analysis), t.text());
                if (q != null) {
                    out.add(new BoostQuery(new ConstantScoreQuery(q), GROUP_BOOST.get(group) * TRANSLATION_SCORE));
                }
            }
        }
        return out;
    }

    private static Query word(UserQuery.Word w, KnownWords known) {
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
        if (token != null && token.codePointCount(0, token.length()) >= 4 && !w.prefix() && !known.contains(token)) {
            int edits = token.length() >= 8 ? 2 : 1;
            alternatives.add(boost(fuzzy(IndexSchema.TITLE, token, edits), 1f));
            alternatives.add(boost(fuzzy(IndexSchema.TEXT, token, edits), 0.3f));
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    /**
     * A bonus for titles with the query's words (two or more, not prefixes) next to each other, in
     * order, one word apart at most: "Project Management Essentials" before "Construction Project
     * Scheduling" for {@code project management}. Null when there is no such phrase to look for.
     */
    private static Query titlePhrase(QueryTranslation translation) {
        List<String> words = new ArrayList<>();
        for (QueryTranslation.Unit u : translation.units()) {
            for (UserQuery.Word w : u.words()) {
                if (w.prefix()) {
                    return null;
                }
                words.add(w.text());
            }
        }
        if (words.size() < 2) {
            return null;
        }
        String text = String.join(" ", words);
        List<Query> alternatives = new ArrayList<>();
        for (String analysis : RecordAnalyzers.analysesFor(text)) {
            Query q = new QueryBuilder(RecordAnalyzers.analyzer(analysis)).createPhraseQuery(RecordAnalyzers.field(IndexSchema.TITLE, analysis), text, 1);
            if (q != null) {
                alternatives.add(q);
            }
        }
        return alternatives.isEmpty() ? null : boost(new DisjunctionMaxQuery(alternatives, 0f), TITLE_PHRASE_BOOST);
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
