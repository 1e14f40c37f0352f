package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.config.Setting;
import org.bricshub.web.Browser;
import org.bricshub.web.Zbar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 6 end to end, as a consumer meets it: the demo's tin gets a label sheet (PDF), the label is rasterised and
 * read by an independent decoder ({@code zbarimg}), and the URL it holds, opened in a phone browser, shows the
 * whole journey with every step verified by the browser against the log.
 */
class ScanToJourneyIT {
    @TempDir
    Path dataDir;

    @Test
    void printedLabel_scannedAndOpened_showsTheJourneyWithEveryStepVerified() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PlatformConfig config = PlatformConfig.from(TestConfigs.localSettings(dataDir)
                .with(Setting.PORT, Integer.toString(port)).with(Setting.PUBLIC_URL, "http://127.0.0.1:" + port));
        try (Server server = Server.start(config, Clock.systemUTC())) {
            String admin = Files.readString(dataDir.resolve("admin.key")).strip();
            URI journey = server.loadAnxiOolongDemo(admin).journey();

            String scanned = scanFirstLabel(labelSheet(port, admin, journey));
            assertThat(scanned).isEqualTo(journey.toString());

            ChromeDriver browser = Browser.phone();
            try {
                browser.get(scanned);
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.findElements(
                        By.cssSelector("[data-event-id]")).isEmpty() && d.findElements(
                        By.cssSelector("[data-event-id]:not([data-verified])")).isEmpty());
                List<WebElement> steps = browser.findElements(By.cssSelector("[data-event-id]"));
                assertThat(steps).hasSizeGreaterThanOrEqualTo(10);
                assertThat(steps).allSatisfy(step -> {
                    assertThat(step.getAttribute("data-event-id")).startsWith("ni:///sha-256;");
                    assertThat(step.getAttribute("data-verified")).isEqualTo("true");
                });
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isNotBlank();
                assertThat(Browser.severeConsoleMessages(browser)).isEmpty();
            } finally {
                browser.quit();
            }
        }
    }

    /** A label sheet (A4, 3 x 8) holding the one label of the tin, downloaded with an operator key. */
    private static byte[] labelSheet(int port, String key, URI journey) throws Exception {
        String path = journey.getPath(); // /01/{gtin}/10/{lot}/21/{serial}
        String[] parts = path.split("/");
        int index = AnxiOolongDemo.SERIALS.indexOf(parts[6]); // the lot's serials stream in serial order
        assertThat(index).isNotNegative();
        String codes = "/api/products/" + parts[2] + "/batches/" + parts[4] + "/codes?format=pdf&count=1&from=" + index;
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + codes)).header("Authorization", "Bearer " + key).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdf.body();
    }

    private Path pngOfFirstLabel(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            // as a label printer prints: anti-aliasing would leave faint seams between adjacent modules
            renderer.setRenderingHints(new RenderingHints(RenderingHints.KEY_ANTIALIASING,
                    RenderingHints.VALUE_ANTIALIAS_OFF));
            BufferedImage page = renderer.renderImageWithDPI(0, 300, ImageType.BINARY);
            Path png = dataDir.resolve("label.png");
            ImageIO.write(page.getSubimage(0, 0, page.getWidth() / 3, page.getHeight() / 8), "png", png.toFile());
            return png;
        }
    }

    private String scanFirstLabel(byte[] pdf) throws Exception {
        List<String> codes = Zbar.scan(pngOfFirstLabel(pdf));
        assertThat(codes).hasSize(1);
        return codes.get(0);
    }
}
