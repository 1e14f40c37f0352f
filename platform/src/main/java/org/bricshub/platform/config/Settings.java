package org.bricshub.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Resolves each {@link Setting} from command-line flags, then environment variables, then an optional properties
 * file, then the built-in default. Unknown keys are refused so that a typo never silently falls back to a default.
 */
public final class Settings {
    private final Map<Setting, String> values;

    private Settings(Map<Setting, String> values) {
        this.values = values;
    }

    /**
     * @param flags       values given on the command line, by setting key
     * @param environment the process environment (only {@code BRICSHUB_*} variables are read)
     * @param configFile  an optional properties file (UTF-8), or null
     * @throws ConfigException for an unknown key or an unreadable file
     */
    public static Settings resolve(Map<String, String> flags, Map<String, String> environment, Path configFile) {
        Map<String, String> file = configFile == null ? Map.of() : readFile(configFile);
        Map<String, Setting> byKey = new HashMap<>();
        for (Setting s : Setting.values()) {
            byKey.put(s.key(), s);
        }
        for (String key : flags.keySet()) {
            requireKnown(byKey, key, "command line");
        }
        for (String key : file.keySet()) {
            requireKnown(byKey, key, "config file " + configFile);
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            String v = flags.get(s.key());
            if (v == null) v = environment.get(s.env());
            if (v == null) v = file.get(s.key());
            values.put(s, v == null ? s.defaultValue() : v.strip());
        }
        return new Settings(values);
    }

    /** The defaults only, for tests and tools. */
    public static Settings defaults() {
        return resolve(Map.of(), Map.of(), null);
    }

    public String get(Setting setting) {
        return values.get(setting);
    }

    /** A copy with one setting replaced, for tests and commands that fix a value. */
    public Settings with(Setting setting, String value) {
        Map<Setting, String> copy = new EnumMap<>(values);
        copy.put(setting, value);
        return new Settings(copy);
    }

    private static void requireKnown(Map<String, Setting> byKey, String key, String where) {
        if (!byKey.containsKey(key)) {
            throw new ConfigException(key, "unknown setting in " + where + " (see docs/config.md)");
        }
    }

    private static Map<String, String> readFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("config", "cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, String> m = new HashMap<>();
        p.forEach((k, v) -> m.put(k.toString(), v.toString()));
        return m;
    }
}
