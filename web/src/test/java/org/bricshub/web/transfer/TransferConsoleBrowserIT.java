package org.bricshub.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import org.bricshub.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The create form and my listings in a real headless Chromium on a phone-sized screen: errors shown next to their
 * fields, a script typed into the title shown as text and never run, the page right-to-left in Arabic.
 */
class TransferConsoleBrowserIT {
    private static final String SCRIPT = "<script>alert(1)</script>";
    @TempDir
    static Path dataDir;
    static TransferFixture f;
    static String owner;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        f = new TransferFixture(dataDir);
        owner = f.ownerKey("Tsinghua Lab", "research_institution");
        browser = Browser.phone();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        f.close();
    }

    /** The element, once the page that holds it has loaded. */
    private static WebElement id(String id) {
        return await(By.id(id));
    }

    private static WebElement await(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(by).stream().findFirst()
                .orElse(null));
    }

    @ParameterizedTest
    @CsvSource({
        "en, ltr, This field is required., Under review",
        "zh, ltr, 此字段为必填项。, 审核中",
        "ar, rtl, هذا الحقل إلزامي., قيد المراجعة"})
    void createForm_showsErrorsEscapesScriptAndMyListingsTakesSteps(String lang, String dir, String required,
                                                                    String underReview) throws Exception {
        browser.get(f.t.uri("/transfer/new?lang=" + lang).toString());
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo(dir);
        id("f-key").sendKeys(owner);
        id("f-title").sendKeys(SCRIPT);
        id("f-trl").sendKeys("12");
        id("save").click();

        assertThat(id("error-summary").getText()).isEqualTo(required);
        assertThat(id("error-trl").isDisplayed()).isTrue();
        assertThat(id("error-dealTypes").getText()).isEqualTo(required);
        assertThat(browser.findElements(By.id("error-title"))).isEmpty();
        assertThat(id("f-title").getDomProperty("value")).as("the value typed, kept").isEqualTo(SCRIPT);
        assertThat(id("f-trl").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(id("f-key").getDomProperty("value")).isEqualTo(owner);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/transfer-form-errors-" + lang + "-phone.png"),
                browser.getScreenshotAs(OutputType.BYTES));

        id("f-summary").sendKeys("Low-cost drip irrigation kit");
        id("f-trl").clear();
        id("f-trl").sendKeys("6");
        new Select(id("f-field")).selectByValue("agriculture");
        browser.findElement(By.cssSelector("input[name=dealTypes][value=licence]")).click();
        id("f-country").sendKeys("CN");
        id("f-institution").sendKeys("Lab");
        browser.findElement(By.cssSelector("input[name=draft]")).click();
        id("save").click();

        WebElement row = await(By.cssSelector("#my-form li.row"));
        assertThat(row.findElement(By.tagName("a")).getText()).as("the script shown as text").isEqualTo(SCRIPT);
        String listing = row.getDomAttribute("id");
        row.findElement(By.cssSelector("button[value^=submit]")).click();
        await(By.id("message"));
        assertThat(id(listing).findElement(By.className("status")).getText()).endsWith(underReview);
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo(dir);
        Files.write(Path.of("target/screenshots/transfer-my-" + lang + "-phone.png"),
                browser.getScreenshotAs(OutputType.BYTES));
        assertThat(noAlert()).as("no script ran").isTrue();
        // The form answered with errors has status 400, which Chromium logs; anything else is a fault.
        assertThat(Browser.severeConsoleMessages(browser)).as("no CSP violation or script error")
                .allMatch(m -> m.contains("status of 400"));
    }

    private static boolean noAlert() {
        try {
            browser.switchTo().alert();
            return false;
        } catch (NoAlertPresentException e) {
            return true;
        }
    }
}
