package org.mcfed.index.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.mcfed.index.store.IndexSchema;

import java.io.IOException;

/**
 * The facet ordinal state of the current index snapshot. Building it walks the facet values of
 * every segment, so it is built once per snapshot (after a refresh) and shared by all searches on
 * that snapshot.
 */
final class FacetStates {

    private record Entry(IndexReader.CacheKey key, SortedSetDocValuesReaderState state) {
    }

    private volatile Entry current;

    /** The state of this reader, or null when no document of it has facets yet (empty index). */
    SortedSetDocValuesReaderState of(IndexReader reader) throws IOException {
        IndexReader.CacheKey key = reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey();
        Entry e = current;
        if (e != null && key != null && e.key == key) {
            return e.state;
        }
        synchronized (this) {
            e = current;
            if (e != null && key != null && e.key == key) {
                return e.state;
            }
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME, IndexSchema.facetsConfig());
            } catch (IllegalArgumentException noFacetsYet) {
                state = null;
            }
            current = new Entry(key, state);
            return state;
        }
    }
}
