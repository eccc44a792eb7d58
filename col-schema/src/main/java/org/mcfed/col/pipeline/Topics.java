package org.mcfed.col.pipeline;

/**
 * The Kafka topics of the pipeline (shared/design/architecture.md), one versioned name per
 * contract. Values are JSON written with {@link org.mcfed.col.json.ColJson}.
 */
public final class Topics {

    /** What a source said, verbatim; key {@code source:localId}; value a connector RawRecord. Time-based retention. */
    public static final String RAW = "mcfed.raw.v1";
    /** COL records; key the COL id; null value = tombstone. Compacted: the durable store of the aggregate. */
    public static final String RECORDS = "mcfed.records.v1";
    /** Records that could not become COL records; key {@code source:localId}; value a {@link Reject}. */
    public static final String REJECTS = "mcfed.rejects.v1";
    /** One {@link RunReport} per source and run; key the source name. Compacted. */
    public static final String HARVEST_RUNS = "mcfed.harvest-runs.v1";

    private Topics() {
    }
}
