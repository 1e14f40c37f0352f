package org.bricshub.app;

import java.nio.file.Path;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.config.Setting;
import org.bricshub.platform.config.Settings;

/** Configurations for servers started by tests: the given data folder, loopback only, a free port. */
final class TestConfigs {
    private TestConfigs() {
    }

    /** The settings, for tests that change more of them. */
    static Settings localSettings(Path dataDir) {
        return Settings.defaults().with(Setting.DATA, dataDir.toString())
                .with(Setting.PORT, "0").with(Setting.HOST, "127.0.0.1");
    }

    static PlatformConfig local(Path dataDir) {
        return PlatformConfig.from(localSettings(dataDir));
    }
}
