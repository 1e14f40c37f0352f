package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
import org.bricshub.platform.config.Setting;
import org.bricshub.platform.config.Settings;
import org.bricshub.platform.db.DataFolderLock;
import org.bricshub.platform.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bricshub audit} on the embedded database of a data folder: refused while served, passes, then catches a tampered entry. */
class AuditCommandIT {
    private static final int ENTRY_LENGTH = 12;

    @TempDir
    Path dataDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void audit_servedThenStoppedThenTampered_explainsPassesAndNamesTheEntry() throws Exception {
        PlatformConfig config = PlatformConfig.from(Settings.defaults().with(Setting.DATA, dataDir.toString())
                .with(Setting.PORT, "0").with(Setting.HOST, "127.0.0.1"));
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
}
