package org.bricshub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.bricshub.merkle.EntryBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The behaviour of {@link LogStore} that every driver must show; each test runs against each driver. */
class LogStoreContractIT {

    enum Driver {
        FILE_SYSTEM {
            @Override
            Supplier<LogStore> freshLog() {
                try {
                    Path directory = Files.createTempDirectory("log-store");
                    return () -> LogStores.fileSystem(directory);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        },
        POSTGRES {
            @Override
            Supplier<LogStore> freshLog() {
                DataSource dataSource = EmbeddedDatabase.fresh();
                return () -> LogStores.postgres(dataSource);
            }
        };

        /** Opens (and reopens, as after a restart) one new, empty log. */
        abstract Supplier<LogStore> freshLog();
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void newStore_isEmpty(Driver driver) {
        try (LogStore store = driver.freshLog().get()) {
            assertThat(store.sequencedSize()).isZero();
            assertThat(store.integratedSize()).isZero();
            assertThat(store.readEntries(0, 10)).isEmpty();
            assertThat(store.readTile(0, 0)).isEmpty();
            assertThat(store.readEntryBundle(0)).isEmpty();
            assertThat(store.readLatestCheckpoint()).isEmpty();
            assertThat(store.readCheckpoints()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void sequence_fillsEntryBundlesAcrossBoundariesAndSurvivesReopen(Driver driver) {
        Supplier<LogStore> log = driver.freshLog();
        try (LogStore store = log.get()) {
            store.sequence(0, entries(0, 3));
            store.sequence(3, entries(3, 600));
            store.sequence(603, entries(603, 1));
            assertThat(store.sequencedSize()).isEqualTo(604);
        }
        try (LogStore store = log.get()) {
            assertThat(store.sequencedSize()).isEqualTo(604);
            assertThat(store.readEntries(0, 1000)).containsExactlyElementsOf(entries(0, 604));
            assertThat(store.readEntries(250, 10)).containsExactlyElementsOf(entries(250, 10));
            assertThat(store.readEntries(600, 10)).containsExactlyElementsOf(entries(600, 4));
            assertThat(EntryBundle.decode(store.readEntryBundle(1).orElseThrow()).entries())
                    .containsExactlyElementsOf(entries(256, 256));
            assertThat(EntryBundle.decode(store.readEntryBundle(2).orElseThrow()).entries())
                    .containsExactlyElementsOf(entries(512, 92));
            assertThat(store.readEntryBundle(3)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void sequence_atWrongIndex_refusedAndNothingWritten(Driver driver) {
        try (LogStore store = driver.freshLog().get()) {
            store.sequence(0, entries(0, 2));
            assertThatThrownBy(() -> store.sequence(1, entries(1, 2))).isInstanceOf(LogStoreException.class)
                    .hasMessageContaining("another writer");
            assertThatThrownBy(() -> store.sequence(3, entries(3, 2))).isInstanceOf(LogStoreException.class);
            assertThat(store.sequencedSize()).isEqualTo(2);
            assertThat(store.readEntries(0, 10)).containsExactlyElementsOf(entries(0, 2));
            assertThat(EntryBundle.decode(store.readEntryBundle(0).orElseThrow()).width()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void integrate_storesTilesThatGrowToFullAndSurviveReopen(Driver driver) {
        Supplier<LogStore> log = driver.freshLog();
        try (LogStore store = log.get()) {
            store.sequence(0, entries(0, 300));
            store.integrate(new IntegrationStep(0, 3, List.of(tile(0, 0, 3, (byte) 1))));
            assertThat(store.integratedSize()).isEqualTo(3);
            assertThat(store.readTile(0, 0)).hasValueSatisfying(t -> assertThat(t).hasSize(96).startsWith(1));
            store.integrate(new IntegrationStep(3, 300, List.of(tile(0, 0, 256, (byte) 1), tile(0, 1, 44, (byte) 2),
                    tile(1, 0, 1, (byte) 3))));
        }
        try (LogStore store = log.get()) {
            assertThat(store.integratedSize()).isEqualTo(300);
            assertThat(store.readTile(0, 0)).hasValueSatisfying(t -> assertThat(t).hasSize(8192));
            assertThat(store.readTile(0, 1)).hasValueSatisfying(t -> assertThat(t).hasSize(44 * 32).startsWith(2));
            assertThat(store.readTile(1, 0)).hasValueSatisfying(t -> assertThat(t).hasSize(32).startsWith(3));
            assertThat(store.readTile(0, 2)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void integrate_notFollowingIntegratedSizeOrBeyondSequenced_refused(Driver driver) {
        try (LogStore store = driver.freshLog().get()) {
            store.sequence(0, entries(0, 2));
            assertThatThrownBy(() -> store.integrate(new IntegrationStep(1, 2, List.of())))
                    .isInstanceOf(LogStoreException.class);
            assertThatThrownBy(() -> store.integrate(new IntegrationStep(0, 3, List.of(tile(0, 0, 3, (byte) 1)))))
                    .isInstanceOf(LogStoreException.class);
            assertThat(store.integratedSize()).isZero();
            assertThat(store.readTile(0, 0)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void writeCheckpoint_latestIsLargestAndAllAreKept(Driver driver) {
        try (LogStore store = driver.freshLog().get()) {
            store.writeCheckpoint(5, "five".getBytes(StandardCharsets.UTF_8));
            store.writeCheckpoint(9, "nine".getBytes(StandardCharsets.UTF_8));
            store.writeCheckpoint(7, "seven".getBytes(StandardCharsets.UTF_8));
            assertThat(store.readLatestCheckpoint()).hasValue("nine".getBytes(StandardCharsets.UTF_8));
            store.writeCheckpoint(9, "nine again".getBytes(StandardCharsets.UTF_8));
            assertThat(store.readLatestCheckpoint()).hasValue("nine again".getBytes(StandardCharsets.UTF_8));
            assertThat(store.readCheckpoints()).extracting(b -> new String(b, StandardCharsets.UTF_8))
                    .containsExactly("five", "seven", "nine again");
        }
    }

    private static List<byte[]> entries(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> ("entry " + i).getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    private static IntegrationStep.Tile tile(int level, long index, int width, byte fill) {
        byte[] hashes = new byte[width * 32];
        Arrays.fill(hashes, fill);
        return new IntegrationStep.Tile(level, index, hashes);
    }
}
