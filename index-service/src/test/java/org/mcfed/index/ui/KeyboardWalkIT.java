package org.mcfed.index.ui;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner without a mouse, in Bahasa Melayu: search, tick a compare box, apply a filter, open a
 * record, add it to the comparison and open the compare page, by keys alone. At each step the
 * focus lands where the learner expects it and can be seen.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class KeyboardWalkIT extends ChromiumPages {

    private static final String NZ = "nzqa:6001-1";
    private static final String HK = "hkqr:22/000567/L4";
    /** More Tab presses than any page here has focusable elements before the target. */
    private static final int MAX_TABS = 80;

    @BeforeAll
    static void focusEmulated() {
        // headless Chromium leaves a document opened by a key press without window focus (document.hasFocus() false,
        // so no :focus style applies) where a windowed browser has it; this makes the tab behave as the focused window
        browser.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
    }

    private void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /** Presses Tab (or Shift+Tab) until the focused element is the one wanted; fails naming it when it is never reached. */
    private WebElement tabTo(String what, Predicate<WebElement> wanted, boolean backwards) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (backwards) {
                press(Keys.chord(Keys.SHIFT, Keys.TAB));
            } else {
                press(Keys.TAB);
            }
            WebElement now = focused();
            if (wanted.test(now)) {
                assertFocusVisible(what);
                return now;
            }
        }
        throw new AssertionError(what + " was not reached in " + MAX_TABS + " Tab presses");
    }

    private static Predicate<WebElement> hasId(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    private static Predicate<WebElement> attributes(String name, String value, String name2, String value2) {
        return e -> value.equals(e.getAttribute(name)) && value2.equals(e.getAttribute(name2));
    }

    /** The focused element draws an outline a sighted keyboard user can see. */
    private void assertFocusVisible(String what) {
        String outline = (String) browser.executeScript("const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
        assertThat(outline).as("the focus outline on " + what).matches("(solid|auto|dotted|dashed|double) ([2-9]|\\d{2,})(\\.\\d+)?px");
    }

    private void awaitResults() {
        waiting().until(d -> browser.findElement(By.id("result-count")).getAttribute("data-total") != null);
    }

    @Test
    void aLearnerSearchesFiltersOpensARecordAndComparesByKeyboardAlone() {
        Pipeline.publishOnce(index);
        browser.get(base.toString());
        browser.executeScript("localStorage.setItem('mcfed.uiLanguage', 'ms'); sessionStorage.clear()");
        browser.get(base.toString());
        awaitResults();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ms");

        WebElement skip = tabTo("the skip link", e -> e.getAttribute("class").contains("skip-link"), false);
        assertThat(skip.getRect().getX()).as("the skip link comes into view when focused").isGreaterThanOrEqualTo(0);
        tabTo("the search box", hasId("q"), false);
        press("data analytics", Keys.ENTER);
        waiting().until(d -> browser.getCurrentUrl().contains("q=data"));
        awaitResults();

        tabTo("the compare box of " + NZ, attributes("class", "compare-check", "data-id", NZ), false);
        press(Keys.SPACE);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-bar")));
        assertThat(browser.findElement(By.id("compare-count")).getText()).isEqualTo("1 dipilih untuk perbandingan.");

        tabTo("the Hong Kong filter", attributes("data-facet", "country", "data-value", "HK"), true);
        press(Keys.SPACE);
        waiting().until(d -> "1".equals(browser.findElement(By.id("result-count")).getAttribute("data-total")));
        assertThat(browser.getCurrentUrl()).contains("country=HK");
        assertThat(focused().getAttribute("data-value")).as("focus stays on the filter").isEqualTo("HK");
        assertFocusVisible("the Hong Kong filter after the new results");

        tabTo("the result's title link", e -> e.getAttribute("class").contains("result-title"), false);
        press(Keys.ENTER);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("record")));
        assertThat(browser.getCurrentUrl()).contains("record.html?id=hkqr");
        assertThat(focused().getTagName()).as("focus lands on the record's heading").isEqualTo("h1");
        assertFocusVisible("the record's heading");

        tabTo("the record's compare box", hasId("compare-check"), false);
        press(Keys.SPACE);
        waiting().until(d -> browser.findElement(By.id("status")).getText().equals("Ditambah ke perbandingan."));
        assertThat(browser.findElement(By.id("compare-check")).isSelected()).isTrue();

        tabTo("the Compare link of the site navigation", hasId("compare-link"), true);
        press(Keys.ENTER);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-table")));
        List<String> ids = browser.findElements(By.cssSelector("#compare-table thead th[scope='col']")).stream().map(th -> th.getAttribute("data-id")).toList();
        assertThat(ids).containsExactlyInAnyOrder(NZ, HK);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Membandingkan 2 kredensial mikro.");

        tabTo("the compare page's skip link", e -> e.getAttribute("class").contains("skip-link"), false);
        press(Keys.ENTER);
        tabTo("the first compared record's link", e -> e.getAttribute("href") != null && e.getAttribute("href").contains("record.html?id="), false);
        HeadlessChromium.screenshot(browser, "ui-keyboard-compare-ms.png");
    }
}
