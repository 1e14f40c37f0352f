package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.db.DataFolderLock;
import org.bricshub.platform.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code bricshub audit} on the embedded database of a data folder: refused while served, passes, then catches a tampered entry. */
class AuditCommandIT {
    private static final int ENTRY_LENGTH = 12;

    @TempDir
    Path dataDir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @Test
    void audit_servedThenStoppedThenTampered_explainsPassesAndNamesTheEntry() throws Exception {
        PlatformConfig config = TestConfigs.local(dataDir);
        try (Server server = Server.start(config, Clock.systemUTC())) {
            List<CompletableFuture<Long>> appended = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                appended.add(server.ledger().append(String.format("entry %06d", i).getBytes(StandardCharsets.UTF_8)));
            }
            long last = appended.stream().mapToLong(CompletableFuture::join).max().orElseThrow();
            assertThat(server.ledger().checkpointCovering(last, Duration.ofSeconds(10))).isPresent();

            assertThat(Main.run("audit", "--data", dataDir.toString())).isEqualTo(1);
            assertThat(err.toString()).contains("stop the server first");
        }

        assertThat(Main.run("audit", "--data", dataDir.toString())).isZero();
        assertThat(out.toString()).contains("audit passed: 40 entries");

        int offset = 17 * (2 + ENTRY_LENGTH) + 2 + 8;
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir); Database db = Database.open(config, null);
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE log_entry_bundle SET entries = set_byte(entries, " + offset
                    + ", get_byte(entries, " + offset + ") # 1) WHERE idx = 0");
        }
        err.reset();
        assertThat(Main.run("audit", "--data", dataDir.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("bricshub: entry 17 does not match").doesNotContain("\n");
    }

    @Test
    void audit_eventAlteredInTheDatabase_namesItsLeaf() throws Exception {
        PlatformConfig config = TestConfigs.local(dataDir);
        try (Server server = Server.start(config, Clock.systemUTC())) {
            String base = "http://127.0.0.1:" + server.port();
            String admin = java.nio.file.Files.readString(dataDir.resolve("admin.key")).strip();
            var org = post(base + "/api/admin/orgs", admin,
                    "{\"name\":\"Tea\",\"country\":\"CN\",\"prefixes\":[\"0614141\"],\"kind\":\"brand_owner\"}");
            String owner = post(base + "/api/admin/orgs/" + org.get("id").asLong() + "/keys", admin,
                    "{\"role\":\"owner\"}").get("key").asText();
            post(base + "/epcis/events", owner, """
                    {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                     "type": "ObjectEvent", "eventTime": "2026-03-01T10:00:00+08:00", "eventTimeZoneOffset": "+08:00",
                     "epcList": ["urn:epc:id:sgtin:0614141.107346.2017"], "action": "OBSERVE", "bizStep": "packing"}""");
        }
        assertThat(Main.run("audit", "--data", dataDir.toString())).isZero();
        assertThat(out.toString()).contains("1 records");

        try (DataFolderLock lock = DataFolderLock.acquire(dataDir); Database db = Database.open(config, null);
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE capture_events SET event = jsonb_set(event, '{bizStep}', '\"shipping\"')");
        }
        err.reset();
        assertThat(Main.run("audit", "--data", dataDir.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("bricshub: EPCIS events: the record at leaf ")
                .endsWith("no longer hashes to its log entry");
    }

    private static com.fasterxml.jackson.databind.JsonNode post(String url, String key, String json) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(url)).header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }
}
