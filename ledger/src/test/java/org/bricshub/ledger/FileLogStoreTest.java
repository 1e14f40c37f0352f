package org.bricshub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLogStoreTest {

    @TempDir
    Path directory;

    @Test
    void open_directoryInUse_refused() {
        try (LogStore ignored = LogStores.fileSystem(directory)) {
            assertThatThrownBy(() -> LogStores.fileSystem(directory)).isInstanceOf(LogStoreException.class)
                    .hasMessageContaining("locked");
        }
        LogStores.fileSystem(directory).close();
    }

    @Test
    void sequence_laysOutStaticallyServableTlogTilesPaths() throws Exception {
        try (LogStore store = LogStores.fileSystem(directory)) {
            store.sequence(0, List.of("a".getBytes(StandardCharsets.UTF_8)));
            store.sequence(1, List.of("b".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(directory.resolve("tile/entries/000.p/2")).hasBinaryContent(new byte[] {0, 1, 'a', 0, 1, 'b'});
        assertThat(Files.exists(directory.resolve("tile/entries/000.p/1"))).isTrue();
    }

    @Test
    void readEntryBundle_fileLeftBeyondTheSequencedSizeByACrash_isIgnoredAndOverwritten() throws Exception {
        try (LogStore store = LogStores.fileSystem(directory)) {
            store.sequence(0, List.of("a".getBytes(StandardCharsets.UTF_8)));
        }
        // A crash after writing a wider bundle but before recording the new size leaves this file behind.
        Files.write(directory.resolve("tile/entries/000.p/2"), new byte[] {0, 1, 'a', 0, 1, 'x'});
        try (LogStore store = LogStores.fileSystem(directory)) {
            assertThat(store.readEntries(0, 10)).hasSize(1);
            store.sequence(1, List.of("b".getBytes(StandardCharsets.UTF_8)));
            assertThat(store.readEntries(0, 10)).extracting(e -> new String(e, StandardCharsets.UTF_8))
                    .containsExactly("a", "b");
        }
    }
}
