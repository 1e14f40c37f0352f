package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.config.Setting;
import org.bricshub.platform.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code db.url} (BRICSHUB_DB_URL) the server migrates and uses that PostgreSQL and starts no embedded one. */
class ExternalDatabaseIT {
    @TempDir
    Path dataDir;

    @Test
    void start_withDbUrl_usesExternalServer() throws Exception {
        PlatformConfig config = PlatformConfig.from(Settings.defaults()
                .with(Setting.DATA, dataDir.toString()).with(Setting.PORT, "0").with(Setting.HOST, "127.0.0.1")
                .with(Setting.DB_URL, TestDatabase.freshUrl()));
        try (Server server = Server.start(config, Clock.systemUTC())) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"database\":\"UP\"");
            assertThat(server.newAdminKey()).isPresent();
        }
        assertThat(dataDir.resolve("pg")).doesNotExist();
    }
}
