package org.mcfed.index.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.SampleRecords;
import org.mcfed.index.store.LuceneRecordStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search semantics on a real Lucene index of the sample records (no HTTP, no broker). */
class RecordSearchTest {

    private static LuceneRecordStore store;
    private static RecordSearch search;

    @BeforeAll
    static void index() throws IOException {
        List<ColRecord> all = new ArrayList<>(SampleRecords.distinct());
        all.addAll(SampleRecords.projectManagementRun(45));
        store = IndexedRecords.of("record-search", all);
        search = new RecordSearch(store.searchers());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static SearchResult q(String q) {
        return search.search(SearchRequest.of(q));
    }

    /** The search as it was before cross-lingual search ({@code translate=false}). */
    private static SearchResult untranslated(String q) {
        return search.search(SearchRequest.of(q).withTranslate(false));
    }

    private static SearchResult params(String... kv) {
        Map<String, List<String>> p = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
        }
        return search.search(SearchRequest.parse(p));
    }

    private static List<Object> ids(SearchResult r) {
        return r.results().stream().map(m -> m.get("id")).toList();
    }

    @Test
    void englishWordsMatchTitlesDescriptionsOutcomesSkillsAndProviders() {
        assertThat(ids(q("data analytics"))).containsExactlyInAnyOrder("hkqr:22/000567/L4", "nzqa:6001-1");
        assertThat(ids(q("soil management"))).containsExactly("nzqa:4116-2");       // learning outcome / skill
        assertThat(ids(q("dashboards"))).containsExactly("hkqr:22/000567/L4");      // stemmed: dashboard(s)
        assertThat(ids(q("TAFE"))).containsExactly("microcred-seeker:1042");         // provider
        assertThat(ids(q("maori"))).containsExactly("nzqa:5120-1");                  // folded macron
    }

    @Test
    void chineseQueriesFindHkqrRecordsByTheirTraditionalChineseTitlesInEitherScript() {
        assertThat(ids(untranslated("數據分析"))).containsExactly("hkqr:22/000567/L4");
        assertThat(ids(untranslated("数据分析"))).containsExactly("hkqr:22/000567/L4");  // Simplified query
        // translated, the English "Data Analytics with Python" follows the Chinese title
        assertThat(ids(q("数据分析"))).containsExactly("hkqr:22/000567/L4", "nzqa:6001-1");
        assertThat(ids(q("烹飪"))).containsExactly("hkqr:23/001234/L3");
        assertThat(ids(q("粵菜"))).containsExactly("hkqr:23/001234/L3");     // description
        assertThat(q("數據分析").results().get(0).get("highlight").toString()).contains("<em>");
    }

    @Test
    void malayQueriesMatchThroughStemming() {
        assertThat(ids(untranslated("perniagaan"))).containsExactly("mqa:MQA/SWA 0123");
        assertThat(ids(q("perniagaan"))).first().isEqualTo("mqa:MQA/SWA 0123");       // then English "business" records
        assertThat(ids(q("pengurusan perniagaan digital"))).containsExactly("mqa:MQA/SWA 0123");
        assertThat(ids(q("kejuruteraan elektrik"))).containsExactly("mqa:MQA/FA 4567");
        // pe-/-an affixes of 'pasang' (exact stem first; 'pemasaran' follows within two edits)
        assertThat(ids(q("pemasangan"))).first().isEqualTo("mqa:MQA/FA 4567");
    }

    @Test
    void typosAreTolerated() {
        assertThat(ids(q("cybersecurty"))).containsExactly("microcred-seeker:1042");
        assertThat(ids(q("sustainble farming"))).containsExactly("nzqa:4116-2");
    }

    @Test
    void phrasesMatchAsPhrases() {
        assertThat(ids(q("\"business data\""))).containsExactly("hkqr:22/000567/L4");
        assertThat(q("\"data business\"").total()).isZero();
        assertThat(ids(q("\"sustainable farming"))).containsExactly("nzqa:4116-2");  // unbalanced quote
    }

    @Test
    void prefixesWithATrailingStarAndWildcardsElsewhereAreDropped() {
        assertThat(ids(q("cyber*"))).containsExactly("microcred-seeker:1042");
        assertThat(ids(untranslated("*security"))).isEmpty();                         // no leading-wildcard scan
        assertThat(ids(q("*cybersecurity"))).containsExactly("microcred-seeker:1042");
    }

    @Test
    void highlightWrapsMatchesAndEscapesHtml() {
        Map<String, Object> hit = q("farming").results().get(0);
        @SuppressWarnings("unchecked")
        Map<String, String> hl = (Map<String, String>) hit.get("highlight");
        assertThat(hl.get("title")).isEqualTo("Micro-credential in Sustainable <em>Farming</em> Practices");
        assertThat(hl.get("description")).contains("<em>farm</em>");
    }

    @Test
    void whenNoRecordHasEveryWordRecordsWithSomeAreShown() {
        SearchResult r = q("cybersecurity cooking");
        assertThat(r.relaxed()).isTrue();
        assertThat(ids(r)).containsExactlyInAnyOrder("microcred-seeker:1042", "hkqr:23/001234/L3");
    }

    @Test
    void facetsCountEveryApiFacetAndFiltersOrWithinAndAcross() {
        SearchResult all = q("");
        assertThat(all.total()).isEqualTo(53);
        assertThat(all.facets().keySet()).containsExactly("country", "framework", "nqfLevel", "iscedLevel", "aqrfLevel",
                "field", "mode", "language", "provider", "status", "stackability", "source", "compliance");
        assertThat(all.facets().get("country")).containsEntry("NZ", 48L).containsEntry("HK", 2L).containsEntry("MY", 2L).containsEntry("AU", 1L);
        assertThat(all.facets().get("nqfLevel")).containsEntry("HKQF:4", 1L).containsEntry("NZQCF:3", 45L);
        assertThat(all.facets().get("language")).containsEntry("msa", 2L).containsEntry("zho", 2L);
        assertThat(all.facets().get("source")).containsEntry("microcred-seeker", 1L);
        assertThat(all.facets().get("field")).containsEntry("06", 2L);
        assertThat(all.facets().get("aqrfLevel")).containsOnly(Map.entry("3", 1L), Map.entry("4", 1L));

        SearchResult hkOrMy = params("country", "HK", "country", "MY");
        assertThat(hkOrMy.total()).isEqualTo(4);
        // drill sideways: the country facet still counts the other countries
        assertThat(hkOrMy.facets().get("country")).containsEntry("NZ", 48L);
        assertThat(hkOrMy.facets().get("mode")).containsOnly(Map.entry("blended", 1L), Map.entry("onsite", 2L), Map.entry("online", 1L));

        SearchResult andAcross = params("country", "hk", "country", "MY", "mode", "onsite");
        assertThat(ids(andAcross)).containsExactlyInAnyOrder("hkqr:23/001234/L3", "mqa:MQA/FA 4567");
        assertThat(ids(params("framework", "AU-NMF-Dreyfus"))).containsExactly("microcred-seeker:1042");
        assertThat(ids(params("nqfLevel", "HKQF:4", "q", "data"))).containsExactly("hkqr:22/000567/L4");
        assertThat(params("provider", "Primary ITO", "status", "active", "stackability", "stand-alone", "iscedLevel", "4",
                "language", "eng", "field", "08", "aqrfLevel", "x").total()).isZero();
        assertThat(ids(params("provider", "Primary ITO", "status", "active", "stackability", "stand-alone", "iscedLevel", "4",
                "language", "eng", "field", "08", "source", "nzqa"))).containsExactly("nzqa:4116-2");
    }

    @Test
    void rangesOnHoursAndCost() {
        assertThat(ids(params("hoursMin", "150", "hoursMax", "160", "q", "")))
                .containsExactlyInAnyOrder("hkqr:22/000567/L4", "mqa:MQA/SWA 0123", "nzqa:6001-1");
        assertThat(ids(params("costMax", "0"))).containsExactly("nzqa:4116-2");
        assertThat(params("costMax", "100").total()).isEqualTo(2);  // free + one workshop at 100
    }

    @Test
    void sortsOrderByHoursCostAndUpdatedWithRecordsLackingAValueLast() {
        assertThat(ids(params("sort", "hours", "size", "3"))).containsExactly("nzqa:9000-1", "nzqa:9001-1", "nzqa:9002-1");
        assertThat(ids(params("sort", "-hours", "size", "2"))).containsExactly("mqa:MQA/FA 4567", "mqa:MQA/SWA 0123");
        assertThat(ids(params("sort", "-cost", "size", "1"))).containsExactly("hkqr:22/000567/L4");
        SearchResult byCost = params("sort", "cost", "size", "100");
        assertThat(byCost.results().get(0).get("id")).isEqualTo("nzqa:4116-2");
        assertThat(byCost.results().get(52).get("id")).isEqualTo("mqa:MQA/FA 4567");  // no cost: last
        assertThat(ids(params("sort", "updated", "size", "1"))).containsExactly("nzqa:9044-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"relevance", "hours", "-hours", "cost", "-cost", "updated"})
    void cursorsWalkEveryHitOnceInEverySort(String sort) {
        List<Object> seen = new ArrayList<>();
        SearchRequest request = SearchRequest.parse(Map.of("sort", List.of(sort), "size", List.of("7")));
        String next = null;
        int pages = 0;
        do {
            SearchResult page = search.search(request.withCursor(next));
            seen.addAll(ids(page));
            next = page.next();
            pages++;
        } while (next != null);
        assertThat(seen).hasSize(53).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(8);
    }

    @Test
    void cursorsSurviveIndexChangesBetweenPages() throws IOException {
        Path dir = Files.createTempDirectory("record-search-live");
        try (LuceneRecordStore live = LuceneRecordStore.open(dir, Duration.ofMillis(100))) {
            SampleRecords.projectManagementRun(30).forEach(r -> live.upsert(r, ColJson.writeBytes(r), r.updatedAt()));
            live.awaitVisible();
            RecordSearch s = new RecordSearch(live.searchers());
            SearchRequest request = SearchRequest.parse(Map.of("sort", List.of("hours"), "size", List.of("10"), "q", List.of("workshop")));
            SearchResult first = s.search(request);
            // a record sorting before the cursor and a change to one after it
            ColRecord early = SampleRecords.projectManagementRun(1).get(0).toBuilder().id("nzqa:early").workloadHours(1.0).build();
            live.upsert(early, ColJson.writeBytes(early), early.updatedAt());
            live.delete("nzqa:9015-1", SampleRecords.T0);
            live.awaitVisible();
            List<Object> rest = new ArrayList<>();
            String next = first.next();
            while (next != null) {
                SearchResult page = s.search(request.withCursor(next));
                rest.addAll(ids(page));
                next = page.next();
            }
            assertThat(rest).hasSize(19).doesNotContain("nzqa:early", "nzqa:9015-1").doesNotContainAnyElementsOf(ids(first));
        }
    }

    @Test
    void hostileInputsAreAnsweredOrRejectedWithAClearMessage() {
        assertThat(q("\"\"\"((( AND OR NOT [} ~~ ^^ \\ / :").total()).isGreaterThanOrEqualTo(0);
        assertThat(q("*").total()).isEqualTo(53);
        assertThat(q("?*?*").total()).isEqualTo(53);
        assertThat(q("a*").total()).isGreaterThanOrEqualTo(0);
        assertThat(q("\u0000\uFFFF\uD83D\uDE00 emoji 😀").total()).isGreaterThanOrEqualTo(0);
        assertThat(q("數".repeat(400)).total()).isZero();
        assertThat(q("x".repeat(500)).total()).isZero();
        assertThatThrownBy(() -> q("data ".repeat(100_000 / 5))).isInstanceOf(BadRequest.class).hasMessageContaining("at most 500");
        assertThatThrownBy(() -> q("a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh"))
                .isInstanceOf(BadRequest.class).hasMessageContaining("at most 32");
        assertThatThrownBy(() -> params("cursor", "garbage")).isInstanceOf(BadRequest.class).hasMessageContaining("invalid cursor");
        String cursor = params("size", "1").next();
        assertThatThrownBy(() -> params("size", "1", "cursor", cursor, "q", "other")).isInstanceOf(BadRequest.class)
                .hasMessageContaining("another search");
        assertThatThrownBy(() -> params("size", "0")).isInstanceOf(BadRequest.class).hasMessageContaining("size");
        assertThatThrownBy(() -> params("size", "1000")).isInstanceOf(BadRequest.class).hasMessageContaining("size");
        assertThatThrownBy(() -> params("size", "ten")).isInstanceOf(BadRequest.class).hasMessageContaining("size");
        assertThatThrownBy(() -> params("sort", "title")).isInstanceOf(BadRequest.class).hasMessageContaining("relevance");
        assertThatThrownBy(() -> params("hoursMin", "NaN")).isInstanceOf(BadRequest.class).hasMessageContaining("hoursMin");
        assertThatThrownBy(() -> params("hoursMin", "5", "hoursMax", "1")).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> params("costMax", "-1")).isInstanceOf(BadRequest.class).hasMessageContaining("costMax");
        assertThat(params("unknown", "x", "country", "").total()).isEqualTo(53);
    }
}
