package org.mcfed.sandbox;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads label/value pairs from a page the way docs/sources tells connectors to: by normalised label text. */
final class Labels {
    private Labels() {
    }

    static String norm(String label) {
        String s = label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** dt/dd pairs. */
    static Map<String, String> dl(Document d, String css) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Element dt : d.select(css + " dt")) {
            Element dd = dt.nextElementSibling();
            m.put(norm(dt.text()), dd == null ? null : dd.text());
        }
        return m;
    }

    /** th/td or td.label/td rows. */
    static Map<String, String> rows(Document d, String rowCss) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Element tr : d.select(rowCss)) {
            if (tr.children().size() >= 2) {
                m.put(norm(tr.child(0).text()), tr.child(1).text());
            }
        }
        return m;
    }

    /** span.k/span.v pairs. */
    static Map<String, String> attrs(Document d) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Element a : d.select("div.attr")) {
            Element k = a.selectFirst("span.k");
            Element v = a.selectFirst("span.v");
            if (k != null && v != null) {
                m.put(norm(k.text()), v.text());
            }
        }
        return m;
    }

    static String any(Map<String, String> m, String... keys) {
        for (String k : keys) {
            if (m.get(k) != null) {
                return m.get(k);
            }
        }
        return null;
    }
}
