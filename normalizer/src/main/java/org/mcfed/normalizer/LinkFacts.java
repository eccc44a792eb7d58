package org.mcfed.normalizer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code sameAs} linking needs of a COL record: its id, titles and awarding body (the offering
 * keys), source, harvest time, stored links and last change. {@link #read} binds only these from a
 * value of {@code mcfed.records.v1} and skips the rest of the record: a restarted normalizer reads
 * every record of the topic before it takes raw partitions, so the cost of that read is its
 * recovery time (binding whole records made it about 2,000 records a second under load).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record LinkFacts(String id, Map<String, String> title, AwardingBody awardingBody, Provenance provenance,
                 List<String> sameAs, Instant updatedAt) {

    static LinkFacts of(ColRecord r) {
        return new LinkFacts(r.id(), r.title(), r.awardingBody(), r.provenance(), r.sameAs(), r.updatedAt());
    }

    /** @throws UncheckedIOException when the value is not a COL record's JSON */
    static LinkFacts read(byte[] value) {
        try {
            return ColJson.mapper().readValue(value, LinkFacts.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a COL record: " + e.getMessage(), e);
        }
    }

    /** The offering keys (awarding body | title, normalised), sorted; empty without either. */
    Set<String> keys() {
        return OfferingKey.of(awardingBody, title);
    }

    /** The configured source ({@code provenance.source}), else the prefix of the id; "" without either. */
    String source() {
        String source = ColRecord.harvestedFrom(provenance, id);
        return source == null ? "" : source;
    }

    /** When the record was harvested, else when the aggregate last changed it. */
    Instant harvestedAt() {
        return provenance != null && provenance.harvestedAt() != null ? provenance.harvestedAt() : updatedAt;
    }
}
