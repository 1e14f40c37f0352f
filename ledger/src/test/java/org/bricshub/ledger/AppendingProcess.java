package org.bricshub.ledger;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A process that appends to a ledger until it is killed, printing {@code ACK <index> <n>} for each append of entry
 * {@code n} once its future completed (the entry is durable). {@link CrashRecoveryIT} kills it with SIGKILL.
 * Arguments: {@code fs <directory> <key file>} or {@code pg <jdbc url> <key file>}.
 */
public final class AppendingProcess {

    private AppendingProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        LogStore store;
        if (args[0].equals("fs")) {
            store = LogStores.fileSystem(Path.of(args[1]));
        } else {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(args[1]);
            dataSource.setUser("postgres");
            store = LogStores.postgres(dataSource);
        }
        LedgerConfig config = new LedgerConfig("crash.bricshub.org/log", Path.of(args[2]), 64, Duration.ofMillis(1),
                10_000, Duration.ofMillis(50));
        Ledger ledger = Ledger.start(config, store);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Semaphore inFlight = new Semaphore(500);
        for (long n = 0; ; n++) {
            inFlight.acquire();
            long entry = n;
            CompletableFuture<Long> future = ledger.append(entry(entry));
            future.whenComplete((index, failure) -> {
                if (failure == null) {
                    synchronized (out) {
                        out.println("ACK " + index + " " + entry);
                        out.flush();
                    }
                }
                inFlight.release();
            });
        }
    }

    static byte[] entry(long n) {
        return ("crash-entry-" + n).getBytes(StandardCharsets.UTF_8);
    }
}
