package org.mcfed.normalizer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mcfed.col.compliance.Compliance;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.validate.Problem;
import org.mcfed.col.validate.QualityScore;
import org.mcfed.col.validate.Repairs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What happens to a standardised record that {@code ColValidator} finds problems in: nothing
 * invalid is ever published. Decided per failure class, by the top-level field of each problem:
 *
 * <ul>
 *   <li>identity ({@code $}, {@code id}, {@code title}): rejected as {@link RejectClass#UNIDENTIFIED}
 *       or {@link RejectClass#UNTITLED};</li>
 *   <li>any other COL mandatory element ({@code status} null or outside its vocabulary, a level, mode,
 *       assessment type, supervision or stackability option outside its vocabulary, a blank outcome,
 *       a non-positive workload, ...) and {@code provenance}: rejected as {@link RejectClass#INVALID_RECORD}.
 *       The registry stated something the schema cannot hold, and no value may be invented for it;
 *       dropping it would publish "not stated" for what the registry did state;</li>
 *   <li>a COL optional element ({@link Repairs#DROPPABLE}: duration, replaces, replaced by, cost, financial
 *       support, verification) or an aggregator value read from the source (credit, field of education,
 *       AQRF level, url, outcomes by language, sameAs): repaired by dropping the invalid value (null;
 *       {@code sameAs} empty), the field named in {@code quality.derived}, so the record is published
 *       without it and says so.</li>
 * </ul>
 * A record with both kinds is rejected, with every problem as a reason (the droppable ones included,
 * so the registry learns all of them at once).
 */
final class InvalidRecordPolicy {

    private InvalidRecordPolicy() {
    }

    /** Whether every problem is on a droppable field ({@link Repairs}), so that dropping them repairs the record. */
    static boolean repairable(List<Problem> problems) {
        return Repairs.repairable(problems);
    }

    /**
     * The record without the values of the fields these (repairable) problems are on, with those
     * fields appended to {@code quality.derived} (replacing what it said was derived inside them)
     * and the quality and compliance flags recomputed.
     */
    static ColRecord repair(ColRecord record, List<Problem> problems) {
        Set<String> dropped = Repairs.fields(problems);
        ObjectNode json = ColJson.mapper().valueToTree(record);
        for (String field : dropped) {
            if (field.equals("sameAs")) {
                json.putArray(field); // the linker reads sameAs as a list
            } else {
                json.putNull(field);
            }
        }
        ColRecord repaired = ColJson.mapper().convertValue(json, ColRecord.class);
        Set<String> derived = new LinkedHashSet<>();
        if (record.quality() != null) {
            record.quality().derived().stream().filter(d -> !dropped.contains(Repairs.topLevel(d))).forEach(derived::add);
        }
        derived.addAll(dropped);
        return Compliance.flagged(repaired.toBuilder().quality(QualityScore.of(repaired, derived)).build());
    }
}
