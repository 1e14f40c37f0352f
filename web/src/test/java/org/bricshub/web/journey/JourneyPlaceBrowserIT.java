package org.bricshub.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bricshub.platform.db.Transaction;
import org.bricshub.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The consumer's offer of a coarse place on the journey page answered by the resolver: asked only on the button's
 * press, sent for the scan that produced the page, stored rounded; no button where no scan was recorded. And a 300
 * answer on a phone: a page of plain links in the reader's language.
 */
class JourneyPlaceBrowserIT {
    private static final String SENT_FR = "Merci : votre position approximative a été enregistrée.";
    @TempDir static Path dir;
    static JourneyServer s;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        s = new JourneyServer(dir);
        browser = Browser.phone();
        String origin = s.t.uri("/").toString().replaceAll("/$", "");
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", List.of("geolocation")));
        browser.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", -26.2041,
                "longitude", 28.0473, "accuracy", 50));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        s.close();
    }

    @Test
    void shareButton_pressed_postsThePlaceOfThisScanAndTheServerStoresItRounded() throws Exception {
        browser.get(s.t.uri(JourneyServer.SCANNED_PATH + "?lang=fr").toString());
        WebElement box = browser.findElement(By.id("place"));
        String scanId = box.getDomAttribute("data-scan-id");
        assertThat(scanId).matches("[0-9a-f-]{36}");
        assertThat(browser.findElement(By.id("place-status")).getText()).isEmpty();

        browser.findElement(By.id("place-share")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                d.findElement(By.id("place-status")).getText().equals(SENT_FR));

        assertThat(s.scans.awaitWritten(Duration.ofSeconds(10))).isTrue();
        assertThat(storedPlace(scanId)).isEqualTo("-262,280");
        assertThat(Browser.severeConsoleMessages(browser)).isEmpty();
    }

    @Test
    void page_allowsGeolocationOnlyWhereItOffersTheButton() {
        HttpResponse<String> scanned = get(JourneyServer.SCANNED_PATH);
        assertThat(scanned.statusCode()).isEqualTo(200);
        assertThat(scanned.body()).contains("id=\"place-share\"", "data-scan-id=\"").doesNotContain("<!--place-->");
        assertThat(scanned.headers().firstValue("Permissions-Policy").orElseThrow()).contains("geolocation=(self)");

        HttpResponse<String> unscanned = get(JourneyServer.ITEM_PATH);
        assertThat(unscanned.statusCode()).isEqualTo(200);
        assertThat(unscanned.body()).contains("data-event-id").doesNotContain("place-share", "data-scan-id",
                "<!--place-->");
        assertThat(unscanned.headers().firstValue("Permissions-Policy").orElseThrow()).contains("geolocation=()");

        browser.get(s.t.uri(JourneyServer.ITEM_PATH).toString());
        assertThat(browser.findElements(By.id("place-share"))).isEmpty();
    }

    @Test
    void choices_onAPhone_areAPageOfPlainLinksInTheReadersLanguage() {
        String owner = s.key("Anxi Tea", "owner");
        for (String lang : List.of("ja", "ko")) {
            HttpResponse<String> link = s.t.postJson("/api/links", owner, "{\"anchor\": \"https://codes.example.org"
                    + "/01/09506000000015\", \"linkType\": \"gs1:pip\", \"href\": \"https://brand.example/" + lang
                    + "\", \"hreflang\": \"" + lang + "\", \"title\": \"Tea " + lang + "\"}");
            assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
        }
        browser.get(s.t.uri("/01/09506000000015?linkType=gs1:pip&lang=ar").toString());

        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
        assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("اختر صفحة");
        assertThat(browser.findElements(By.cssSelector("ul.choices a")).stream().map(a -> a.getDomAttribute("href")))
                .containsExactly("https://brand.example/ja", "https://brand.example/ko");
        assertThat(browser.findElements(By.cssSelector("ul.choices dd")).stream().map(WebElement::getText))
                .contains("معلومات المنتج");
    }

    private static HttpResponse<String> get(String path) {
        return s.t.send(HttpRequest.newBuilder(s.t.uri(path)).header("Accept", "text/html").GET());
    }

    private static String storedPlace(String scanId) {
        return Transaction.run(s.t.db, c -> {
            try (var st = c.prepareStatement("select lat_tenths, lon_tenths from scans where id = ?::uuid")) {
                st.setString(1, scanId);
                try (var rs = st.executeQuery()) {
                    return rs.next() ? rs.getInt(1) + "," + rs.getInt(2) : "no scan";
                }
            }
        });
    }
}
