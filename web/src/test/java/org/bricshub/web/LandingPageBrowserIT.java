package org.bricshub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The landing page in a real headless Chromium, on a phone-sized screen. */
class LandingPageBrowserIT {
    @TempDir
    static Path dataDir;
    static TestServer t;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        t = TestServer.start(dataDir, 10_000, List.of());
        browser = Browser.phone();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        t.close();
    }

    @Test
    void landing_inChinese_thenSwitchToArabic() throws Exception {
        browser.get(t.uri("/?lang=zh").toString());
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("section.card"))).hasSize(2);
        // the stylesheet applied: header is the brand colour, so CSP let it through
        assertThat(browser.findElement(By.cssSelector("header.site")).getCssValue("background-color"))
                .isEqualTo("rgba(11, 92, 171, 1)");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/landing-zh-phone.png"), browser.getScreenshotAs(OutputType.BYTES));

        new Select(browser.findElement(By.id("lang"))).selectByValue("ar");
        browser.findElement(By.cssSelector("header.site form button")).click();
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.getCurrentUrl()).contains("lang=ar");
        Files.write(Path.of("target/screenshots/landing-ar-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Browser.severeConsoleMessages(browser)).isEmpty();
    }

    @Test
    void skipLink_reachesContent() {
        browser.get(t.uri("/?lang=en").toString());
        assertThat(browser.findElement(By.cssSelector("a.skip")).getDomAttribute("href")).isEqualTo("#content");
        assertThat(browser.findElement(By.id("content"))).isNotNull();
    }
}
