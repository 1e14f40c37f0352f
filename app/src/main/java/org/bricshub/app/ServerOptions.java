package org.bricshub.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.config.Setting;
import org.bricshub.platform.config.Settings;
import picocli.CommandLine.Option;

/** The options of commands that run a server; they take precedence over the environment and the config file. */
final class ServerOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default ./data).")
    Path data;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDR", description = "Listen address (default 0.0.0.0).")
    String host;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with settings (docs/config.md).")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any setting of docs/config.md, repeatable.")
    Map<String, String> set = new LinkedHashMap<>();

    PlatformConfig resolve() {
        Map<String, String> flags = new HashMap<>(set);
        if (data != null) flags.put(Setting.DATA.key(), data.toString());
        if (port != null) flags.put(Setting.PORT.key(), port.toString());
        if (host != null) flags.put(Setting.HOST.key(), host);
        Path file = config != null ? config : envConfig();
        return PlatformConfig.from(Settings.resolve(flags, System.getenv(), file));
    }

    private static Path envConfig() {
        String env = System.getenv("BRICSHUB_CONFIG");
        return env == null || env.isBlank() ? null : Path.of(env);
    }
}
