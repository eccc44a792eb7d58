package org.mcfed.index.search;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.IndexSchema;
import org.mcfed.index.store.RecordAnalyzers;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Highlights the words of a query in a hit's title and description: the text is re-analysed with
 * each analysis its script is indexed with, and matches are wrapped in {@code <em>}; everything else
 * is HTML-escaped, so the result can be inserted into a page as is.
 */
final class Highlights {

    private static final int FRAGMENT_CHARS = 160;

    private Highlights() {
    }

    /** {@code title} and {@code description} fragments with matches; keys absent where nothing matched. */
    static Map<String, String> of(ColRecord record, Query textQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        String title = best(record.title(), IndexSchema.TITLE, textQuery, false);
        if (title != null) {
            out.put("title", title);
        }
        String description = best(record.description(), IndexSchema.TEXT, textQuery, true);
        if (description != null) {
            out.put("description", description);
        }
        return out;
    }

    private static String best(Map<String, String> texts, String group, Query query, boolean fragments) {
        if (texts == null) {
            return null;
        }
        for (String text : texts.values()) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String analysis : RecordAnalyzers.analysesFor(text)) {
                String field = RecordAnalyzers.field(group, analysis);
                QueryScorer scorer = new QueryScorer(query, field);
                Highlighter h = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer);
                h.setTextFragmenter(fragments ? new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS) : new NullFragmenter());
                try {
                    String result = fragments
                            ? String.join(" … ", h.getBestFragments(RecordAnalyzers.analyzer(analysis), field, text, 2))
                            : h.getBestFragment(RecordAnalyzers.analyzer(analysis), field, text);
                    if (result != null && !result.isEmpty()) {
                        return result;
                    }
                } catch (IOException | InvalidTokenOffsetsException e) {
                    // a text the highlighter cannot map back is shown without highlight
                }
            }
        }
        return null;
    }
}
