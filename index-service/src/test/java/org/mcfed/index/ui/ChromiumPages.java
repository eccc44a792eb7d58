package org.mcfed.index.ui;

import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.mcfed.index.store.RecordIndex;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

/** The web UI tests' browser: one headless Chromium per test class, pointed at the service under test. */
abstract class ChromiumPages {

    static ChromeDriver browser;

    @Inject
    RecordIndex index;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}
