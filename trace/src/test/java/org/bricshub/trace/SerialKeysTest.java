package org.bricshub.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialKeysTest {
    @TempDir
    Path dataDir;

    @Test
    void openOrCreate_writesAPrivateMasterKey_andDerivesTheSameBatchKeyAfterReopening() throws Exception {
        byte[] salt = SerialKeys.newSalt();
        byte[] first = SerialKeys.openOrCreate(dataDir).batchKey(salt);
        Path file = dataDir.resolve("keys/serial-master.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.size(file)).isEqualTo(32);
        assertThat(SerialKeys.openOrCreate(dataDir).batchKey(salt)).isEqualTo(first).hasSize(16);
        assertThat(SerialKeys.openOrCreate(dataDir).batchKey(SerialKeys.newSalt())).isNotEqualTo(first);
    }

    @Test
    void openOrCreate_truncatedFile_fails() throws Exception {
        Files.createDirectories(dataDir.resolve("keys"));
        Files.write(dataDir.resolve("keys/serial-master.key"), new byte[5]);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SerialKeys.openOrCreate(dataDir))
                .hasMessageContaining("must hold 32 bytes");
    }
}
