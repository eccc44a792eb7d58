package org.mcfed.col.pipeline;

import org.mcfed.col.data.DataTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kafka topics of the pipeline (docs/architecture.md), one versioned name per
 * contract. Values are JSON written with {@link org.mcfed.col.json.ColJson}. Partitions and
 * compaction of every topic are declared once, in {@code pipeline/topics.csv} ({@link #declared()}).
 */
public final class Topics {

    private static final String FILE = "pipeline/topics.csv";

    /** What a source said, verbatim; key {@code source:localId}; value a connector RawRecord. Time-based retention. */
    public static final String RAW = "mcfed.raw.v1";
    /** COL records; key the COL id; null value = tombstone. Compacted: the durable store of the aggregate. */
    public static final String RECORDS = "mcfed.records.v1";
    /** Records that could not become COL records; key {@code source:localId}; value a {@link Reject}. */
    public static final String REJECTS = "mcfed.rejects.v1";
    /** One {@link RunReport} per source and run; key the source name. Compacted. */
    public static final String HARVEST_RUNS = "mcfed.harvest-runs.v1";

    private static final Map<String, TopicDeclaration> DECLARED = load();

    /** Every topic of the pipeline as declared in {@code pipeline/topics.csv}, in file order. */
    public static List<TopicDeclaration> declared() {
        return List.copyOf(DECLARED.values());
    }

    /** The declaration of one topic; a name missing from {@code pipeline/topics.csv} is a programming error. */
    public static TopicDeclaration declaration(String name) {
        TopicDeclaration d = DECLARED.get(name);
        if (d == null) {
            throw new IllegalArgumentException("topic " + name + " is not declared in " + FILE);
        }
        return d;
    }

    private static Map<String, TopicDeclaration> load() {
        DataTable table = DataTable.load(FILE, "topic", "partitions", "cleanup_policy");
        Map<String, TopicDeclaration> topics = new LinkedHashMap<>();
        for (DataTable.Row row : table.rows()) {
            String name = row.require("topic");
            int partitions = Integer.parseInt(row.require("partitions"));
            String policy = row.require("cleanup_policy");
            if (partitions < 1 || !(policy.equals("compact") || policy.equals("delete"))) {
                throw row.problem("partitions must be >= 1 and"
                        + " cleanup_policy compact or delete, not " + partitions + "/" + policy);
            }
            if (topics.put(name, new TopicDeclaration(name, partitions, policy.equals("compact"))) != null) {
                throw row.problem("topic " + name + " declared twice");
            }
        }
        return topics;
    }

    private Topics() {
    }
}
