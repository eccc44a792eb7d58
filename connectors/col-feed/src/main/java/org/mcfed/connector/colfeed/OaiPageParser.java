package org.mcfed.connector.colfeed;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.ItemProblem;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.connector.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an OAI-PMH 2.0 {@code ListRecords} response: each {@code record}'s header (identifier = the
 * COL id verbatim, datestamp, {@code status="deleted"}) and its metadata, kept verbatim for the
 * mapper in whichever form this record carries: the COL record as JSON text inside
 * {@code <col:record>}, the COL record as XML elements ({@link ColXmlRecord}), or {@code oai_dc}; the
 * {@code resumptionToken} of the next page (an empty token ends the list). {@code noRecordsMatch}
 * is an empty list; any other OAI error or a document that is not OAI-PMH is a
 * {@link PageParseException} with the reason. One bad record costs that record only: one without an
 * identifier is named in the page's problems by position, one whose datestamp or metadata cannot be
 * read is kept with the problem, and a page that is not well-formed because of what some records
 * hold is read record by record ({@link OaiRecordRecovery}). Parsed with DTDs and external entities off.
 */
final class OaiPageParser {

    static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    /** The header's identifier in a record that could not be parsed, read as text. */
    private static final Pattern IDENTIFIER = Pattern.compile("<(?:[\\w.-]+:)?identifier>([^<]*)</(?:[\\w.-]+:)?identifier>");

    FeedPage parse(URI page, byte[] body) throws PageParseException {
        Document doc;
        try {
            doc = SafeXml.parse(body);
        } catch (SAXException | IOException e) {
            OaiRecordRecovery.Recovered recovered = OaiRecordRecovery.recover(body);
            if (recovered == null || recovered.records().isEmpty()) {
                throw new PageParseException("OAI-PMH response is not well-formed XML: " + e.getMessage());
            }
            return read(page, recovered);
        }
        Element root = doc.getDocumentElement();
        if (root == null || !OAI_NS.equals(root.getNamespaceURI()) || !"OAI-PMH".equals(root.getLocalName())) {
            throw new PageParseException("not an OAI-PMH 2.0 response (root element "
                    + (root == null ? "missing" : "{" + root.getNamespaceURI() + "}" + root.getLocalName()) + ")");
        }
        for (Element error : children(root, "error")) {
            String code = error.getAttribute("code");
            if ("noRecordsMatch".equals(code)) {
                return new FeedPage(List.of(), List.of(), null);
            }
            throw new PageParseException("OAI-PMH error " + code + ": " + error.getTextContent().strip());
        }
        Element list = first(root, "ListRecords");
        if (list == null) {
            throw new PageParseException("OAI-PMH response has no ListRecords element");
        }
        List<FeedEntry> entries = new ArrayList<>();
        List<ItemProblem> problems = new ArrayList<>();
        int index = 0;
        for (Element record : children(list, "record")) {
            read(record, page, "record[" + index++ + "]", entries, problems);
        }
        Element token = first(list, "resumptionToken");
        String next = token == null || token.getTextContent().isBlank() ? null : token.getTextContent().strip();
        return new FeedPage(entries, problems, next);
    }

    /** A page that was not well-formed, read record by record. */
    private static FeedPage read(URI page, OaiRecordRecovery.Recovered recovered) {
        List<FeedEntry> entries = new ArrayList<>();
        List<ItemProblem> problems = new ArrayList<>();
        int index = 0;
        for (OaiRecordRecovery.Piece piece : recovered.records()) {
            String item = "record[" + index++ + "]";
            if (piece.record() != null) {
                read(piece.record(), page, item, entries, problems);
                continue;
            }
            Matcher identifier = IDENTIFIER.matcher(piece.text());
            String id = identifier.find() ? XmlEntities.decode(identifier.group(1)).strip() : null;
            if (id == null || id.isEmpty()) {
                problems.add(new ItemProblem(page.toString(), item, null, "record is " + piece.problem()));
            } else {
                problems.add(new ItemProblem(page.toString(), item, id, "record is " + piece.problem()));
                entries.add(FeedEntry.unreadable(id, null, piece.text(), FeedEntry.XML, "OAI-PMH record " + id + " is " + piece.problem()));
            }
        }
        return new FeedPage(entries, problems, recovered.resumptionToken());
    }

    private static void read(Element record, URI page, String item, List<FeedEntry> entries, List<ItemProblem> problems) {
        Element header = first(record, "header");
        String id = header == null ? null : text(first(header, "identifier"));
        if (id == null) {
            problems.add(new ItemProblem(page.toString(), item, null, header == null ? "no header" : "header without an identifier"));
            return;
        }
        FeedEntry entry = entry(id, header, record);
        entries.add(entry);
        entry.problems().forEach(p -> problems.add(new ItemProblem(page.toString(), item, id, p)));
    }

    private static FeedEntry entry(String id, Element header, Element record) {
        FeedStamp datestamp = FeedStamp.of("datestamp", text(first(header, "datestamp")));
        if ("deleted".equals(header.getAttribute("status").strip())) {
            // the source says the record is gone; an unreadable datestamp does not make that less true
            return datestamp.problem() == null ? FeedEntry.deletion(id, datestamp.at())
                    : new FeedEntry(id, null, null, null, true, List.of(datestamp.problem() + " (deleted all the same)"));
        }
        Element metadata = first(record, "metadata");
        Element content = metadata == null ? null : ChildElements.first(metadata);
        if (content == null) {
            return FeedEntry.unreadable(id, datestamp.at(), null, null, "OAI-PMH record " + id + " has no metadata");
        }
        String namespace = content.getNamespaceURI();
        FeedEntry read;
        if (ColXmlRecord.NAMESPACE.equals(namespace) && "record".equals(content.getLocalName())) {
            read = ChildElements.first(content) != null
                    ? FeedEntry.record(id, datestamp.at(), MetadataXml.write(content), FeedEntry.XML)
                    : colJson(id, datestamp, content.getTextContent().strip());
        } else if (OAI_DC_NS.equals(namespace) && "dc".equals(content.getLocalName())) {
            read = FeedEntry.record(id, datestamp.at(), MetadataXml.write(content), FeedEntry.XML);
        } else {
            return FeedEntry.unreadable(id, datestamp.at(), MetadataXml.write(content), FeedEntry.XML, "OAI-PMH record " + id
                    + " carries {" + namespace + "}" + content.getLocalName() + ", neither a COL record nor oai_dc");
        }
        if (datestamp.problem() != null && !read.unreadable()) {
            return FeedEntry.unreadable(id, null, read.payload(), read.contentType(), "OAI-PMH record " + id + ": " + datestamp.problem());
        }
        return read;
    }

    /** The COL record as JSON text, which must be a JSON object of the record the header names. */
    private static FeedEntry colJson(String id, FeedStamp datestamp, String json) {
        String problem = null;
        if (!json.startsWith("{")) {
            problem = "its col:record holds neither COL elements nor COL JSON";
        } else {
            try {
                JsonNode tree = ColJson.mapper().readTree(json);
                String jsonId = tree.path("id").asText(null);
                if (jsonId != null && !jsonId.equals(id)) {
                    problem = "it carries the COL record of " + jsonId;
                }
            } catch (IOException e) {
                problem = "its COL JSON does not parse: " + e.getMessage();
            }
        }
        return problem == null ? FeedEntry.record(id, datestamp.at(), json, FeedEntry.JSON)
                : FeedEntry.unreadable(id, datestamp.at(), json, FeedEntry.JSON, "OAI-PMH record " + id + ": " + problem);
    }

    private static List<Element> children(Element parent, String localName) {
        return ChildElements.named(parent, OAI_NS, localName);
    }

    private static Element first(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element e) {
        return e == null || e.getTextContent().isBlank() ? null : e.getTextContent().strip();
    }
}
