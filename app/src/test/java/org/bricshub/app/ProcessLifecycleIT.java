package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server as a real process: SIGTERM stops it and its embedded PostgreSQL; after kill -9 the next start
 * stops the orphaned postmaster and carries on with the same data.
 */
class ProcessLifecycleIT {
    private static final Pattern READY = Pattern.compile("ready in \\d+ ms on port (\\d+)");

    @TempDir
    Path dataDir;

    @Test
    void sigterm_stopsEmbeddedPostgres() throws Exception {
        Process server = start();
        long postmaster = awaitReadyThenPostmaster(server);
        server.destroy(); // SIGTERM
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dataDir.resolve("pg/postmaster.pid")).doesNotExist();
        assertThat(isRunning(postmaster)).isFalse();
    }

    @Test
    void kill9_thenRestart_recoversCluster() throws Exception {
        Process first = start();
        long orphan = awaitReadyThenPostmaster(first);
        first.destroyForcibly(); // SIGKILL: no shutdown hook runs, the postmaster is orphaned
        first.waitFor(30, TimeUnit.SECONDS);
        assertThat(isRunning(orphan)).as("postgres outlives a killed JVM").isTrue();

        Process second = start();
        long postmaster = awaitReadyThenPostmaster(second);
        assertThat(postmaster).isNotEqualTo(orphan);
        assertThat(isRunning(orphan)).isFalse();
        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private Process start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-jar", Path.of("target/bricshub.jar").toAbsolutePath().toString(), "serve",
                "--port", "0", "--host", "127.0.0.1", "--data", dataDir.toString())
                .redirectErrorStream(true).start();
    }

    /** Reads the server's log until it is ready; then the postmaster's pid. */
    private long awaitReadyThenPostmaster(Process server) throws Exception {
        BufferedReader log = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String line;
        while ((line = log.readLine()) != null && System.nanoTime() < deadline) {
            Matcher m = READY.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> log.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).strip());
            }
        }
        throw new AssertionError("server did not become ready");
    }

    /** Running, not merely a zombie that this container's init has not reaped. */
    static boolean isRunning(long pid) throws IOException {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String s = Files.readString(stat);
        return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
    }
}
