package org.bricshub.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PostgreSQL COPY text format: backslash, newline, carriage return and tab escaped; NULL as \N; bytea in hex. */
class CopyRowsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plain|plain",
        "a\\b|a\\\\b",
        "{\"q\":\"say \\\"hi\\\"\"}|{\"q\":\"say \\\\\"hi\\\\\"\"}",
        "茶 tea|茶 tea",
    })
    void field_text_isEscapedForCopy(String value, String expected) {
        assertThat(new CopyRows().field(value).toString()).isEqualTo(expected);
        assertThat(new CopyRows().field(value.getBytes(StandardCharsets.UTF_8)).toString()).isEqualTo(expected);
    }

    @Test
    void field_separatorsInsideAValue_areEscaped() {
        assertThat(new CopyRows().field("a\tb\nc\rd").toString()).isEqualTo("a\\tb\\nc\\rd");
    }

    @Test
    void rows_fieldsOfEachKind_areTabSeparatedAndNewlineEnded() {
        CopyRows rows = new CopyRows().field(42L).field((String) null).field(true).bytea(new byte[] {0, (byte) 0xff})
                .endRow().field(false).endRow();
        assertThat(rows.toString()).isEqualTo("42\t\\N\tt\t\\\\x00ff\nf\n");
    }

    @Test
    void field_longValues_growTheBuffer() {
        String large = "x".repeat(200_000);
        assertThat(new CopyRows().field(large).endRow().toString()).isEqualTo(large + "\n");
    }
}
