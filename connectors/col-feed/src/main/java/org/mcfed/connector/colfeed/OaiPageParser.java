package org.mcfed.connector.colfeed;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.json.ColJson;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.connector.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an OAI-PMH 2.0 {@code ListRecords} response in the COL format: each {@code record}'s header
 * (identifier = the COL id verbatim, datestamp, {@code status="deleted"}) and its metadata, the COL
 * record as JSON text inside {@code <col:record>}; the {@code resumptionToken} of the next page
 * (an empty token ends the list). {@code noRecordsMatch} is an empty list; any other OAI error, a
 * document that is not OAI-PMH, or a record whose metadata is not a COL JSON record is a
 * {@link PageParseException} with the reason. Parsed with DTDs and external entities off.
 */
final class OaiPageParser {

    static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";

    FeedPage parse(byte[] body) throws PageParseException {
        Document doc;
        try {
            doc = SafeXml.parse(body);
        } catch (SAXException | IOException e) {
            throw new PageParseException("OAI-PMH response is not well-formed XML: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        if (root == null || !OAI_NS.equals(root.getNamespaceURI()) || !"OAI-PMH".equals(root.getLocalName())) {
            throw new PageParseException("not an OAI-PMH 2.0 response (root element "
                    + (root == null ? "missing" : "{" + root.getNamespaceURI() + "}" + root.getLocalName()) + ")");
        }
        for (Element error : children(root, "error")) {
            String code = error.getAttribute("code");
            if ("noRecordsMatch".equals(code)) {
                return new FeedPage(List.of(), null);
            }
            throw new PageParseException("OAI-PMH error " + code + ": " + error.getTextContent().strip());
        }
        Element list = first(root, "ListRecords");
        if (list == null) {
            throw new PageParseException("OAI-PMH response has no ListRecords element");
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (Element record : children(list, "record")) {
            entries.add(entry(record));
        }
        Element token = first(list, "resumptionToken");
        String next = token == null || token.getTextContent().isBlank() ? null : token.getTextContent().strip();
        return new FeedPage(entries, next);
    }

    private static FeedEntry entry(Element record) throws PageParseException {
        Element header = first(record, "header");
        if (header == null) {
            throw new PageParseException("OAI-PMH record without a header");
        }
        String id = text(first(header, "identifier"));
        if (id == null) {
            throw new PageParseException("OAI-PMH record header without an identifier");
        }
        Instant datestamp = datestamp(text(first(header, "datestamp")), id);
        if ("deleted".equals(header.getAttribute("status"))) {
            return FeedEntry.deletion(id, datestamp);
        }
        Element metadata = first(record, "metadata");
        Element colRecord = metadata == null ? null : firstElement(metadata);
        String json = colRecord == null ? null : colRecord.getTextContent().strip();
        if (json == null || !json.startsWith("{")) {
            throw new PageParseException("OAI-PMH record " + id + " carries no COL record as JSON in its metadata");
        }
        JsonNode tree;
        try {
            tree = ColJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new PageParseException("OAI-PMH record " + id + ": metadata is not JSON: " + e.getMessage());
        }
        String jsonId = tree.path("id").asText(null);
        if (jsonId != null && !jsonId.equals(id)) {
            throw new PageParseException("OAI-PMH record " + id + " carries the COL record of " + jsonId);
        }
        return FeedEntry.record(id, datestamp, json);
    }

    private static Instant datestamp(String text, String id) throws PageParseException {
        if (text == null) {
            throw new PageParseException("OAI-PMH record " + id + " has no datestamp");
        }
        try {
            return text.length() == 10 ? Instant.parse(text + "T00:00:00Z") : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new PageParseException("OAI-PMH record " + id + " has datestamp '" + text + "', not a UTC datestamp");
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && OAI_NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null || e.getTextContent().isBlank() ? null : e.getTextContent().strip();
    }
}
