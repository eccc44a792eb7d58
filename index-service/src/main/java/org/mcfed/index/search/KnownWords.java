package org.mcfed.index.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.mcfed.index.store.IndexSchema;
import org.mcfed.index.store.RecordAnalyzers;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Whether a folded word is in the index's titles or body text. {@link TextQuery} looks for typos
 * (words within one or two edits) only of a word the index does not know: expanding a fuzzy query
 * walks the term dictionary, and was the largest cost of a search when done for every word.
 */
@FunctionalInterface
public interface KnownWords {

    /** Knows no word: every word is also searched for its typos. */
    KnownWords NONE = token -> false;

    boolean contains(String icuToken);

    /** The words of {@code reader}'s title and body fields (ICU analysis), in at least {@value #MIN_RECORDS} records. */
    static KnownWords of(IndexReader reader) {
        return token -> {
            try {
                return reader.docFreq(new Term(RecordAnalyzers.field(IndexSchema.TITLE, RecordAnalyzers.ICU), token))
                        + reader.docFreq(new Term(RecordAnalyzers.field(IndexSchema.TEXT, RecordAnalyzers.ICU), token)) >= MIN_RECORDS;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** A word in fewer records than this may itself be a typo in a record: it is still searched with its neighbours. */
    int MIN_RECORDS = 2;
}
