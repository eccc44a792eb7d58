package org.mcfed.connector.listing;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SitemapScan} reads what StAX reads, or declines: on sitemaps as registries write them (declaration or not,
 * comments, CDATA, references, CR LF, attributes, indentation), on what it must leave to StAX, and on 30,000 randomly
 * edited generated sitemaps, where every file it reads StAX must read the same and every file StAX cannot read it
 * must decline.
 */
class SitemapScanTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static SitemapScan.Listed stax(String xml) throws XMLStreamException {
        return SitemapReader.viaStax(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static SitemapScan.Listed scan(String xml) {
        return SitemapScan.scan(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The scan reads {@code xml}, and as StAX does. */
    private static SitemapScan.Listed readsAsStax(String xml) throws XMLStreamException {
        SitemapScan.Listed scanned = scan(xml);
        assertThat(scanned).as("scan of %s", xml).isNotNull();
        assertThat(scanned).as("scan of %s", xml).isEqualTo(stax(xml));
        return scanned;
    }

    @Test
    void readsAUrlsetAsTheSandboxAndRegistriesWriteIt() throws XMLStreamException {
        SitemapScan.Listed listed = readsAsStax("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NS + "\">\n"
                + "<url><loc>http://r.example/hkqr/detail?regNo=25%2F000001%2FL1</loc><lastmod>2023-09-30T06:44:11Z</lastmod></url>\n"
                + "  <url>\n    <loc>\n      http://r.example/item/2\n    </loc>\n    <changefreq>weekly</changefreq>\n  </url>\n"
                + "</urlset>\n");

        assertThat(listed.locs()).containsExactly("http://r.example/hkqr/detail?regNo=25%2F000001%2FL1", "http://r.example/item/2");
        assertThat(listed.lastmods()).containsExactly("2023-09-30T06:44:11Z", null);
        assertThat(listed.files()).isEmpty();
    }

    @Test
    void readsAnIndexOfFiles() throws XMLStreamException {
        SitemapScan.Listed listed = readsAsStax("<sitemapindex xmlns='" + NS + "'><sitemap><loc>/sitemap-0.xml.gz</loc>"
                + "<lastmod>2025-12-30T23:23:01Z</lastmod></sitemap><sitemap><loc>/sitemap-1.xml.gz</loc></sitemap></sitemapindex>");

        assertThat(listed.files()).containsExactly("/sitemap-0.xml.gz", "/sitemap-1.xml.gz");
        assertThat(listed.locs()).isEmpty();
    }

    @Test
    void readsReferencesCommentsCdataAndLineEndsAsXmlDoes() throws XMLStreamException {
        String xml = "\uFEFF<?xml version='1.0' standalone='yes'?><!-- made by hand -->\r\n<?generator registry-cms 4.2?>"
                + "<urlset xmlns=\"" + NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"" + NS + " " + NS + "/sitemap.xsd\">\r\n"
                + "<url><loc>http://r.example/detail?a=1&amp;b=2</loc></url>"
                + "<url><loc>http://r.example/<!-- split -->item/&#51;&#x34;</loc><lastmod><![CDATA[2026-01-01]]></lastmod></url>"
                + "<url><loc>\r\nhttp://r.example/a\r\nb\rc\r\n</loc></url>"
                + "<url><loc/><lastmod></lastmod></url>"
                + "<url><loc>&lt;x&gt; &quot;&apos;</loc></url>"
                + "</urlset><!-- end -->\n";

        SitemapScan.Listed listed = readsAsStax(xml);

        assertThat(listed.locs()).containsExactly("http://r.example/detail?a=1&b=2", "http://r.example/item/34",
                "http://r.example/a\nb\nc", null, "<x> \"'");
        assertThat(listed.lastmods()).containsExactly(null, "2026-01-01", null, null, null);
    }

    @Test
    void leavesToStaxWhatItDoesNotReadExactly() throws XMLStreamException {
        String image = "<urlset xmlns=\"" + NS + "\" xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">"
                + "<url><loc>http://r.example/1</loc><image:image><image:loc>http://r.example/1.png</image:loc></image:image></url></urlset>";
        assertThat(scan(image)).as("a prefixed element").isNull();
        assertThat(stax(image).locs()).as("StAX reads the image's loc by its local name, as before").containsExactly("http://r.example/1.png");

        String accented = "<urlset><url><loc>http://r.example/café</loc></url></urlset>";
        assertThat(scan(accented)).as("a byte outside ASCII").isNull();
        assertThat(stax(accented).locs()).containsExactly("http://r.example/café");

        assertThat(scan("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><urlset/>")).as("another encoding").isNull();
        assertThat(scan("<!DOCTYPE urlset><urlset/>")).as("a DOCTYPE").isNull();
        assertThat(scan("<urlset><url><loc>&nbsp;</loc></url></urlset>")).as("an entity XML does not define").isNull();
        assertThat(scan("<urlset><url><loc><![CDATA[]]></loc></url></urlset>")).as("an empty CDATA section").isNull();
        assertThat(scan("<urlset><url xmlns:x=\"urn:x\"><loc>a</loc></url></urlset>")).as("a prefix declared below the root").isNull();
    }

    @Test
    void declinesEveryFileThatIsNotWholeSoThatStaxFailsIt() {
        String whole = "<urlset xmlns=\"" + NS + "\"><url><loc>http://r.example/1</loc></url><url><loc>http://r.example/2</loc></url></urlset>";
        for (int cut = 0; cut < whole.length(); cut++) {
            String truncated = whole.substring(0, cut);
            assertThat(scan(truncated)).as("cut at %d", cut).isNull();
            assertThatThrownBy(() -> stax(truncated)).as("cut at %d", cut).isInstanceOf(XMLStreamException.class);
        }
        for (String broken : List.of("<urlset><url></urlset>", "<urlset></urlset><urlset></urlset>", "<urlset></urlset>text",
                "<urlset a='1' a='2'/>", "<urlset><url><loc>a & b</loc></url></urlset>", "<urlset><!-- a -- b --></urlset>",
                "<urlset><loc>]]></loc></urlset>", "<urlset xsi:schemaLocation='x'/>", "<urlset><x y='<'/></urlset>")) {
            assertThat(scan(broken)).as(broken).isNull();
            assertThatThrownBy(() -> stax(broken)).as(broken).isInstanceOf(XMLStreamException.class);
        }
    }

    /**
     * Generated sitemaps in the forms above, each edited at random (one to three bytes inserted, removed or replaced,
     * from the characters XML's syntax turns on): the scan reads every unedited one, and an edited one either as StAX does or
     * not at all; an edit StAX rejects, the scan must decline.
     */
    @Test
    void agreesWithStaxOnRandomEditsOfGeneratedSitemaps() throws XMLStreamException {
        Random random = new Random(20261205);
        byte[] alphabet = "<>&;/!?-[]\"'= \r\n\tx:#0aZ".getBytes(StandardCharsets.US_ASCII);
        int read = 0;
        int declined = 0;
        for (int n = 0; n < 30_000; n++) {
            String generated = generated(random);
            if (n % 10 == 0) {
                readsAsStax(generated);
            }
            byte[] edited = edit(generated.getBytes(StandardCharsets.US_ASCII), random, alphabet);
            SitemapScan.Listed scanned = SitemapScan.scan(edited);
            SitemapScan.Listed byStax;
            try {
                byStax = SitemapReader.viaStax(edited);
            } catch (XMLStreamException e) {
                assertThat(scanned).as("StAX fails (%s) on %s", e.getMessage(), new String(edited, StandardCharsets.US_ASCII)).isNull();
                declined++;
                continue;
            }
            if (scanned == null) {
                declined++;
            } else {
                assertThat(scanned).as(new String(edited, StandardCharsets.US_ASCII)).isEqualTo(byStax);
                read++;
            }
        }
        assertThat(read).as("edited files the scan read").isGreaterThan(5_000);
        assertThat(declined).as("edited files the scan declined").isGreaterThan(5_000);
    }

    private static String generated(Random random) {
        StringBuilder xml = new StringBuilder();
        if (random.nextBoolean()) {
            xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(random.nextBoolean() ? "\n" : "");
        }
        boolean index = random.nextInt(4) == 0;
        xml.append(index ? "<sitemapindex" : "<urlset").append(" xmlns=\"").append(NS).append("\">");
        int entries = 1 + random.nextInt(4);
        for (int i = 0; i < entries; i++) {
            String indent = random.nextBoolean() ? "\n  " : "";
            xml.append(indent).append(index ? "<sitemap>" : "<url>");
            String loc = "http://r.example/detail?regNo=" + random.nextInt(1000) + (random.nextBoolean() ? "&amp;lang=en" : "");
            switch (random.nextInt(4)) {
                case 0 -> xml.append("<loc>").append(loc).append("</loc>");
                case 1 -> xml.append("<loc>").append(indent).append(loc).append(indent).append("</loc>");
                case 2 -> xml.append("<loc><![CDATA[").append(loc.replace("&amp;", "&")).append("]]></loc>");
                default -> xml.append("<loc>").append(loc, 0, 10).append("<!-- c -->").append(loc.substring(10)).append("</loc>");
            }
            if (random.nextBoolean()) {
                xml.append("<lastmod>2026-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10))
                        .append(random.nextBoolean() ? "T10:00:00Z" : "").append("</lastmod>");
            }
            if (random.nextInt(3) == 0) {
                xml.append("<priority>0.").append(random.nextInt(10)).append("</priority>");
            }
            xml.append(indent).append(index ? "</sitemap>" : "</url>");
        }
        xml.append(index ? "</sitemapindex>" : "</urlset>").append(random.nextBoolean() ? "\n" : "");
        return xml.toString();
    }

    private static byte[] edit(byte[] xml, Random random, byte[] alphabet) {
        List<Byte> bytes = new ArrayList<>(xml.length + 1);
        for (byte b : xml) {
            bytes.add(b);
        }
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(bytes.size());
            byte c = alphabet[random.nextInt(alphabet.length)];
            switch (random.nextInt(3)) {
                case 0 -> bytes.add(at, c);
                case 1 -> bytes.remove(at);
                default -> bytes.set(at, c);
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return Arrays.copyOf(out, out.length);
    }
}
