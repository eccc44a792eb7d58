package org.mcfed.connector.hkqr;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.page.PageParseException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mcfed.connector.hkqr.Fixtures.page;

class HkqrDetailParserTest {

    private final HkqrDetailParser parser = new HkqrDetailParser();

    @Test
    void readsEverySpecExampleValueByLabel() throws PageParseException {
        Map<String, List<String>> fields = parser.parse(page("example-en.html"), null, null);

        assertThat(fields).isEqualTo(Map.ofEntries(
                Map.entry("regNo", List.of("22/000567/L4")),
                Map.entry("title.en", List.of("Professional Certificate in Cyber Security")),
                Map.entry("title.zh-Hant", List.of("網絡安全專業證書")),
                Map.entry("type", List.of("Professional Certificate")),
                Map.entry("qfLevel", List.of("4")),
                Map.entry("qfCredit", List.of("12")),
                Map.entry("operator", List.of("Example Institute of Continuing Education")),
                Map.entry("awardingBody", List.of("Example Institute of Continuing Education")),
                Map.entry("awardingBodyCountry", List.of("Hong Kong")),
                Map.entry("area", List.of("Computer Science and Information Technology")),
                Map.entry("mode", List.of("Part-time, Blended")),
                Map.entry("validity", List.of("01/09/2023 - On-going")),
                Map.entry("status", List.of("Current")),
                Map.entry("catType", List.of("CAT(I)")),
                Map.entry("programmeLength", List.of("120 hours")),
                Map.entry("learningOutcomes.en", List.of("Identify common threats to enterprise networks",
                        "Configure firewalls and intrusion detection"))));
    }

    @Test
    void chinesePageGivesTheTraditionalChineseTitle() throws PageParseException {
        Map<String, List<String>> fields = parser.parse(page("example-en.html"), page("example-tc.html"), null);

        assertThat(fields.get("title.zh-Hant")).containsExactly("網絡安全專業證書（進階）");
        assertThat(fields.get("title.en")).containsExactly("Professional Certificate in Cyber Security");
        assertThat(fields.get("operator")).as("other values come from the English page")
                .containsExactly("Example Institute of Continuing Education");
        assertThat(fields).doesNotContainKeys("title.zh-Hans", "learningOutcomes.zh-Hans");
    }

    @Test
    void threePagesGiveTheTitleAndTheOutcomesInEveryLanguage() throws PageParseException {
        Map<String, List<String>> fields = parser.parse(page("example-en.html"), page("example-tc.html"), page("example-sc.html"));

        assertThat(fields.get("title.en")).containsExactly("Professional Certificate in Cyber Security");
        assertThat(fields.get("title.zh-Hant")).containsExactly("網絡安全專業證書（進階）");
        assertThat(fields.get("title.zh-Hans")).containsExactly("网络安全专业证书（进阶）");
        assertThat(fields.get("learningOutcomes.en")).containsExactly("Identify common threats to enterprise networks",
                "Configure firewalls and intrusion detection");
        assertThat(fields.get("learningOutcomes.zh-Hant")).containsExactly("識別企業網絡的常見威脅");
        assertThat(fields.get("learningOutcomes.zh-Hans")).containsExactly("识别企业网络的常见威胁");
        assertThat(fields.get("operator")).as("the Chinese pages' other values are not read")
                .containsExactly("Example Institute of Continuing Education");
    }

    @Test
    void aMessySimplifiedPageWithTraditionalLabelsLeftInIsReadByItsSimplifiedText() throws PageParseException {
        Map<String, List<String>> fields = parser.parse(page("garbage-credits-en.html"), page("variant-tc.html"), page("variant-sc.html"));

        assertThat(fields.get("title.zh-Hans")).as("declared windows-1252, Han as character references, nested <b>")
                .containsExactly("数据分析证书");
        assertThat(fields.get("title.zh-Hant")).containsExactly("數據分析證書");
        assertThat(fields.get("learningOutcomes.zh-Hans")).as("comment and &nbsp; dropped")
                .containsExactly("收集及清理数据", "以图表呈现分析结果");
        assertThat(fields).doesNotContainKey("learningOutcomes.zh-Hant");
    }

    @Test
    void aChineseOnlyQualificationsTitleUnderTheEnglishLabelIsTraditionalChinese() throws PageParseException {
        Map<String, List<String>> fields = parser.parse(page("chinese-only-en.html"), null, null);

        assertThat(fields).doesNotContainKeys("title.en", "learningOutcomes.en");
        assertThat(fields.get("title.zh-Hant")).containsExactly("中式包點製作證書");
        assertThat(fields.get("learningOutcomes.zh-Hant")).containsExactly("掌握中式包點的基本製作技巧", "遵守食物安全及衞生守則");
        assertThat(fields.get("regNo")).containsExactly("23/000321/L2");
    }

    @Test
    void aChineseOnlyQualificationOnItsThreePagesHasBothChineseScriptsAndNoEnglish() throws PageParseException {
        Map<String, List<String>> fields = parser.parse(page("chinese-only-en.html"), page("chinese-only-tc.html"),
                page("chinese-only-sc.html"));

        assertThat(fields).doesNotContainKeys("title.en", "learningOutcomes.en");
        assertThat(fields.get("title.zh-Hant")).containsExactly("中式包點製作證書");
        assertThat(fields.get("title.zh-Hans")).containsExactly("中式包点制作证书");
        assertThat(fields.get("learningOutcomes.zh-Hans")).containsExactly("掌握中式包点的基本制作技巧", "遵守食物安全及卫生守则");
    }

    @Test
    void aSimplifiedPageOfAnotherQualificationIsRefused() {
        assertThatThrownBy(() -> parser.parse(page("label-variants-en.html"), null, page("example-sc.html")))
                .isInstanceOf(PageParseException.class)
                .hasMessage("the Simplified Chinese page is for 22/000567/L4, not 24/001234/L2");
    }

    @Test
    void labelVariantsInAnyOrderWithEntitiesAndColons() throws PageParseException {
        Map<String, List<String>> fields = parser.parse(page("label-variants-en.html"), null, null);

        assertThat(fields).isEqualTo(Map.ofEntries(
                Map.entry("regNo", List.of("24/001234/L2")),
                Map.entry("title.en", List.of("Certificate in Café Operations – Barista Skills")),
                Map.entry("title.zh-Hant", List.of("咖啡店營運證書 – 咖啡師技巧")),
                Map.entry("qfLevel", List.of("Level 2")),
                Map.entry("qfCredit", List.of("3")),
                Map.entry("operator", List.of("Example Hospitality Training Centre")),
                Map.entry("awardingBody", List.of("Example University of London")),
                Map.entry("awardingBodyCountry", List.of("United Kingdom")),
                Map.entry("area", List.of("Services")),
                Map.entry("subArea", List.of("Catering")),
                Map.entry("mode", List.of("Full-time, Face-to-face")),
                Map.entry("validity", List.of("15/01/2024 – 14/01/2027")),
                Map.entry("status", List.of("Upcoming")),
                Map.entry("catType", List.of("No CAT")),
                Map.entry("programmeLength", List.of("6 weeks")),
                Map.entry("learningOutcomes.en", List.of("Apply food safety & hygiene principles",
                        "Plan a \"farm-to-table\" menu")),
                Map.entry("entryRequirements", List.of("Form 3 or equivalent"))));
    }

    @Test
    void missingAndBlankValuesAreAbsent() throws PageParseException {
        Map<String, List<String>> fields = parser.parse(page("missing-fields-en.html"), null, null);

        assertThat(fields).isEqualTo(Map.of(
                "regNo", List.of("23/000042/L1"),
                "title.en", List.of("Certificate in Basic Workplace Safety"),
                "qfLevel", List.of("1"),
                "status", List.of("Current")));
    }

    @Test
    void aMissingEnglishTitleIsNotTakenFromTheChineseTitleRow() throws PageParseException {
        var english = page("example-en.html");
        english.select("tr").stream().filter(r -> r.text().startsWith("Qualification Title Professional"))
                .forEach(org.jsoup.nodes.Element::remove);

        Map<String, List<String>> fields = parser.parse(english, null, null);

        assertThat(fields).doesNotContainKey("title.en");
        assertThat(fields.get("title.zh-Hant")).containsExactly("網絡安全專業證書");
    }

    @Test
    void windows1252PageIsDecodedByItsDeclaredCharset() throws PageParseException {
        Map<String, List<String>> fields = parser.parse(page("windows-1252-en.html"), null, null);

        assertThat(fields.get("title.en")).containsExactly("Certificate in Café Service – Barista “Latte Art”");
        assertThat(fields.get("awardingBody")).containsExactly("Société Hôtelière Example");
    }

    @Test
    void aPageWithoutTheDetailsTableIsAParseFailureWithItsReason() {
        assertThatThrownBy(() -> parser.parse(page("not-a-detail-page.html"), null, null))
                .isInstanceOf(PageParseException.class)
                .hasMessage("no qualification details (table.qr-detail) on the English detail page");
    }

    @Test
    void aChinesePageOfAnotherQualificationIsRefused() {
        assertThatThrownBy(() -> parser.parse(page("label-variants-en.html"), page("example-tc.html"), null))
                .isInstanceOf(PageParseException.class)
                .hasMessage("the Traditional Chinese page is for 22/000567/L4, not 24/001234/L2");
    }
}
