package org.mcfed.connector.nzqa;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.page.HtmlPages;
import org.mcfed.connector.page.PlainTableScan;
import org.mcfed.connector.testkit.FixtureFiles;
import org.mcfed.connector.testkit.PageReading;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fetched NZQA page reads the same from its bytes ({@link PlainTableScan#definitionList}) as from its jsoup
 * document: every fixture and messy page here is read both ways, and the plain ones are checked to have been
 * read without jsoup.
 */
class NzqaDetailScanTest {

    private static final URI URL = URI.create("https://www2.nzqa.govt.nz/nzqa/micro-credentials/4116-2");
    private static final String HEAD = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x | NZQA</title></head><body><main>\n"
            + "<h1>Introduction to Commercial Road Transport (Micro-credential)</h1>\n";

    /** Every detail page among the fixtures. */
    private static final List<String> DETAIL_FIXTURES = List.of("example.html", "discontinued.html", "expired.html", "garbage-credits.html",
            "garbage-values.html", "label-variants.html", "maori.html", "missing-fields.html", "missing-title.html",
            "no-details.html", "windows-1252.html");

    @Test
    void everyFixtureDetailPageReadsTheSameEitherWay() throws Exception {
        for (String fixture : DETAIL_FIXTURES) {
            byte[] body = FixtureFiles.bytes(fixture);
            assertSameReading(fixture, body, StandardCharsets.UTF_8);
            assertSameReading(fixture + " without a charset header", body, null);
        }
        assertThat(PlainTableScan.definitionList(FixtureFiles.bytes("example.html"), StandardCharsets.UTF_8, "mc-details")).isNotNull();
    }

    @Test
    void messyPagesAreReadWithoutJsoupAndTheSameAsWithIt() throws Exception {
        List<String> plain = List.of(
                // entities, no-break spaces, comments, nested inline tags, stray whitespace, labels in another order
                """
                <!-- generated -->
                <dl class="mc-details">
                  <dt>Title</dt><dd>  Introduction to <b>Commercial <i>Road</i></b>&nbsp;Transport&nbsp;</dd>
                  <!-- <dt>Status</dt><dd>withdrawn</dd> -->
                  <dt>NZSCED</dt><dd>039901 &ndash; Transport &amp; Logistics &lt;road&gt;</dd>
                  <dt>
                     Reference :
                  </dt>
                  <dd><span>41<a href="/x?a=1&amp;b=2">16</a></span><!-- checked --></dd>
                  <dt>Purpose</dt><dd><p>For people new to the industry.</p>
                     <p>Second&nbsp;paragraph<br>with a break.</p><p> </p></dd>
                  <dt>Outcome statement</dt><dd><ul><li>Describe the industry<li>&nbsp;Apply safe<br>practices</li><li> </ul></dd>
                  <dt>Standards used</dt><dd><p>Intro</p><ul><li>1234 Drive</li></ul></dd>
                  <dt>Pathways</dt><dd>one<br/>two<wbr>three</dd>
                </dl>
                <p><a href="/nzqa/micro-credentials/register?page=1">Back to the register</a></p></main></body></html>""",
                // upper-case tags, unquoted attributes, several classes, terms and definitions without end tags
                """
                <DL CLASS="wide MC-DETAILS" data-x='a > b'>
                <DT>Title<DD>Road Safety
                <dt>Level<dt>NZQF level<dd>3
                <dd>a definition without a term
                <dt>Credits</dt><dd>10</dd>
                <dt>Title</dt><dd>second Title ignored</dd>
                </DL>""",
                // paragraphs with implied ends, a paragraph's text outside the paragraphs, windows-1252 text
                """
                <dl class="mc-details"><dt>Title<dd>Café – Basics<dt>Purpose<dd>Lead <p>one<p>two</p> tail</dl>""");
        for (String body : plain) {
            byte[] bytes = (HEAD + body).getBytes(StandardCharsets.UTF_8);
            assertThat(PlainTableScan.definitionList(bytes, StandardCharsets.UTF_8, "mc-details")).as(body).isNotNull();
            assertSameReading(body, bytes, StandardCharsets.UTF_8);
        }
        byte[] latin = (HEAD + "<dl class=mc-details><dt>Title<dd>Café</dl>").getBytes(Charset.forName("windows-1252"));
        assertThat(PlainTableScan.definitionList(latin, Charset.forName("windows-1252"), "mc-details")).isNotNull();
        assertSameReading("windows-1252", latin, Charset.forName("windows-1252"));
    }

    @Test
    void markupItDoesNotModelIsLeftToJsoupAndStillReadsTheSame() throws Exception {
        String noTitle = "<dl class=\"mc-details\"><dt>Level</dt><dd>3</dd></dl>";
        assertSameReading("no Title row: the heading is read from the document", (HEAD + noTitle).getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        List<String> declined = List.of(
                // a first list of another class, a nested list, a div around the pairs, a table before the list
                "<dl class=\"glossary\"><dt>NZQF</dt><dd>framework</dd></dl><dl class=\"mc-details\"><dt>Title</dt><dd>Road</dd></dl>",
                "<dl class=\"mc-details\"><dt>Title</dt><dd>Road<dl><dt>x</dt><dd>y</dd></dl></dd></dl>",
                "<dl class=\"mc-details\"><div><dt>Title</dt><dd>Road</dd></div></dl>",
                "<table><tr><td>layout</td></tr></table><dl class=\"mc-details\"><dt>Title</dt><dd>Road</dd></dl>",
                // an inline element or a list left open, an end tag of the other kind, a stray paragraph end, a block
                "<dl class=\"mc-details\"><dt>Title</dt><dd><b>Road</dd><dt>Level</dt><dd>3</dd></dl>",
                "<dl class=\"mc-details\"><dt>Title</dt><dd><ul><li>Road<dt>Level</dt><dd>3</dd></dl>",
                "<dl class=\"mc-details\"><dt>Title</dd>Road<dd>x</dd></dl>",
                "<dl class=\"mc-details\"><dt>Title</dt><dd>Road</dd></dt><dt>Level</dt><dd>3</dd></dl>",
                "<dl class=\"mc-details\"><dt>Title</dt><dd>Road</p></dd></dl>",
                "<dl class=\"mc-details\"><dt>Title</dt><dd><p>Road<ul><li>x</li></ul></dd></dl>",
                "<dl class=\"mc-details\"><dt>Title</dt><dd><div>Road</div></dd></dl>",
                "<dl class=\"mc-details\">text<dt>Title</dt><dd>Road</dd></dl>",
                "<dl class=\"mc-details\"><dt>Title</dt><dd>Road <!-- unterminated</dd></dl>",
                "<p>No details</p>");
        for (String body : declined) {
            byte[] bytes = (HEAD + body).getBytes(StandardCharsets.UTF_8);
            assertThat(PlainTableScan.definitionList(bytes, StandardCharsets.UTF_8, "mc-details")).as(body).isNull();
            assertSameReading(body, bytes, StandardCharsets.UTF_8);
        }
    }

    /** Reads the bytes as a fetched page and as a jsoup document, and asserts the same fields or error. */
    private static void assertSameReading(String what, byte[] body, Charset header) {
        FetchOutcome.Fetched fetched = PageReading.fetched(URL, body, header);
        NzqaDetailParser parser = new NzqaDetailParser();
        assertThat(PageReading.of(() -> parser.parse(fetched))).as(what)
                .isEqualTo(PageReading.of(() -> parser.parse(HtmlPages.parse(body, header, URL))));
    }
}
