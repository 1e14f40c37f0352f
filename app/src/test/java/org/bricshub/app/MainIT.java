package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.bricshub.platform.config.PlatformConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line: its output on success and its one-line errors with non-zero exits. */
class MainIT {
    @TempDir
    Path dataDir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @Test
    void help_listsCommands() {
        assertThat(Main.run("help")).isZero();
        assertThat(out.toString()).contains("serve").contains("demo").contains("admin");
    }

    @Test
    void badFlag_oneLineExit2() {
        assertThat(Main.run("serve", "--port", "eighty")).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("bricshub: "));
    }

    @Test
    void badSetting_oneLineExit1() {
        assertThat(Main.run("serve", "--data", dataDir.toString(), "--set", "db.pool.size=0")).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("bricshub: db.pool.size: must be between").doesNotContain("\n");
    }

    @Test
    void admin_missingKeyFile_oneLineExit1() {
        assertThat(Main.run("admin", "list-orgs", "--key-file", dataDir.resolve("none.key").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("bricshub: cannot read key file").doesNotContain("\n");
    }

    @Test
    void admin_drivesTheApi() throws Exception {
        PlatformConfig config = TestConfigs.local(dataDir);
        try (Server server = Server.start(config, Clock.systemUTC())) {
            String url = "http://127.0.0.1:" + server.port();
            String key = dataDir.resolve("admin.key").toString();
            assertThat(Main.run("admin", "create-org", "--server", url, "--key-file", key, "--name", "Anxi Tea",
                    "--country", "CN", "--kind", "brand_owner", "--prefix", "6970001")).isZero();
            assertThat(out.toString()).contains("\"name\" : \"Anxi Tea\"");
            assertThat(Main.run("admin", "create-key", "--server", url, "--key-file", key, "--org", "2",
                    "--role", "owner")).isZero();
            assertThat(out.toString()).contains("\"key\" : \"bh_");

            assertThat(Main.run("admin", "create-org", "--server", url, "--key-file", key, "--name", "X",
                    "--country", "XX", "--kind", "customs")).isEqualTo(1);
            assertThat(err.toString().strip()).isEqualTo("bricshub: HTTP 400: country: must be an ISO 3166-1 alpha-2"
                    + " code in upper case, e.g. CN");
        }
    }

    @Test
    void transferReindex_rebuildsFromDatabase() {
        assertThat(Main.run("transfer", "reindex", "--data", dataDir.toString())).isZero();
        assertThat(out.toString()).contains("reindexed 0 published listings");
        assertThat(dataDir.resolve("transfer-index")).isDirectory();
    }
}
