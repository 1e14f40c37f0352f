package org.bricshub.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bricshub.platform.config.PlatformConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the server until SIGTERM or Ctrl-C, then shuts down cleanly (embedded PostgreSQL included). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the server.")
class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    ServerOptions options;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        PlatformConfig config = options.resolve();
        Server server = Server.start(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down");
            server.close();
            LOG.info("stopped");
            stopped.countDown();
            // Flush the asynchronous log appender before the JVM exits.
            ((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory()).stop();
        }, "shutdown"));
        LOG.info("BRICS Hub {} ready in {} ms on port {} (public URL {}, data {})", Version.current(),
                (System.nanoTime() - started) / 1_000_000, server.port(), config.publicUrl(), config.dataDir());
        server.newAdminKey().ifPresent(file -> LOG.info(
                "first start: the operator's admin key was written to {} (readable by this user only)", file));
        afterStart(config, server);
        stopped.await();
        return 0;
    }

    /** What a variant of this command does once the server is up. */
    void afterStart(PlatformConfig config, Server server) {
    }
}
