package org.mcfed.connector.colfeed;

/** The five predefined XML entities, for the few values read as text from a page the XML parser refused. */
final class XmlEntities {

    private XmlEntities() {
    }

    static String decode(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
