package org.bricshub.app;

import org.bricshub.platform.config.PlatformConfig;
import picocli.CommandLine.Command;

/** Runs the server with its embedded defaults and says where to look. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the server with embedded defaults and print where to start.")
final class DemoCommand extends ServeCommand {
    @Override
    void afterStart(PlatformConfig config, Server server) {
        String base = "http://localhost:" + server.port();
        System.out.println();
        System.out.println("  BRICS Hub is running.");
        System.out.println("  Open        " + base + "/");
        System.out.println("  API         " + base + "/api/openapi.json");
        System.out.println("  Health      " + base + "/health");
        System.out.println("  Admin key   " + config.dataDir().resolve("admin.key"));
        System.out.println("  Stop with Ctrl-C.");
        System.out.println();
    }
}
