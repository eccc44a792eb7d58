package org.mcfed.index.feed.oai;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** An OAI-PMH response parsed as namespace-aware XML (parsing fails the test if it is not well-formed). */
final class OaiResponse {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    /** One factory: looking one up scans the whole test class path, which takes a good part of a second. */
    private static final DocumentBuilderFactory FACTORY = factory();

    final Document doc;

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    OaiResponse(byte[] body) {
        try {
            synchronized (FACTORY) {
                doc = FACTORY.newDocumentBuilder().parse(new ByteArrayInputStream(body));
            }
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + new String(body), e);
        }
    }

    Element root() {
        return doc.getDocumentElement();
    }

    List<Element> all(String localName) {
        return all(OAI, localName);
    }

    List<Element> all(String namespace, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS(namespace, localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    String text(String localName) {
        List<Element> e = all(localName);
        return e.isEmpty() ? null : e.get(0).getTextContent();
    }

    /** The error code, or null when the response holds no error. */
    String error() {
        List<Element> e = all("error");
        return e.isEmpty() ? null : e.get(0).getAttribute("code");
    }

    Element request() {
        return all("request").get(0);
    }

    /** The resumptionToken element, or null. */
    Element token() {
        List<Element> e = all("resumptionToken");
        return e.isEmpty() ? null : e.get(0);
    }

    List<Element> headers() {
        return all("header");
    }

    static String child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }

    static List<String> children(Element parent, String localName) {
        List<String> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e.getTextContent());
            }
        }
        return out;
    }
}
