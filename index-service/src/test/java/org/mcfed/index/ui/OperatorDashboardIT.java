package org.mcfed.index.ui;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The operators' dashboard page in headless Chromium: runs, completeness per element, rejects by reason. */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class OperatorDashboardIT extends ChromiumPages {

    @TestHTTPResource("/dashboard.html")
    URL dashboard;

    @Test
    void theDashboardShowsRunsCompletenessAndRejectsPerSource() {
        Pipeline.publishOnce(index);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            browser.get(dashboard.toString());
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(x -> browser.findElement(By.id("status")).getText().contains("sources"));
            return browser.findElement(By.id("rejects")).getText().contains("mqa: 3 records rejected (4 times)");
        });
        WebElement nzqa = browser.findElement(By.cssSelector("#runs tr[data-source='nzqa']"));
        List<String> cells = nzqa.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells).contains("nzqa-2", "completed", "455", "445");
        assertThat(browser.findElement(By.cssSelector("#runs tr[data-source='hkqr']")).getText()).contains("failed").contains("connection refused");

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
    }
}
