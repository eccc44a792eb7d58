package org.mcfed.index.testkit;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.bench.ZipfCatalog;
import org.mcfed.index.store.LuceneRecordStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The application serving, without consuming the topic, an index of {@value #RECORDS} records of the
 * benchmark's catalogue built before it starts, with an exact count limit of {@value #EXACT_LIMIT}
 * matches and a sample of half of each segment: the broad searches of the web UI tests are estimated.
 * The index is one segment (no refresh while it is written), so that the sample is not all of it.
 */
public class EstimatedCountsProfile implements QuarkusTestProfile {

    public static final int RECORDS = 400;
    public static final int EXACT_LIMIT = 50;

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path root = Files.createTempDirectory("mcfed-estimated-index");
            try (LuceneRecordStore store = LuceneRecordStore.open(root, Duration.ofHours(1))) {
                for (int i = 0; i < RECORDS; i++) {
                    ColRecord r = ZipfCatalog.record(i);
                    store.upsert(r, ColJson.writeBytes(r), Instant.parse("2025-03-01T00:00:00Z"));
                }
                store.commit(Map.of());
            }
            return Map.of(
                    "mcfed.index.dir", root.toString(),
                    "mcfed.index.consume", "false",
                    "mcfed.search.exact-count-limit", Integer.toString(EXACT_LIMIT),
                    "mcfed.search.count-sample", "0.05");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
