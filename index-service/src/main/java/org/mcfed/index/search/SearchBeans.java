package org.mcfed.index.search;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.mcfed.index.store.LuceneRecordStore;

/** The search engine of the running service, over the store's near-real-time searchers. */
public class SearchBeans {

    @Produces
    @Singleton
    RecordSearch recordSearch(LuceneRecordStore store, SearchConfig config) {
        return new RecordSearch(store.searchers(), CountLimits.of(config));
    }
}
