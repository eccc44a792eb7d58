package org.mcfed.connector.colfeed;

import org.w3c.dom.Element;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;

/**
 * An OAI-PMH record's metadata element as a document of its own, the raw record's payload: the
 * namespaces it uses are declared on it even where the page declared them further up.
 */
final class MetadataXml {

    private static final TransformerFactory FACTORY = TransformerFactory.newInstance();

    private MetadataXml() {
    }

    static String write(Element metadata) {
        try {
            Transformer t;
            synchronized (FACTORY) {
                t = FACTORY.newTransformer();
            }
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(metadata), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("a parsed element cannot be written back: " + e.getMessage(), e);
        }
    }
}
