package org.bricshub.web.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bricshub.web.Browser;
import org.bricshub.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

/** /log/verify.js in headless Chromium against proofs from the server, genuine and tampered. */
class VerifyJsBrowserIT {
    private static final int ENTRIES = 1000;
    /** Loads verify.js into the page, fetches the checkpoint, key and a proof, applies a tampering, verifies. */
    private static final String SCRIPT = """
            const [index, tamper, done] = arguments;
            const s = document.createElement('script');
            s.src = '/log/verify.js';
            s.onload = async () => {
              const text = r => fetch(r).then(x => x.text());
              let checkpoint = await text('/log/checkpoint');
              const logKey = (await text('/log/key')).split('\\n')[1];
              const proof = await fetch('/api/log/proof/inclusion?index=' + index).then(x => x.json());
              let entry = new TextEncoder().encode('entry ' + index);
              let hashes = proof.hashes;
              if (tamper === 'entry') entry = new TextEncoder().encode('entry ' + index + '!');
              if (tamper === 'proof') hashes = [hashes[0].replace(/^./, c => c === 'A' ? 'B' : 'A')].concat(hashes.slice(1));
              if (tamper === 'size') checkpoint = checkpoint.replace(/\\n(\\d+)\\n/, (m, n) => '\\n' + (Number(n) + 1) + '\\n');
              if (tamper === 'signature') checkpoint = checkpoint.replace(/ (\\S)(\\S+)\\n$/, (m, a, b) => ' ' + (a === 'A' ? 'B' : 'A') + b + '\\n');
              if (tamper === 'index') { hashes = proof.hashes; }
              const result = await BricsHubLog.verifyInclusion({ checkpoint, logKey, entry,
                  index: tamper === 'index' ? index + 1 : index, hashes });
              done(result);
            };
            document.head.appendChild(s);
            """;

    @TempDir
    static Path dir;
    static TestLog log;
    static TestServer t;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        log = TestLog.withEntries(dir, ENTRIES);
        t = TestServer.start(dir.resolve("data"), 10_000, List.of(new LogRoutes(log.ledger())));
        browser = Browser.phone();
        browser.get(t.uri("/").toString());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        t.close();
        log.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 255, 256, 511, 998, 999})
    void genuineEntry_verifies(int index) {
        Map<?, ?> result = verify(index, "none");
        assertThat(result.get("verified")).as(String.valueOf(result)).isEqualTo(true);
        assertThat(((Number) result.get("size")).longValue()).isEqualTo(ENTRIES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"entry", "proof", "size", "signature", "index"})
    void tampered_isNotVerified(String tamper) {
        Map<?, ?> result = verify(300, tamper);
        assertThat(result.get("verified")).as(String.valueOf(result)).isEqualTo(false);
        assertThat((String) result.get("reason")).isNotBlank();
    }

    @Test
    void script_isServedAsJavaScript() {
        assertThat(t.get("/log/verify.js", null).headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/javascript"));
        assertThat(Browser.severeConsoleMessages(browser)).isEmpty();
    }

    private static Map<?, ?> verify(int index, String tamper) {
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(20));
        return (Map<?, ?>) browser.executeAsyncScript(SCRIPT, index, tamper);
    }
}
