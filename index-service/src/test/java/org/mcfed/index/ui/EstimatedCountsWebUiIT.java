package org.mcfed.index.ui;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.mcfed.index.bench.ZipfCatalog;
import org.mcfed.index.testkit.EstimatedCountsProfile;
import org.mcfed.kafka.KafkaBrokerResource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search that matches more records than the service counts exactly, in headless Chromium in every
 * UI language: the total reads "about 250 ...", every facet count reads "about", and a note says
 * the counts are estimated; a search below the limit reads as before.
 */
@QuarkusTest
@TestProfile(EstimatedCountsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class EstimatedCountsWebUiIT extends ChromiumPages {

    /** "About" as each UI language writes it before an estimated count. */
    private static final Map<UiLanguage, String> ABOUT = Map.of(UiLanguage.EN, "about", UiLanguage.ZH_HANT, "約",
            UiLanguage.ZH_HANS, "约", UiLanguage.MS, "kira-kira");

    private WebElement search(UiLanguage language, String query) {
        browser.get(base.toString());
        browser.executeScript("localStorage.setItem('mcfed.uiLanguage', arguments[0])", language.tag);
        browser.get(base + "?q=" + query);
        waiting().until(d -> browser.findElement(By.id("result-count")).getAttribute("data-total") != null);
        return browser.findElement(By.id("result-count"));
    }

    @Test
    void aboveTheLimitTheTotalAndEveryFacetCountReadAboutInEveryUiLanguage() {
        for (UiLanguage language : UiLanguage.all()) {
            WebElement count = search(language, "learners");
            assertThat(count.getAttribute("data-total-exact")).as(language.tag).isEqualTo("false");
            assertThat(Long.parseLong(count.getAttribute("data-total"))).as(language.tag).isGreaterThan(EstimatedCountsProfile.EXACT_LIMIT);
            assertThat(count.getText()).as(language.tag).containsIgnoringCase(ABOUT.get(language));
            List<String> facetCounts = browser.findElements(By.cssSelector("fieldset.facet .count")).stream().map(WebElement::getText).toList();
            assertThat(facetCounts).as(language.tag).isNotEmpty().allMatch(c -> c.toLowerCase().contains(ABOUT.get(language)));
            assertThat(browser.findElement(By.cssSelector(".facets-estimated")).getText()).as(language.tag).isNotBlank();
            HeadlessChromium.screenshot(browser, "ui-estimated-" + language.tag + ".png");
        }
    }

    @Test
    void belowTheLimitCountsReadAsExact() {
        // one record's whole English title: every word required, a handful of records at most
        String title = ZipfCatalog.record(7).title().get("en").replace("Workshop:", "Workshop");
        WebElement count = search(UiLanguage.EN, URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertThat(count.getAttribute("data-total-exact")).isEqualTo("true");
        assertThat(Long.parseLong(count.getAttribute("data-total"))).isBetween(1L, (long) EstimatedCountsProfile.EXACT_LIMIT);
        assertThat(count.getText()).doesNotContainIgnoringCase("about");
        assertThat(browser.findElements(By.cssSelector("fieldset.facet .count"))).isNotEmpty()
                .allMatch(c -> c.getText().matches("\\([0-9,]+\\)"));
        assertThat(browser.findElements(By.cssSelector(".facets-estimated"))).isEmpty();
    }
}
