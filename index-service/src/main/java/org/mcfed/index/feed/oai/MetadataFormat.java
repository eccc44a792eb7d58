package org.mcfed.index.feed.oai;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Skill;
import org.mcfed.index.feed.format.RecordFormat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata formats this provider disseminates (docs/sources/col-feed.md): {@code oai_dc},
 * which every OAI-PMH repository must offer, and {@code col}, the full COL record as JSON text
 * inside a {@code <col:record>} element, byte for byte the JSON of the feed and the records topic;
 * and {@code ob3}, {@code elm}, {@code ctdl}, the record's JSON-LD in those models (docs/crosswalks.md).
 */
public enum MetadataFormat {

    OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/") {
        @Override
        void write(OaiXml xml, ColRecord r) {
            xml.start("oai_dc", "dc", namespace()).namespace("oai_dc", namespace()).namespace("dc", DC_NS)
                    .namespace("xsi", OaiXml.XSI_NS)
                    .attribute("xsi", OaiXml.XSI_NS, "schemaLocation", namespace() + " " + schema());
            dc(xml, "identifier", r.id());
            languageMap(xml, "title", r.title());
            languageMap(xml, "description", r.description());
            if (r.awardingBody() != null) {
                dc(xml, "publisher", r.awardingBody().name());
            }
            dc(xml, "coverage", r.issuerCountry());
            each(xml, "language", r.languages());
            if (r.skills() != null) {
                for (Skill skill : r.skills()) {
                    dc(xml, "subject", skill == null ? null : skill.label());
                }
            }
            if (r.fieldOfEducation() != null && r.fieldOfEducation().iscedF() != null) {
                dc(xml, "subject", "ISCED-F " + r.fieldOfEducation().iscedF());
            }
            dc(xml, "type", "micro-credential");
            if (r.updatedAt() != null) {
                dc(xml, "date", OaiDates.datestamp(r.updatedAt()).substring(0, 10));
            }
            dc(xml, "identifier", r.url());
            each(xml, "relation", r.replaces());
            each(xml, "relation", r.replacedBy());
            if (r.provenance() != null) {
                dc(xml, "source", r.provenance().url());
            }
            xml.end();
        }
    },

    COL("col", "col.xsd", "urn:mcfed:col-record:v1") {
        @Override
        void write(OaiXml xml, ColRecord r) {
            String json;
            try {
                json = ColJson.mapper().writeValueAsString(r);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("record " + r.id() + " cannot be written as JSON", e);
            }
            xml.start("col", "record", namespace()).namespace("col", namespace())
                    .attribute("contentType", "application/json").text(json).end();
        }
    },

    OB3(RecordFormat.OB3),
    ELM(RecordFormat.ELM),
    CTDL(RecordFormat.CTDL);

    static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    private final String prefix;
    private final String schema;
    private final String namespace;

    private final RecordFormat linkedData;

    MetadataFormat(String prefix, String schema, String namespace) {
        this.prefix = prefix;
        this.schema = schema;
        this.namespace = namespace;
        this.linkedData = null;
    }

    /** A linked-data format: its JSON-LD document as text in a {@code <prefix:record>} element of namespace {@code urn:mcfed:<prefix>:v1}. */
    MetadataFormat(RecordFormat linkedData) {
        this.prefix = linkedData.id();
        this.schema = linkedData.id() + ".xsd";
        this.namespace = "urn:mcfed:" + linkedData.id() + ":v1";
        this.linkedData = linkedData;
    }

    public String prefix() {
        return prefix;
    }

    /** The schema URL; for this provider's own formats relative to the provider's base URL ({@code /oai/col.xsd}). */
    public String schema() {
        return schema;
    }

    public String namespace() {
        return namespace;
    }

    void write(OaiXml xml, ColRecord record) {
        xml.start(prefix, "record", namespace).namespace(prefix, namespace)
                .attribute("contentType", RecordFormat.JSON_LD).text(linkedData.write(record)).end();
    }

    public static Optional<MetadataFormat> byPrefix(String prefix) {
        for (MetadataFormat f : values()) {
            if (f.prefix.equals(prefix)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static void dc(OaiXml xml, String element, String value) {
        if (value != null && !value.isBlank()) {
            xml.element("dc", element, DC_NS, value);
        }
    }

    private static void each(OaiXml xml, String element, List<String> values) {
        if (values != null) {
            values.forEach(v -> dc(xml, element, v));
        }
    }

    private static void languageMap(OaiXml xml, String element, Map<String, String> values) {
        if (values == null) {
            return;
        }
        values.forEach((lang, text) -> {
            if (text != null && !text.isBlank()) {
                xml.start("dc", element, DC_NS);
                if (lang != null && !lang.isBlank()) {
                    xml.attribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
                }
                xml.text(text).end();
            }
        });
    }
}
