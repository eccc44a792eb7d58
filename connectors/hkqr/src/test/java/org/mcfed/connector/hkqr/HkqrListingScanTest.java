package org.mcfed.connector.hkqr;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.page.HtmlPages;
import org.mcfed.connector.page.PlainTableScan;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcfed.connector.hkqr.Fixtures.EN_LISTING;

/**
 * The harvest reads a listing page without a jsoup document when it is plain ({@link HkqrListingParser#parse(FetchOutcome.Fetched)});
 * each page here is read both ways and must give the same listing, and the plain ones must have been scanned.
 */
class HkqrListingScanTest {

    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Search Result - HKQR</title></head><body>\n";
    private static final String HEADER_ROW = "<tr><th>QR Registration No.</th><th>Qualification Title</th><th>QF Level</th></tr>\n";

    private final HkqrListingParser parser = new HkqrListingParser();

    @Test
    void theSandboxShapeAndTheFixturesAreScannedAsJsoupReadsThem() {
        HkqrListingParser.Listing listing = sameBothWays(HEAD + "<div class=\"result-summary\">2 record(s) found</div>\n<table id=\"qr-result\">\n"
                + HEADER_ROW
                + "<tr><td><a href=\"detail?regNo=22%2F000567%2FL4\">22/000567/L4</a></td><td>Cyber &amp; Security</td><td>4</td></tr>\n"
                + "<tr><td><a href=\"/HKQRPRD/web/hkqr-en/search/detail?regNo=24%2F001234%2FL2\">24/001234/L2</a></td><td>Café</td><td>2</td></tr>\n"
                + "</table>\n<div class=\"pager\"><a class=\"prev\" href=\"result?page=1&amp;maxCredit=59\">Previous</a> "
                + "<a class=\"next\" href=\"result?page=3&amp;maxCredit=59&amp;status=archived\">Next</a></div>\n</body></html>\n", true);

        assertThat(listing.entries()).extracting(HkqrListingParser.Entry::regNo).containsExactly("22/000567/L4", "24/001234/L2");
        assertThat(listing.next()).isEqualTo("https://hkqr.example/HKQRPRD/web/hkqr-en/search/result?page=3&maxCredit=59&status=archived");
        sameBothWays(new String(Fixtures.bytes("listing-page-1.html"), StandardCharsets.UTF_8), true);
        assertThat(sameBothWays(new String(Fixtures.bytes("listing-last.html"), StandardCharsets.UTF_8), true).next()).isNull();
    }

    @Test
    void entitiesNoBreakSpacesCommentsNestedInlineTagsAndStrayWhitespaceReadAsJsoupDoes() {
        HkqrListingParser.Listing listing = sameBothWays(HEAD + "<!-- <table id=\"qr-result\"><tr><td><a href=x>commented</a></td></tr></table> -->\n"
                + "<TABLE class=list ID='qr-result'>\n<tbody>\n" + HEADER_ROW
                + "<tr>\n  <td>\n   <a  title='22/000567' HREF = 'detail?regNo=22%2F000567%2FL4&amp;lang=en' >&nbsp;22/000567/<b>L4</b>\n </a> </td><td>x</td></tr>\n"
                + "<!-- <tr><td><a href=\"detail?regNo=withdrawn\">withdrawn</a></td></tr> -->\n"
                + "<tr><td><span><a href='detail?regNo=24%2F001234%2FL2'>24/001234<!-- c -->/L2\u200B</a></span>\n"
                + "<tr><td><a href=\"detail?regNo=23&#x2F;000321&#47;L2\">23&#x2F;000321&#47;L2 &amp; more</a><td>中式包點</tr>\n"
                + "<tr><th>Row label <a href=\"sort?by=th\">sort</a></th><td>no<a href=\"detail?regNo=19%2F000101%2FL3\">19/000101/L3<br>x</a></td>\n"
                + "</tbody></table>\n<p>Pages: <a href=\"result?page=1\">1</a> <a class=\"pager next\" href=\"result?page=2&amp;maxCredit=59\">Next &gt;</a>\n"
                + "<a class=\"next\" href=\"result?page=99\">not the first</a></body></html>", true);

        assertThat(listing.entries()).extracting(HkqrListingParser.Entry::regNo)
                .containsExactly("22/000567/L4", "24/001234/L2", "23/000321/L2 & more", "19/000101/L3 x");
        assertThat(listing.entries().get(0).detailUrl())
                .isEqualTo("https://hkqr.example/HKQRPRD/web/hkqr-en/search/detail?regNo=22%2F000567%2FL4&lang=en");
        assertThat(listing.next()).endsWith("result?page=2&maxCredit=59");
    }

    @Test
    void aNextLinkBeforeTheTableOrWithoutHrefAndScriptsThatMentionOneReadAsJsoupDoes() {
        HkqrListingParser.Listing listing = sameBothWays(HEAD.replace("</head>", "<script>var s = '<a class=\"next\" href=\"evil\">';</script></head>")
                + "<a class=\"next\">disabled</a><a class=NEXT href=\"//mirror.example/result?page=2\">Next</a>\n"
                + "<table id=\"qr-result\">" + HEADER_ROW + "<tr><td><a href=https://other.example/detail/1>1</a></td></tr></table>"
                + "<a class=\"next\" href=\"result?page=3\">later</a>", true);

        assertThat(listing.next()).isEqualTo("https://mirror.example/result?page=2");
        assertThat(listing.entries()).extracting(HkqrListingParser.Entry::detailUrl).containsExactly("https://other.example/detail/1");
    }

    @Test
    void pagesTheScanDoesNotModelAreParsedAndReadTheSame() {
        String row = "<tr><td><a href=\"detail?regNo=22%2F000567%2FL4\">22/000567/L4</a></td><td>t</td></tr>";
        String[] pages = {
                HEAD.replace("</head>", "<base href=\"https://elsewhere.example/\"></head>") + "<table id=\"qr-result\">" + row + "</table>",
                HEAD + "<table id=\"qr-result\"><tr><td><a href=\"a\">22/<a href=\"b\">000567</a></a></td></tr></table>",
                HEAD + "<table id=\"qr-result\">" + row + "<tr><td><table><tr><td><a href=x>n</a></td></tr></table></td></tr></table>",
                HEAD + "<table id=\"qr-result\">" + row + "<tr><td>no link</td><td>t</td></tr></table>",
                HEAD + "<table id=\"qr-result\">" + row + "<tr><td><a href=\"detail?regNo=\"> </a></td></tr></table>",
                HEAD + "<table id=\"qr-result\">" + row + "</table><table><tr><td><a class=next href=p2>Next</a></td></tr></table>",
                HEAD + "<table id=\"qr-result\">" + row + "</table><template><a class=next href=p2>Next</a></template>",
                HEAD + "<table id=\"qr-result\">" + row + "stray text</table>",
                HEAD + "<table id=\"qr-result\">" + row + "<a class=next href=p2>Next</a></table>",
                HEAD + "<table id=\"qr-result\">" + row,
                HEAD + "<table id=\"QR-RESULT\">" + row + "</table>",
                HEAD + "<div><table id=\"qr-result\">" + row + "</table></div><a class=next href='p2>Next</a>",
        };
        for (String page : pages) {
            sameBothWays(page, false);
        }
    }

    @Test
    void aPageWithoutACharsetIsParsed() {
        String page = "<html><body><table id=\"qr-result\"><tr><td><a href=\"detail?regNo=1\">1</a></td></tr></table></body></html>";
        assertThat(PlainTableScan.linkRows(page.getBytes(StandardCharsets.US_ASCII), null, "qr-result", "next")).isNull();
        assertThat(parser.parse(fetched(page, null)).entries()).extracting(HkqrListingParser.Entry::regNo).containsExactly("1");
    }

    /** The listing read both ways (equal); {@code scanned}: the page must also have been read without jsoup. */
    private HkqrListingParser.Listing sameBothWays(String html, boolean scanned) {
        FetchOutcome.Fetched page = fetched(html, StandardCharsets.UTF_8);
        HkqrListingParser.Listing fromBytes = parser.parse(page);
        HkqrListingParser.Listing fromDocument = parser.parse(HtmlPages.parse(page));
        assertThat(fromBytes).as("both readings of %s", html).isEqualTo(fromDocument);
        if (scanned) {
            assertThat(PlainTableScan.linkRows(page.body(), page.charset(), "qr-result", "next")).as("scanned: %s", html).isNotNull();
        }
        return fromBytes;
    }

    private static FetchOutcome.Fetched fetched(String html, Charset charset) {
        return new FetchOutcome.Fetched(EN_LISTING, 200, html.getBytes(StandardCharsets.UTF_8), "text/html", charset, null, null, 1);
    }
}
