package org.mcfed.connector.hkqr;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.page.HtmlPages;
import org.mcfed.connector.page.LabelledValues;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.connector.page.PlainTableScan;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mcfed.connector.hkqr.Fixtures.bytes;
import static org.mcfed.connector.hkqr.Fixtures.page;

/** The detail pages as the harvest reads them ({@link HkqrDetailParser#details}) give what their jsoup documents give. */
class HkqrChinesePagesTest {

    private static final URI EN = Fixtures.EN_DETAIL;
    private static final URI TC = URI.create("https://hkqr.example/HKQRPRD/web/hkqr-tc/search/detail");
    private static final URI SC = URI.create("https://hkqr.example/HKQRPRD/web/hkqr-sc/search/detail");

    private final HkqrDetailParser parser = new HkqrDetailParser();

    @Test
    void everyDetailFixtureGivesTheSameFieldsReadAsTheHarvestReadsIt() throws PageParseException {
        assertSameFields("example-en.html", "example-tc.html", "example-sc.html", null);
        assertSameFields("chinese-only-en.html", "chinese-only-tc.html", "chinese-only-sc.html", null);
        assertSameFields("garbage-credits-en.html", "variant-tc.html", "variant-sc.html", null);
        assertSameFields("garbage-credits-en.html", "variant-tc.html", "variant-sc.html", Charset.forName("windows-1252"));
        assertSameFields("example-en.html", "messy-tc.html", null, StandardCharsets.UTF_8);
        for (String english : List.of("archived-en.html", "expired-en.html", "garbage-en.html", "label-variants-en.html",
                "missing-fields-en.html", "windows-1252-en.html")) {
            assertSameFields(english, null, null, null);
            assertSameFields(english, null, null, StandardCharsets.UTF_8);
        }
    }

    @Test
    void aMessyTraditionalPageIsReadWithoutJsoupByItsLabels() throws PageParseException {
        FetchOutcome.Fetched messy = fetched(TC, "messy-tc.html", StandardCharsets.UTF_8);
        assertThat(PlainTableScan.rows(messy.body(), messy.charset(), "qr-detail"))
                .as("comments, entities, &nbsp;, implied end tags, nested inline tags, a script quoting the table").isNotNull();

        Map<String, List<String>> fields = parser.parse(HkqrDetailParser.details(fetched(EN, "example-en.html", null), HkqrDetailParser.ENGLISH),
                HkqrDetailParser.details(messy, HkqrDetailParser.TRADITIONAL), null);

        assertThat(fields.get("title.zh-Hant")).containsExactly("網絡安全專業證書（進階）");
        assertThat(fields.get("learningOutcomes.zh-Hant")).containsExactly("識別企業網絡的常見威脅", "配置防火牆及入侵偵測系統");
        assertThat(fields.get("title.en")).containsExactly("Professional Certificate in Cyber Security");
    }

    @Test
    void aWindows1252PageWithoutACharsetHeaderIsParsedAndStillRead() throws PageParseException {
        FetchOutcome.Fetched variant = fetched(SC, "variant-sc.html", null);
        assertThat(PlainTableScan.rows(variant.body(), null, "qr-detail")).as("only its <meta> names the charset").isNull();

        LabelledValues values = HkqrDetailParser.details(variant, HkqrDetailParser.SIMPLIFIED);

        assertThat(values.items(HkqrLabels.LEARNING_OUTCOMES)).containsExactly("收集及清理数据", "以图表呈现分析结果");
    }

    @Test
    void aChinesePageWithoutTheDetailsTableIsAParseFailureWithItsReason() {
        assertThatThrownBy(() -> HkqrDetailParser.details(fetched(TC, "not-a-detail-page.html", StandardCharsets.UTF_8),
                HkqrDetailParser.TRADITIONAL))
                .isInstanceOf(PageParseException.class)
                .hasMessage("no qualification details (table.qr-detail) on the Traditional Chinese detail page");
    }

    private void assertSameFields(String english, String traditional, String simplified, Charset header) throws PageParseException {
        Map<String, List<String>> parsed = parser.parse(HtmlPages.parse(fetched(EN, english, header)),
                traditional == null ? null : HtmlPages.parse(fetched(TC, traditional, header)),
                simplified == null ? null : HtmlPages.parse(fetched(SC, simplified, header)));
        Map<String, List<String>> read = parser.parse(HkqrDetailParser.details(fetched(EN, english, header), HkqrDetailParser.ENGLISH),
                traditional == null ? null : HkqrDetailParser.details(fetched(TC, traditional, header), HkqrDetailParser.TRADITIONAL),
                simplified == null ? null : HkqrDetailParser.details(fetched(SC, simplified, header), HkqrDetailParser.SIMPLIFIED));
        assertThat(read).as(traditional + ", " + simplified + " with header charset " + header).isEqualTo(parsed);
    }

    private static FetchOutcome.Fetched fetched(URI url, String fixture, Charset header) {
        return new FetchOutcome.Fetched(url, 200, bytes(fixture), "text/html", header, null, null, 1);
    }
}
