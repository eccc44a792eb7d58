package org.mcfed.col.pipeline;

/**
 * How one pipeline topic is created: its partitions and whether it is compacted. Read from
 * {@code pipeline/topics.csv} by {@link Topics#declared()}, the one place these are stated, so the
 * services, the test brokers and the Kubernetes manifests cannot disagree.
 *
 * @param name       the topic's versioned name
 * @param partitions partitions when created
 * @param compacted  {@code cleanup.policy=compact} (else {@code delete}, time-based retention)
 */
public record TopicDeclaration(String name, int partitions, boolean compacted) {

    /** The topic's {@code cleanup.policy}: {@code compact} or {@code delete}. */
    public String cleanupPolicy() {
        return compacted ? "compact" : "delete";
    }
}
