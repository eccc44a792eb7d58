package org.mcfed.index.search;

import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;
import org.mcfed.index.SampleRecords;
import org.mcfed.index.store.LuceneRecordStore;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code source} facet names the configured source a record was harvested from, not the
 * prefix of its id: a registry's COL feed publishes ids of its own ({@code pqr:000123}).
 */
class SourceFacetTest {

    @Test
    void recordsHarvestedThroughAColFeedCountUnderThatSource() throws Exception {
        ColRecord nzqa = SampleRecords.nzqaPython();
        ColRecord viaFeed = nzqa.toBuilder().id("pqr:000123")
                .provenance(new Provenance("col-feed", "pqr:000123", "http://feed.example/col/v1/records", SampleRecords.T0, null))
                .build();
        try (LuceneRecordStore store = LuceneRecordStore.open(Files.createTempDirectory("source-facet"), Duration.ofMillis(100))) {
            for (ColRecord r : List.of(nzqa, viaFeed)) {
                store.upsert(r, ColJson.writeBytes(r), r.updatedAt());
            }
            store.awaitVisible();
            RecordSearch search = new RecordSearch(store.searchers());
            SearchResult all = search.search(SearchRequest.parse(Map.of()));
            assertThat(all.facets().get("source")).containsOnly(Map.entry("nzqa", 1L), Map.entry("col-feed", 1L));
            SearchResult feedOnly = search.search(SearchRequest.parse(Map.of("source", List.of("col-feed"))));
            assertThat(feedOnly.results()).extracting(m -> m.get("id")).containsExactly("pqr:000123");
        }
    }
}
