package org.mcfed.connector.colfeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.validate.ColValidator;
import org.mcfed.col.validate.Problem;
import org.mcfed.col.validate.Validation;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;

import java.util.List;

/**
 * A COL feed item is a COL record already: it is validated with the col-schema rules
 * ({@link ColValidator}), refused only when it cannot be identified or titled (every problem is
 * then a reason) or is not the record the feed listed, otherwise taken as bound (a value that
 * breaks the schema is left null rather than trusted), given this harvest's provenance and
 * enriched where the feed left derivable values empty. The feed's id is kept verbatim
 * ({@code pqr:000123}), never prefixed with the configured source name.
 */
public final class ColFeedMapper implements Mapper {

    @Override
    public ColRecord map(RawRecord raw) throws MappingException {
        if (raw.payload() == null || raw.payload().isBlank()) {
            throw new MappingException(List.of(new MappingException.Reason("page", "feed item " + raw.localId() + " has no record")));
        }
        JsonNode json;
        try {
            json = ColJson.mapper().readTree(raw.payload());
        } catch (JsonProcessingException e) {
            throw new MappingException(List.of(new MappingException.Reason("page", "feed item is not JSON: " + e.getOriginalMessage())));
        }
        Validation validation = ColValidator.validate(json);
        if (validation.rejected()) {
            throw new MappingException(validation.problems().stream().map(ColFeedMapper::reason).toList());
        }
        ColRecord record = validation.record();
        if (!raw.localId().equals(record.id())) {
            throw new MappingException(List.of(new MappingException.Reason("id",
                    "the feed listed " + raw.localId() + " but the record is " + record.id())));
        }
        return ColEnrichment.enrich(record.toBuilder()
                .provenance(new Provenance(raw.source(), raw.localId(), raw.url(), raw.fetchedAt(), raw.checksum()))
                .build());
    }

    /** The feed's ids are COL ids already. */
    @Override
    public String idOf(RawRecord raw) {
        return raw.localId();
    }

    private static MappingException.Reason reason(Problem p) {
        return new MappingException.Reason(p.field(), p.problem());
    }
}
