package org.mcfed.index.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.testkit.ComplianceRecords;
import org.mcfed.index.store.LuceneRecordStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code compliance} facet: its values are the flags a record meets, counted exactly, and a
 * filter on several flags matches a record meeting any of them (as every multi-valued facet).
 */
class ComplianceFacetTest {

    @TempDir
    Path root;
    private LuceneRecordStore store;
    private RecordSearch search;

    @BeforeEach
    void index() {
        store = LuceneRecordStore.open(root, Duration.ofMillis(100));
        for (ColRecord r : ComplianceRecords.all()) {
            store.upsert(r, ColJson.writeBytes(r), r.updatedAt());
        }
        store.awaitVisible();
        search = new RecordSearch(store.searchers());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SearchResult search(Map<String, List<String>> params) {
        return search.search(SearchRequest.parse(params));
    }

    @Test
    void countsTheFlagsMetAndLeavesRecordsWithoutFlagsOut() {
        SearchResult all = search(Map.of());
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.facets().get("compliance"))
                .containsExactly(Map.entry("col-mandatory", 4L), Map.entry("eu-annex-i", 2L), Map.entry("mqa-required", 1L));
    }

    @Test
    void filtersByOneFlagOrAnyOfSeveral() {
        SearchResult eu = search(Map.of("compliance", List.of("eu-annex-i")));
        assertThat(eu.results()).extracting(m -> m.get("id")).containsExactlyInAnyOrder("nzqa:5120-1", "mqa:MQA/SWA 0123");
        // the facet's own counts ignore its filter (drill sideways); other facets count the filtered records
        assertThat(eu.facets().get("compliance")).containsEntry("col-mandatory", 4L);
        assertThat(eu.facets().get("source")).containsOnly(Map.entry("nzqa", 1L), Map.entry("mqa", 1L));

        SearchResult either = search(Map.of("compliance", List.of("eu-annex-i", "mqa-required")));
        assertThat(either.results()).extracting(m -> m.get("id"))
                .containsExactlyInAnyOrder("nzqa:5120-1", "mqa:MQA/SWA 0123", "mqa:MQA/FA 4567");

        SearchResult euInNzqa = search(Map.of("compliance", List.of("eu-annex-i"), "source", List.of("nzqa")));
        assertThat(euInNzqa.results()).extracting(m -> m.get("id")).containsExactly("nzqa:5120-1");
        assertThat(search(Map.of("compliance", List.of("no-such-flag"))).total()).isZero();
    }
}
