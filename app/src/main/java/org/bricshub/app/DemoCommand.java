package org.bricshub.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bricshub.platform.config.PlatformConfig;
import picocli.CommandLine.Command;

/** Runs the server with its embedded defaults and says where to look. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the server with embedded defaults and print where to start.")
final class DemoCommand extends ServeCommand {
    @Override
    void afterStart(PlatformConfig config, Server server) {
        String base = "http://localhost:" + server.port();
        Path keyFile = config.dataDir().resolve("admin.key");
        int loaded = 0;
        AnxiOolongDemo.Loaded journey = null;
        if (Files.isReadable(keyFile)) {
            try {
                String operatorSecret = Files.readString(keyFile).strip();
                loaded = server.loadTransferDemo(operatorSecret);
                journey = server.loadAnxiOolongDemo(operatorSecret);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.println();
        System.out.println("  BRICS Hub is running.");
        System.out.println("  Open        " + base + "/");
        System.out.println("  API         " + base + "/api/openapi.json");
        System.out.println("  Health      " + base + "/health");
        System.out.println("  Technology  " + base + "/transfer" + (loaded > 0 ? "  (demo set: " + loaded
                + " listings)" : ""));
        System.out.println("  Admin key   " + config.dataDir().resolve("admin.key"));
        if (journey != null) {
            System.out.println("  Journey     " + journey.journey() + "  (Anxi oolong: " + journey.total()
                    + " events, " + journey.captured() + " captured now)");
            System.out.println("  Scans       " + base + "/console/scans");
            System.out.println();
            System.out.print(TerminalQr.render(TerminalQr.matrix(journey.journey().toString())));
        }
        System.out.println("  Stop with Ctrl-C.");
        System.out.println();
    }
}
