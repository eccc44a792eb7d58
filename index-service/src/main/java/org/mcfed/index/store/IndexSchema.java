package org.mcfed.index.store;

import org.apache.lucene.facet.FacetsConfig;

import java.nio.file.Path;

/**
 * The layout of the Lucene index: field names, and the schema version that names the index folder.
 * A change of layout bumps {@link #VERSION}; the service then builds a fresh index in the new folder
 * from the compacted records topic, beside the old one (which an operator removes when done).
 */
public final class IndexSchema {

    /**
     * Bump on any change to fields, analysis or facets. 4: the body text holds the learning outcomes in every language.
     * 5: the {@code compliance} facet and the per-source compliance doc values. 6: text stated to be English
     * is not analysed as Malay nor Malay text as English, and Chinese text in both scripts gets one {@code cjk} analysis.
     */
    public static final int VERSION = 6;

    /** COL id: indexed untokenized (the upsert key) and as sorted doc values ({@link #ID_SORT}). */
    public static final String ID = "id";
    public static final String ID_SORT = "id_sort";
    /** {@link #KIND_RECORD} or {@link #KIND_DELETED} (deletion marker kept for feeds). */
    public static final String KIND = "kind";
    public static final String KIND_RECORD = "record";
    public static final String KIND_DELETED = "deleted";
    /** The COL record as consumed, stored. */
    public static final String JSON = "json";
    /** Change time (updatedAt or deletion) in epoch microseconds: point + doc values. */
    public static final String AT = "at";
    /** updatedAt in epoch microseconds, doc values for the {@code updated} sort. */
    public static final String UPDATED = "updated";
    /** Issuer country (upper case) untokenized, on records and deletion markers (OAI-PMH sets). */
    public static final String COUNTRY = "country";
    public static final String HOURS = "hours";
    public static final String COST = "cost";

    /** Text field groups; each is indexed once per analysis in {@link RecordAnalyzers}. */
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String PROVIDER = "provider";

    /** Key prefix of the consumed Kafka offsets in the Lucene commit user data. */
    public static final String OFFSET_KEY_PREFIX = "kafka.offset.";
    public static final String SCHEMA_KEY = "schema.version";

    private static final FacetsConfig FACETS = facets();

    private IndexSchema() {
    }

    /** The folder of this schema version under the configured index root. */
    public static Path folder(Path root) {
        return root.resolve("v" + VERSION);
    }

    /**
     * Facet configuration: every facet multi-valued, all in the default facet field. Drill-down terms
     * are indexed for the full path ({@code dim/value}) only: a filter is always a value
     * ({@link org.mcfed.index.search.SearchRequest#filters}), and the dimension-only term Lucene adds
     * by default was 11 of a record's 22 facet term occurrences that no query read. Indexes written
     * with it answer every query alike, so the schema version stays.
     */
    public static FacetsConfig facetsConfig() {
        return FACETS;
    }

    private static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        for (FacetDim d : FacetDim.values()) {
            config.setMultiValued(d.param(), true);
            config.setDrillDownTermsIndexing(d.param(), FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        }
        return config;
    }
}
