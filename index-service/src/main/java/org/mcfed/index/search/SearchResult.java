package org.mcfed.index.search;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/search} (docs/api.md).
 *
 * @param total number of records matching (all pages); an estimate when {@code totalExact} is false
 * @param totalExact false when more records matched than are counted exactly, and {@code total} was estimated
 * @param results this page's hits, each a map with the COL field names plus {@code highlight}
 * @param facets per facet, value to count, largest first; every facet present
 * @param facetsExact false when the facet counts (any of them) were estimated
 * @param next cursor of the next page, null on the last
 * @param relaxed true when no record had every word, so records with some of them are shown
 * @param translations the query terms also searched in other languages, in query order (empty with {@code translate=false})
 */
public record SearchResult(long total, boolean totalExact, List<Map<String, Object>> results, Map<String, Map<String, Long>> facets,
                           boolean facetsExact,
                           String next, boolean relaxed, List<QueryTranslation.Translated> translations) {
}
