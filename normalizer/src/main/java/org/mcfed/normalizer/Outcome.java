package org.mcfed.normalizer;

import org.mcfed.col.pipeline.Reject;
import org.mcfed.col.record.ColRecord;

import java.util.List;

/**
 * What one raw record becomes: a COL record to publish, a tombstone for a deletion, or a reject
 * with every reason. {@link RawRecordNormalizer} returns these without touching Kafka.
 */
public sealed interface Outcome {

    /** The Kafka key the outcome is written under: the COL id, or {@code source:localId} for a reject. */
    String key();

    /**
     * A record for {@code mcfed.records.v1}; its {@code sameAs} holds only the links the source stated.
     * {@code repairs} are the schema problems repaired by dropping an invalid optional value (each
     * field also named in {@code quality.derived}); empty when the standardised record was valid.
     */
    record Published(ColRecord record, List<Reject.Reason> repairs) implements Outcome {

        public Published {
            repairs = List.copyOf(repairs);
        }

        /** A record that needed no repair. */
        public Published(ColRecord record) {
            this(record, List.of());
        }

        @Override
        public String key() {
            return record.id();
        }
    }

    /** A deletion: a null value on {@code mcfed.records.v1} under the id {@code Mapper.idOf} gives. */
    record Tombstone(String id) implements Outcome {
        @Override
        public String key() {
            return id;
        }
    }

    /** A record for {@code mcfed.rejects.v1}, classified for metrics. */
    record Rejected(Reject reject, RejectClass rejectClass) implements Outcome {
        @Override
        public String key() {
            return reject.key();
        }
    }
}
