package org.bricshub.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/config.md documents every setting with its environment variable and default. */
class ConfigDocTest {
    private static final Path DOC = Path.of("../docs/config.md");

    @ParameterizedTest
    @EnumSource(Setting.class)
    void configDoc_listsSetting(Setting setting) throws Exception {
        String shownDefault = setting.defaultValue().isEmpty() ? "(empty)" : "`" + setting.defaultValue() + "`";
        String row = "| `" + setting.key() + "` | `" + setting.env() + "` | " + shownDefault + " |";
        assertThat(Files.readString(DOC)).as("a row for %s in docs/config.md", setting).contains(row);
    }
}
