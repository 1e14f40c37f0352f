package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.config.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code bricshub codes issue} against a real server. */
class CodesCommandIT {
    @TempDir
    Path dataDir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @Test
    void issue_writesCsvAndPdf_andADuplicateLotIsOneLineExit1() throws Exception {
        PlatformConfig config = PlatformConfig.from(TestConfigs.localSettings(dataDir)
                .with(Setting.PUBLIC_URL, "https://id.example.net"));
        try (Server server = Server.start(config, Clock.systemUTC())) {
            String url = "http://127.0.0.1:" + server.port();
            Path keyFile = dataDir.resolve("admin.key");
            String key = Files.readString(keyFile).strip();
            post(url + "/api/admin/orgs", key, "{\"name\":\"Anxi Tea\",\"country\":\"CN\",\"kind\":\"brand_owner\","
                    + "\"prefixes\":[\"9506000\"]}");
            post(url + "/api/products", key, "{\"gtin\":\"9506000134352\",\"name\":{\"en\":\"Oolong\"}}");

            Path csv = dataDir.resolve("codes.csv");
            assertThat(Main.run("codes", "issue", "--server", url, "--key-file", keyFile.toString(), "--gtin",
                    "9506000134352", "--lot", "A1", "--count", "100", "--expiry", "281231", "--format", "csv",
                    "--out", csv.toString())).as(err.toString()).isZero();
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines).hasSize(101);
            assertThat(lines.get(1)).startsWith("https://id.example.net/01/09506000134352/10/A1/21/").endsWith(",281231");

            Path pdf = dataDir.resolve("labels.pdf");
            assertThat(Main.run("codes", "issue", "--server", url, "--key-file", keyFile.toString(), "--gtin",
                    "09506000134352", "--lot", "A2", "--count", "5", "--format", "pdf", "--layout", "roll-40x40",
                    "--out", pdf.toString())).isZero();
            assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");

            assertThat(Main.run("codes", "issue", "--server", url, "--key-file", keyFile.toString(), "--gtin",
                    "09506000134352", "--lot", "A1", "--count", "5", "--out", csv.toString())).isEqualTo(1);
            assertThat(err.toString().strip()).startsWith("bricshub: HTTP 409: lot: must be new").doesNotContain("\n");
        }
    }

    private static void post(String url, String key, String body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
}
