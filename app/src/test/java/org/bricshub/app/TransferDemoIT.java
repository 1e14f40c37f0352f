package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.bricshub.platform.config.PlatformConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferDemoIT {
    @TempDir
    Path dataDir;

    @Test
    void loadTransferDemo_publishesOnceAndMatchesAcrossLanguages() throws Exception {
        PlatformConfig config = TestConfigs.local(dataDir);
        try (Server server = Server.start(config, Clock.systemUTC())) {
            String secret = Files.readString(dataDir.resolve("admin.key")).strip();
            assertThat(server.loadTransferDemo(secret)).isEqualTo(9);
            assertThat(server.loadTransferDemo(secret)).isZero();
            var http = java.net.http.HttpClient.newHttpClient();
            var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                    + server.port() + "/api/transfer/search?q=drip%20irrigation&lang=en")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).contains("温室滴灌与土壤传感器系统", "Капельное орошение");
        }
    }
}
