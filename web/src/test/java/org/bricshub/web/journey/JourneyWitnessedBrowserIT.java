package org.bricshub.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bricshub.journey.AnxiScenario;
import org.bricshub.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** With a witness quorum configured, the phone accepts a step only under a checkpoint the witness cosigned. */
class JourneyWitnessedBrowserIT {
    @TempDir static Path dir;
    static JourneyServer s;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        s = new JourneyServer(dir, true);
        browser = Browser.phone();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        s.close();
    }

    @Test
    void page_stepsVerifiedUnderTheCosignedCheckpoint() {
        // the collector republishes the latest checkpoint with the witness's cosignature: wait for it
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> s.t.get("/log/checkpoint", null).body()
                .contains("— witness.test/w1 "));
        browser.get(s.t.uri(JourneyServer.ITEM_PATH + "?lang=ru").toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("li[data-event-id]:not([data-verified])")).isEmpty());
        List<WebElement> steps = browser.findElements(By.cssSelector("li[data-event-id]"));
        assertThat(steps).hasSize(AnxiScenario.PUBLISHED_STEPS)
                .allSatisfy(li -> assertThat(li.getAttribute("data-verified")).isEqualTo("true"));
        assertThat(browser.findElement(By.id("journey")).getAttribute("data-quorum")).isEqualTo("1");
        assertThat(Browser.severeConsoleMessages(browser)).isEmpty();
    }
}
