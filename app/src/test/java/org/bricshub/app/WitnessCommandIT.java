package org.bricshub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bricshub witness} refuses to start without a log to witness, in one line. */
class WitnessCommandIT {
    @TempDir
    Path dir;

    @Test
    void witness_noLogKey_oneLineExit1() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("witness", "--data", dir.toString(), "--port", "0")).isEqualTo(1);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString().strip()).isEqualTo("bricshub: no log to witness: give --log-key VKEY or "
                + "--log-keys-file FILE");
    }
}
