package org.mcfed.connector.page;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PlainTableScan} reads a page's rows exactly as {@link LabelledValues#ofTableRows} reads the
 * jsoup document, or declines (null) so that the page is parsed: each page here is read both ways.
 */
class PlainTableScanTest {

    private static final String HEAD = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title></head><body>\n";

    @Test
    void readsEntitiesNoBreakSpacesCommentsAndStrayWhitespaceAsJsoupDoes() {
        LabelledValues v = sameAsJsoup(HEAD + """
                <!-- generated; labels partly not localised -->
                <table class="d">
                <tr><th> &#36039;&#27511;&#21517;&#20874;&#30331;&#35352;&#34399;&#30908;&#65306; </th><td> 22/000909/L4 </td></tr>
                <!-- <tr><th>Status</th><td>withdrawn</td></tr> -->
                <tr><th>Title&nbsp;(Chinese)</th><td>&nbsp;<b>&#25968;&#25454;</b>&#20998;&#26512; &amp; AT&T &copy 2024 &lt;b&gt; a < b&nbsp;</td></tr>
                <tr>
                  <th>
                     Status:
                  </th>
                  <td>Current<!-- was: Upcoming --></td>
                </tr>
                </table></body></html>""");

        assertThat(v.text("資歷名冊登記號碼")).isEqualTo("22/000909/L4");
        assertThat(v.exactText("title (chinese)")).isEqualTo("数据分析 & AT&T © 2024 <b> a < b");
        assertThat(v.text("Status")).isEqualTo("Current");
    }

    @Test
    void readsListsWithImpliedEndTagsNestedInlineTagsAndLineBreaks() {
        LabelledValues v = sameAsJsoup(HEAD + """
                <table class="d"><tbody>
                <tr><th>Learning Outcomes</th><td><ul>
                  <li><span>收集及<a href="/x?a=1&amp;b=2">清理</a>數據</span>
                  <li>&nbsp;以圖表呈現<br>分析結果&nbsp;</li>
                  <!-- <li>withdrawn outcome</li> -->
                  <li> </li>
                  <li>Soft\u00ADhy\u200Bphen</ul></td></tr>
                <tr><th>Single</th><td>one<br/>line<wbr>s</td></tr>
                <tr><th>Empty list</th><td><ol><li>&nbsp;</li></ol> after</td></tr>
                </tbody></table>""");

        assertThat(v.items("Learning Outcomes")).containsExactly("收集及清理數據", "以圖表呈現 分析結果", "Softhyphen");
        assertThat(v.items("Single")).containsExactly("one lines");
        assertThat(v.items("Empty list")).containsExactly("after");
    }

    @Test
    void readsLabelsInAnyOrderRowsAndCellsWithoutEndTagsAndAttributesWithMarkupInQuotes() {
        LabelledValues v = sameAsJsoup("""
                <html><head><script>document.write('<table class="d"><tr><th>Status<td>fake</table>')</script>
                <style>td > b { color: red }</style></head><body><p>before
                <table id=t class="wide  D" data-x='a > b' title="q &quot;r&quot;">
                <tr><th>Status<td title="a>b">Current<td>third cell ignored
                <tr><th>Only a label
                <tr><td>QF Level<th>4
                <tr><th>Status</th><td>second Status ignored</td></tr>
                </table>
                <table class="d"><tr><th>Other</th><td>second table</td></tr></table>""");

        assertThat(v.labels()).containsExactly("status", "qf level");
        assertThat(v.text("Status")).isEqualTo("Current");
        assertThat(v.text("QF Level")).isEqualTo("4");
    }

    @Test
    void findsItsClassAmongOthersWhateverTheWhitespaceAndCase() {
        for (String classes : List.of("d", " D ", "\twide\nd\r", "x\fd\fy", "dd d", "d-x\td")) {
            LabelledValues v = sameAsJsoup("<table class=\"" + classes + "\"><tr><th>Status</th><td>Current</td></tr></table>");
            assertThat(v.text("Status")).as(classes).isEqualTo("Current");
        }
        for (String classes : List.of("dd", "d-x", "x d\u00a0", "\u00a0d", "")) {
            String html = "<table class=\"" + classes + "\"><tr><th>Status</th><td>Current</td></tr></table>";
            assertThat(Jsoup.parse(html).selectFirst("table.d")).as(classes).isNull();
            LabelledValues scanned = PlainTableScan.rows(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "d");
            assertThat(scanned == null || scanned.isEmpty()).as(classes).isTrue();
        }
    }

    @Test
    void readsAPageInTheCharsetItsHeaderDeclaresUnlessItsBytesAreUtf8() {
        String page = HEAD + "<table class=\"d\"><tr><th>Titre</th><td>Qualité</td></tr></table>";
        byte[] latin = page.getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = page.getBytes(StandardCharsets.UTF_8);

        assertThat(PlainTableScan.rows(latin, Charset.forName("windows-1252"), "d").text("Titre")).isEqualTo("Qualité");
        assertThat(PlainTableScan.rows(utf8, Charset.forName("windows-1252"), "d").text("Titre")).isEqualTo("Qualité");
        assertThat(PlainTableScan.rows(latin, null, "d")).as("no charset: the page's own declaration is jsoup's to read").isNull();
    }

    @Test
    void leavesToJsoupWhatItDoesNotModel() {
        List<String> declined = List.of(
                "<table class=\"d\"><tr><th>A</th><td><table><tr><td>nested</td></tr></table></td></tr></table>",
                "<table class=\"d\"><tr><th>A</th><td><p>one</p><p>two</p></td></tr></table>",
                "<table class=\"d\"><tr><th>A</th><td><div>block</div></td></tr></table>",
                "<table class=\"d\"><tr><th>A</th><td><ul><li>a<ul><li>b</li></ul></li></ul></td></tr></table>",
                "<table class=\"d\"><tr><th>A</th><td><b><ul><li>a</li></ul></b>c</td></tr></table>",
                "<table class=\"d\">moved out<tr><th>A</th><td>x</td></tr></table>",
                "<table class=\"d\"><tr><th>A</th><td>x</td><b>moved</b></tr></table>",
                "<table><tr><td>layout</td></tr></table><table class=\"d\"><tr><th>A</th><td>x</td></tr></table>",
                "<noscript><table class=\"d\"><tr><th>A</th><td>x</td></tr></table></noscript>",
                "<table class=\"d\"><tr><th>A</th><td>x <!-- unterminated</td></tr></table>",
                "<table class=\"d\"><tr><th>A</th><td>x</td></tr>",
                "<table class=\"d\"><caption>c</caption><tr><th>A</th><td>x</td></tr></table>",
                "<table class=\"x\"><tr><th>A</th><td>x</td></tr></table>",
                "<p>no table</p>");
        for (String body : declined) {
            assertThat(PlainTableScan.rows((HEAD + body).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "d")).as(body).isNull();
        }
        byte[] bom = ("\uFEFF" + HEAD + "<table class=\"d\"><tr><th>A</th><td>x</td></tr></table>").getBytes(StandardCharsets.UTF_8);
        assertThat(PlainTableScan.rows(bom, StandardCharsets.UTF_8, "d")).as("a byte-order mark").isNull();
    }

    @Test
    void readsLabelCellsAnywhereInTheirRowAsJsoupsTdLabelAndDeclinesASecondTable() {
        String html = HEAD + """
                <table width=90%><tr><td>1.</td><td class="label">Status</td><td>Current</td><td>third</td></tr>
                <tr><TD CLASS="x LABEL">QF&nbsp;Level<td>4
                <tr><th class=label>Not a td</th><td>ignored</td></tr>
                <tr><td class=label>Credits<th>3</th></tr>
                <tr><td>Plain row</td><td>ignored while label cells exist</td></tr>
                <tr><td class=label>No value</td></tr></table>
                <p>after the table</p>""";
        LabelledValues v = sameAs(PlainTableScan.labelCells(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "label"),
                LabelledValues.ofLabelCells(Jsoup.parse(html).select("td.label")));
        assertThat(v.labels()).containsExactly("status", "qf level", "credits");

        String unmarked = HEAD + "<table><tr><th>Status</th><td>Current</td></tr></table>";
        sameAs(PlainTableScan.labelCells(unmarked.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "label"),
                LabelledValues.ofTableRows(Jsoup.parse(unmarked).selectFirst("table")));

        String twoTables = HEAD + "<table><tr><td class=label>A</td><td>x</td></tr></table><table><tr><td class=label>B</td><td>y</td></tr></table>";
        assertThat(PlainTableScan.labelCells(twoTables.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "label")).isNull();
    }

    /** Reads the page both ways, asserts every label, text, exact text and item list equal, and answers the scanned reading. */
    private static LabelledValues sameAsJsoup(String html) {
        return sameAs(PlainTableScan.rows(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "d"),
                LabelledValues.ofTableRows(Jsoup.parse(html).selectFirst("table.d")));
    }

    /** Asserts the scanned reading non-null and equal to the parsed one: labels in order, texts, exact texts, items. */
    static LabelledValues sameAs(LabelledValues scanned, LabelledValues parsed) {
        assertThat(scanned).as("read without jsoup").isNotNull();
        assertThat(new ArrayList<>(scanned.labels())).isEqualTo(new ArrayList<>(parsed.labels()));
        for (String label : parsed.labels()) {
            assertThat(scanned.text(label)).as(label).isEqualTo(parsed.text(label));
            assertThat(scanned.exactText(label)).as(label).isEqualTo(parsed.exactText(label));
            assertThat(scanned.items(label)).as(label).isEqualTo(parsed.items(label));
        }
        return scanned;
    }
}
