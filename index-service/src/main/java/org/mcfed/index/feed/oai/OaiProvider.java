package org.mcfed.index.feed.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.feed.FeedConfig;
import org.mcfed.index.store.Change;
import org.mcfed.index.store.Page;
import org.mcfed.index.store.RecordIndex;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The OAI-PMH 2.0 repository over the index: answers one request with one complete XML
 * document, an error element included (protocol errors are answers, not HTTP failures).
 * Identifiers are the COL ids verbatim ({@code nzqa:4116-2}), as in the JSON feed, so that a
 * harvester gets the same ids by either path.
 */
@ApplicationScoped
public class OaiProvider {

    @Inject
    RecordIndex index;

    @Inject
    DeletionLookup deletions;

    @Inject
    CountrySets sets;

    @Inject
    FeedConfig config;

    /** Answers the raw parameters of one request made to {@code baseUrl}. */
    public String answer(Map<String, List<String>> parameters, String baseUrl) {
        OaiXml xml = document();
        OaiRequest request;
        try {
            request = OaiRequest.parse(parameters);
        } catch (OaiException e) {
            xml.element("request", baseUrl);
            return error(xml, e);
        }
        xml.start("request");
        xml.attribute("verb", request.verb().name());
        request.arguments().forEach(xml::attribute);
        xml.text(baseUrl).end();
        try {
            switch (request.verb()) {
                case Identify -> identify(xml, baseUrl);
                case ListMetadataFormats -> listMetadataFormats(xml, request, baseUrl);
                case ListSets -> listSets(xml, request);
                case GetRecord -> getRecord(xml, request);
                case ListIdentifiers, ListRecords -> list(xml, request);
            }
        } catch (OaiException e) {
            return error(xml, e);
        }
        return xml.end().finish();
    }

    /** The answer to a request whose arguments cannot even be read (a broken %-escape): {@code badArgument}. */
    public String unreadable(String reason, String baseUrl) {
        OaiXml xml = document();
        xml.element("request", baseUrl);
        return error(xml, new OaiException(OaiError.badArgument, reason));
    }

    private static OaiXml document() {
        OaiXml xml = new OaiXml();
        return xml.start("OAI-PMH").namespace(null, OaiXml.OAI_NS).namespace("xsi", OaiXml.XSI_NS)
                .attribute("xsi", OaiXml.XSI_NS, "schemaLocation",
                        OaiXml.OAI_NS + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd")
                .element("responseDate", OaiDates.datestamp(Instant.now()));
    }

    private static String error(OaiXml xml, OaiException e) {
        return xml.start("error").attribute("code", e.code().name()).text(e.getMessage()).end().end().finish();
    }

    private void identify(OaiXml xml, String baseUrl) {
        xml.start("Identify")
                .element("repositoryName", config.oai().repositoryName())
                .element("baseURL", baseUrl)
                .element("protocolVersion", "2.0")
                .element("adminEmail", config.oai().adminEmail())
                .element("earliestDatestamp", OaiDates.datestamp(index.earliestChange().orElse(Instant.EPOCH)))
                .element("deletedRecord", "persistent")
                .element("granularity", "YYYY-MM-DDThh:mm:ssZ")
                .end();
    }

    private void listMetadataFormats(OaiXml xml, OaiRequest request, String baseUrl) {
        Optional<String> identifier = request.argument("identifier");
        if (identifier.isPresent() && index.get(identifier.get()).isEmpty() && deletions.deletedAt(identifier.get()).isEmpty()) {
            throw new OaiException(OaiError.idDoesNotExist, "no record has the identifier '" + identifier.get() + "'");
        }
        xml.start("ListMetadataFormats");
        for (MetadataFormat f : MetadataFormat.values()) {
            String schema = f.schema().startsWith("http") ? f.schema() : baseUrl + "/" + f.schema();
            xml.start("metadataFormat")
                    .element("metadataPrefix", f.prefix())
                    .element("schema", schema)
                    .element("metadataNamespace", f.namespace())
                    .end();
        }
        xml.end();
    }

    private void listSets(OaiXml xml, OaiRequest request) {
        if (request.argument(OaiVerb.RESUMPTION_TOKEN).isPresent()) {
            throw new OaiException(OaiError.badResumptionToken, "ListSets answers in one response and issues no resumptionToken");
        }
        Map<String, Long> countries = sets.countries();
        if (countries.isEmpty()) {
            throw new OaiException(OaiError.noSetHierarchy, "this repository holds no records yet, so it has no country sets");
        }
        xml.start("ListSets");
        countries.forEach((country, count) -> xml.start("set")
                .element("setSpec", CountrySets.PREFIX + country)
                .element("setName", countryName(country) + " (" + country + "): " + count + " records")
                .end());
        xml.end();
    }

    private void getRecord(OaiXml xml, OaiRequest request) {
        MetadataFormat format = format(request.arguments().get("metadataPrefix"));
        String id = request.arguments().get("identifier");
        Optional<ColRecord> record = index.get(id);
        xml.start("GetRecord");
        if (record.isPresent()) {
            ColRecord r = record.get();
            Instant at = r.updatedAt() != null ? r.updatedAt()
                    : r.provenance() != null && r.provenance().harvestedAt() != null ? r.provenance().harvestedAt() : Instant.EPOCH;
            writeRecord(xml, new Change(id, at, r), format, null);
        } else {
            Instant deletedAt = deletions.deletedAt(id)
                    .orElseThrow(() -> new OaiException(OaiError.idDoesNotExist, "no record has the identifier '" + id + "'"));
            writeRecord(xml, new Change(id, deletedAt, null), format, null);
        }
        xml.end();
    }

    private void list(OaiXml xml, OaiRequest request) {
        boolean records = request.verb() == OaiVerb.ListRecords;
        Optional<String> tokenText = request.argument(OaiVerb.RESUMPTION_TOKEN);
        ResumptionToken state;
        if (tokenText.isPresent()) {
            state = ResumptionToken.decode(tokenText.get(), request.verb());
        } else {
            OaiDates.Bound from = request.argument("from").map(OaiDates::from).orElse(null);
            OaiDates.Bound until = request.argument("until").map(OaiDates::until).orElse(null);
            if (from != null && until != null) {
                if (from.day() != until.day()) {
                    throw new OaiException(OaiError.badArgument, "from and until must have the same granularity");
                }
                if (from.instant().isAfter(until.instant())) {
                    throw new OaiException(OaiError.badArgument, "from must not be later than until");
                }
            }
            state = new ResumptionToken(request.verb().name(), request.arguments().get("metadataPrefix"),
                    request.argument("set").orElse(null), from == null ? null : from.instant(),
                    until == null ? null : until.instant(), null, 0);
        }
        MetadataFormat format = format(state.metadataPrefix());
        String country = null;
        if (state.set() != null) {
            country = CountrySets.countryOf(state.set())
                    .orElseThrow(() -> new OaiException(OaiError.noRecordsMatch, "this repository has no set '" + state.set() + "'; its sets are country:XX"));
        }
        Page<Change> page;
        String next;
        try {
            page = index.changes(state.from(), state.until(), country, state.indexCursor(), config.oai().pageSize());
            next = page.next();
            if (next != null && index.changes(state.from(), state.until(), country, next, 1).items().isEmpty()) {
                next = null;
            }
        } catch (IllegalArgumentException e) {
            throw new OaiException(OaiError.badResumptionToken, "the resumptionToken is no longer valid: " + e.getMessage());
        }
        if (page.items().isEmpty()) {
            throw new OaiException(OaiError.noRecordsMatch, "no records match the selection");
        }
        xml.start(request.verb().name());
        for (Change change : page.items()) {
            if (records) {
                writeRecord(xml, change, format, state.set());
            } else {
                writeHeader(xml, change, state.set());
            }
        }
        if (next != null) {
            ResumptionToken following = new ResumptionToken(state.verb(), state.metadataPrefix(), state.set(), state.from(),
                    state.until(), next, state.delivered() + page.items().size());
            xml.start("resumptionToken").attribute("cursor", Long.toString(state.delivered())).text(following.encode()).end();
        } else if (tokenText.isPresent()) {
            // the last page of an incomplete list carries an empty token (OAI-PMH 3.5)
            xml.start("resumptionToken").attribute("cursor", Long.toString(state.delivered())).end();
        }
        xml.end();
    }

    private static MetadataFormat format(String prefix) {
        return MetadataFormat.byPrefix(prefix).orElseThrow(() -> new OaiException(OaiError.cannotDisseminateFormat,
                "the metadata format '" + prefix + "' is not disseminated here; use oai_dc or col"));
    }

    private void writeRecord(OaiXml xml, Change change, MetadataFormat format, String requestedSet) {
        xml.start("record");
        writeHeader(xml, change, requestedSet);
        if (!change.deleted()) {
            xml.start("metadata");
            format.write(xml, change.record());
            xml.end();
        }
        xml.end();
    }

    private void writeHeader(OaiXml xml, Change change, String requestedSet) {
        xml.start("header");
        if (change.deleted()) {
            xml.attribute("status", "deleted");
        }
        xml.element("identifier", change.id()).element("datestamp", OaiDates.datestamp(change.at()));
        Optional<String> spec = change.deleted() ? Optional.ofNullable(requestedSet) : CountrySets.specOf(change.record().issuerCountry());
        spec.ifPresent(s -> xml.element("setSpec", s));
        xml.end();
    }

    private static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? "Country" : name;
    }
}
