package org.bricshub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
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
            assertThat(store.readSequenced(0, 10)).isEmpty();
            assertThat(store.readTile(0, 0)).isEmpty();
            assertThat(store.readEntryBundle(0)).isEmpty();
            assertThat(store.readLatestCheckpoint()).isEmpty();
            assertThat(store.readCheckpoints()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void sequence_batchesReadBackInOrderAndSurviveReopen(Driver driver) {
        Supplier<LogStore> log = driver.freshLog();
        try (LogStore store = log.get()) {
            store.sequence(0, entries(0, 3));
            store.sequence(3, entries(3, 2));
            assertThat(store.sequencedSize()).isEqualTo(5);
        }
        try (LogStore store = log.get()) {
            assertThat(store.sequencedSize()).isEqualTo(5);
            List<SequencedBatch> batches = store.readSequenced(0, 10);
            assertThat(batches).extracting(SequencedBatch::firstIndex).containsExactly(0L, 3L);
            assertThat(batches.get(1).entries()).containsExactlyElementsOf(entries(3, 2));
            assertThat(store.readSequenced(3, 10)).extracting(SequencedBatch::firstIndex).containsExactly(3L);
            assertThat(store.readSequenced(0, 1)).hasSize(1);
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
            assertThat(store.readSequenced(0, 10)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void integrate_storesTilesAndBundlesAndDropsIntegratedBatches(Driver driver) {
        Supplier<LogStore> log = driver.freshLog();
        try (LogStore store = log.get()) {
            store.sequence(0, entries(0, 2));
            store.sequence(2, entries(2, 1));
            store.integrate(new IntegrationStep(0, 2, List.of(tile(0, 0, 2, (byte) 1)),
                    List.of(new IntegrationStep.Bundle(0, 2, new byte[] {0, 1, 7, 0, 1, 8}))));
            assertThat(store.integratedSize()).isEqualTo(2);
            assertThat(store.readSequenced(0, 10)).extracting(SequencedBatch::firstIndex).containsExactly(2L);
            assertThat(store.readTile(0, 0)).hasValueSatisfying(t -> assertThat(t).hasSize(64));
            assertThat(store.readEntryBundle(0)).hasValue(new byte[] {0, 1, 7, 0, 1, 8});
        }
        try (LogStore store = log.get()) {
            assertThat(store.integratedSize()).isEqualTo(2);
            assertThat(store.sequencedSize()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void integrate_tilesOnlyGrowAndFullTilesReplacePartials(Driver driver) {
        try (LogStore store = driver.freshLog().get()) {
            store.sequence(0, entries(0, 300));
            store.integrate(new IntegrationStep(0, 3, List.of(tile(1, 5, 3, (byte) 1)), List.of()));
            store.integrate(new IntegrationStep(3, 4, List.of(tile(1, 5, 2, (byte) 9)), List.of()));
            assertThat(store.readTile(1, 5)).hasValueSatisfying(t -> assertThat(t).hasSize(96).startsWith(1));
            store.integrate(new IntegrationStep(4, 300, List.of(tile(1, 5, 256, (byte) 1)), List.of()));
            assertThat(store.readTile(1, 5)).hasValueSatisfying(t -> assertThat(t).hasSize(256 * 32));
            assertThat(store.readTile(1, 4)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void integrate_notFollowingIntegratedSizeOrBeyondSequenced_refused(Driver driver) {
        try (LogStore store = driver.freshLog().get()) {
            store.sequence(0, entries(0, 2));
            assertThatThrownBy(() -> store.integrate(new IntegrationStep(1, 2, List.of(), List.of())))
                    .isInstanceOf(LogStoreException.class);
            assertThatThrownBy(() -> store.integrate(new IntegrationStep(0, 3, List.of(), List.of())))
                    .isInstanceOf(LogStoreException.class);
            assertThat(store.integratedSize()).isZero();
            assertThat(store.readSequenced(0, 10)).hasSize(1);
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
        return java.util.stream.IntStream.range(first, first + count)
                .mapToObj(i -> ("entry " + i).getBytes(StandardCharsets.UTF_8)).toList();
    }

    private static IntegrationStep.Tile tile(int level, long index, int width, byte fill) {
        byte[] hashes = new byte[width * 32];
        java.util.Arrays.fill(hashes, fill);
        return new IntegrationStep.Tile(level, index, hashes);
    }
}
