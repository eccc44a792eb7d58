package org.mcfed.connector.colfeed;

import org.mcfed.connector.xml.SafeXml;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an OAI-PMH page that is not well-formed because of what is inside some of its
 * {@code record}s (an unescaped {@code &}, a tag left open in one record's metadata): the page is
 * cut at its top-level {@code record} tags and each record is parsed on its own inside the page's
 * own root element, so that one broken record costs that record only. Only a page whose envelope is
 * whole is recovered (root and {@code ListRecords} closed, no DOCTYPE): a page cut short stays
 * unreadable, since reading half of it would end the list early and let a sweep delete the rest.
 */
final class OaiRecordRecovery {

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']");
    private static final Pattern ROOT = Pattern.compile("<((?:[\\w.-]+:)?)OAI-PMH\\b[^>]*>");

    /** One record's text: parsed, or why not. */
    record Piece(Element record, String text, String problem) {
    }

    /** A recovered page: its records in order and the text of its resumptionToken, null when none. */
    record Recovered(List<Piece> records, String resumptionToken) {
    }

    private OaiRecordRecovery() {
    }

    /** The page cut into records, or null when its envelope is not whole enough to recover. */
    static Recovered recover(byte[] body) {
        String text = new String(body, charset(body));
        if (text.contains("<!DOCTYPE")) {
            return null;
        }
        Matcher root = ROOT.matcher(text);
        if (!root.find()) {
            return null;
        }
        String p = root.group(1);
        int listStart = indexOfTag(text, "<" + p + "ListRecords", root.end());
        int listEnd = text.lastIndexOf("</" + p + "ListRecords>");
        if (listStart < 0 || listEnd < listStart || !text.stripTrailing().endsWith("</" + p + "OAI-PMH>")) {
            return null;
        }
        int bodyStart = text.indexOf('>', listStart) + 1;
        String list = text.substring(bodyStart, listEnd);
        List<Piece> records = new ArrayList<>();
        Pattern tags = Pattern.compile("<(/?)" + Pattern.quote(p) + "record(?=[\\s/>])[^>]*?(/?)>");
        Matcher m = tags.matcher(list);
        int depth = 0;
        int start = -1;
        int afterLast = 0;
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            boolean empty = !m.group(2).isEmpty();
            if (!closing && depth == 0) {
                start = m.start();
            }
            if (!closing && !empty) {
                depth++;
            } else if (closing) {
                depth--;
            }
            if (depth == 0 && start >= 0) {
                String chunk = list.substring(start, m.end());
                records.add(parse(root.group(), p, chunk));
                start = -1;
                afterLast = m.end();
            } else if (depth < 0) {
                return null;
            }
        }
        return new Recovered(records, token(list.substring(afterLast), p));
    }

    private static Piece parse(String rootTag, String p, String chunk) {
        String doc = rootTag + "<" + p + "ListRecords>" + chunk + "</" + p + "ListRecords></" + p + "OAI-PMH>";
        try {
            Element list = ChildElements.first(SafeXml.parse(doc.getBytes(StandardCharsets.UTF_8)).getDocumentElement());
            return new Piece(ChildElements.first(list), chunk, null);
        } catch (SAXException | IOException e) {
            return new Piece(null, chunk, "not well-formed XML: " + e.getMessage());
        }
    }

    /** The resumptionToken after the last record, read as text: it must survive a broken record before it. */
    private static String token(String tail, String p) {
        Matcher m = Pattern.compile("<" + Pattern.quote(p) + "resumptionToken\\b[^>]*?(/>|>([^<]*)</" + Pattern.quote(p)
                + "resumptionToken>)").matcher(tail);
        if (!m.find() || m.group(2) == null || m.group(2).isBlank()) {
            return null;
        }
        return XmlEntities.decode(m.group(2)).strip();
    }

    private static int indexOfTag(String text, String tag, int from) {
        Matcher m = Pattern.compile(Pattern.quote(tag) + "(?=[\\s>])").matcher(text);
        return m.find(from) ? m.start() : -1;
    }

    private static Charset charset(byte[] body) {
        Matcher m = ENCODING.matcher(new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1));
        try {
            return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
