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
 * validated with the col-schema rules ({@link ColValidator}), refused with every problem as a reason
 * when one is on an element the record cannot do without ({@link Repairs}: identity, title, any COL
 * mandatory element) or when it is not the record the feed listed; an invalid optional value is left
 * null rather than trusted, and named in {@code quality.derived}. The record is then given
 * this harvest's provenance and enriched where the feed left derivable values empty. The feed's id is kept verbatim
 * ({@code pqr:000123}), never prefixed with the configured source name.
 */
public final class ColFeedMapper implements Mapper {

    @Override
    public ColRecord map(RawRecord raw) throws MappingException {
        if (raw.payload() == null || raw.payload().isBlank()) {
            throw page("feed item " + raw.localId() + " has no record");
        }
        JsonNode json = raw.payload().stripLeading().startsWith("<") ? fromXml(raw) : fromJson(raw.payload());
        Validation validation = ColValidator.validate(json);
        if (validation.rejected() || !Repairs.repairable(validation.problems())) {
            throw new MappingException(validation.problems().stream().map(ColFeedMapper::reason).toList());
        }
        ColRecord record = dropped(validation);
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
    private static ColRecord dropped(Validation validation) {
        ColRecord record = validation.record();
        if (validation.valid()) {
            return record;
        }
        Set<String> derived = new LinkedHashSet<>();
        if (record.quality() != null && record.quality().derived() != null) {
            derived.addAll(record.quality().derived());
        }
        derived.addAll(Repairs.fields(validation.problems()));
        return record.toBuilder().quality(QualityScore.of(record, derived)).build();
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
