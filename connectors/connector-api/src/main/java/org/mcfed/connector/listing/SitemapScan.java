package org.mcfed.connector.listing;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Reads a sitemap file from its bytes, as {@link SitemapReader}'s StAX reading would, or declines (null) so that the
 * file is read by StAX. The JDK's StAX parser was most of an incremental run's cost in the harvester: at a million
 * records HKQR's 713,288 sitemap entries took 14 to 26 s to read, JFR put StAX at 53 % of the harvester's CPU over
 * that time (BENCHMARKS.md, 2026-12-05, seventeenth session). A sitemap is a flat list in plain ASCII, which a scan of
 * its bytes reads in less than half of StAX's CPU.
 * <p>
 * The scan accepts only what it reads exactly as StAX does, and declines everything else: any byte outside printable
 * ASCII, tab, CR and LF (an IRI not percent-encoded, another encoding), a DOCTYPE, a prefixed element name, a namespace
 * prefix declared below the root, an entity other than XML's five, a malformed tag, comment, attribute or reference,
 * text or a second element outside the root, and a file that ends inside an element. A declined file is then read
 * by StAX, which reads it or fails with its reason; so the scan never makes a truncated or broken file a partial
 * list (a record missing from the list would be swept as deleted). {@code SitemapScanTest} holds it to StAX on
 * generated sitemaps and on random edits of them.
 */
final class SitemapScan {

    /**
     * What a file lists, as written: each {@code <url>}'s {@code <loc>} and {@code <lastmod>} text, trimmed (null when the
     * element is absent or empty), in order, and each {@code <sitemap>}'s {@code <loc>} (an index's files). A scanned
     * file's texts are held as where they are in its bytes, and made strings only when read: held as 100,000 strings
     * until the file's last entry was diffed, a file's texts were copied by the young collections that came meanwhile.
     */
    static final class Listed {

        /** No text (an absent or empty element). */
        static final long NONE = span(-1, -1);

        /** The file's bytes the spans point into; null when every text is {@link #decoded}. */
        private final byte[] file;
        /** Each url's loc and lastmod: {@code from << 32 | to} in {@link #file}, or {@code -2 - k} in from for decoded[k]. */
        private long[] spans;
        private int size;
        /** Texts that are not a plain slice of the file (references, CRs, CDATA, or read by StAX). */
        private final List<String> decoded = new ArrayList<>();
        private final List<String> files = new ArrayList<>();

        Listed() {
            this(null, 0);
        }

        /** @param expected the urls the file is likely to list, so that their spans are not grown from a few hundred */
        private Listed(byte[] file, int expected) {
            this.file = file;
            this.spans = new long[Math.max(256, 2 * expected)];
        }

        /** A url read by StAX, or as a test writes it. */
        void url(String loc, String lastmod) {
            url(decoded(loc), decoded(lastmod));
        }

        private void url(long loc, long lastmod) {
            if (2 * size + 2 > spans.length) {
                spans = Arrays.copyOf(spans, spans.length * 2);
            }
            spans[2 * size] = loc;
            spans[2 * size + 1] = lastmod;
            size++;
        }

        /** {@code text} held as a decoded piece; null as {@link #NONE}. */
        private long decoded(String text) {
            if (text == null) {
                return NONE;
            }
            decoded.add(text);
            return span(-2 - (decoded.size() - 1), 0);
        }

        private static long span(int from, int to) {
            return (long) from << 32 | to & 0xffffffffL;
        }

        private String text(long span) {
            int from = (int) (span >> 32);
            if (from == -1) {
                return null;
            }
            return from < -1 ? decoded.get(-2 - from) : new String(file, from, (int) span - from, StandardCharsets.ISO_8859_1);
        }

        /** The urls listed. */
        int size() {
            return size;
        }

        String loc(int i) {
            return text(spans[2 * Objects.checkIndex(i, size)]);
        }

        String lastmod(int i) {
            return text(spans[2 * Objects.checkIndex(i, size) + 1]);
        }

        List<String> locs() {
            return new Texts(this, 0);
        }

        List<String> lastmods() {
            return new Texts(this, 1);
        }

        /** An index's files. */
        List<String> files() {
            return files;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Listed other && locs().equals(other.locs()) && lastmods().equals(other.lastmods())
                    && files.equals(other.files);
        }

        @Override
        public int hashCode() {
            return Objects.hash(locs(), lastmods(), files);
        }

        @Override
        public String toString() {
            return "Listed[locs=" + locs() + ", lastmods=" + lastmods() + ", files=" + files + "]";
        }
    }

    /** The locs (0) or lastmods (1) of a {@link Listed}, a new string per read. */
    private static final class Texts extends AbstractList<String> implements RandomAccess {

        private final Listed listed;
        private final int which;

        Texts(Listed listed, int which) {
            this.listed = listed;
            this.which = which;
        }

        @Override
        public String get(int i) {
            return which == 0 ? listed.loc(i) : listed.lastmod(i);
        }

        @Override
        public int size() {
            return listed.size;
        }
    }

    /** Nesting deeper than this is declined: a sitemap is three levels deep. */
    private static final int MAX_DEPTH = 64;
    private static final byte[] URL = ascii("url");
    private static final byte[] SITEMAP = ascii("sitemap");
    private static final byte[] LOC = ascii("loc");
    private static final byte[] LASTMOD = ascii("lastmod");
    private static final String[] PREDEFINED_REFERENCES = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"};

    private final byte[] b;
    private final int end;
    private int p;
    private final int[] nameStart = new int[MAX_DEPTH];
    private final int[] nameLength = new int[MAX_DEPTH];
    private int depth;
    private boolean rootSeen;
    /** The namespace prefixes the root declares, with their names (only the root may declare one). */
    private final Map<String, String> prefixes = new HashMap<>();
    /** The text since the last tag: one slice while it is plain, else the decoded pieces. */
    private int textFrom = -1;
    private int textTo;
    private StringBuilder text;
    private long loc;
    private long lastmod;
    private final Listed listed;

    private SitemapScan(byte[] b, int end) {
        this.b = b;
        this.end = end;
        // a url of a registry's sitemap takes about 100 to 140 bytes (loc, lastmod and tags)
        this.listed = new Listed(b, end / 128);
    }

    /** The file's list, or null when the scan declines it (then StAX reads it). */
    static Listed scan(byte[] xml) {
        return scan(xml, xml.length);
    }

    /** The list of a file of the first {@code length} bytes of {@code xml}, or null when the scan declines it. */
    static Listed scan(byte[] xml, int length) {
        SitemapScan s = new SitemapScan(xml, length);
        try {
            return s.document() ? s.listed : null;
        } catch (Decline e) {
            return null;
        }
    }

    private boolean document() {
        if (end >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            p = 3;
        }
        if (startsWith("<?xml") && p + 5 < end && space(b[p + 5])) {
            declaration();
        }
        while (p < end) {
            byte c = b[p];
            if (c == '<') {
                markup();
            } else if (c == '&') {
                if (depth == 0) {
                    return false;
                }
                reference();
            } else {
                int from = p;
                while (p < end && b[p] != '<' && b[p] != '&') {
                    check(b[p]);
                    if (b[p] == '>' && p >= from + 2 && b[p - 1] == ']' && b[p - 2] == ']') {
                        return false;
                    }
                    p++;
                }
                if (depth == 0) {
                    if (!blank(from, p)) {
                        return false;
                    }
                } else {
                    addText(from, p);
                }
            }
        }
        return rootSeen && depth == 0;
    }

    /** {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}, each part but the version optional. */
    private void declaration() {
        p += 5;
        String version = pseudoAttribute("version");
        if (!"1.0".equals(version)) {
            throw Decline.INSTANCE;
        }
        String encoding = pseudoAttribute("encoding");
        if (encoding != null && !encoding.equalsIgnoreCase("UTF-8") && !encoding.equalsIgnoreCase("US-ASCII")) {
            throw Decline.INSTANCE;
        }
        String standalone = pseudoAttribute("standalone");
        if (standalone != null && !standalone.equals("yes") && !standalone.equals("no")) {
            throw Decline.INSTANCE;
        }
        skipSpaces();
        expect('?');
        expect('>');
    }

    /** The value of {@code name="value"} next (after spaces), or null when the next name is not {@code name}. */
    private String pseudoAttribute(String name) {
        int at = p;
        skipSpaces();
        if (p == at || !startsWith(name)) {
            p = at;
            return null;
        }
        p += name.length();
        skipSpaces();
        expect('=');
        skipSpaces();
        return quoted(false);
    }

    private void markup() {
        if (startsWith("<!--")) {
            comment();
        } else if (startsWith("<![CDATA[")) {
            if (depth == 0) {
                throw Decline.INSTANCE;
            }
            cdata();
        } else if (startsWith("<?")) {
            instruction();
        } else if (startsWith("</")) {
            endTag();
        } else {
            startTag();
        }
    }

    /** A comment: skipped, and it neither ends nor starts a text (StAX's text runs across it). */
    private void comment() {
        p += 4;
        while (true) {
            if (p + 1 >= end) {
                throw Decline.INSTANCE;
            }
            if (b[p] == '-' && b[p + 1] == '-') {
                if (p + 2 < end && b[p + 2] == '>') {
                    p += 3;
                    return;
                }
                throw Decline.INSTANCE;
            }
            check(b[p++]);
        }
    }

    /** A CDATA section's text, as it stands; an empty one is declined (whether StAX reports it is not the scan's to guess). */
    private void cdata() {
        p += 9;
        int from = p;
        while (true) {
            if (p + 2 >= end) {
                throw Decline.INSTANCE;
            }
            if (b[p] == ']' && b[p + 1] == ']' && b[p + 2] == '>') {
                if (p == from) {
                    throw Decline.INSTANCE;
                }
                addText(from, p);
                p += 3;
                return;
            }
            check(b[p++]);
        }
    }

    /** A processing instruction other than the declaration: skipped. */
    private void instruction() {
        p += 2;
        int from = p;
        name();
        if (p - from == 3 && (b[from] | 0x20) == 'x' && (b[from + 1] | 0x20) == 'm' && (b[from + 2] | 0x20) == 'l') {
            throw Decline.INSTANCE;
        }
        if (p < end && !space(b[p]) && !startsWith("?>")) {
            throw Decline.INSTANCE;
        }
        while (true) {
            if (p + 1 >= end) {
                throw Decline.INSTANCE;
            }
            if (b[p] == '?' && b[p + 1] == '>') {
                p += 2;
                return;
            }
            check(b[p++]);
        }
    }

    private void startTag() {
        p++;
        if (depth == 0 && rootSeen || depth == MAX_DEPTH) {
            throw Decline.INSTANCE;
        }
        int from = p;
        name();
        int length = p - from;
        List<String[]> attributes = null;
        while (true) {
            boolean spaced = skipSpaces();
            if (p >= end) {
                throw Decline.INSTANCE;
            }
            if (b[p] == '>' || b[p] == '/') {
                break;
            }
            if (!spaced) {
                throw Decline.INSTANCE;
            }
            if (attributes == null) {
                attributes = new ArrayList<>(2);
            }
            attributes.add(attribute(depth == 0));
        }
        boolean empty = b[p] == '/';
        if (empty) {
            p++;
        }
        expect('>');
        if (attributes != null) {
            attributesUnique(attributes);
        }
        rootSeen = true;
        nameStart[depth] = from;
        nameLength[depth] = length;
        depth++;
        started(from, length);
        if (empty) {
            depth--;
            ended(from, length);
        }
    }

    /**
     * {@code name="value"}, as its name and value; a namespace prefix may be declared on the root only (so that every
     * prefix in use is known once the root's tag is read).
     */
    private String[] attribute(boolean root) {
        int from = p;
        qualifiedName();
        String name = new String(b, from, p - from, StandardCharsets.ISO_8859_1);
        skipSpaces();
        expect('=');
        skipSpaces();
        String value = quoted(true);
        if (name.startsWith("xmlns:")) {
            String prefix = name.substring(6);
            if (!root || value.isEmpty() || prefix.equalsIgnoreCase("xml") || prefix.equals("xmlns") || prefixes.containsKey(prefix)) {
                throw Decline.INSTANCE;
            }
            prefixes.put(prefix, value);
        }
        return new String[] {name, value};
    }

    /** Each attribute once, by its namespace and local name, and no prefix that the root did not declare. */
    private void attributesUnique(List<String[]> attributes) {
        List<String> seen = new ArrayList<>(attributes.size());
        for (String[] a : attributes) {
            String name = a[0];
            int colon = name.indexOf(':');
            String expanded = name;
            if (colon >= 0 && !name.startsWith("xmlns:")) {
                String namespace = prefixes.get(name.substring(0, colon));
                if (namespace == null) {
                    throw Decline.INSTANCE;
                }
                expanded = "{" + namespace + "}" + name.substring(colon + 1);
            }
            if (seen.contains(expanded)) {
                throw Decline.INSTANCE;
            }
            seen.add(expanded);
        }
    }

    /** A quoted value (an attribute's: references checked, no {@code <}); null is never returned. */
    private String quoted(boolean attribute) {
        if (p >= end || b[p] != '"' && b[p] != '\'') {
            throw Decline.INSTANCE;
        }
        byte quote = b[p++];
        int from = p;
        while (p < end && b[p] != quote) {
            byte c = b[p];
            check(c);
            if (c == '<' || c == '&' && (!attribute || !plainReferenceAt(p))) {
                throw Decline.INSTANCE;
            }
            p++;
        }
        if (p >= end) {
            throw Decline.INSTANCE;
        }
        String value = new String(b, from, p - from, StandardCharsets.ISO_8859_1);
        p++;
        return value;
    }

    /** Whether a predefined entity reference starts at {@code at} (attribute values, which the scan does not read). */
    private boolean plainReferenceAt(int at) {
        for (String e : PREDEFINED_REFERENCES) {
            if (regionIs(at, e)) {
                return true;
            }
        }
        return false;
    }

    private void endTag() {
        p += 2;
        int from = p;
        name();
        int length = p - from;
        skipSpaces();
        expect('>');
        if (depth == 0 || !sameBytes(from, length, nameStart[depth - 1], nameLength[depth - 1])) {
            throw Decline.INSTANCE;
        }
        depth--;
        ended(from, length);
    }

    /** StAX's START_ELEMENT in {@link SitemapReader}: a {@code url} or {@code sitemap} starts a new entry; the text restarts. */
    private void started(int from, int length) {
        resetText();
        if (is(from, length, URL) || is(from, length, SITEMAP)) {
            loc = Listed.NONE;
            lastmod = Listed.NONE;
        }
    }

    /** StAX's END_ELEMENT in {@link SitemapReader}. */
    private void ended(int from, int length) {
        if (is(from, length, LOC)) {
            loc = trimmedText();
        } else if (is(from, length, LASTMOD)) {
            lastmod = trimmedText();
        } else if (is(from, length, URL)) {
            listed.url(loc, lastmod);
        } else if (is(from, length, SITEMAP)) {
            if (loc != Listed.NONE) {
                listed.files.add(listed.text(loc));
            }
        }
        resetText();
    }

    /** {@code &amp;} and the other four, {@code &#NN;} and {@code &#xHH;}: anything else is declined. */
    private void reference() {
        int semicolon = p + 1;
        while (semicolon < end && semicolon - p <= 10 && b[semicolon] != ';') {
            semicolon++;
        }
        if (semicolon >= end || b[semicolon] != ';') {
            throw Decline.INSTANCE;
        }
        String ref = new String(b, p + 1, semicolon - p - 1, StandardCharsets.ISO_8859_1);
        int cp = switch (ref) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> characterReference(ref);
        };
        StringBuilder t = pieces();
        t.appendCodePoint(cp);
        p = semicolon + 1;
    }

    private static int characterReference(String ref) {
        boolean hex = ref.startsWith("#x");
        String digits = ref.startsWith("#") ? ref.substring(hex ? 2 : 1) : "";
        if (digits.isEmpty() || digits.length() > 7) {
            throw Decline.INSTANCE;
        }
        int cp = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), hex ? 16 : 10);
            if (d < 0) {
                throw Decline.INSTANCE;
            }
            cp = cp * (hex ? 16 : 10) + d;
        }
        boolean xmlChar = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
        if (!xmlChar) {
            throw Decline.INSTANCE;
        }
        return cp;
    }

    /** Text from the bytes {@code [from, to)}: XML reads CR LF and a lone CR as LF. */
    private void addText(int from, int to) {
        if (from == to) {
            return;
        }
        boolean hasCr = false;
        for (int i = from; i < to; i++) {
            if (b[i] == '\r') {
                hasCr = true;
                break;
            }
        }
        if (!hasCr && text == null && textFrom < 0) {
            textFrom = from;
            textTo = to;
            return;
        }
        StringBuilder t = pieces();
        for (int i = from; i < to; i++) {
            if (b[i] == '\r') {
                t.append('\n');
                if (i + 1 < to && b[i + 1] == '\n') {
                    i++;
                }
            } else {
                t.append((char) b[i]);
            }
        }
    }

    /** The text as pieces (a reference, a CR, or a second slice came). */
    private StringBuilder pieces() {
        if (text == null) {
            text = new StringBuilder();
            if (textFrom >= 0) {
                text.append(new String(b, textFrom, textTo - textFrom, StandardCharsets.ISO_8859_1));
            }
        }
        return text;
    }

    /** The text since the last tag, trimmed, as {@link Listed} holds it: a span of the file where it is a plain slice. */
    private long trimmedText() {
        if (text != null) {
            return text.length() == 0 ? Listed.NONE : listed.decoded(text.toString().trim());
        }
        if (textFrom < 0) {
            return Listed.NONE;
        }
        int from = textFrom;
        int to = textTo;
        while (from < to && (b[from] & 0xff) <= ' ') {
            from++;
        }
        while (to > from && (b[to - 1] & 0xff) <= ' ') {
            to--;
        }
        return Listed.span(from, to);
    }

    private void resetText() {
        textFrom = -1;
        text = null;
    }

    /** An element name without a prefix. */
    private void name() {
        int from = p;
        while (p < end && nameByte(b[p], p == from)) {
            p++;
        }
        if (p == from) {
            throw Decline.INSTANCE;
        }
    }

    /** An attribute name, with at most one prefix. */
    private void qualifiedName() {
        name();
        if (p < end && b[p] == ':') {
            p++;
            name();
        }
    }

    private static boolean nameByte(byte c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
                || !first && (c >= '0' && c <= '9' || c == '-' || c == '.');
    }

    /** A byte XML allows here and the scan reads: tab, LF, CR and printable ASCII. */
    private static void check(byte c) {
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f || c < 0) {
            throw Decline.INSTANCE;
        }
    }

    private boolean skipSpaces() {
        int from = p;
        while (p < end && space(b[p])) {
            p++;
        }
        return p > from;
    }

    private static boolean space(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!space(b[i])) {
                return false;
            }
        }
        return true;
    }

    private void expect(char c) {
        if (p >= end || b[p] != c) {
            throw Decline.INSTANCE;
        }
        p++;
    }

    private boolean startsWith(String s) {
        return regionIs(p, s);
    }

    private boolean regionIs(int at, String s) {
        if (at + s.length() > end) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean is(int from, int length, byte[] name) {
        return Arrays.equals(b, from, from + length, name, 0, name.length);
    }

    private boolean sameBytes(int from, int length, int otherFrom, int otherLength) {
        return Arrays.equals(b, from, from + length, b, otherFrom, otherFrom + otherLength);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The scan declines the file: thrown from deep in the scan, caught once in {@link #scan}. */
    private static final class Decline extends RuntimeException {

        static final Decline INSTANCE = new Decline();

        private Decline() {
            super(null, null, false, false);
        }
    }
}
