package org.mcfed.index.feed.oai;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/**
 * A thin, unchecked wrapper over StAX for writing OAI-PMH responses: every text and attribute
 * goes through {@link XmlText#clean} and the writer's escaping, so the output is well-formed
 * whatever the feeds said.
 */
final class OaiXml {

    static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    private final StringWriter buffer = new StringWriter(8192);
    private final XMLStreamWriter xml;

    OaiXml() {
        try {
            xml = FACTORY.createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's StAX writer is unavailable", e);
        }
    }

    OaiXml start(String name) {
        return call(() -> xml.writeStartElement(name));
    }

    OaiXml start(String prefix, String name, String namespace) {
        return call(() -> xml.writeStartElement(prefix, name, namespace));
    }

    OaiXml namespace(String prefix, String uri) {
        return call(() -> {
            if (prefix == null) {
                xml.writeDefaultNamespace(uri);
            } else {
                xml.writeNamespace(prefix, uri);
            }
        });
    }

    OaiXml attribute(String name, String value) {
        return call(() -> xml.writeAttribute(name, XmlText.clean(value)));
    }

    OaiXml attribute(String prefix, String namespace, String name, String value) {
        return call(() -> xml.writeAttribute(prefix, namespace, name, XmlText.clean(value)));
    }

    OaiXml text(String text) {
        return call(() -> xml.writeCharacters(XmlText.clean(text)));
    }

    OaiXml end() {
        return call(xml::writeEndElement);
    }

    /** {@code <name>text</name>} in the default namespace. */
    OaiXml element(String name, String text) {
        return start(name).text(text).end();
    }

    /** {@code <prefix:name>text</prefix:name>}. */
    OaiXml element(String prefix, String name, String namespace, String text) {
        return start(prefix, name, namespace).text(text).end();
    }

    String finish() {
        call(xml::writeEndDocument);
        call(xml::close);
        return buffer.toString();
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private OaiXml call(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing OAI-PMH XML failed: " + e.getMessage(), e);
        }
    }
}
