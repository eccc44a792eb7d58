package org.mcfed.index.ui;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in English, 繁體中文, 简体中文 and Bahasa Melayu in headless Chromium: the choice of
 * language (remembered, or from the browser's languages), record text in the learner's language
 * with its {@code lang}, vocabulary names, numbers and dates in the locale, and no serious or
 * critical axe-core violation on any page in any language.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class MultilingualWebUiIT extends ChromiumPages {

    private static final String NZ = "nzqa:6001-1";
    private static final String HK = "hkqr:22/000567/L4";
    private static final String MY = "mqa:MQA/SWA 0123";

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
        browser.get(base.toString());
        browser.executeScript("localStorage.clear(); sessionStorage.clear()");
    }

    /** Chooses the UI language as the switcher stores it, then opens the page once its language is applied. */
    private void open(UiLanguage language, String path) {
        browser.get(base.toString());
        browser.executeScript("localStorage.setItem('mcfed.uiLanguage', arguments[0])", language.tag);
        openInCurrentLanguage(path);
        assertThat(htmlLang()).isEqualTo(language.tag);
    }

    private void openInCurrentLanguage(String path) {
        browser.get(base + path);
        waiting().until(d -> !browser.findElements(By.id("ui-language")).isEmpty());
    }

    private String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private void search(UiLanguage language, String query) {
        open(language, "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        waiting().until(d -> browser.findElement(By.id("result-count")).getAttribute("data-total") != null);
    }

    private void openRecord(UiLanguage language, String id) {
        open(language, "record.html?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("record")));
    }

    private WebElement result(String id) {
        return browser.findElement(By.cssSelector("#result-list .result[data-id='" + id + "']"));
    }

    @Test
    void everyPageInEveryUiLanguageHasNoSeriousOrCriticalAccessibilityViolation() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (UiLanguage language : UiLanguage.all()) {
            search(language, "data analytics");
            assertThat(browser.findElements(By.cssSelector("#result-list .result"))).as("results to check").hasSizeGreaterThan(1);
            HeadlessChromium.screenshot(browser, "ui-search-" + language.tag + ".png");
            violations.put("search " + language.tag, AxeCore.seriousViolations(browser));

            openRecord(language, HK);
            HeadlessChromium.screenshot(browser, "ui-record-" + language.tag + ".png");
            violations.put("record " + language.tag, AxeCore.seriousViolations(browser));

            open(language, "compare.html?id=" + URLEncoder.encode(NZ, StandardCharsets.UTF_8) + "&id=" + URLEncoder.encode(HK, StandardCharsets.UTF_8));
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-table")));
            HeadlessChromium.screenshot(browser, "ui-compare-" + language.tag + ".png");
            violations.put("compare " + language.tag, AxeCore.seriousViolations(browser));

            open(language, "dashboard.html");
            waiting().until(d -> !browser.findElements(By.cssSelector("#runs tbody tr")).isEmpty());
            HeadlessChromium.screenshot(browser, "ui-dashboard-" + language.tag + ".png");
            violations.put("dashboard " + language.tag, AxeCore.seriousViolations(browser));
        }
        violations.values().removeIf(List::isEmpty);
        assertThat(violations).as("serious or critical axe-core %s violations per page and UI language", AxeCore.VERSION).isEmpty();
    }

    @Test
    void resultsShowVocabularyNamesAndTitlesInTheLearnersLanguageEachWithItsLang() {
        for (UiLanguage language : UiLanguage.all()) {
            search(language, "data analytics");
            List<String> badges = result(NZ).findElements(By.cssSelector(".badge[data-badge='mode']")).stream().map(WebElement::getText).toList();
            assertThat(badges).as(language.tag).containsExactly(language.online);
            assertThat(result(HK).findElement(By.cssSelector(".badge[data-badge='mode']")).getText()).as(language.tag).isEqualTo(language.blended);
            assertThat(browser.findElement(By.cssSelector("fieldset[data-facet='mode'] legend")).getText()).as(language.tag).isEqualTo(language.modeFacet);
            assertThat(browser.findElements(By.cssSelector("fieldset[data-facet='mode'] label")).stream().map(WebElement::getText))
                    .as(language.tag).anyMatch(l -> l.startsWith(language.online + " ("));
            assertThat(new Select(browser.findElement(By.id("ui-language"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(language.tag);
            assertThat(browser.findElement(By.cssSelector("label[for='ui-language']")).getText()).as("the switcher is labelled").isNotBlank();
        }

        search(UiLanguage.EN, "data analytics");
        assertTitle(HK, "Certificate in Data Analytics for Business", "en");
        search(UiLanguage.ZH_HANT, "data analytics");
        assertTitle(HK, "商業數據分析證書", "zh-Hant");
        // a Simplified reader gets the Traditional title before the English one; a Malay title keeps lang="ms" in a Chinese page
        search(UiLanguage.ZH_HANS, "data analytics");
        assertTitle(HK, "商業數據分析證書", "zh-Hant");
        search(UiLanguage.ZH_HANS, "digital business");
        assertTitle(MY, "Sijil Pengurusan Perniagaan Digital", "ms");
        search(UiLanguage.MS, "digital business");
        assertTitle(MY, "Sijil Pengurusan Perniagaan Digital", "ms");
        search(UiLanguage.EN, "digital business");
        assertTitle(MY, "Certificate in Digital Business Management", "en");
    }

    private void assertTitle(String id, String text, String lang) {
        WebElement heading = result(id).findElement(By.tagName("h3"));
        assertThat(heading.getText()).isEqualTo(text);
        assertThat(heading.getAttribute("lang")).as("lang of " + text).isEqualTo(lang);
    }

    @Test
    void theRecordPageShowsNamesNumbersAndDatesInTheLocaleAndMarksEachTextsLanguage() {
        for (UiLanguage language : UiLanguage.all()) {
            openRecord(language, MY);
            assertThat(value("cost")).as(language.tag).isEqualTo(language.mqaCost);
            assertThat(value("updatedAt")).as(language.tag).contains(language.march1);
            assertThat(value("modeOfLearning")).as(language.tag).isEqualTo(language.online);
            assertThat(value("supervision")).as(language.tag).isEqualTo(language.notStated);
            assertThat(browser.getTitle()).as(language.tag).endsWith(" – mcfed");
        }
        openRecord(UiLanguage.ZH_HANT, HK);
        assertThat(browser.findElement(By.cssSelector("#record-title span")).getAttribute("lang")).isEqualTo("zh-Hant");
        assertThat(browser.findElement(By.cssSelector("[data-element='description'] dd span")).getAttribute("lang")).isEqualTo("zh-Hant");
        assertThat(value("cost")).isEqualTo("HK$12,000.00");
        assertThat(value("issuerCountry")).as("Hong Kong usage").isEqualTo("香港 (HK)");
        assertThat(value("iscedLevel")).isEqualTo("ISCED 5：短期高等教育");
        assertThat(value("fieldOfEducation")).isEqualTo("0413 – 商業、行政及法律");
        List<String> otherTitleLangs = browser.findElements(By.cssSelector("#other-title-list li > span")).stream().map(e -> e.getAttribute("lang")).toList();
        assertThat(otherTitleLangs).containsExactly("en", "zh-Hant");

        openRecord(UiLanguage.MS, HK);
        assertThat(value("languages")).isEqualTo("Cina dan Inggeris");
        assertThat(value("stackability")).startsWith("Boleh ditindan ke arah ");
        assertThat(browser.findElement(By.cssSelector("#record-badges .badge[data-badge='level']")).getText()).isEqualTo("HKQF tahap 4");
        assertThat(browser.findElement(By.cssSelector("#record-title span")).getAttribute("lang")).isEqualTo("en");
    }

    private String value(String element) {
        return browser.findElement(By.cssSelector("#elements [data-element='" + element + "'] dd")).getText();
    }

    @Test
    void countryNamesFollowTheLanguagesOwnUsage() {
        openRecord(UiLanguage.ZH_HANT, NZ);
        assertThat(value("issuerCountry")).isEqualTo("新西蘭 (NZ)");
        openRecord(UiLanguage.ZH_HANS, NZ);
        assertThat(value("issuerCountry")).isEqualTo("新西兰 (NZ)");
        openRecord(UiLanguage.MS, NZ);
        assertThat(value("issuerCountry")).isEqualTo("New Zealand (NZ)");
    }

    @Test
    void theLanguageChosenWithTheSwitcherIsKeptAcrossPagesAndReloads() {
        openInCurrentLanguage("");
        assertThat(htmlLang()).as("the test browser says en-NZ").isEqualTo("en");
        new Select(browser.findElement(By.id("ui-language"))).selectByValue("ms");
        waiting().until(d -> "ms".equals(htmlLang()) && !browser.findElements(By.id("ui-language")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("label[for='q']")).getText()).isEqualTo("Cari kredensial mikro");

        for (String page : List.of("record.html?id=" + URLEncoder.encode(NZ, StandardCharsets.UTF_8), "compare.html", "dashboard.html", "")) {
            openInCurrentLanguage(page);
            assertThat(htmlLang()).as(page).isEqualTo("ms");
            assertThat(new Select(browser.findElement(By.id("ui-language"))).getFirstSelectedOption().getText()).isEqualTo("Bahasa Melayu");
        }
        browser.navigate().refresh();
        waiting().until(d -> "ms".equals(htmlLang()));
        assertThat(browser.findElement(By.cssSelector("nav a[aria-current='page']")).getText()).isEqualTo("Cari");
    }

    @Test
    void aFirstVisitFollowsTheBrowsersLanguages() {
        Map<String, String> expected = new LinkedHashMap<>();
        // navigator.languages as the browser lists them (Chromium takes the override as that list)
        expected.put("zh-HK,zh,en", "zh-Hant");
        expected.put("zh-TW", "zh-Hant");
        expected.put("zh-CN,zh", "zh-Hans");
        expected.put("zh-SG", "zh-Hans");
        expected.put("ms-MY,ms", "ms");
        expected.put("ms", "ms");
        expected.put("fr-FR,ms", "ms");
        expected.put("fr-FR,de", "en");
        expected.put("en-AU", "en");
        String userAgent = (String) browser.executeScript("return navigator.userAgent");
        List<String> wrong = new ArrayList<>();
        try {
            for (Map.Entry<String, String> e : expected.entrySet()) {
                browser.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", e.getKey()));
                browser.get(base.toString());
                browser.executeScript("localStorage.clear()");
                openInCurrentLanguage("");
                if (!e.getValue().equals(htmlLang())) {
                    wrong.add(e.getKey() + " gave " + htmlLang() + " (navigator.languages " + browser.executeScript("return navigator.languages") + ")");
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", "en-NZ"));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theTranslationsHintIsHiddenWhenTheSearchReportsNone() {
        for (UiLanguage language : UiLanguage.all()) {
            search(language, "Python");
            assertThat(browser.findElement(By.id("translations")).isDisplayed()).as(language.tag).isFalse();
        }
    }

    /** The hint from the real search API: the query's translated terms above the results, each with its lang. */
    @Test
    void translatedQueryTermsAreShownAboveTheResultsEachWithItsLang() {
        search(UiLanguage.MS, "森林");
        WebElement hint = browser.findElement(By.id("translations"));
        assertThat(hint.isDisplayed()).isTrue();
        assertThat(hint.getText()).startsWith("Turut dicari: 森林 → ").contains("forest").contains("hutan");
        assertThat(hint.findElement(By.cssSelector(".term-from")).getAttribute("lang")).isEqualTo("zh");
        assertThat(hint.findElements(By.cssSelector(".term-to")).stream().map(e -> e.getAttribute("lang"))).contains("en", "ms");
        search(UiLanguage.ZH_HANT, "森林");
        assertThat(browser.findElement(By.id("translations")).getText()).startsWith("同時搜尋了：森林 → ").contains("forest");
    }

    /**
     * Records the catalogue does not hold (a Chinese-only HKQR entry, learning outcomes in three
     * languages) rendered by the page's own code in each UI language: text in the learner's
     * language where the record has it, else the record's own, always with its lang.
     */
    @Test
    void learningOutcomesAndTitlesFollowTheLearnersLanguageAndFallBackToTheRecordsOwn() {
        String render = """
                const r = JSON.parse(arguments[0]);
                const outcomes = Mcfed.ELEMENTS.find(([key]) => key === "learningOutcomes")[1](r);
                const title = Mcfed.titleNode(r);
                return [title.lang || "", title.textContent, outcomes.lang || "", outcomes.textContent];
                """;
        // JSON text, not Java maps: a language map's first key is the record's own language, and key order must survive
        String chineseOnly = """
                {"id": "hkqr:99/000001/L3", "title": {"zh-Hant": "森林管理證書", "zh-Hans": "森林管理证书"},
                 "learningOutcomes": ["認識森林生態"],
                 "learningOutcomesByLanguage": {"zh-Hant": ["認識森林生態"], "zh-Hans": ["认识森林生态"]}}""";
        // no learningOutcomesByLanguage: learningOutcomes is in the record's first language, Malay here
        String malayOutcomesOnly = """
                {"id": "mqa:MQA/X 0002", "title": {"ms": "Sijil Perhutanan", "en": "Certificate in Forestry"},
                 "learningOutcomes": ["Mengenal pasti spesies pokok"]}""";
        Map<String, List<Object>> expected = Map.of(
                "en", List.of("zh-Hant", "森林管理證書", "zh-Hant", "認識森林生態", "en", "Certificate in Forestry", "ms", "Mengenal pasti spesies pokok"),
                "zh-Hant", List.of("zh-Hant", "森林管理證書", "zh-Hant", "認識森林生態", "ms", "Sijil Perhutanan", "ms", "Mengenal pasti spesies pokok"),
                "zh-Hans", List.of("zh-Hans", "森林管理证书", "zh-Hans", "认识森林生态", "ms", "Sijil Perhutanan", "ms", "Mengenal pasti spesies pokok"),
                "ms", List.of("zh-Hant", "森林管理證書", "zh-Hant", "認識森林生態", "ms", "Sijil Perhutanan", "ms", "Mengenal pasti spesies pokok"));
        for (UiLanguage language : UiLanguage.all()) {
            open(language, "compare.html");
            List<Object> got = new ArrayList<>((List<?>) browser.executeScript(render, chineseOnly));
            got.addAll((List<?>) browser.executeScript(render, malayOutcomesOnly));
            assertThat(got).as(language.tag).isEqualTo(expected.get(language.tag));
        }
    }
}
