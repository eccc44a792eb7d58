package org.mcfed.index.ui;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.kafka.KafkaBrokerResource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public feed validator page in headless Chromium, without any login: a registry pastes a feed
 * page holding a good, a repaired and a bad record and reads each verdict, the bad one's reasons and
 * the summary, in each of the four UI languages, with no serious axe-core violation; an uploaded
 * OAI-PMH page is checked as well. Five checks from the browser's address: the test profile's rate burst.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class FeedValidatorWebUiIT extends ChromiumPages {

    private static final Map<UiLanguage, List<String>> VERDICTS = Map.of(
            UiLanguage.EN, List.of("Published", "Published with derived values", "Rejected"),
            UiLanguage.ZH_HANT, List.of("發布", "連同推算值發布", "拒絕"),
            UiLanguage.ZH_HANS, List.of("发布", "连同推算值发布", "拒绝"),
            UiLanguage.MS, List.of("Diterbitkan", "Diterbitkan dengan nilai terbitan", "Ditolak"));

    @Test
    void aPastedFeedShowsEachRecordsVerdictInEveryLanguageAndPassesAxe() throws IOException {
        String feed = fixture("feed-good-repaired-bad.json");
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (UiLanguage language : UiLanguage.all()) {
            browser.get(base.toString());
            browser.executeScript("localStorage.setItem('mcfed.uiLanguage', arguments[0])", language.tag);
            browser.get(base + "validate.html");
            waiting().until(d -> !browser.findElements(By.id("ui-language")).isEmpty());
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language.tag);

            WebElement area = browser.findElement(By.id("document"));
            browser.executeScript("arguments[0].value = arguments[1]", area, feed);
            browser.findElement(By.id("check")).click();
            waiting().until(d -> browser.findElements(By.cssSelector("#verdict-rows tr")).size() == 3);

            List<WebElement> rows = browser.findElements(By.cssSelector("#verdict-rows tr"));
            assertThat(rows).extracting(r -> r.getAttribute("data-id")).containsExactly("pqr:000123", "pqr:000200", "pqr:000201");
            assertThat(rows).extracting(r -> r.findElements(By.tagName("td")).get(0).getText())
                    .as(language.tag).containsExactlyElementsOf(VERDICTS.get(language));
            String reasons = rows.get(2).findElements(By.tagName("td")).get(1).getText();
            assertThat(reasons).contains("title").contains("needs at least one entry");
            assertThat(rows.get(1).findElements(By.tagName("td")).get(1).getText()).contains("durationWeeks").contains("left out");
            assertThat(rows.get(0).findElements(By.tagName("td")).get(2).findElements(By.tagName("code"))).isNotEmpty();
            assertThat(browser.findElement(By.id("summary")).getText()).contains("3").contains("1");
            assertThat(browser.findElement(By.id("main")).getText()).as("every message found in " + language.tag).doesNotContain("validate.");
            assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
            HeadlessChromium.screenshot(browser, "ui-validate-" + language.tag + ".png");
            violations.put("validate " + language.tag, AxeCore.seriousViolations(browser));
        }
        violations.values().removeIf(List::isEmpty);
        assertThat(violations).as("serious or critical axe-core %s violations", AxeCore.VERSION).isEmpty();
    }

    @Test
    void anUploadedOaiPageIsCheckedToo() throws Exception {
        browser.get(base.toString());
        browser.executeScript("localStorage.setItem('mcfed.uiLanguage', 'en')");
        browser.get(base + "validate.html");
        waiting().until(d -> !browser.findElements(By.id("ui-language")).isEmpty());
        Path file = Path.of(FeedValidatorWebUiIT.class.getResource("/fixtures/validate/oai-page-messy.xml").toURI());

        browser.findElement(By.id("file")).sendKeys(file.toString());
        waiting().until(d -> browser.findElement(By.id("document")).getDomProperty("value").startsWith("<?xml"));
        browser.findElement(By.id("check")).click();
        waiting().until(d -> browser.findElements(By.cssSelector("#verdict-rows tr")).size() == 2);

        assertThat(browser.findElements(By.cssSelector("#verdict-rows tr"))).extracting(r -> r.getAttribute("data-id") + " " + r.getAttribute("data-verdict"))
                .containsExactly("hkqr:21/000777/L3 published", "hkqr:21/000778/L3 rejected");
    }

    @Test
    void everyPageLinksToTheValidator() {
        for (String page : List.of("", "record.html", "compare.html", "dashboard.html", "validate.html")) {
            browser.get(base + page);
            waiting().until(d -> !browser.findElements(By.id("ui-language")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("nav a[href='validate.html']"))).as(page).hasSize(1);
        }
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = FeedValidatorWebUiIT.class.getResourceAsStream("/fixtures/validate/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
