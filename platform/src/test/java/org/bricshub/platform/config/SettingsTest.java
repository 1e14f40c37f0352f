package org.bricshub.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void resolve_flagBeatsEnvironmentBeatsFileBeatsDefault() throws Exception {
        Path file = dir.resolve("bricshub.properties");
        Files.writeString(file, "port=1111\ndb.pool.size=3\nhost=10.0.0.1\n");
        Settings s = Settings.resolve(Map.of("port", "3333"),
                Map.of("BRICSHUB_PORT", "2222", "BRICSHUB_DB_POOL_SIZE", "4"), file);
        assertThat(s.get(Setting.PORT)).isEqualTo("3333");
        assertThat(s.get(Setting.DB_POOL_SIZE)).isEqualTo("4");
        assertThat(s.get(Setting.HOST)).isEqualTo("10.0.0.1");
        assertThat(s.get(Setting.DATA)).isEqualTo("./data");
    }

    @Test
    void resolve_unknownFlag_namesIt() {
        assertThatThrownBy(() -> Settings.resolve(Map.of("prot", "1"), Map.of(), null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("prot").hasMessageContaining("unknown");
    }

    @Test
    void resolve_unknownKeyInFile_namesFile() throws Exception {
        Path file = dir.resolve("x.properties");
        Files.writeString(file, "db.poolsize=3\n");
        assertThatThrownBy(() -> Settings.resolve(Map.of(), Map.of(), file))
                .hasMessageContaining("db.poolsize").hasMessageContaining(file.toString());
    }

    @Test
    void resolve_missingFile_saysCannotRead() {
        assertThatThrownBy(() -> Settings.resolve(Map.of(), Map.of(), dir.resolve("none.properties")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("cannot read");
    }

    @Test
    void env_isDerivedFromKey() {
        assertThat(Setting.DB_URL.env()).isEqualTo("BRICSHUB_DB_URL");
        assertThat(Setting.HTTP_MAX_REQUEST_BYTES.env()).isEqualTo("BRICSHUB_HTTP_MAX_REQUEST_BYTES");
    }
}
