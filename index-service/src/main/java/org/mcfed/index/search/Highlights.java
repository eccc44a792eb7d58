package org.mcfed.index.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.IndexSchema;
import org.mcfed.index.store.RecordAnalyzers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Highlights the words of a query in a hit's title and description. The query's terms (and the
 * automata of its fuzzy and prefix parts) are collected once per search, per field; each text is
 * then analysed once per analysis of its script, and every token the query matches is wrapped in
 * {@code <em>}. Everything else is HTML-escaped, so the result can go into a page as is. This
 * costs one analysis pass per text, whatever the query (the classic highlighter re-walks the
 * whole query, fuzzy expansions included, for every text).
 */
final class Highlights {

    private static final int FRAGMENT_CHARS = 160;

    /** What the query matches in one field. */
    private static final class FieldMatcher {
        final Set<BytesRef> terms = new HashSet<>();
        final List<ByteRunAutomaton> automata = new ArrayList<>();

        boolean matches(BytesRef token) {
            if (terms.contains(token)) {
                return true;
            }
            for (ByteRunAutomaton a : automata) {
                if (a.run(token.bytes, token.offset, token.length)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, FieldMatcher> fields = new HashMap<>();

    private Highlights(Query query) {
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    fields.computeIfAbsent(t.field(), f -> new FieldMatcher()).terms.add(BytesRef.deepCopyOf(t.bytes()));
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                fields.computeIfAbsent(field, f -> new FieldMatcher()).automata.add(automaton.get());
            }
        });
    }

    /** Prepares highlighting for one search's text query. */
    static Highlights of(Query textQuery) {
        return new Highlights(textQuery);
    }

    /** {@code title} and {@code description} with matches marked; keys absent where nothing matched. */
    Map<String, String> mark(ColRecord record) {
        Map<String, String> out = new LinkedHashMap<>();
        String title = best(record.title(), IndexSchema.TITLE, false);
        if (title != null) {
            out.put("title", title);
        }
        String description = best(record.description(), IndexSchema.TEXT, true);
        if (description != null) {
            out.put("description", description);
        }
        return out;
    }

    private String best(Map<String, String> texts, String group, boolean fragment) {
        if (texts == null) {
            return null;
        }
        for (Map.Entry<String, String> stated : texts.entrySet()) {
            String text = stated.getValue();
            if (text == null || text.isBlank()) {
                continue;
            }
            // the analysis whose matches cover the most of the text wins (a Simplified query matches
            // Traditional text fully only through the cjk analysis, partly through icu)
            List<int[]> best = List.of();
            int bestCovered = 0;
            // the analyses the text was indexed with (by its language), so no match is marked that it did not have
            for (String analysis : RecordAnalyzers.analysesFor(text, stated.getKey())) {
                String field = RecordAnalyzers.field(group, analysis);
                FieldMatcher matcher = fields.get(field);
                if (matcher == null) {
                    continue;
                }
                List<int[]> spans = spans(text, field, analysis, matcher);
                int covered = spans.stream().mapToInt(sp -> sp[1] - sp[0]).sum();
                if (covered > bestCovered) {
                    best = spans;
                    bestCovered = covered;
                }
            }
            if (!best.isEmpty()) {
                return render(text, best, fragment);
            }
        }
        return null;
    }

    /** Character spans of the matching tokens, merged where they touch or overlap (CJK bigrams). */
    private static List<int[]> spans(String text, String field, String analysis, FieldMatcher matcher) {
        List<int[]> spans = new ArrayList<>();
        try (TokenStream ts = RecordAnalyzers.analyzer(analysis).tokenStream(field, text)) {
            TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (matcher.matches(term.getBytesRef())) {
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                    if (last != null && start <= last[1]) {
                        last[1] = Math.max(last[1], end);
                    } else {
                        spans.add(new int[]{start, end});
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    private static String render(String text, List<int[]> spans, boolean fragment) {
        int from = 0;
        int to = text.length();
        if (fragment && text.length() > FRAGMENT_CHARS) {
            from = Math.max(0, spans.get(0)[0] - FRAGMENT_CHARS / 4);
            to = Math.min(text.length(), from + FRAGMENT_CHARS);
        }
        StringBuilder b = new StringBuilder();
        if (from > 0) {
            b.append("… ");
        }
        int pos = from;
        for (int[] span : spans) {
            if (span[0] < pos || span[1] > to) {
                continue;
            }
            escape(text, pos, span[0], b);
            b.append("<em>");
            escape(text, span[0], span[1], b);
            b.append("</em>");
            pos = span[1];
        }
        escape(text, pos, to, b);
        if (to < text.length()) {
            b.append(" …");
        }
        return b.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder b) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                default -> b.append(c);
            }
        }
    }
}
