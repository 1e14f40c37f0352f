package org.bricshub.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bricshub.ledger.witness.Witness;
import org.bricshub.web.witness.WitnessServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bricshub witness}: a standalone C2SP tlog-witness that cosigns the checkpoints of the logs it trusts. */
@Command(name = "witness", mixinStandardHelpOptions = true,
        description = "Run a transparency-log witness (C2SP tlog-witness) with its own key and state.")
final class WitnessCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(WitnessCommand.class);

    @Option(names = "--port", paramLabel = "N", defaultValue = "8090",
            description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "0.0.0.0", description = "Listen address.")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./witness-data",
            description = "Folder of the witness key (witness.key, 0600) and state (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "bricshub-witness",
            description = "Key name on first start, e.g. witness.example.org/br (an existing key keeps its name).")
    String name;

    @Option(names = "--log-key", paramLabel = "VKEY",
            description = "Verifier key of a log to witness (GET /log/key of a BRICS Hub server), repeatable.")
    List<String> logKeys = new ArrayList<>();

    @Option(names = "--log-keys-file", paramLabel = "FILE", description = "File with one log verifier key a line.")
    Path logKeysFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<String> trusted = new ArrayList<>(logKeys);
        if (logKeysFile != null) {
            Files.readAllLines(logKeysFile).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(trusted::add);
        }
        if (trusted.isEmpty()) {
            throw new CliException("no log to witness: give --log-key VKEY or --log-keys-file FILE");
        }
        Witness witness = Witness.open(data, name, trusted, Clock.systemUTC());
        WitnessServer server = WitnessServer.start(host, port, witness);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            witness.close();
            stopped.countDown();
            ((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory()).stop();
        }, "shutdown"));
        LOG.info("witness ready on port {} for {} log key(s), data {}", server.port(), trusted.size(), data);
        // The key on stdout, alone on its line, so scripts and tests can read it.
        System.out.println("witness key: " + witness.verifierKey());
        System.out.flush();
        stopped.await();
        return 0;
    }
}
