package org.bricshub.web.log;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStore;
import org.bricshub.ledger.LogStores;

/** A ledger on the filesystem driver holding {@code "entry 0"} … {@code "entry n-1"} under a published checkpoint. */
record TestLog(LogStore store, Ledger ledger) implements AutoCloseable {
    static final String ORIGIN = "test.example/log";

    static TestLog withEntries(Path dir, int n) {
        LogStore store = LogStores.fileSystem(dir.resolve("log"));
        Ledger ledger = Ledger.start(LedgerConfig.defaults(ORIGIN, dir.resolve("log.key")), store);
        List<CompletableFuture<Long>> appended = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            appended.add(ledger.append(entry(i)));
        }
        CompletableFuture.allOf(appended.toArray(CompletableFuture[]::new)).join();
        ledger.publishCheckpoint();
        return new TestLog(store, ledger);
    }

    static byte[] entry(int i) {
        return ("entry " + i).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        ledger.close();
        store.close();
    }
}
