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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compliance flags (quality.compliance) in the learners' UI: a facet on the search page that
 * filters by the flags met, and each flag with its missing elements on the record page, in the
 * learner's language.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class ComplianceWebUiIT extends ChromiumPages {

    private static final String NZ = "nzqa:6001-1";

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
        browser.get(base.toString());
        browser.executeScript("localStorage.clear(); sessionStorage.clear()");
    }

    private void open(String language, String path) {
        browser.get(base.toString());
        browser.executeScript("localStorage.setItem('mcfed.uiLanguage', arguments[0])", language);
        browser.get(base + path);
        waiting().until(d -> language.equals(browser.findElement(By.tagName("html")).getAttribute("lang")));
    }

    private String resultCount() {
        return browser.findElement(By.id("result-count")).getText();
    }

    @Test
    void theComplianceFacetNamesEachFlagAndFiltersByTheFlagsMet() {
        open("en", "");
        waiting().until(d -> resultCount().startsWith(Catalog.live().size() + " micro-credentials found"));
        WebElement fieldset = browser.findElement(By.cssSelector("fieldset[data-facet='compliance']"));
        assertThat(fieldset.findElement(By.tagName("legend")).getText()).isEqualTo("Compliance");
        By eu = By.cssSelector("fieldset[data-facet='compliance'] input[data-value='eu-annex-i']");
        WebElement euBox = browser.findElement(eu);
        assertThat(browser.findElement(By.cssSelector("label[for='" + euBox.getAttribute("id") + "']")).getText())
                .isEqualTo("EU Council Recommendation on micro-credentials (2022), Annex I (1)");
        euBox.click();
        waiting().until(d -> resultCount().startsWith("1 micro-credential found"));
        assertThat(browser.getCurrentUrl()).contains("compliance=eu-annex-i");
        assertThat(browser.findElements(By.cssSelector("#result-list .result")).stream().map(r -> r.getAttribute("data-id")))
                .containsExactly("nzqa:5120-1");

        browser.findElement(By.cssSelector("fieldset[data-facet='compliance'] input[data-value='mqa-required']")).click();
        waiting().until(d -> resultCount().startsWith("2 micro-credentials found"));
        assertThat(browser.findElements(By.cssSelector("#result-list .result")).stream().map(r -> r.getAttribute("data-id")))
                .containsExactlyInAnyOrder("nzqa:5120-1", "mqa:MQA/SWA 0123");
    }

    @Test
    void theRecordPageShowsEachFlagAndTheMissingElementsInTheLearnersLanguage() {
        openRecord("en");
        assertThat(flag("col-mandatory")).containsExactly("COL micro-credential framework: mandatory elements (Art. VIII)", "Not met",
                "Grade required", "Prerequisites", "Quality assurance", "Supervision and identity verification");
        assertThat(flag("eu-annex-i")).containsExactly("EU Council Recommendation on micro-credentials (2022), Annex I", "Not met",
                "Quality assurance");
        assertThat(browser.findElements(By.cssSelector("#compliance-flags [data-flag='mqa-required']"))).as("applies to MQF records only").isEmpty();
        assertThat(AxeCore.seriousViolations(browser)).isEmpty();

        openRecord("zh-Hant");
        assertThat(browser.findElement(By.id("compliance-heading")).getText()).isEqualTo("符合標準情況");
        assertThat(flag("eu-annex-i")).containsExactly("歐盟理事會微證書建議（2022 年）附件一", "不符合", "質素保證");
        assertThat(flag("col-mandatory")).contains("COL 微證書框架：必備項目（第八條）", "質素保證");

        open("en", "record.html?id=" + URLEncoder.encode("nzqa:5120-1", StandardCharsets.UTF_8));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("record")));
        assertThat(flag("eu-annex-i")).containsExactly("EU Council Recommendation on micro-credentials (2022), Annex I", "Met");
        open("en", "record.html?id=" + URLEncoder.encode("microcred-seeker:1042", StandardCharsets.UTF_8));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("record")));
        assertThat(browser.findElement(By.id("compliance")).getText()).contains("Not computed for this record yet.");
    }

    private void openRecord(String language) {
        open(language, "record.html?id=" + URLEncoder.encode(NZ, StandardCharsets.UTF_8));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("record")));
    }

    /** The flag's name, verdict and missing elements as the page shows them. */
    private List<String> flag(String id) {
        WebElement flag = browser.findElement(By.cssSelector("#compliance-flags [data-flag='" + id + "']"));
        List<String> out = new java.util.ArrayList<>();
        out.add(flag.findElement(By.tagName("dt")).getText());
        out.add(flag.findElement(By.cssSelector("dd > span")).getText());
        flag.findElements(By.tagName("li")).forEach(li -> out.add(li.getText()));
        return out;
    }
}
