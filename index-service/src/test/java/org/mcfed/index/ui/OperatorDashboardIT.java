package org.mcfed.index.ui;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' dashboard page in headless Chromium, on the test pipeline's messages read from
 * Kafka: runs, the completeness heat map and its numbers, compliance per source, rejects by
 * reason, and the charts over time (uPlot, served from the app) with their data tables.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class OperatorDashboardIT extends ChromiumPages {

    @TestHTTPResource("/dashboard.html")
    URL dashboard;

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
        browser.get(dashboard.toString());
        browser.executeScript("localStorage.clear(); sessionStorage.clear()");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            browser.get(dashboard.toString());
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(x -> browser.findElement(By.id("status")).getText().contains("sources"));
            return browser.findElement(By.id("rejects")).getText().contains("mqa: 3 records rejected (4 times)")
                    && !browser.findElements(By.cssSelector("figure[data-chart='failures']")).isEmpty();
        });
    }

    @Test
    void theDashboardShowsRunsCompletenessAndRejectsPerSource() {
        WebElement nzqa = browser.findElement(By.cssSelector("#runs tr[data-source='nzqa']"));
        List<String> cells = nzqa.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells).contains("nzqa-2", "completed", "455", "445");
        assertThat(browser.findElement(By.cssSelector("#runs tr[data-source='hkqr']")).getText()).contains("failed").contains("connection refused");

        browser.findElement(By.cssSelector("#completeness-numbers summary")).click();
        List<String> sources = browser.findElements(By.cssSelector("#completeness thead th")).stream().map(WebElement::getText).toList();
        assertThat(sources).containsExactly("COL element", "hkqr", "microcred-seeker", "mqa", "nzqa");
        WebElement hours = browser.findElement(By.cssSelector("#completeness tr[data-element='workloadHours']"));
        assertThat(hours.findElement(By.tagName("th")).getText()).isEqualTo("Notional workload (workloadHours)");
        assertThat(hours.findElements(By.tagName("td")).get(0).getText()).isEqualTo("100% (1 derived)");
        WebElement outcomes = browser.findElement(By.cssSelector("#completeness tr[data-element='learningOutcomes']"));
        assertThat(outcomes.findElements(By.tagName("td")).get(3).getText()).isEqualTo("10%");

        HeadlessChromium.screenshot(browser, "ui-dashboard.png");
        String rejects = browser.findElement(By.id("rejects")).getText();
        assertThat(rejects).contains("no title on the page").contains("MQA/X 0001").contains("unparseable page: no detail table");
        assertThat(browser.findElement(By.cssSelector("#rejects section[data-source='mqa'] .reject-classes")).getText())
                .isEqualTo("By reject class: untitled: 3");
        assertThat(browser.findElement(By.cssSelector("#rejects section[data-source='hkqr'] .reject-classes")).getText())
                .isEqualTo("By reject class: unclassified: 1");
    }

    @Test
    void theHeatMapColoursEachSourceAndElementWithItsFigureOnFocusAndItsCountsOnClick() {
        assertThat(browser.findElements(By.cssSelector("#heatmap tbody tr")).stream().map(r -> r.getAttribute("data-source")))
                .containsExactly("hkqr", "microcred-seeker", "mqa", "nzqa");
        WebElement nzqaOutcomes = heatCell("nzqa", "learningOutcomes");
        assertThat(nzqaOutcomes.getAttribute("data-share")).isEqualTo("0.1");
        assertThat(nzqaOutcomes.getAttribute("class")).contains("heat-1");
        assertThat(nzqaOutcomes.getAttribute("aria-label")).isEqualTo("nzqa, Learning outcomes: 10%");
        assertThat(heatCell("hkqr", "workloadHours").getAttribute("class")).contains("heat-5");
        assertThat(heatCell("hkqr", "supervision").getAttribute("class")).contains("heat-0");

        WebElement value = nzqaOutcomes.findElement(By.className("heat-value"));
        assertThat(value.getCssValue("opacity")).isEqualTo("0");
        nzqaOutcomes.sendKeys("");   // focus, as a keyboard user tabbing to it
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "1".equals(value.getCssValue("opacity")));
        assertThat(value.getText()).isEqualTo("10%");
        nzqaOutcomes.sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.id("heatmap-detail")).getText())
                .isEqualTo("nzqa, Learning outcomes: 1 published, 0 derived, 9 missing, of 10 records (10%).");

        // the map is one tab stop; arrow keys move between its cells
        assertThat(browser.findElements(By.cssSelector("#heatmap button[tabindex='0']"))).hasSize(1);
        nzqaOutcomes.sendKeys(Keys.ARROW_UP);
        assertThat(browser.switchTo().activeElement().getAttribute("aria-label")).isEqualTo("mqa, Learning outcomes: 0%");
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        WebElement mqaSkills = browser.switchTo().activeElement();
        assertThat(mqaSkills.getAttribute("data-element")).isEqualTo("skills");
        assertThat(mqaSkills.getAttribute("tabindex")).isEqualTo("0");
        assertThat(browser.findElements(By.cssSelector("#heatmap button[tabindex='0']"))).as("still one tab stop").hasSize(1);
    }

    @Test
    void complianceIsSummarisedPerSourceWithTheMostMissingElements() {
        assertThat(complianceCell("nzqa", "col-mandatory").findElement(By.className("compliance-share")).getText()).isEqualTo("50% (1 of 2)");
        assertThat(complianceCell("nzqa", "eu-annex-i").findElements(By.tagName("li")).stream().map(WebElement::getText))
                .containsExactly("Quality assurance: 1");
        assertThat(complianceCell("mqa", "mqa-required").getText()).isEqualTo("100% (1 of 1)");
        assertThat(complianceCell("nzqa", "mqa-required").getText()).isEqualTo("does not apply");
        assertThat(complianceCell("hkqr", "col-mandatory").findElements(By.tagName("li")).stream().map(WebElement::getText))
                .containsExactly("Assessment: 1", "Grade required: 1", "Learning outcomes: 1", "Prerequisites: 1", "Skills: 1");
        assertThat(browser.findElements(By.cssSelector("#compliance thead th[data-flag]")).stream().map(WebElement::getText))
                .containsExactly("COL micro-credential framework: mandatory elements (Art. VIII)",
                        "EU Council Recommendation on micro-credentials (2022), Annex I", "MQA guideline: required information");
    }

    @Test
    void chartsOverTimeDrawASeriesPerSourceOrClassWithTheirNumbersATabAway() {
        // history: nzqa-1, hkqr-3 (failed), nzqa-2, mqa-9 ended at four distinct times
        for (String chart : List.of("records", "compliance", "durations", "failures")) {
            assertThat(series(chart)).as(chart + ": a series per source with history").isEqualTo(3);
        }
        assertThat(series("rejects")).as("a series per reject class: untitled, unclassified").isEqualTo(2);
        assertThat(legend(figure("records"))).containsExactly("hkqr", "mqa", "nzqa");
        for (String chart : List.of("records", "rejects", "compliance", "durations", "failures")) {
            WebElement figure = figure(chart);
            assertThat(figure.findElements(By.cssSelector(".chart-plot canvas"))).as(chart + " canvas").hasSize(1);
            assertThat(legend(figure)).as(chart + " legend").hasSize(series(chart));
        }

        assertThat(tableRows("records")).containsExactly(
                List.of("nzqa", "nzqa-1", "completed", "10"),
                List.of("hkqr", "hkqr-3", "failed", "1"),
                List.of("nzqa", "nzqa-2", "completed", "10"),
                List.of("mqa", "mqa-9", "completed", "4"));
        assertThat(tableRows("durations").get(2)).containsExactly("nzqa", "nzqa-2", "completed", "4.2");
        assertThat(tableRows("failures").get(1)).containsExactly("hkqr", "hkqr-3", "failed", "1");
        assertThat(tableRows("compliance").get(3)).containsExactly("mqa", "mqa-9", "completed", "0%");
        List<List<String>> rejects = tableRows("rejects");
        assertThat(figure("rejects").findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList())
                .containsExactly("Time", "unclassified", "untitled");
        assertThat(rejects).hasSize(4);
        assertThat(rejects.get(0)).containsExactly("0", "0");
        assertThat(rejects.get(3)).containsExactly("1", "3");

        new Select(browser.findElement(By.id("compliance-flag"))).selectByValue("mqa-required");
        assertThat(figure("compliance").findElement(By.tagName("figcaption")).getText())
                .isEqualTo("Share of records meeting “MQA guideline: required information”, per source");
        assertThat(tableRows("compliance").get(3)).containsExactly("mqa", "mqa-9", "completed", "100%");
        assertThat(tableRows("compliance").get(2)).containsExactly("nzqa", "nzqa-2", "completed", "–");

        HeadlessChromium.screenshot(browser, "ui-dashboard-charts.png");
        assertThat(AxeCore.seriousViolations(browser)).as("serious or critical axe-core violations").isEmpty();
    }

    private WebElement heatCell(String source, String element) {
        return browser.findElement(By.cssSelector("#heatmap button[data-source='" + source + "'][data-element='" + element + "']"));
    }

    private WebElement complianceCell(String source, String flag) {
        return browser.findElement(By.cssSelector("#compliance tr[data-source='" + source + "'] td[data-flag='" + flag + "']"));
    }

    private WebElement figure(String chart) {
        return browser.findElement(By.cssSelector("figure[data-chart='" + chart + "']"));
    }

    /** The series names in the chart's legend (uPlot's, without the time axis). */
    private static List<String> legend(WebElement figure) {
        return figure.findElements(By.cssSelector(".u-legend .u-series .u-label")).stream().map(WebElement::getText)
                .filter(label -> !label.isBlank() && !label.equals("Time") && !label.equals("Value")).toList();
    }

    private int series(String chart) {
        return Integer.parseInt(figure(chart).getAttribute("data-series"));
    }

    /** The chart's data table, opened by its toggle: per row its cells after the first (the time). */
    private List<List<String>> tableRows(String chart) {
        WebElement details = figure(chart).findElement(By.tagName("details"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return details.findElements(By.cssSelector("tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }
}
