package org.mcfed.index.ui;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.index.testkit.Catalog;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The learners' web UI in headless Chromium against the running service and its index built
 * from the records topic: search, facet click (by keyboard too), record page, compare, and a
 * title holding {@code <script>} shown as text.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class LearnerWebUiIT extends ChromiumPages {

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
        browser.get(base.toString());
        browser.executeScript("sessionStorage.clear()");
    }

    private void open(String path) {
        browser.get(base + path);
    }

    private String resultCount() {
        return browser.findElement(By.id("result-count")).getText();
    }

    private List<String> resultTitles() {
        return browser.findElements(By.cssSelector("#result-list .result-title")).stream().map(WebElement::getText).toList();
    }

    private void searchFor(String words) {
        open("");
        waiting().until(d -> resultCount().contains("found"));
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(words, Keys.ENTER);
        // the submit handler marks the list busy at once and unmarks it when the new answer is shown
        waiting().until(d -> browser.getCurrentUrl().contains("q=")
                && browser.findElement(By.id("result-list")).getAttribute("aria-busy") == null
                && resultCount().contains("found"));
    }

    @Test
    void aSearchShowsResultsWithHoursLevelCountryAndModeBadges() {
        searchFor("python");
        assertThat(resultTitles()).contains("Data Analytics with Python");
        WebElement result = browser.findElement(By.cssSelector("#result-list .result[data-id='nzqa:6001-1']"));
        List<String> badges = result.findElements(By.cssSelector(".badge")).stream().map(WebElement::getText).toList();
        assertThat(badges).contains("150 hours", "NZQCF level 5", "Online").anyMatch(b -> b.contains("New Zealand"));
        assertThat(result.findElement(By.cssSelector(".source-link")).getAttribute("href"))
                .isEqualTo("https://www.nzqa.govt.nz/nzqf/search/viewQualification.do?selectedItemKey=6001");
        assertThat(browser.findElement(By.id("result-count")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.findElement(By.cssSelector("label[for='q']")).getText()).isNotBlank();

        HeadlessChromium.screenshot(browser, "ui-search.png");
    }

    @Test
    void clickingAFacetNarrowsTheResultsAndKeepsFocusOnTheCheckbox() {
        open("");
        waiting().until(d -> resultCount().startsWith(Catalog.live().size() + " micro-credentials found"));
        By hongKong = By.cssSelector("fieldset[data-facet='country'] input[data-value='HK']");
        WebElement hk = browser.findElement(hongKong);
        assertThat(browser.findElement(By.cssSelector("label[for='" + hk.getAttribute("id") + "']")).getText())
                .contains("Hong Kong").contains("(1)");
        hk.click();
        waiting().until(d -> resultCount().startsWith("1 micro-credential found"));
        assertThat(resultTitles()).containsExactly("Certificate in Data Analytics for Business");
        assertThat(browser.getCurrentUrl()).contains("country=HK");
        assertThat(browser.findElement(hongKong).isSelected()).isTrue();
        assertThat(browser.switchTo().activeElement().getAttribute("data-value")).as("focus stays on the facet").isEqualTo("HK");

        // and by keyboard: space on the focused checkbox un-ticks it
        browser.switchTo().activeElement().sendKeys(Keys.SPACE);
        waiting().until(d -> resultCount().startsWith(Catalog.live().size() + " micro-credentials found"));
        assertThat(browser.findElement(hongKong).isSelected()).isFalse();
    }

    @Test
    void theRecordPageShowsEveryColElementAndLinksToTheRegistry() {
        searchFor("python");
        browser.findElement(By.linkText("Data Analytics with Python")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("record")));
        assertThat(browser.getCurrentUrl()).contains("record.html?id=nzqa%3A6001-1");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Data Analytics with Python");
        assertThat(browser.findElement(By.id("source-link")).getAttribute("href"))
                .isEqualTo("https://www.nzqa.govt.nz/nzqf/search/viewQualification.do?selectedItemKey=6001");
        assertThat(value("Notional workload")).isEqualTo("150 hours");
        assertThat(value("Credit")).isEqualTo("15 credits (NZQCF)");
        assertThat(value("Learning outcomes")).contains("Clean and explore data sets");
        assertThat(value("Supervision and identity verification")).isEqualTo("Not stated");
        assertThat(browser.switchTo().activeElement().getTagName()).as("focus moves to the heading").isEqualTo("h1");
        HeadlessChromium.screenshot(browser, "ui-record.png");
    }

    private String value(String label) {
        return browser.findElement(By.xpath("//dl[@id='elements']//dt[normalize-space()='" + label + "']/following-sibling::dd[1]")).getText();
    }

    @Test
    void twoRecordsAreComparedSideBySide() {
        searchFor("data analytics");
        browser.findElement(By.cssSelector(".compare-check[data-id='nzqa:6001-1']")).click();
        browser.findElement(By.cssSelector(".compare-check[data-id='hkqr:22/000567/L4']")).click();
        WebElement go = browser.findElement(By.id("compare-go"));
        waiting().until(ExpectedConditions.visibilityOf(go));
        assertThat(browser.findElement(By.id("compare-count")).getText()).startsWith("2 selected");
        go.click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-table")));
        List<String> columns = browser.findElements(By.cssSelector("#compare-table thead th[scope='col']")).stream().map(WebElement::getText).toList();
        assertThat(columns).hasSize(2).anyMatch(c -> c.startsWith("Data Analytics with Python"))
                .anyMatch(c -> c.startsWith("Certificate in Data Analytics for Business"));
        List<String> ids = browser.findElements(By.cssSelector("#compare-table thead th[scope='col']")).stream().map(th -> th.getAttribute("data-id")).toList();
        int nz = ids.indexOf("nzqa:6001-1");
        int hk = ids.indexOf("hkqr:22/000567/L4");
        assertThat(cells("NZQCF level").get(nz)).isEqualTo("5");
        assertThat(cells("HKQF level").get(hk)).isEqualTo("4");
        assertThat(cells("Notional workload")).containsExactly("150 hours", "150 hours");
        assertThat(cells("Mode of learning").get(hk)).isEqualTo("Blended");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Comparing 2 micro-credentials.");
        HeadlessChromium.screenshot(browser, "ui-compare.png");
    }

    private List<String> cells(String rowLabel) {
        return browser.findElements(By.xpath("//table[@id='compare-table']//tr[th[normalize-space()='" + rowLabel + "']]/td"))
                .stream().map(WebElement::getText).toList();
    }

    @Test
    void aTitleHoldingScriptIsShownAsTextEverywhere() {
        searchFor("alert");
        WebElement result = browser.findElement(By.cssSelector("#result-list .result[data-id='" + Catalog.SCRIPT_ID + "']"));
        assertThat(result.findElement(By.cssSelector(".result-title")).getText()).isEqualTo(Catalog.SCRIPT_TITLE);
        assertThat(result.findElements(By.tagName("script"))).isEmpty();
        assertThat(result.findElements(By.cssSelector(".source-link"))).as("a javascript: URL never becomes a link").isEmpty();
        assertThat(result.findElement(By.cssSelector(".provider")).getText()).isEqualTo("Careless Registry <b>Ltd</b>");
        assertNoAlert();

        open("record.html?id=" + URLEncoder.encode(Catalog.SCRIPT_ID, StandardCharsets.UTF_8));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("record")));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(Catalog.SCRIPT_TITLE);
        assertThat(browser.getTitle()).startsWith(Catalog.SCRIPT_TITLE);
        assertThat(browser.findElement(By.id("source-link")).isDisplayed()).isFalse();
        assertThat(((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('main script').length")).isEqualTo(0L);
        assertNoAlert();
    }

    @Test
    void pagesTellTheBrowserToRunOnlyTheServicesOwnScripts() {
        for (String page : List.of("", "record.html", "compare.html", "dashboard.html", "assets/search.js")) {
            var response = io.restassured.RestAssured.given().get("/" + page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.header("Content-Security-Policy")).as(page).contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
        }
        // an inline script injected into a page is refused by the browser itself
        open("");
        waiting().until(d -> resultCount().contains("found"));
        browser.executeScript("const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.append(s);");
        assertThat(browser.executeScript("return window.injected === true")).isEqualTo(false);
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
