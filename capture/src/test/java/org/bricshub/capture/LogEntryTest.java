package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LogEntryTest {
    private static final String HASH_ID =
            "ni:///sha-256;df7bb3c352fef055578554f09f5e2aa41782150ced7bd0b8af24dd3ccb30ba69?ver=CBV2.0";

    @Test
    void of_hashesTheCanonicalJsonIntoThreeLines() {
        // SHA-256("{}") = 44136fa3...
        LogEntry entry = LogEntry.of(HASH_ID, "{}");
        assertThat(new String(entry.bytes(), StandardCharsets.UTF_8)).isEqualTo("bricshub/epcis-event/v1\n" + HASH_ID
                + "\n44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\n");
    }

    @Test
    void parse_roundTripsAndRejectsOtherEntries() {
        LogEntry entry = LogEntry.of(HASH_ID, "{\"a\":1}");
        assertThat(LogEntry.parse(entry.bytes())).isEqualTo(entry);
        assertThat(LogEntry.parse("entry 7".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(LogEntry.parse(("bricshub/epcis-event/v1\n" + HASH_ID + "\nXYZ\n").getBytes(StandardCharsets.UTF_8)))
                .isNull();
    }

    @Test
    void constructor_lineBreakInHashId_isRefused() {
        assertThatThrownBy(() -> new LogEntry("a\nb", "0".repeat(64))).hasMessageContaining("line break");
        assertThatThrownBy(() -> new LogEntry(HASH_ID, "ABC")).hasMessageContaining("64 lower-case hex");
    }
}
