package org.bricshub.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bricshub.journey.AnxiScenario;
import org.bricshub.platform.db.Transaction;
import org.bricshub.trace.CodeAlert;
import org.bricshub.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The journey page in headless Chromium with a phone viewport: every step verified by the browser itself in zh, en,
 * ar (right to left) and am; the accessibility basics; page weight and first paint; a tampered event not verified.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyPageBrowserIT {
    @TempDir static Path dir;
    static JourneyServer s;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        s = new JourneyServer(dir);
        browser = Browser.phone();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        s.close();
    }

    /** Opens the page and waits until the browser has checked every step. */
    private static List<WebElement> open(String query) {
        browser.get(s.t.uri(JourneyServer.ITEM_PATH + query).toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("li[data-event-id]:not([data-verified])")).isEmpty());
        return browser.findElements(By.cssSelector("li[data-event-id]"));
    }

    @ParameterizedTest
    @Order(1)
    @CsvSource({"zh, ltr, 安溪铁观音, 已核验", "en, ltr, Anxi Tieguanyin oolong, Verified", "ar, rtl, 安溪铁观音, تم التحقق",
            "am, ltr, 安溪铁观音, ተረጋግጧል"})
    void page_everyStepVerifiedInTheBrowser(String lang, String dir, String productName, String verified) {
        List<WebElement> steps = open("?lang=" + lang);
        assertThat(steps).hasSize(AnxiScenario.PUBLISHED_STEPS);
        assertThat(steps).allSatisfy(li -> {
            assertThat(li.getAttribute("data-verified")).isEqualTo("true");
            assertThat(li.getAttribute("data-event-id")).matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
            assertThat(li.findElement(By.className("badge")).getText()).contains(verified);
        });
        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo(lang);
        assertThat(html.getAttribute("dir")).isEqualTo(dir);
        WebElement h1 = browser.findElement(By.tagName("h1"));
        assertThat(h1.getText()).isEqualTo(productName);
        // the name is shown in its own language when the viewer's has none, and marked so
        assertThat(h1.getDomAttribute("lang")).isEqualTo(lang.equals("zh") || lang.equals("en") ? null : "zh");
        assertThat(browser.findElement(By.id("verify-status")).getAttribute("class")).contains("ok");
        assertThat(Browser.severeConsoleMessages(browser)).isEmpty();
    }

    @Test
    @Order(2)
    void page_localisedVocabularyDatesUnitsAndCountries() {
        open("?lang=fr");
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text).contains("Vente au détail", "Afrique du Sud", "Chine", "Température", "°C")
                .contains("9 mai 2026").contains("Douane").contains("1 relevé hors de la plage autorisée");
        open("?lang=ar");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("جنوب أفريقيا");
    }

    @Test
    @Order(3)
    void page_accessibilityBasics() {
        open("?lang=en");
        assertThat(browser.findElements(By.tagName("main"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("body > header"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("body > footer"))).hasSize(1);
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        @SuppressWarnings("unchecked")
        List<Long> levels = (List<Long>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'h1,h2,h3,h4,h5,h6')).map(h => Number(h.tagName.substring(1)));");
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after %d", levels.get(i), levels.get(i - 1))
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(browser.findElements(By.cssSelector("img:not([alt])"))).isEmpty();
        WebElement map = browser.findElement(By.cssSelector("svg.map"));
        assertThat(map.getAttribute("role")).isEqualTo("img");
        assertThat(browser.findElement(By.id(map.getAttribute("aria-labelledby"))).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector(".places li"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(browser.findElements(By.cssSelector("a.skip[href='#content']"))).hasSize(1);
        assertThat(browser.findElement(By.id("verify-status")).getAttribute("role")).isEqualTo("status");
    }

    @Test
    @Order(4)
    void page_weightAndFirstPaint() {
        browser.quit(); // a phone that never saw the page: nothing comes from its cache
        browser = Browser.phone();
        open("?lang=zh");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.executeScript("""
                const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint')
                    || performance.getEntriesByType('paint')[0];
                const nav = performance.getEntriesByType('navigation')[0];
                const before = performance.getEntriesByType('resource').filter(r => r.responseEnd <= paint.startTime);
                return {fcp: paint.startTime, nav: nav.transferSize, html: nav.decodedBodySize,
                    before: nav.transferSize + before.reduce((s, r) => s + r.transferSize, 0),
                    all: nav.transferSize + performance.getEntriesByType('resource')
                        .reduce((s, r) => s + r.transferSize, 0)};""");
        System.out.printf("journey page (zh, 12 steps): first contentful paint %.0f ms; bytes transferred before "
                + "first paint %s (document %s transferred, %s decoded); all bytes incl. proofs %s%n",
                ((Number) m.get("fcp")).doubleValue(), m.get("before"), m.get("nav"), m.get("html"), m.get("all"));
        assertThat(((Number) m.get("before")).longValue()).isPositive().isLessThan(60 * 1024);
    }

    @Test
    @Order(5)
    void page_alertsFromCodeAlerts() {
        s.alerts = Set.of(CodeAlert.RECALLED, CodeAlert.FAR_APART);
        try {
            open("?lang=en");
            List<String> alerts = browser.findElements(By.cssSelector("[role=alert]")).stream()
                    .map(WebElement::getText).toList();
            assertThat(alerts).containsExactly("This product has been recalled. Do not use it, and contact the seller.",
                    "This code was scanned in places far apart within a short time. It may have been copied.");
        } finally {
            s.alerts = Set.of();
        }
    }

    @Test
    @Order(6)
    void notGenuine_is404InTheViewersLanguage() {
        var response = s.t.send(java.net.http.HttpRequest.newBuilder(
                s.t.uri("/journey/01/09506000000015/10/L1/21/COPY1")).header("Accept-Language", "sw, en;q=0.5"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Language")).contains("sw");
        assertThat(response.body()).contains("<html lang=\"sw\"").contains("Msimbo huu si halisi");
    }

    @Test
    @Order(100)
    void tamperedEvent_isNotVerified() {
        String arriving = s.scenario.hashIds.stream().filter(h -> Transaction.run(s.t.db, c -> {
            try (var ps = c.prepareStatement("select event->>'bizStep' from capture_events where hash_id = ?")) {
                ps.setString(1, h);
                try (var rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1).endsWith("arriving");
                }
            }
        })).findFirst().orElseThrow();
        Transaction.run(s.t.db, c -> {
            try (var ps = c.prepareStatement("update capture_events set event = jsonb_set(event, '{disposition}', "
                    + "'\"retail_sold\"') where hash_id = ?")) {
                ps.setString(1, arriving);
                return ps.executeUpdate();
            }
        });
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of()); // a phone that never saw the event
        List<WebElement> steps = open("?lang=en");
        for (WebElement li : steps) {
            boolean tampered = li.getAttribute("data-event-id").equals(arriving);
            assertThat(li.getAttribute("data-verified")).isEqualTo(tampered ? "false" : "true");
        }
        assertThat(browser.findElement(By.id("verify-status")).getAttribute("class")).contains("bad");
    }
}
