package org.bricshub.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.db.DataFolderLock;
import org.bricshub.platform.db.Database;
import org.bricshub.transfer.TechnologyTransfer;
import org.bricshub.web.http.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Technology Transfer maintenance on a stopped server's data folder. */
@Command(name = "transfer", mixinStandardHelpOptions = true, description = "Technology Transfer maintenance.",
        subcommands = TransferCommand.Reindex.class)
final class TransferCommand {

    /** Rebuilds the search index from the database. */
    @Command(name = "reindex", mixinStandardHelpOptions = true,
            description = "Rebuild the search index (DATA/transfer-index) from the database; stop the server first.")
    static final class Reindex implements Callable<Integer> {
        @Mixin
        ServerOptions options;

        @Override
        public Integer call() {
            PlatformConfig config = options.resolve();
            Server.routeJavaUtilLogging();
            try (DataFolderLock lock = DataFolderLock.acquire(config.dataDir());
                 Database database = Database.open(config, Metrics.newRegistry());
                 TechnologyTransfer transfer = TechnologyTransfer.open(database.dataSource(), config.dataDir(),
                         Clock.systemUTC())) {
                long started = System.nanoTime();
                long n = transfer.reindex();
                System.out.printf("reindexed %d published listings in %d ms%n", n,
                        (System.nanoTime() - started) / 1_000_000);
                return 0;
            }
        }
    }
}
