package org.mcfed.connector.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The label-cell and definition-list scans against jsoup over many random edits of a plain page: markup
 * fragments (tags of every kind the scans meet, entities, comments, stray '<') spliced in at random places.
 * Whenever a scan reads an edited page it must read what jsoup reads; declining is always allowed.
 */
class PlainScanEditsTest {

    private static final String HEAD = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title></head><body><h1>T</h1>\n";
    private static final List<String> FRAGMENTS = List.of("<b>", "</b>", "<i>", "</i>", "<a href=\"/x?a=1&amp;b=2\">", "</a>",
            "<span class=label>", "</span>", "<br>", "<br/>", "<wbr>", "<img src=x>", "<p>", "</p>", "<ul>", "</ul>", "<ol>",
            "</ol>", "<li>", "</li>", "<dl>", "</dl>", "<dt>", "</dt>", "<dd>", "</dd>", "<dl class=mc-details>", "<table>",
            "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", "<td class=label>", "<TD CLASS=\"x LABEL\">",
            "<tbody>", "</tbody>", "<div>", "</div>", "<pre>", "<script>x</script>", "&nbsp;", "&amp;", "&ndash;", "&",
            "<", ">", " a < b ", "<!-- c -->", "<!--", "-->", " ", "\n", "word", "\u00AD", "\u200B", "\u00A0",
            // names in other cases and names the scan does not know, attributes in other cases, a comment jsoup ends early
            "<B>", "</I>", "<Span class=x>", "<UL>", "<Li>", "<TBODY>", "<foo>", "</foo>", "<h7>", "<A HREF=\"/y\" CLASS=next>",
            "<td Class=label ID=z>", "<!-- a --! b -->", "x&amp;\u200By\u00ADz");

    @Test
    void editedLabelTablesReadAsJsoupReadsTheirLabelCellsWhenScanned() {
        String page = HEAD + """
                <table width="90%"><tr><td class="label">Name</td><td>Data &amp; <b>Analytics</b></td></tr>
                <tr><td class="label">Level</td><td>6</td></tr>
                <tr><td class="label">Outcomes</td><td><ol><li>Clean<li>Explore</ol></td></tr>
                <tr><td class="label">Remark(s)</td><td>one<br>two</td></tr></table>
                <p>after</p></body></html>""";
        int scanned = edits(page, 20_000, 1, html -> PlainTableScan.labelCells(bytes(html), StandardCharsets.UTF_8, "label"),
                PlainScanEditsTest::labelCellsOf);
        org.assertj.core.api.Assertions.assertThat(scanned).as("edited pages read without jsoup").isGreaterThan(2_000);
    }

    @Test
    void editedDefinitionListsReadAsJsoupReadsThemWhenScanned() {
        String page = HEAD + """
                <dl class="mc-details">
                  <dt>Title</dt><dd>Road &amp; <i>Transport</i></dd>
                  <dt>Purpose</dt><dd><p>For people new.</p><p>Second<br>part.</p></dd>
                  <dt>Outcomes</dt><dd><ul><li>Describe<li>Apply</ul></dd>
                  <dt>Level</dt><dd>3</dd>
                </dl>
                <p><a href="/back">Back</a></p></body></html>""";
        int scanned = edits(page, 20_000, 2, html -> PlainTableScan.definitionList(bytes(html), StandardCharsets.UTF_8, "mc-details"),
                PlainScanEditsTest::definitionListOf);
        org.assertj.core.api.Assertions.assertThat(scanned).as("edited pages read without jsoup").isGreaterThan(2_000);
    }

    /** Edits the page {@code count} times (1 to 3 fragments each), checks each scanned reading, answers how many were scanned. */
    private static int edits(String page, int count, long seed, Function<String, LabelledValues> scan,
                             Function<Document, LabelledValues> parse) {
        Random random = new Random(seed);
        int start = page.indexOf("<body>");
        int scanned = 0;
        for (int n = 0; n < count; n++) {
            StringBuilder html = new StringBuilder(page);
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                html.insert(start + random.nextInt(html.length() - start), FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            LabelledValues read = scan.apply(html.toString());
            if (read != null) {
                scanned++;
                try {
                    PlainTableScanTest.sameAs(read, parse.apply(Jsoup.parse(html.toString())));
                } catch (AssertionError e) {
                    throw new AssertionError("edited page read differently:\n" + html, e);
                }
            }
        }
        return scanned;
    }

    /** As MQA's detail parser reads a document: its td.label cells, else its first table's rows. */
    private static LabelledValues labelCellsOf(Document page) {
        List<Element> labels = page.select("td.label");
        return labels.isEmpty() ? LabelledValues.ofTableRows(page.selectFirst("table")) : LabelledValues.ofLabelCells(labels);
    }

    /** As NZQA's detail parser reads a document: its dl.mc-details, else its first dl. */
    private static LabelledValues definitionListOf(Document page) {
        Element dl = page.selectFirst("dl.mc-details");
        return LabelledValues.ofDefinitionList(dl != null ? dl : page.selectFirst("dl"));
    }

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
