package org.mcfed.harvester.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mcfed.col.pipeline.Topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the pipeline made of one source's records: the COL ids on {@code mcfed.records.v1}
 * (latest value per key, tombstones removed) and the keys on {@code mcfed.rejects.v1} with reasons,
 * both translated back to the source's local ids so they compare with the ground truth.
 */
record PipelineOutcome(String source, Set<String> published, Map<String, List<String>> rejected, List<String> rejectKeys) {

    static PipelineOutcome of(String bootstrap, String source) {
        String colPrefix = colIdPrefix(source);
        Map<String, JsonNode> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : TopicContents.read(bootstrap, Topics.RECORDS)) {
            if (belongs(r.key(), source)) {
                latest.put(r.key(), TopicContents.json(r));
            }
        }
        Set<String> published = latest.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey().substring(colPrefix.length())).collect(Collectors.toSet());
        Map<String, List<String>> rejected = new HashMap<>();
        List<String> rejectKeys = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : TopicContents.read(bootstrap, Topics.REJECTS)) {
            JsonNode reject = TopicContents.json(r);
            if (reject != null && source.equals(reject.path("source").asText())) {
                rejectKeys.add(r.key());
                List<String> reasons = new ArrayList<>();
                reject.path("reasons").forEach(reason -> reasons.add(reason.path("element").asText() + ": " + reason.path("problem").asText()));
                rejected.put(reject.path("localId").asText(), reasons);
            }
        }
        return new PipelineOutcome(source, published, rejected, rejectKeys);
    }

    /** COL ids are {@code <source>:<localId>}, except the COL feed's, which are kept verbatim. */
    static String colIdPrefix(String source) {
        return "col-feed".equals(source) ? "" : source + ":";
    }

    private static boolean belongs(String colId, String source) {
        if ("col-feed".equals(source)) {
            return !colId.startsWith("nzqa:") && !colId.startsWith("mqa:") && !colId.startsWith("hkqr:")
                    && !colId.startsWith("microcred-seeker:");
        }
        return colId.startsWith(source + ":");
    }

    /** Every id either published or rejected. */
    Set<String> accountedFor() {
        Set<String> all = new java.util.HashSet<>(published);
        all.addAll(rejected.keySet());
        return all;
    }
}
