package org.mcfed.connector.colfeed;

import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A COL feed item is a COL record already: read it with {@link ColJson}, check it is the record the
 * feed said (same id) and has a title, and set the provenance of this harvest. The feed's id is kept
 * verbatim ({@code pqr:000123}), never prefixed with the configured source name.
 */
public final class ColFeedMapper implements Mapper {

    @Override
    public ColRecord map(RawRecord raw) throws MappingException {
        if (raw.payload() == null || raw.payload().isBlank()) {
            throw new MappingException(List.of(new MappingException.Reason("page", "feed item " + raw.localId() + " has no record")));
        }
        ColRecord record;
        try {
            record = ColJson.read(raw.payload());
        } catch (UncheckedIOException e) {
            throw new MappingException(List.of(new MappingException.Reason("page", e.getMessage())));
        }
        List<MappingException.Reason> reasons = new ArrayList<>();
        if (record.id() == null || record.id().isBlank()) {
            reasons.add(new MappingException.Reason("id", "the feed record has no id"));
        } else if (!record.id().equals(raw.localId())) {
            reasons.add(new MappingException.Reason("id", "the feed listed " + raw.localId() + " but the record is " + record.id()));
        }
        if (record.title() == null || record.title().values().stream().allMatch(t -> t == null || t.isBlank())) {
            reasons.add(new MappingException.Reason("title", "the feed record has no title in any language"));
        }
        if (!reasons.isEmpty()) {
            throw new MappingException(reasons);
        }
        return record.toBuilder()
                .provenance(new Provenance(raw.source(), raw.localId(), raw.url(), raw.fetchedAt(), raw.checksum()))
                .build();
    }

    /** The feed's ids are COL ids already. */
    @Override
    public String idOf(RawRecord raw) {
        return raw.localId();
    }
}
