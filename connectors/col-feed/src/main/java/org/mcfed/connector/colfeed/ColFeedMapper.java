package org.mcfed.connector.colfeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.validate.ColValidator;
import org.mcfed.col.validate.Problem;
import org.mcfed.col.validate.QualityScore;
import org.mcfed.col.validate.Repairs;
import org.mcfed.col.validate.Validation;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.xml.SafeXml;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A COL feed item is a COL record already, as COL JSON, COL XML elements ({@link ColXmlRecord}) or,
 * over OAI-PMH, a Dublin Core draft of one ({@link DublinCoreDraft}), told apart per record. It is
 * validated with the col-schema rules ({@link ColValidator}) and refused with every problem as a
 * reason when it cannot be identified or titled, or is not the record the feed listed. A stated value
 * that cannot be bound at all refuses the record when its element is one the record cannot do without
 * ({@link Repairs}), else it is left null and named in {@code quality.derived}; other problems are
 * left to the normaliser, which standardises, then validates again. The record is then given
 * this harvest's provenance and enriched where the feed left derivable values empty. The feed's id is kept verbatim
 * ({@code pqr:000123}), never prefixed with the configured source name.
 */
public final class ColFeedMapper implements Mapper {

    /** Fields this harvest sets whatever the feed says: provenance, quality and the record's update time. */
    private static final Set<String> AGGREGATOR_SET = Set.of("provenance", "quality", "updatedAt");

    @Override
    public ColRecord map(RawRecord raw) throws MappingException {
        if (raw.payload() == null || raw.payload().isBlank()) {
            throw page("feed item " + raw.localId() + " has no record");
        }
        JsonNode json = raw.payload().stripLeading().startsWith("<") ? fromXml(raw) : fromJson(raw.payload());
        Validation validation = ColValidator.validate(json);
        List<Problem> stated = lostInBinding(json, validation);
        if (validation.rejected() || !Repairs.repairable(stated)) {
            throw new MappingException((validation.rejected() ? validation.problems() : stated).stream()
                    .map(ColFeedMapper::reason).toList());
        }
        ColRecord record = dropped(validation.record(), stated);
        if (!raw.localId().equals(record.id())) {
            throw new MappingException(List.of(new MappingException.Reason("id",
                    "the feed listed " + raw.localId() + " but the record is " + record.id())));
        }
        return ColEnrichment.enrich(record.toBuilder()
                .provenance(new Provenance(raw.source(), raw.localId(), raw.url(), raw.fetchedAt(), raw.checksum()))
                .build());
    }

    /**
     * The leniently bound record, whose invalid optional values are null, naming those fields in
     * {@code quality.derived} so the repair is on the published record (an empty list when none).
     */
    private static ColRecord dropped(ColRecord record, List<Problem> stated) {
        if (stated.isEmpty()) {
            return record;
        }
        Set<String> derived = new LinkedHashSet<>();
        if (record.quality() != null && record.quality().derived() != null) {
            derived.addAll(record.quality().derived());
        }
        derived.addAll(Repairs.fields(stated));
        return record.toBuilder().quality(QualityScore.of(record, derived)).build();
    }

    /**
     * The problems whose stated value could not be bound at all (a string where a number goes, ...):
     * the bound record holds null there. Other problems (a country name for a code, say) keep their
     * value, which the normaliser's crosswalks may still standardise before it validates the record.
     * An absent key is a value not stated, and the aggregator's own fields are replaced by this harvest.
     */
    private static List<Problem> lostInBinding(JsonNode json, Validation validation) {
        JsonNode bound = ColJson.mapper().valueToTree(validation.record());
        return validation.problems().stream().filter(p -> {
            String field = Repairs.topLevel(p.field());
            JsonNode stated = json.get(field);
            JsonNode kept = bound.get(field);
            return stated != null && !stated.isNull() && (kept == null || kept.isNull())
                    && !AGGREGATOR_SET.contains(field);
        }).toList();
    }

    private static JsonNode fromJson(String payload) throws MappingException {
        try {
            return ColJson.mapper().readTree(payload);
        } catch (JsonProcessingException e) {
            throw page("feed item is not JSON: " + e.getOriginalMessage());
        }
    }

    /** OAI-PMH metadata: the COL record as XML elements, or {@code oai_dc}. */
    private static JsonNode fromXml(RawRecord raw) throws MappingException {
        Element root;
        try {
            root = SafeXml.parse(raw.payload().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw page("feed item is not well-formed XML: " + e.getMessage());
        }
        if (ColXmlRecord.NAMESPACE.equals(root.getNamespaceURI()) && "record".equals(root.getLocalName())) {
            return ColXmlRecord.toJson(root);
        }
        if (OaiPageParser.OAI_DC_NS.equals(root.getNamespaceURI()) && "dc".equals(root.getLocalName())) {
            return DublinCoreDraft.toJson(root, raw.localId(), raw.first("updatedAt"));
        }
        throw page("feed item is {" + root.getNamespaceURI() + "}" + root.getLocalName() + ", neither a COL record nor oai_dc");
    }

    private static MappingException page(String problem) {
        return new MappingException(List.of(new MappingException.Reason("page", problem)));
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
