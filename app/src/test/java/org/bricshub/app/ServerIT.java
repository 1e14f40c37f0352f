package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.config.Setting;
import org.bricshub.platform.db.DatabaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server as {@code serve} runs it: embedded PostgreSQL in the data folder, real HTTP. */
class ServerIT {
    @TempDir
    Path dataDir;

    @Test
    void start_freshFolder_isHealthyWritesKeyAndRefusesSecondServer() throws Exception {
        PlatformConfig config = TestConfigs.local(dataDir);
        assertThat(config.defaultLogOrigin()).isEqualTo("localhost/log");
        Path postmasterPid = dataDir.resolve("pg/postmaster.pid");
        long postgresPid;
        try (Server server = Server.start(config, Clock.systemUTC())) {
            assertThat(server.newAdminKey()).contains(dataDir.resolve("admin.key"));
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"database\":\"UP\"");

            assertThatThrownBy(() -> Server.start(config, Clock.systemUTC()))
                    .isInstanceOf(DatabaseException.class).hasMessageContaining("in use by another BRICS Hub server");
            postgresPid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).strip());
            assertThat(ProcessHandle.of(postgresPid)).isPresent();
        }
        assertThat(postmasterPid).as("the postmaster removed its pid file on shutdown").doesNotExist();
        assertThat(ProcessLifecycleIT.isRunning(postgresPid)).as("no orphan postgres").isFalse();

        PlatformConfig moved = PlatformConfig.from(
                TestConfigs.localSettings(dataDir).with(Setting.PUBLIC_URL, "https://moved.example"));
        try (Server again = Server.start(moved, Clock.systemUTC())) {
            assertThat(again.newAdminKey()).as("the platform exists already").isEmpty();
            assertThat(again.ledger().origin()).as("a log keeps its origin").isEqualTo("localhost/log");
        }
    }
}
