package org.mcfed.index.search;

import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.LuceneRecordStore;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/** A real Lucene store in a temporary folder holding the given records, visible to search. */
final class IndexedRecords {

    private IndexedRecords() {
    }

    static LuceneRecordStore of(String name, List<ColRecord> records) throws IOException {
        LuceneRecordStore store = LuceneRecordStore.open(Files.createTempDirectory(name), Duration.ofMillis(100));
        for (ColRecord r : records) {
            store.upsert(r, ColJson.writeBytes(r), r.updatedAt());
        }
        store.awaitVisible();
        return store;
    }
}
