package org.bricshub.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PlatformConfigTest {
    @Test
    void from_defaults_isValid() {
        PlatformConfig c = PlatformConfig.from(Settings.defaults());
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.dbUrl()).isEmpty();
        assertThat(c.dataDir()).isAbsolute();
        assertThat(c.translationUrl()).as("machine translation is off by default").isEmpty();
        assertThat(c.transferExpiryCheckMinutes()).isEqualTo(60);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PORT|70000|port",
            "PORT|eighty|whole number",
            "DB_POOL_SIZE|0|db.pool.size",
            "PUBLIC_URL|ftp://x|public.url",
            "DB_URL|jdbc:mysql://x|db.url",
            "OPERATOR_COUNTRY|XX|operator.country",
            "HTTP_MAX_REQUEST_BYTES|10|http.max.request.bytes",
            "TRANSLATION_URL|ftp://mt.example|translation.url",
            "TRANSLATION_URL|localhost:5000|translation.url",
            "TRANSFER_EXPIRY_CHECK_MINUTES|0|transfer.expiry.check.minutes"})
    void from_badValue_namesSettingAndRule(Setting setting, String value, String expected) {
        assertThatThrownBy(() -> PlatformConfig.from(Settings.defaults().with(setting, value)))
                .isInstanceOf(ConfigException.class).hasMessageContaining(expected);
    }

    @Test
    void toString_hidesPassword() {
        PlatformConfig c = PlatformConfig.from(Settings.defaults()
                .with(Setting.DB_URL, "jdbc:postgresql://h/db?password=hunter2").with(Setting.DB_PASSWORD, "s3cret"));
        assertThat(c.toString()).doesNotContain("hunter2").doesNotContain("s3cret");
    }
}
